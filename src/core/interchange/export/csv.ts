/** A program's task list as CSV (RFC 4180, written by `csv-stringify`): what a spreadsheet needs to track it. */
import { stringify } from 'csv-stringify/sync';
import type { Analysis } from '../../analyze';

const COLUMNS = ['id', 'name', 'owner', 'team', 'status', 'start', 'finish', 'float', 'critical'];

export function exportCsv(analysis: Analysis): string {
  const { program, schedule } = analysis;
  const people = new Map(program.people.map((p) => [p.id, p.name]));
  const rows = program.tasks.map((task) => {
    const scheduled = schedule.byId.get(task.id);
    return [
      inert(task.id),
      inert(task.name),
      inert(task.owner ? (people.get(task.owner.id) ?? task.owner.id) : ''),
      inert(task.team?.id ?? ''),
      task.status,
      scheduled?.startDate ?? '',
      scheduled?.finishDate ?? '',
      scheduled ? String(scheduled.tf) : '',
      scheduled ? (scheduled.critical ? 'yes' : 'no') : '',
    ];
  });
  return stringify([COLUMNS, ...rows], { record_delimiter: '\r\n' });
}

/** Text a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading `'`, as spreadsheets write it. */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
