/** `Fri 2026-03-13`: how the report and the dependency table print a date; the weekday helps a reader place it in the week. */
import { dayNumber, weekdayOf } from '../dates';
import type { IsoDate } from '../model';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function dayText(date: IsoDate): string {
  const n = dayNumber(date);
  return n === undefined ? date : `${WEEKDAYS[weekdayOf(n)]} ${date}`;
}
