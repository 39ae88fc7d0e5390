/** Where a status report is saved by default: `status/<program-slug>-<YYYY>-W<ww>.md` beside the plan. */
import type { IsoDate } from '../model';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../dates';

/** The ISO 8601 week (Monday-based; week 1 holds the year's first Thursday) of a date. */
export function isoWeek(date: IsoDate): { readonly year: number; readonly week: number } | undefined {
  const day = dayNumber(date);
  if (day === undefined) return undefined;
  // The Thursday of the same ISO week decides the year.
  const thursday = day - ((weekdayOf(day) + 6) % 7) + 3;
  const year = Number(isoFromDayNumber(thursday).slice(0, 4));
  const januaryFirst = dayNumber(`${String(year).padStart(4, '0')}-01-01`)!;
  return { year, week: Math.floor((thursday - januaryFirst) / 7) + 1 };
}

/** Lower-case words joined by dashes; `program` when nothing usable is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'program';
}

/** The report's file path relative to the plan's folder, e.g. `status/multi-tenancy-2026-W11.md`. */
export function statusFileName(programName: string, asOf: IsoDate): string {
  const week = isoWeek(asOf);
  const suffix = week ? `${week.year}-W${String(week.week).padStart(2, '0')}` : asOf.replace(/[^0-9-]/g, '');
  return `status/${slugify(programName)}-${suffix}.md`;
}
