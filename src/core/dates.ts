/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers (days since 1970-01-01, UTC), so that
 * nothing depends on the local time zone.
 */
import type { IsoDate } from './model';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a `YYYY-MM-DD` string naming a real day (`2026-02-30` is not). */
export function isValidIsoDate(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/** Days since 1970-01-01 for a valid ISO date, else undefined. */
export function dayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
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
