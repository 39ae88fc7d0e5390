/**
 * What a forecast reads from a plan, as text: the dates and holidays that make the calendar, the
 * promised dates, and the tasks and risks — without where anything is written. Two texts that
 * differ only in comments, layout or order of keys give the same input, so a forecast made for
 * one serves the other (the server caches by it).
 */
import type { Program } from '../model';

/** Source positions move with every edit above them; they are not input. */
const withoutPositions = (key: string, value: unknown): unknown => (key === 'span' || key === 'fields' || key.endsWith('Span') ? undefined : value);

export function forecastInputText(program: Program): string {
  return JSON.stringify(
    {
      start: program.start,
      statusDate: program.statusDate,
      targetEnd: program.targetEnd,
      launch: program.launch?.date,
      holidays: program.holidays.map((h) => h.date),
      tasks: program.tasks,
      risks: program.risks,
    },
    withoutPositions,
  );
}
