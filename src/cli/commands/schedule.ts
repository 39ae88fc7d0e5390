/**
 * `program-pilot schedule <file> [--format table|csv|json]`: the critical-path schedule the editor
 * shows, one row per task, for spreadsheets and scripts. Exit status: 0 scheduled, 1 the file has
 * no valid `start` (nothing can be scheduled) or has errors (the schedule is still printed),
 * 2 usage error or unreadable file.
 */
import { analyze } from '../../core/analyze';
import type { Schedule, TaskSchedule } from '../../core/schedule/types';
import { csvLines } from '../../core/text/csv';
import { oneOf, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand } from '../command';
import { ALLOW_ERRORS_USAGE, exitForPlanErrors } from '../planErrors';

const USAGE = `Usage: program-pilot schedule [--format table|csv|json] <file>

Prints the critical-path schedule of a program file, one row per task:
  id, duration, es, ef, ls, lf, tf, ff, critical, es_date, ef_date, ls_date, lf_date

Offsets count working days from the program's first working day (0). ES and LS
name the start of a working day; EF and LF are exclusive (EF = ES + duration).
Dates are inclusive, as people read them: es_date = working day #ES, ef_date =
working day #(EF-1), ls_date = #LS, lf_date = #(LF-1); a milestone is dated #ES
and #LS. tf/ff are total and free float; critical is 1 when tf <= 0.
Tasks on a dependency cycle cannot be scheduled and are left out.

Options:
  --format table|csv|json  Output format (default: table). JSON also gives
                           projectEnd (offset) and projectEndDate, and per task
                           the driving predecessor and, with recorded progress,
                           the planned dates where the forecast differs.
${ALLOW_ERRORS_USAGE}
  -h, --help               Show this help.

Exit status: 0 scheduled, 1 the file has no valid start date or has errors (the
schedule is still printed), 2 usage error or unreadable file, 3 internal error.
`;

type Format = 'table' | 'csv' | 'json';

const COLUMNS = ['id', 'duration', 'es', 'ef', 'ls', 'lf', 'tf', 'ff', 'critical', 'es_date', 'ef_date', 'ls_date', 'lf_date'] as const;

export const scheduleCommand: CliCommand = {
  name: 'schedule',
  summary: 'Print the critical-path schedule of a program file (table, CSV or JSON)',
  usage: USAGE,
  run(args, io) {
    const parsed = parseCommandArgs(args, { values: { format: oneOf(['table', 'csv', 'json']) }, flags: ['allow-errors'], files: 'one' });
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot schedule: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const file = parsed.files[0];
    const format = (parsed.values.get('format') ?? 'table') as Format;
    const text = readProgramText(io, 'schedule', file);
    if (text === undefined) return 2;
    const { schedule, diagnostics } = analyze(text);
    if (!schedule.ok) {
      io.stderr(`program-pilot schedule: ${file} has no valid 'start' date (YYYY-MM-DD), so nothing can be scheduled. Run 'program-pilot check ${file}' for details.\n`);
      return 1;
    }
    io.stdout(format === 'json' ? formatJson(file, schedule) : format === 'csv' ? formatCsv(schedule) : formatTable(schedule));
    return exitForPlanErrors(io, 'schedule', file, text, diagnostics, parsed.flags.has('allow-errors'));
  },
};

function cells(task: TaskSchedule): string[] {
  return [
    task.id,
    String(task.duration),
    String(task.es),
    String(task.ef),
    String(task.ls),
    String(task.lf),
    String(task.tf),
    String(task.ff),
    task.critical ? '1' : '0',
    task.startDate,
    task.finishDate,
    task.lateStartDate,
    task.lateFinishDate,
  ];
}

function formatCsv(schedule: Schedule): string {
  return csvLines([COLUMNS, ...schedule.tasks.map(cells)]);
}

function formatTable(schedule: Schedule): string {
  const rows = schedule.tasks.map(cells);
  // A control character in an id would break the terminal table: show it escaped.
  for (const row of rows) row[0] = row[0].replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column === 0 || column >= 9 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  const critical = schedule.tasks.filter((task) => task.critical).length;
  const end = schedule.projectEndDate === undefined ? 'no tasks scheduled' : `${schedule.projectEndDate} (offset ${schedule.projectEnd})`;
  const footer = `\nProject end: ${end}; ${critical} of ${schedule.tasks.length} tasks critical${schedule.usesProgress ? '; forecast from recorded progress' : ''}\n`;
  return [line(COLUMNS), ...rows.map(line)].join('\n') + '\n' + footer;
}

function formatJson(file: string, schedule: Schedule): string {
  const calendar = schedule.calendar;
  const tasks = schedule.tasks.map((task) => {
    return {
      id: task.id,
      duration: task.duration,
      es: task.es,
      ef: task.ef,
      ls: task.ls,
      lf: task.lf,
      tf: task.tf,
      ff: task.ff,
      critical: task.critical,
      es_date: task.startDate,
      ef_date: task.finishDate,
      ls_date: task.lateStartDate,
      lf_date: task.lateFinishDate,
      driver: task.driver ?? null,
      driverKind: task.driverKind,
      ...(task.deadlineLf !== undefined ? { deadlineLf: task.deadlineLf } : {}),
      ...(task.planned
        ? { planned: { es: task.planned.es, ef: task.planned.ef, es_date: task.planned.startDate, ef_date: task.planned.finishDate } }
        : {}),
    };
  });
  const result = {
    file,
    startDate: calendar?.startDate,
    usesProgress: schedule.usesProgress,
    projectEnd: schedule.projectEnd,
    projectEndDate: schedule.projectEndDate ?? null,
    tasks,
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}
