/**
 * The plan's version at a baseline ref: the ref resolved to a commit, the file found in it
 * (following renames), read and analysed — or the problem, as a value the CLI prints and the
 * editor turns into a diagnostic on the `baseline:` value.
 */
import { analyze, type Analysis } from '../analyze';
import type { BaselineRef } from '../model';
import { readBlobs } from '../git/catFileBatch';
import { fileHistory } from '../git/fileHistory';
import { locateInRepository, NOT_IN_GIT, type GitOptions } from '../git/git';
import { ancestors, blobAt, listTags, resolveCommit } from '../git/refs';

export interface BaselineVersion {
  readonly ref: string;
  readonly commit: string;
  /** The file's path in that commit, from the repository's top. */
  readonly path: string;
  /** Set when the file had another path in that commit. */
  readonly renamedFrom?: string;
  readonly text: string;
  readonly analysis: Analysis;
}

export type BaselineProblem =
  | { readonly kind: 'no-git'; readonly message: string }
  | { readonly kind: 'unknown-ref'; readonly message: string; readonly tags: readonly string[] }
  | { readonly kind: 'shallow'; readonly message: string }
  | { readonly kind: 'no-file'; readonly message: string }
  | { readonly kind: 'unreadable'; readonly message: string };

export type BaselineLookup = { readonly version: BaselineVersion } | { readonly problem: BaselineProblem };

/** The version of the plan at `filePath` that the ref names. */
export async function loadBaseline(filePath: string, ref: string, options: Omit<GitOptions, 'cwd'> = {}): Promise<BaselineLookup> {
  const located = await locateInRepository(filePath, options);
  if (!located) return { problem: { kind: 'no-git', message: NOT_IN_GIT } };
  const { path, top, shallow } = located;
  const git = { ...options, cwd: top };
  const commit = await resolveCommit(ref, git);
  if (!commit) {
    if (shallow) {
      return { problem: { kind: 'shallow', message: `'${ref}' is not in this shallow clone; run \`git fetch --unshallow --tags\` to get the whole history` } };
    }
    return { problem: { kind: 'unknown-ref', message: `the repository has no tag, branch or commit '${ref}'`, tags: await listTags(git) } };
  }
  const found = await fileInCommit(filePath, path, commit, git);
  if (!found) return { problem: { kind: 'no-file', message: `commit ${commit.slice(0, 10)} ('${ref}') has no version of this file, even following renames` } };
  const read = await readBlobs([found.blob], git);
  const blob = 'blobs' in read ? read.blobs.get(found.blob) : undefined;
  if (!blob || !('text' in blob)) {
    const why = 'unavailable' in read ? read.unavailable : blob && 'problem' in blob ? blob.problem : 'missing';
    return { problem: { kind: 'unreadable', message: `the version in commit ${commit.slice(0, 10)} ('${ref}') could not be read (${why})` } };
  }
  const analysis = analyze(blob.text);
  const broken = analysis.diagnostics.find((d) => d.code === 'PP009' || (d.code === 'PP001' && d.severity === 'error'));
  if (broken) {
    return { problem: { kind: 'unreadable', message: `the version in commit ${commit.slice(0, 10)} ('${ref}') is not a readable program file: ${broken.message}` } };
  }
  return { version: { ref, commit, path: found.path, ...(found.path === path ? {} : { renamedFrom: found.path }), text: blob.text, analysis } };
}

/**
 * The file's blob in `commit`: at its current path, else (after a rename) the version in the
 * newest commit of the file's followed history that `commit` contains.
 */
async function fileInCommit(filePath: string, path: string, commit: string, git: GitOptions): Promise<{ blob: string; path: string } | undefined> {
  const blob = await blobAt(commit, path, git);
  if (blob) return { blob, path };
  const history = await fileHistory(filePath, git);
  if ('unavailable' in history) return undefined;
  const reachable = await ancestors(commit, git);
  const version = history.commits.find((c) => reachable.has(c.hash));
  return version && { blob: version.blob, path: version.path };
}

/** Which of the plan's baselines is meant: by its ref or name, else the current (first) one. */
export function pickBaseline(baselines: readonly BaselineRef[] | undefined, wanted?: string): BaselineRef | undefined {
  if (wanted === undefined) return baselines?.[0];
  return baselines?.find((b) => b.ref === wanted || b.name === wanted);
}
