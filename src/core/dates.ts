/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers (days since 1970-01-01, UTC), so that
 * nothing depends on the local time zone.
 */
import type { IsoDate } from './model';

const MS_PER_DAY = 86_400_000;
const DASH = 45;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a `YYYY-MM-DD` string naming a real day (`2026-02-30` is not). */
export function isValidIsoDate(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/**
 * Days since 1970-01-01 for a valid ISO date, else undefined. Read character by character: the
 * checks call it for the dates of every task on each keystroke, where a regular expression match
 * and a `Date` per call were a visible share. Years before 100 are not dates (`Date` would read
 * them as 19xx).
 */
export function dayNumber(date: string): number | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return undefined;
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The number `text[start, end)` writes in decimal digits, or -1 when it is not all digits. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** The ISO date of a day number. */
export function isoFromDayNumber(days: number): IsoDate {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a day number. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Today's date in the local time zone of the process: used only when a file gives no date. */
export function todayIso(now: Date = new Date()): IsoDate {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
