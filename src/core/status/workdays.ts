/**
 * Small date facts the status report and the health rules share, on the program's own
 * working-day calendar (so weekends and holidays never count as slack).
 */
import type { IsoDate, Task } from '../model';
import type { TaskSchedule, WorkCalendar } from '../schedule/types';

/** Work that still has to happen: neither done nor cancelled. */
export function isOpen(task: Task): boolean {
  return task.status !== 'done' && task.status !== 'cancelled';
}

/** Working days from `from` to `to` (negative when `to` is earlier). */
export function workingDaysBetween(calendar: WorkCalendar, from: IsoDate, to: IsoDate): number {
  return calendar.offsetOf(to) - calendar.offsetOf(from);
}

/**
 * Working days between an inclusive finish and an inclusive deadline: 0 means it finishes on
 * the deadline's last working day, negative means late by that many working days. A deadline
 * on a weekend or holiday counts as the working day before it.
 */
export function deadlineSlack(calendar: WorkCalendar, finish: IsoDate, deadline: IsoDate): number {
  return calendar.offsetOf(deadline, 'previous') - calendar.offsetOf(finish, 'previous');
}

/**
 * Working days of slack of scheduled work against its deadline, counted as PP501 counts them:
 * the day its finish is shown on against the deadline's working day. Unfinished work cannot end
 * before the as-of day.
 */
export function forecastDeadlineSlack(calendar: WorkCalendar, ts: TaskSchedule, deadline: IsoDate, asOf: IsoDate): number {
  return calendar.offsetOf(deadline, 'previous') - Math.max(ts.finishDay, calendar.offsetOf(asOf, 'previous'));
}

/**
 * When open work is expected to finish: the scheduled finish, but never before the as-of date,
 * because unfinished work cannot finish in the past.
 */
export function forecastFinish(scheduledFinish: IsoDate, asOf: IsoDate): IsoDate {
  return scheduledFinish < asOf ? asOf : scheduledFinish;
}
