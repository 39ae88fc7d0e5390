/** Dates as a TPM reads them in the editor: "3 Mar", "Tue 3 Mar 2026". Independent of locale and time zone. */
import { dayNumber, weekdayOf } from '../dates';
import type { IsoDate } from '../model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "3 Mar"; with the year ("3 Mar 2027") when it is not `currentYear`. */
export function shortDate(date: IsoDate, currentYear?: string): string {
  const [year, month, day] = date.split('-');
  const text = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month}`;
  return currentYear === undefined || currentYear === year ? text : `${text} ${year}`;
}

/** "Tue 3 Mar"; with the year when it is not `currentYear`. */
export function weekdayDate(date: IsoDate, currentYear?: string): string {
  const days = dayNumber(date);
  return days === undefined ? date : `${WEEKDAYS[weekdayOf(days)]} ${shortDate(date, currentYear)}`;
}

/** "Tue 3 Mar 2026". */
export function longDate(date: IsoDate): string {
  return dayNumber(date) === undefined ? date : `${weekdayDate(date)} ${date.split('-')[0]}`;
}

