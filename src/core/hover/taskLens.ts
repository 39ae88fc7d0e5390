/** The one-line schedule summary shown above each task: "critical · float 0d · 3 Mar → 12 Mar". */
import type { Program, Task } from '../model';
import type { Schedule, TaskSchedule } from '../schedule/types';
import { shortDate } from './dateText';

export function taskLensTitle(program: Program, schedule: Schedule, task: Task): string {
  if (task.status === 'cancelled') return 'cancelled';
  if (!schedule.ok) return 'not scheduled: the program has no valid start';
  const scheduled = scheduledTask(schedule, task.index);
  if (!scheduled) return 'not scheduled: on a dependency cycle';
  const year = program.start?.slice(0, 4);
  const start = shortDate(scheduled.startDate, year);
  const finish = shortDate(scheduled.finishDate, year);
  const dates = task.milestone || scheduled.startDate === scheduled.finishDate ? finish : `${start} → ${finish}`;
  const parts: string[] = [];
  if (task.milestone) parts.push('milestone');
  if (task.status === 'done') parts.push('done');
  else {
    if (scheduled.critical) parts.push('critical');
    parts.push(`float ${scheduled.tf}d`);
  }
  parts.push(dates);
  return parts.join(' · ');
}

const byIndexCache = new WeakMap<Schedule, readonly (TaskSchedule | undefined)[]>();

/** The schedule of the task at `program.tasks[index]` (duplicates of an id included), or undefined on a cycle. */
export function scheduledTask(schedule: Schedule, index: number): TaskSchedule | undefined {
  let byIndex = byIndexCache.get(schedule);
  if (!byIndex) {
    const list: (TaskSchedule | undefined)[] = [];
    for (const scheduled of schedule.tasks) list[scheduled.index] = scheduled;
    byIndex = list;
    byIndexCache.set(schedule, byIndex);
  }
  return byIndex[index];
}
