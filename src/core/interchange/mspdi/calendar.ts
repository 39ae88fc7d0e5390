/**
 * The project calendar of an MSPDI file as the format holds it: its non-working exceptions
 * become holidays; a working week other than Monday to Friday, working exceptions, recurring
 * exceptions and alternative work weeks cannot be carried over and are listed.
 */
import { dayNumber, isoFromDayNumber } from '../../dates';
import type { DraftHoliday } from '../draft';
import type { ImportWarnings } from '../warnings';
import { child, children, dateOf, flag, integer, rawText, text } from './nodes';
import type { XmlNode } from './xml';

/** Longest exception expanded into single days: ten years; a longer one is a typo or a recurrence. */
const MAX_EXCEPTION_DAYS = 3_660;

/** MSPDI DayType: 1 Sunday … 7 Saturday; 0 is an exception in files before Project 2007. */
const WEEKDAY_NAMES = ['', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function projectHolidays(calendar: XmlNode | undefined, minutesPerDay: number, warnings: ImportWarnings): DraftHoliday[] {
  if (!calendar) return [];
  const holidays: DraftHoliday[] = [];
  const weekDays = children(child(calendar, 'WeekDays'), 'WeekDay');
  for (const day of weekDays) {
    const type = integer(day, 'DayType');
    if (type === 0) addException(day, holidays, warnings);
    else if (type !== undefined && type >= 1 && type <= 7) checkWeekday(day, type, minutesPerDay, warnings);
  }
  for (const exception of children(child(calendar, 'Exceptions'), 'Exception')) addException(exception, holidays, warnings);
  if (children(child(calendar, 'WorkWeeks'), 'WorkWeek').length > 0) warnings.add('alternative work weeks of the project calendar are not carried over (the working week is Monday to Friday)');
  const seen = new Set<string>();
  return holidays.filter((h) => !seen.has(h.date) && seen.add(h.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
}

function checkWeekday(day: XmlNode, type: number, minutesPerDay: number, warnings: ImportWarnings): void {
  const weekend = type === 1 || type === 7;
  const working = flag(day, 'DayWorking');
  if (working === weekend) {
    warnings.add(`non-standard calendar: ${WEEKDAY_NAMES[type]} is ${working ? 'a working day' : 'not a working day'} in the project calendar, but the working week here is Monday to Friday`);
    return;
  }
  const minutes = workingMinutes(day);
  if (working && minutes !== undefined && minutes !== minutesPerDay) {
    warnings.add(`non-standard calendar: ${WEEKDAY_NAMES[type]} has ${minutes / 60} working hours, not ${minutesPerDay / 60}; every working day counts as one day here`);
  }
}

/** The minutes of the day's WorkingTimes, or undefined when it lists none. */
function workingMinutes(day: XmlNode): number | undefined {
  const times = children(child(day, 'WorkingTimes'), 'WorkingTime');
  if (times.length === 0) return undefined;
  let total = 0;
  for (const time of times) {
    const from = clockMinutes(text(time, 'FromTime'));
    const to = clockMinutes(text(time, 'ToTime'));
    if (from === undefined || to === undefined) return undefined;
    total += (to === 0 ? 1440 : to) - from;
  }
  return total;
}

function clockMinutes(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^(\d{2}):(\d{2})/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

function addException(exception: XmlNode, holidays: DraftHoliday[], warnings: ImportWarnings): void {
  const period = child(exception, 'TimePeriod');
  const name = rawText(exception, 'Name')?.trim() || undefined;
  const label = name ?? (period ? (dateOf(period, 'FromDate') ?? '') : '');
  if (flag(exception, 'DayWorking')) {
    warnings.add('working exceptions of the project calendar (extra working days) are not carried over', label);
    return;
  }
  const type = integer(exception, 'Type');
  if (type !== undefined && type !== 1) {
    warnings.add('recurring exceptions of the project calendar (weekly, monthly, yearly) are not carried over: add their dates under calendar.holidays', label);
    return;
  }
  const from = period ? dayNumber(dateOf(period, 'FromDate') ?? '') : undefined;
  const to = period ? dayNumber(dateOf(period, 'ToDate') ?? '') : undefined;
  if (from === undefined || to === undefined || to < from || to - from >= MAX_EXCEPTION_DAYS) {
    warnings.add('calendar exceptions without a usable period are not carried over', label);
    return;
  }
  for (let day = from; day <= to; day++) holidays.push({ date: isoFromDayNumber(day), ...(name ? { name } : {}) });
}
