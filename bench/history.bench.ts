/**
 * History from git: every committed version of a plan read, analysed and turned into series.
 * A generated repository of 500 commits of a 300-task plan (`bench/historyRepo.ts`). Targets:
 * ≤ 2 s cold, ≤ 150 ms when only the newest commit is new (the others come from the cache).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanHistory } from '../src/core/history/readHistory';
import { buildSeries } from '../src/core/history/series';
import { FolderSnapshotCache, MemorySnapshotCache } from '../src/core/history/snapshotCache';
import { SNAPSHOT_VERSION } from '../src/core/history/snapshot';
import { measureAsync, type BenchOptions, type BenchRow } from './harness';
import { buildHistoryRepo } from './historyRepo';

const COMMITS = 500;
const TASKS = 300;

async function seriesOf(file: string, cache: MemorySnapshotCache | FolderSnapshotCache): Promise<unknown> {
  const history = await readPlanHistory(file, { cache });
  if ('unavailable' in history) throw new Error(history.unavailable);
  return buildSeries(history);
}

export default async function historyBench(options: BenchOptions): Promise<BenchRow[]> {
  const repo = buildHistoryRepo({ commits: COMMITS, tasks: TASKS });
  try {
    const folder = join(repo.folder, '.git', 'pp-cache');
    const first = await readPlanHistory(repo.file, { cache: new FolderSnapshotCache(folder) });
    if ('unavailable' in first) throw new Error(first.unavailable);
    const newest = join(folder, `${first.versions.at(-1)!.commit.blob}.v${SNAPSHOT_VERSION}.json`);
    const runs = Math.min(options.runs, 5);
    const memory = new MemorySnapshotCache();
    await seriesOf(repo.file, memory);
    return [
      await measureAsync(`history of ${COMMITS} commits, cold (no cache)`, TASKS, () => seriesOf(repo.file, new MemorySnapshotCache()), { runs, warmup: 1 }),
      // A new process each time (nothing in memory): every version but the newest is on disk.
      await measureAsync(`history of ${COMMITS} commits, newest new (folder cache)`, TASKS, () => {
        rmSync(newest, { force: true });
        return seriesOf(repo.file, new FolderSnapshotCache(folder));
      }, { runs: options.runs, warmup: 2 }),
      await measureAsync(`history of ${COMMITS} commits, nothing new (memory cache)`, TASKS, () => seriesOf(repo.file, memory), { runs: options.runs, warmup: 2 }),
    ];
  } finally {
    repo.dispose();
  }
}
