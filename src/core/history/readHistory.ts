/**
 * Every committed version of a plan, each with its snapshot: the commits from one `git log
 * --follow`, the contents of the versions not yet cached from one `git cat-file --batch`.
 */
import { readBlobs } from '../git/catFileBatch';
import { fileHistory, type FileCommit } from '../git/fileHistory';
import type { GitOptions } from '../git/git';
import { IncrementalParser } from '../parse/incremental';
import { MemorySnapshotCache, type SnapshotCache } from './snapshotCache';
import { snapshotOf, type VersionSnapshot } from './snapshot';

export interface PlanVersion {
  readonly commit: FileCommit;
  /** Absent when the version could not be read (binary, too large, missing). */
  readonly snapshot?: VersionSnapshot;
  readonly problem?: string;
}

export interface PlanHistory {
  /** Oldest first. */
  readonly versions: readonly PlanVersion[];
  /** The file's path now, from the top of the repository. */
  readonly path: string;
  readonly shallow?: string;
}

export interface HistoryOptions extends Omit<GitOptions, 'cwd'> {
  /** Default: one cache in memory for the whole process. */
  readonly cache?: SnapshotCache;
}

const processCache = new MemorySnapshotCache();

export async function readPlanHistory(filePath: string, options: HistoryOptions = {}): Promise<PlanHistory | { readonly unavailable: string }> {
  const cache = options.cache ?? processCache;
  const log = await fileHistory(filePath, options);
  if ('unavailable' in log) return log;
  const commits = [...log.commits].reverse();
  const known = new Map<string, VersionSnapshot>();
  await Promise.all(
    [...new Set(commits.map((c) => c.blob))].map(async (blob) => {
      const snapshot = await cache.get(blob);
      if (snapshot) known.set(blob, snapshot);
    }),
  );
  // Oldest first, so that the shared parser sees each version after the one before it.
  const missing = [...new Set(commits.map((c) => c.blob).filter((blob) => !known.has(blob)))];
  const parser = new IncrementalParser();
  const problems = new Map<string, string>();
  if (missing.length > 0) {
    const read = await readBlobs(missing, { ...options, cwd: log.top, timeout: options.timeout ?? 120_000 });
    if ('unavailable' in read) return read;
    const writes: Promise<void>[] = [];
    for (const blob of missing) {
      const content = read.blobs.get(blob);
      if (!content || !('text' in content)) {
        problems.set(blob, content && 'problem' in content ? content.problem : 'missing');
        continue;
      }
      const snapshot = snapshotOf(content.text, parser);
      known.set(blob, snapshot);
      writes.push(cache.set(blob, snapshot));
    }
    await Promise.all(writes);
  }
  const versions = commits.map((commit): PlanVersion => {
    const snapshot = known.get(commit.blob);
    return snapshot ? { commit, snapshot } : { commit, problem: `the version could not be read (${problems.get(commit.blob) ?? 'missing'})` };
  });
  return { versions, path: log.path, ...(log.shallow ? { shallow: log.shallow } : {}) };
}
