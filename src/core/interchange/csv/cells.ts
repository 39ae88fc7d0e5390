/**
 * Reading the cells of task lists: durations (`5`, `5d`, `2w`, `3 days`, `16h`), predecessors
 * (`3FS+2d, 4` by row number, or issue keys), dates in the forms spreadsheets and Jira export,
 * statuses and percentages.
 */
import { dayNumber, isoFromDayNumber, isValidIsoDate } from '../../dates';
import type { DependencyType, IsoDate, TaskStatus } from '../../model';

/** Hours in a working day, for durations given in hours. */
const HOURS_PER_DAY = 8;

/** Working days, or undefined when the cell is not a duration. */
export function durationDays(cell: string): number | undefined {
  const match = /^~?\s*(\d+(?:[.,]\d+)?)\s*(d|days?|w|wks?|weeks?|h|hrs?|hours?)?\??$/i.exec(cell.trim());
  if (!match) return undefined;
  const value = Number(match[1].replace(',', '.'));
  const unit = (match[2] ?? 'd').toLowerCase();
  if (unit.startsWith('w')) return value * 5;
  if (unit.startsWith('h')) return value / HOURS_PER_DAY;
  return value;
}

/** Lag text after a predecessor: `+2d`, `-1w`, `+4h`, `+3`. */
export function lagDays(text: string): number | undefined {
  const match = /^([+-])\s*(.+)$/.exec(text.trim());
  const days = match ? durationDays(match[2]) : undefined;
  return match && days !== undefined ? (match[1] === '-' ? -days : days) : undefined;
}

export interface PredecessorRef {
  /** A row number (1-based, as spreadsheets show them) or an id written in the file. */
  readonly ref: string;
  readonly type: DependencyType;
  readonly lag: number;
}

/** `3FS+2d, 4; 7SS` → refs; the parts that are not predecessors are returned as `bad`. */
export function predecessors(cell: string): { refs: PredecessorRef[]; bad: string[] } {
  const refs: PredecessorRef[] = [];
  const bad: string[] = [];
  for (const part of cell.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '')) {
    // A row number, an issue key (`PROJ-12`, whose dash is not a lead) or any id without spaces.
    const match = /^(\d+|[A-Za-z][A-Za-z0-9_]*-\d+|\S+?)\s*(FS|SS|FF|SF)?\s*([+-].*)?$/i.exec(part);
    const ref = match?.[1]?.trim();
    const lag = match?.[3] !== undefined ? lagDays(match[3]) : 0;
    if (!match || !ref || lag === undefined) bad.push(part);
    else refs.push({ ref, type: (match[2]?.toUpperCase() ?? 'FS') as DependencyType, lag });
  }
  return { refs, bad };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface ReadDate {
  readonly date?: IsoDate;
  /** True when the date was numeric with slashes, read as month/day/year. */
  readonly monthFirst?: boolean;
}

/** `2026-03-12`, `2026-03-12T09:00`, `12/Mar/26` (Jira), `Mar 12, 2026`, `12 Mar 2026`, `3/12/26` (month first). */
export function readDate(cell: string): ReadDate {
  const text = cell.trim();
  if (text === '') return {};
  const iso = text.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return isValidIsoDate(iso) ? { date: iso } : {};
  let match = /^(\d{1,2})[/ -]([A-Za-z]{3})[A-Za-z]*[/ -](\d{2}|\d{4})\b/.exec(text);
  if (match) return dateFrom(Number(match[3]), MONTHS.indexOf(match[2].toLowerCase()) + 1, Number(match[1]));
  match = /^([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}),? (\d{4})\b/.exec(text);
  if (match) return dateFrom(Number(match[3]), MONTHS.indexOf(match[1].toLowerCase()) + 1, Number(match[2]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(text);
  if (match) {
    const read = dateFrom(Number(match[3]), Number(match[1]), Number(match[2]));
    return read.date ? { ...read, monthFirst: true } : read;
  }
  return {};
}

function dateFrom(year: number, month: number, day: number): ReadDate {
  const fullYear = year < 100 ? 2000 + year : year;
  const date = `${String(fullYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return month >= 1 && isValidIsoDate(date) ? { date } : {};
}

/** Monday to Friday from `start` to `finish` inclusive (holidays are not known here). */
export function weekdaysBetween(start: IsoDate, finish: IsoDate): number | undefined {
  const from = dayNumber(start);
  const to = dayNumber(finish);
  if (from === undefined || to === undefined || to < from || to - from > 40_000) return undefined;
  const fullWeeks = Math.floor((to - from + 1) / 7);
  let count = fullWeeks * 5;
  for (let day = from + fullWeeks * 7; day <= to; day++) {
    const weekday = new Date(isoFromDayNumber(day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

const STATUSES: readonly (readonly [RegExp, TaskStatus])[] = [
  [/^(done|closed|resolved|complete|completed|finished)$/i, 'done'],
  [/^(in progress|in-progress|in review|review|started|doing|active)$/i, 'in-progress'],
  [/^(blocked|on hold)$/i, 'blocked'],
  [/^(at risk|at-risk)$/i, 'at-risk'],
  [/^(cancelled|canceled|won't do|wont do|won't fix|rejected)$/i, 'cancelled'],
  [/^(to do|todo|open|backlog|new|not started|not-started|selected for development|ready)$/i, 'not-started'],
];

/** Our status for the source's word, or undefined when it names none of ours. */
export function taskStatus(cell: string): TaskStatus | undefined {
  const text = cell.trim();
  return STATUSES.find(([pattern]) => pattern.test(text))?.[1];
}

/** `40`, `40%`, `0.4` (a fraction, as spreadsheets export percentages) → 0–100. */
export function percent(cell: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*(%)?$/.exec(cell.trim());
  if (!match) return undefined;
  const value = Number(match[1].replace(',', '.'));
  const whole = match[2] || value > 1 ? value : value * 100;
  return whole <= 100 ? Math.round(whole) : undefined;
}
