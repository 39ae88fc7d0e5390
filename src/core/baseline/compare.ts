/**
 * Variance against a baseline: for each task in both versions, the baseline's dates against
 * today's forecast, in working days on the current plan's calendar (+ is later). Dates are the
 * ones the scheduler shows (a milestone on its own day); done work counts its actual dates and
 * unfinished work is never forecast before the as-of date.
 */
import type { Analysis } from '../analyze';
import type { IsoDate, Task } from '../model';
import type { TaskSchedule } from '../schedule/types';
import { forecastFinish, workingDaysBetween } from '../status/workdays';

export interface TaskVariance {
  readonly id: string;
  readonly name: string;
  readonly milestone: boolean;
  readonly status: Task['status'];
  readonly baselineStart: IsoDate;
  readonly baselineFinish: IsoDate;
  readonly forecastStart: IsoDate;
  readonly forecastFinish: IsoDate;
  /** Working days; positive: later than the baseline. */
  readonly startVariance: number;
  readonly finishVariance: number;
  /** The planned duration differs from the baseline's. */
  readonly durationChanged: boolean;
}

export interface ScopeChange {
  readonly id: string;
  readonly name: string;
  readonly milestone: boolean;
}

export interface BaselineComparison {
  /** Tasks scheduled in both versions, in the current plan's order; cancelled ones are in {@link cancelled}. */
  readonly tasks: readonly TaskVariance[];
  /** In the plan now, not in the baseline. */
  readonly added: readonly ScopeChange[];
  /** In the baseline, no longer in the plan. */
  readonly removed: readonly ScopeChange[];
  /** In both, open in the baseline and cancelled now. */
  readonly cancelled: readonly ScopeChange[];
}

type Version = Pick<Analysis, 'program' | 'schedule'>;

export function compareWithBaseline(current: Version & Pick<Analysis, 'asOf'>, baseline: Version): BaselineComparison {
  const before = firstById(baseline.program.tasks);
  const now = firstById(current.program.tasks);
  const calendar = current.schedule.ok ? current.schedule.calendar : undefined;
  const change = (task: Task): ScopeChange => ({ id: task.id, name: task.name || task.id, milestone: task.milestone });
  const tasks: TaskVariance[] = [];
  const added: ScopeChange[] = [];
  const cancelled: ScopeChange[] = [];
  for (const task of now.values()) {
    const old = before.get(task.id);
    if (!old) {
      added.push(change(task));
      continue;
    }
    if (task.status === 'cancelled') {
      if (old.status !== 'cancelled') cancelled.push(change(task));
      continue;
    }
    const ts = current.schedule.byId.get(task.id);
    const oldTs = baseline.schedule.byId.get(task.id);
    if (!calendar || !ts || !oldTs || old.status === 'cancelled') continue;
    const forecast = forecastDates(task, ts, current.asOf);
    tasks.push({
      id: task.id,
      name: task.name || task.id,
      milestone: task.milestone,
      status: task.status,
      baselineStart: oldTs.startDate,
      baselineFinish: oldTs.finishDate,
      forecastStart: forecast.start,
      forecastFinish: forecast.finish,
      startVariance: workingDaysBetween(calendar, oldTs.startDate, forecast.start),
      finishVariance: workingDaysBetween(calendar, oldTs.finishDate, forecast.finish),
      durationChanged: old.duration !== task.duration || old.milestone !== task.milestone,
    });
  }
  const removed = [...before.values()].filter((t) => !now.has(t.id)).map(change);
  return { tasks, added, removed, cancelled };
}

/** Actual dates where recorded; otherwise the schedule's, never before the as-of date for work not yet started or finished. */
function forecastDates(task: Task, ts: TaskSchedule, asOf: IsoDate): { start: IsoDate; finish: IsoDate } {
  const started = task.status === 'done' || task.status === 'in-progress' || task.actualStart !== undefined;
  const start = task.actualStart ?? (started ? ts.startDate : forecastFinish(ts.startDate, asOf));
  const finish = task.status === 'done' ? (task.actualFinish ?? ts.finishDate) : forecastFinish(ts.finishDate, asOf);
  return { start, finish: finish < start ? start : finish };
}

/** Tasks by id; a duplicate id keeps its first task, as references do. */
function firstById(tasks: readonly Task[]): Map<string, Task> {
  const map = new Map<string, Task>();
  for (const task of tasks) if (!map.has(task.id)) map.set(task.id, task);
  return map;
}
