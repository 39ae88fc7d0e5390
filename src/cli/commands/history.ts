/**
 * `program-pilot history <file>`: the plan's committed versions as time series — milestone
 * forecasts, projected end, scope, done and blocked — as Markdown (with a Mermaid milestone
 * trend chart), JSON or CSV.
 */
import { resolve } from 'node:path';
import { FolderSnapshotCache } from '../../core/history/snapshotCache';
import { readPlanHistory } from '../../core/history/readHistory';
import { buildSeries, type SeriesGrouping } from '../../core/history/series';
import { historyCsv, historyMarkdown } from '../../core/history/historyOutput';
import { oneOf, parseCommandArgs } from '../args';
import type { CliCommand } from '../command';

const USAGE = `Usage: program-pilot history [options] <file>

Reads every committed version of a program file (following renames, along the first-parent
history of HEAD) and prints, per commit or per ISO week, each milestone's forecast, the
projected end, the task count, the total work, and the done and blocked tasks.

Options:
  --format md|json|csv   Markdown with a Mermaid milestone trend chart (default), JSON or CSV.
  --by commit|week       One point per commit (default), or per ISO week (its last commit).
  --cache <folder>       Keep the analysed versions in this folder, so later runs only read
                         the new commits.
  -h, --help             Show this help.

Exit status: 0 on success, 1 when the file has no git history, 2 on a usage error, 3 on an
internal error.
`;

export const historyCommand: CliCommand = {
  name: 'history',
  summary: 'Print how the plan changed over its commits (milestone trend, scope, blockers)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { values: { format: oneOf(['md', 'json', 'csv']), by: oneOf(['commit', 'week']), cache: () => undefined }, files: 'one' });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot history: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const cacheFolder = parsed.values.get('cache');
    const history = await readPlanHistory(resolve(io.cwd, file), cacheFolder ? { cache: new FolderSnapshotCache(resolve(io.cwd, cacheFolder)) } : {});
    if ('unavailable' in history) {
      io.stderr(`program-pilot history: ${file}: ${history.unavailable}\n`);
      return 1;
    }
    const series = buildSeries(history, (parsed.values.get('by') ?? 'commit') as SeriesGrouping);
    const format = parsed.values.get('format') ?? 'md';
    if (format === 'json') io.stdout(`${JSON.stringify(series, null, 2)}\n`);
    else if (format === 'csv') io.stdout(historyCsv(series));
    else io.stdout(historyMarkdown(series, history.versions.at(-1)?.snapshot?.name ?? ''));
    if (series.shallow && format !== 'md') io.stderr(`program-pilot history: note: ${series.shallow}\n`);
    return 0;
  },
};
