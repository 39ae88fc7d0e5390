/**
 * `program-pilot export FILE --to mspdi|ics|csv [-o out]`: the plan, with our schedule, for MS
 * Project or ProjectLibre (MSPDI), a calendar (iCalendar) or a spreadsheet (CSV). Exit status:
 * 0 exported, 1 the plan cannot be scheduled, 2 usage error, unreadable file or existing output.
 */
import { exportPlan, type ExportFormat } from '../../core/interchange/exportPlan';
import { oneOf, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand } from '../command';
import { writeOutput } from '../output';

const USAGE = `Usage: program-pilot export --to mspdi|ics|csv [-o FILE] [--force] <file>

Writes a program file in another format, with its schedule computed:
  mspdi  MS Project XML, which MS Project and ProjectLibre open: tasks with their
         phases as summary tasks, dates, floats, links and lags, the calendar's
         holidays, people as resources and owners as assignments.
  ics    An iCalendar file of the milestones, deadlines, launch date and pending
         decisions' need-by dates; importing it again updates the same events.
  csv    The task list: id, name, owner, team, status, start, finish, float, critical.

Options:
  --to mspdi|ics|csv  The format (required).
  -o, --output FILE   Write here (default: standard output).
  --force             Replace the output file if it exists.
  -h, --help          Show this help.

Exit status: 0 exported, 1 the file has no valid start date, 2 usage error, unreadable
file or existing output file, 3 internal error.
`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write a program file as MS Project XML, iCalendar or CSV',
  usage: USAGE,
  run(args, io) {
    const parsed = parseCommandArgs(args, { values: { to: oneOf(['mspdi', 'ics', 'csv']), output: () => undefined }, flags: ['force'], short: { o: 'output' }, files: 'one' });
    if (typeof parsed === 'string' || !parsed.values.has('to')) {
      io.stderr(`program-pilot export: ${typeof parsed === 'string' ? parsed : '--to is required'}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const text = readProgramText(io, 'export', file);
    if (text === undefined) return 2;
    const result = exportPlan(text, parsed.values.get('to') as ExportFormat);
    if (!result.ok) {
      io.stderr(`program-pilot export: ${file}: ${result.error}. Run 'program-pilot check ${file}' for details.\n`);
      return 1;
    }
    if (!writeOutput(io, 'export', parsed.values.get('output'), result.text, parsed.flags.has('force'))) return 2;
    for (const warning of result.warnings) io.stderr(`program-pilot export: warning: ${warning}\n`);
    return 0;
  },
};
