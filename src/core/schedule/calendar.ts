/**
 * The working-day calendar: Monday–Friday minus the listed holidays. Offsets count working days
 * from offset 0, the first working day on or after the program's start.
 *
 * Conversions are arithmetic over whole weeks plus a binary search in the sorted weekday
 * holidays, so a date ten years out costs the same as tomorrow.
 */
import type { IsoDate } from '../model';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../dates';
import type { WorkCalendar } from './types';

/** Day number of Monday 1970-01-05, the origin of the weekday count. */
const MONDAY = 4;
/** 0001-01-01 and 9999-12-31: dates outside are clamped so an absurd duration still prints a `YYYY-MM-DD`. */
const FIRST_DAY = -719_162;
const LAST_DAY = 2_932_896;

/** Formatted dates kept per calendar: far more than any plan's span of working days. */
const MAX_CACHED_DATES = 100_000;

let lastCreated: { readonly key: string; readonly calendar: WorkingDayCalendar } | undefined;

export class WorkingDayCalendar implements WorkCalendar {
  readonly startDate: IsoDate;
  /** Weekday holidays, sorted, without duplicates (weekend holidays change nothing). */
  private readonly holidays: readonly number[];
  /** Working days before the start day, counted from {@link MONDAY}: subtracted to make offsets. */
  private readonly base: number;
  private readonly dateCache = new Map<number, IsoDate>();
  private readonly dayCache = new Map<string, number | undefined>();

  /**
   * Undefined when `start` is not a valid date. Invalid holiday dates are ignored. The last
   * calendar is reused while start and holidays stay the same, so its formatted dates survive
   * from one keystroke's analysis to the next.
   */
  static create(start: string, holidays: readonly string[]): WorkingDayCalendar | undefined {
    const key = `${start}|${holidays.join(',')}`;
    if (lastCreated?.key === key) return lastCreated.calendar;
    const startDay = dayNumber(start);
    if (startDay === undefined) return undefined;
    const days = new Set<number>();
    for (const holiday of holidays) {
      const day = dayNumber(holiday);
      if (day !== undefined && isWeekday(day)) days.add(day);
    }
    const calendar = new WorkingDayCalendar(startDay, [...days].sort((a, b) => a - b));
    lastCreated = { key, calendar };
    return calendar;
  }

  private constructor(startDay: number, holidays: readonly number[]) {
    this.holidays = holidays;
    this.base = this.workingDaysBefore(startDay);
    this.startDate = this.dateOf(0);
  }

  isWorkingDay(date: IsoDate): boolean {
    const day = dayNumber(date);
    return day !== undefined && this.isWorkingDayNumber(day);
  }

  isWorkingDayNumber(day: number): boolean {
    return isWeekday(day) && this.holidaysBefore(day + 1) === this.holidaysBefore(day);
  }

  dateOf(offset: number): IsoDate {
    let date = this.dateCache.get(offset);
    if (date === undefined) {
      const day = this.dayOf(offset);
      date = isoFromDayNumber(day >= FIRST_DAY ? Math.min(day, LAST_DAY) : FIRST_DAY); // NaN → FIRST_DAY
      if (this.dateCache.size >= MAX_CACHED_DATES) this.dateCache.clear();
      this.dateCache.set(offset, date);
    }
    return date;
  }

  /** The day number of the working day with this offset. */
  dayOf(offset: number): number {
    const index = this.base + offset;
    // The answer is the (index + j)-th weekday where j holidays fall before it. "The j-th holiday
    // lies after the (index + j)-th weekday" is false and then true as j grows, so j is found by
    // binary search.
    const holidays = this.holidays;
    let lo = 0;
    let hi = holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holidays[mid] > weekdayAt(index + mid)) hi = mid;
      else lo = mid + 1;
    }
    return weekdayAt(index + lo);
  }

  /** Unparseable dates map to offset 0. */
  offsetOf(date: IsoDate, direction: 'next' | 'previous' = 'next'): number {
    const day = this.dayNumberOf(date);
    return day === undefined ? 0 : this.offsetOfDay(day, direction);
  }

  /** {@link dayNumber}, remembered: a plan repeats a few hundred dates over thousands of tasks. */
  dayNumberOf(date: string): number | undefined {
    let day = this.dayCache.get(date);
    if (day === undefined && !this.dayCache.has(date)) {
      day = dayNumber(date);
      if (this.dayCache.size >= MAX_CACHED_DATES) this.dayCache.clear();
      this.dayCache.set(date, day);
    }
    return day;
  }

  offsetOfDay(day: number, direction: 'next' | 'previous' = 'next'): number {
    // Working days before `day` is the index of the next working day on or after it; working
    // days up to and including `day`, minus one, is the index of the one on or before it.
    return direction === 'next' ? this.workingDaysBefore(day) - this.base : this.workingDaysBefore(day + 1) - 1 - this.base;
  }

  /** Working days from {@link MONDAY} up to, not including, `day` (negative before it). */
  private workingDaysBefore(day: number): number {
    return weekdaysBefore(day) - this.holidaysBefore(day);
  }

  private holidaysBefore(day: number): number {
    const holidays = this.holidays;
    let lo = 0;
    let hi = holidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holidays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function isWeekday(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

/** Weekdays from {@link MONDAY} up to, not including, `day`. */
function weekdaysBefore(day: number): number {
  const sinceMonday = day - MONDAY;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

/** The day number of the weekday with this index (0 = {@link MONDAY}). */
function weekdayAt(index: number): number {
  const weeks = Math.floor(index / 5);
  return MONDAY + weeks * 7 + (index - weeks * 5);
}
