/**
 * The milestone trend of a plan: its committed versions as series, read in the server (never on
 * the keystroke path: only when the trend panel asks). Analysed versions are kept by blob in the
 * editor's storage folder, so a later request reads only the new commits.
 */
import { GitTrust } from './gitTrust';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { locateInRepository, NOT_IN_GIT } from '../core/git/git';
import { readPlanHistory } from '../core/history/readHistory';
import { buildSeries } from '../core/history/series';
import { FolderSnapshotCache, type SnapshotCache } from '../core/history/snapshotCache';
import type { TrendResult } from '../protocol/baseline';
import { fileNameOf } from './panels';

export class Trends {
  private readonly cache: SnapshotCache | undefined;
  /** One reading per file at a time: a second panel (or a quick refresh) waits for the running one. */
  private readonly running = new Map<string, Promise<TrendResult | { unavailable: string }>>();

  /** `storagePath`: the extension's storage folder; without it, the process's memory cache. */
  constructor(
    storagePath: string | undefined,
    private readonly trust: GitTrust = new GitTrust(),
  ) {
    this.cache = storagePath ? new FolderSnapshotCache(join(storagePath, 'history')) : undefined;
  }

  trend(uri: string): Promise<TrendResult | { unavailable: string }> {
    let work = this.running.get(uri);
    if (!work) {
      work = this.read(uri).finally(() => this.running.delete(uri));
      this.running.set(uri, work);
    }
    return work;
  }

  private async read(uri: string): Promise<TrendResult | { unavailable: string }> {
    const refusal = this.trust.refusal();
    if (refusal) return { unavailable: refusal };
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return { unavailable: 'the plan is not a file on disk, so it has no git history' };
    const located = await locateInRepository(parsed.fsPath);
    if (!located) return { unavailable: `${NOT_IN_GIT} (or git is not installed)` };
    const history = await readPlanHistory(parsed.fsPath, this.cache ? { cache: this.cache } : {});
    if ('unavailable' in history) return history;
    const paths: Record<string, string> = {};
    for (const version of history.versions) paths[version.commit.hash] = join(located.top, version.commit.path);
    return { series: buildSeries(history), fileName: fileNameOf(uri), paths };
  }
}
