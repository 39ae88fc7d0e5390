/**
 * "Set Baseline" in the server, where git runs: first what would be tagged (the commit that holds
 * the file as saved, or a refusal saying why), then, once the user confirmed, the annotated tag
 * and the minimal edit that makes the file name it. A tag is never moved.
 */
import { URI } from 'vscode-uri';
import { baselineTagName, setBaselineEdit } from '../core/baseline/baselineEdit';
import { todayIso } from '../core/dates';
import { locateInRepository, NOT_IN_GIT, runGit, type GitOptions } from '../core/git/git';
import { blobAt, createAnnotatedTag, hasUncommittedChanges, resolveCommit, tagCommit } from '../core/git/refs';
import type { BaselineTarget, BaselineTargetParams, CommitInfo, SetBaselineParams, SetBaselineResult } from '../protocol/baseline';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';

async function repositoryOf(uri: string): Promise<{ path: string; git: GitOptions } | { refused: string }> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return { refused: 'the plan is not a file on disk, so it has no git repository' };
  const located = await locateInRepository(parsed.fsPath);
  return located ? { path: located.path, git: { cwd: located.top } } : { refused: `${NOT_IN_GIT} (or git is not installed)` };
}

/** HEAD's id and subject when HEAD holds the file. */
async function lastCommitWith(path: string, git: GitOptions): Promise<CommitInfo | undefined> {
  const commit = await resolveCommit('HEAD', git);
  if (!commit || !(await blobAt(commit, path, git))) return undefined;
  const subject = await runGit(['log', '-1', '--format=%s', commit], git);
  return { commit, subject: subject.code === 0 ? subject.stdout.trim() : '' };
}

export async function baselineTarget(entry: ProgramEntry, params: BaselineTargetParams, today: string = todayIso()): Promise<BaselineTarget> {
  const repository = await repositoryOf(params.uri);
  if ('refused' in repository) return repository;
  const { path, git } = repository;
  const changed = await hasUncommittedChanges(path, git);
  if (typeof changed !== 'boolean') return { refused: changed.unavailable };
  const last = await lastCommitWith(path, git);
  if ((params.documentDirty || changed) && !params.useLastCommit) {
    const why = params.documentDirty ? 'the file has unsaved changes' : 'the file has changes that are not committed';
    return { refused: `${why}; save and commit it first, so the baseline is the plan as saved`, ...(last ? { lastCommit: last } : {}) };
  }
  if (!last) return { refused: 'the last commit does not hold this file; commit it first' };
  const tag = baselineTagName(entry.analysis.program.name, today);
  const existing = await tagCommit(tag, git);
  if (existing) return { refused: `the tag '${tag}' already exists (on commit ${existing.slice(0, 10)}); a baseline tag is never moved` };
  return { ...last, tag };
}

/** `current` gives the file's analysis after git answered (an edit may have come meanwhile). */
export async function setBaseline(params: SetBaselineParams, current: () => ProgramEntry | undefined): Promise<SetBaselineResult> {
  const repository = await repositoryOf(params.uri);
  if ('refused' in repository) return repository;
  const before = current();
  const name = before?.analysis.program.name || 'the plan';
  const created = await createAnnotatedTag(params.tag, params.commit, `Baseline of ${name} (${repository.path})`, repository.git);
  if ('refused' in created) return created;
  const entry = current();
  const edit = entry && setBaselineEdit(entry.document.getText(), entry.analysis.program, params.tag);
  return { created: created.created, edits: edit ? [{ range: rangeOf(entry.document, edit.span), newText: edit.newText }] : [] };
}
