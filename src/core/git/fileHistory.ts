/**
 * The committed versions of one file, newest first: `git log --follow` along the first-parent
 * history of HEAD (a merge counts once, with what it changed against the branch it merged
 * into), with the blob id of the file in each commit taken from the raw diff, so that renames
 * are followed and the contents can then be read in one batch.
 */
import { locateInRepository, NOT_IN_GIT, runGit, type GitOptions } from './git';

export interface FileCommit {
  readonly hash: string;
  /** Committer date, ISO 8601 with the committer's offset. */
  readonly date: string;
  readonly subject: string;
  /** The file's blob in this commit. */
  readonly blob: string;
  /** The file's path in this commit, from the top of the repository (differs before a rename). */
  readonly path: string;
}

export interface FileHistory {
  /** Newest first. */
  readonly commits: readonly FileCommit[];
  /** The repository's top folder, where later git commands run. */
  readonly top: string;
  /** The file's path now, from the top of the repository. */
  readonly path: string;
  /** Set in a shallow clone: the history stops at its oldest commit. */
  readonly shallow?: string;
}

export type FileHistoryResult = FileHistory | { readonly unavailable: string };

export const SHALLOW_NOTE = 'the clone is shallow, so older commits are missing (run `git fetch --unshallow` for the whole history)';

const RECORD = '\x01';
const ZERO_ID = /^0+$/;

/** Every committed version of the file at `filePath`, or why there is none. */
export async function fileHistory(filePath: string, options: Omit<GitOptions, 'cwd'> = {}): Promise<FileHistoryResult> {
  const located = await locateInRepository(filePath, options);
  if (!located) return { unavailable: NOT_IN_GIT };
  const { top, path, shallow } = located;
  const log = await runGit(
    ['--literal-pathspecs', 'log', '--follow', '--first-parent', '-m', '--raw', '-z', '--no-abbrev', `--format=${RECORD}%H%x00%cI%x00%s%x00`, '--', path],
    { ...options, timeout: options.timeout ?? 60_000, cwd: top },
  );
  if (log.code !== 0) {
    const unborn = /does not have any commits|bad default revision/.test(log.stderr);
    return { unavailable: unborn ? 'the repository has no commits yet' : `git log failed: ${log.stderr.trim()}` };
  }
  const commits = parseFollowLog(log.stdout);
  if (commits.length === 0) return { unavailable: 'the file has no committed version (commit it first)' };
  return { commits, top, path, ...(shallow ? { shallow: SHALLOW_NOTE } : {}) };
}

/**
 * Reads `RECORD hash NUL date NUL subject NUL` records, each followed by its raw diff entries
 * `:mode mode old new status NUL path NUL [path NUL]` (two paths for a rename or copy). Read
 * field by field, since a subject may hold any character but NUL. A commit that deleted the
 * file has no version of it and is left out.
 */
export function parseFollowLog(output: string): FileCommit[] {
  const commits: FileCommit[] = [];
  let at = 0;
  const field = (): string => {
    const end = output.indexOf('\0', at);
    const value = output.slice(at, end < 0 ? output.length : end);
    at = end < 0 ? output.length : end + 1;
    return value;
  };
  // `-z` ends each record and each diff entry with NUL, and a line break sits before the diff.
  const skipSeparators = (): void => {
    while (output[at] === '\n' || output[at] === '\0') at++;
  };
  while (at < output.length) {
    skipSeparators();
    if (output[at] !== RECORD) break;
    at++;
    const hash = field();
    const date = field();
    const subject = field();
    skipSeparators();
    let version: { blob: string; path: string } | undefined;
    while (output[at] === ':') {
      const meta = field().split(' ');
      const status = meta[4] ?? '';
      const first = field();
      const path = status.startsWith('R') || status.startsWith('C') ? field() : first;
      const blob = meta[3] ?? '';
      // With several entries (a merge's), the first that leaves a version of the file wins.
      if (!version && !ZERO_ID.test(blob) && status !== 'D') version = { blob, path };
      skipSeparators();
    }
    if (version) commits.push({ hash, date, subject, ...version });
  }
  return commits;
}
