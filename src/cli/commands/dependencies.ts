/**
 * `program-pilot dependencies <file>`: the cross-team dependency table of the status report,
 * for a team lead's weekly sync (Markdown), a spreadsheet (CSV) or a script (JSON).
 */
import { analyze } from '../../core/analyze';
import { crossTeamDependencies, type CrossTeamDependency } from '../../core/dependencies/crossTeam';
import { crossTeamCsv, crossTeamTable } from '../../core/dependencies/crossTeamDocument';
import { renderMarkdown } from '../../core/status/document';
import { isoDate, oneOf, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand } from '../command';
import { ALLOW_ERRORS_USAGE, exitForPlanErrors } from '../planErrors';

const USAGE = `Usage: program-pilot dependencies [options] <file>

Prints every dependency between tasks of different teams (a task's team is its
'team', else its owner's): the deliverable, the team and owner that provide it,
the team that needs it, the need date (the deliverable's late finish), its
forecast and a status: done, on-track, at-risk (forecast within 2 working days of
the need date, or the deliverable is at risk), late, blocked, or unscheduled.
Rows are ordered by need date.

Options:
  --team TEAM              Only dependencies from or to this team (id or name).
  --format md|json|csv     Markdown table (default), JSON ("version": 1) or CSV.
  --as-of YYYY-MM-DD       "Now" for the forecasts (default: the file's statusDate,
                           else today).
${ALLOW_ERRORS_USAGE}
  -h, --help               Show this help.

Exit status: 0 on success, 1 when the plan has errors (the table is still printed),
2 on a usage error or a file that cannot be read, 3 on an internal error.
`;

/** The version of the JSON shape. */
const JSON_VERSION = 1;

export const dependenciesCommand: CliCommand = {
  name: 'dependencies',
  summary: 'Print the cross-team dependencies of a program file (Markdown, JSON or CSV)',
  usage: USAGE,
  run(args, io) {
    const parsed = parseCommandArgs(args, {
      values: { team: () => undefined, format: oneOf(['md', 'json', 'csv']), 'as-of': isoDate },
      flags: ['allow-errors'],
      files: 'one',
    });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot dependencies: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const text = readProgramText(io, 'dependencies', file);
    if (text === undefined) return 2;
    const asOf = parsed.values.get('as-of');
    const analysis = analyze(text, asOf ? { asOf } : {});
    const team = parsed.values.get('team');
    const all = crossTeamDependencies(analysis.program, analysis.schedule, analysis.asOf);
    const rows = team === undefined ? all : all.filter((row) => involves(row, team));
    const format = parsed.values.get('format');
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ version: JSON_VERSION, file, asOf: analysis.asOf, ...(team === undefined ? {} : { team }), dependencies: rows }, null, 2)}\n`);
    } else {
      io.stdout(format === 'csv' ? crossTeamCsv(rows) : renderMarkdown([crossTeamTable(rows)]));
    }
    return exitForPlanErrors(io, 'dependencies', file, text, analysis.diagnostics, parsed.flags.has('allow-errors'));
  },
};

function involves(row: CrossTeamDependency, team: string): boolean {
  const matches = (t: { readonly id: string; readonly name: string }): boolean => t.id === team || t.name.toLowerCase() === team.toLowerCase();
  return matches(row.fromTeam) || matches(row.neededByTeam);
}
