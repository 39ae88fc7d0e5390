/**
 * `program-pilot status <file>`: the weekly status report, the same Markdown the editor's
 * "Generate Weekly Status" shows, or the report's data as JSON.
 */
import { resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { buildStatusReport } from '../../core/status/report';
import { statusMarkdown } from '../../core/status/reportDocument';
import { weekOverWeekFromGit } from '../../core/status/weekOverWeekFromGit';
import { isoDate, oneOf, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand } from '../command';

const USAGE = `Usage: program-pilot status [options] <file>

Prints the weekly status report of a program file: overall status, completed work, work in
progress, risks and issues, metrics, next week's goals, decisions needed and, when the file
is in a git repository, what changed since its version committed a week before.

Options:
  --as-of YYYY-MM-DD   The report date (default: the file's statusDate, else today).
  --format md|json     Markdown (default) or the report's data as JSON.
  --no-history         Do not compare with the version in git.
  -h, --help           Show this help.

Exit status: 0 on success, 2 on a usage error or a file that cannot be read, 3 on an
internal error.
`;

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Print the weekly status report of a program file (Markdown or JSON)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { values: { 'as-of': isoDate, format: oneOf(['md', 'json']) }, flags: ['no-history'], files: 'one' });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot status: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const text = readProgramText(io, 'status', file);
    if (text === undefined) return 2;
    const asOf = parsed.values.get('as-of');
    const analysis = analyze(text, asOf ? { asOf } : {});
    const weekOverWeek = !parsed.flags.has('no-history')
      ? await weekOverWeekFromGit(analysis, resolve(io.cwd, file), analysis.asOf)
      : { unavailable: 'history not requested (--no-history)' };
    const report = buildStatusReport({ program: analysis.program, schedule: analysis.schedule, asOf: analysis.asOf, weekOverWeek });
    io.stdout(parsed.values.get('format') === 'json' ? `${JSON.stringify(report, null, 2)}\n` : statusMarkdown(report));
    return 0;
  },
};
