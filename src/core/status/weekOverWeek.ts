/**
 * What changed since last week: the plan now against its version committed a week before the
 * as-of date. Both versions are compared on today's working-day calendar.
 */
import type { IsoDate, Program, Task } from '../model';
import type { Schedule } from '../schedule/types';
import { isoFromDayNumber, dayNumber } from '../dates';
import { forecastFinish, isOpen, workingDaysBetween } from './workdays';

export interface CommitInfo {
  readonly hash: string;
  /** Committer date, ISO 8601 with the committer's offset, as git prints it. */
  readonly date: string;
  readonly subject: string;
}

/** Last week's plan, as analysed from the committed text. */
export interface Baseline {
  readonly program: Program;
  readonly schedule: Schedule;
  readonly commit: CommitInfo;
}

export interface ChangedTask {
  readonly id: string;
  readonly name: string;
  readonly milestone: boolean;
}

export interface MovedMilestone extends ChangedTask {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Positive: later than last week's forecast. */
  readonly workingDays: number;
}

export interface WeekOverWeek {
  readonly commit: CommitInfo;
  readonly newlyCompleted: readonly ChangedTask[];
  readonly newlyBlocked: readonly ChangedTask[];
  readonly unblocked: readonly ChangedTask[];
  readonly movedMilestones: readonly MovedMilestone[];
  readonly added: readonly ChangedTask[];
  readonly removed: readonly ChangedTask[];
  readonly blockersThen: number;
  readonly blockersNow: number;
}

/** The moment to compare with: 7 days before the as-of date. */
export function baselineDate(asOf: IsoDate): IsoDate {
  return isoFromDayNumber((dayNumber(asOf) ?? 0) - 7);
}

export function compareWeekOverWeek(program: Program, schedule: Schedule, asOf: IsoDate, baseline: Baseline): WeekOverWeek {
  const before = firstById(baseline.program.tasks);
  const now = firstById(program.tasks);
  const changed = (task: Task): ChangedTask => ({ id: task.id, name: task.name || task.id, milestone: task.milestone });

  const newlyCompleted: ChangedTask[] = [];
  const newlyBlocked: ChangedTask[] = [];
  const unblocked: ChangedTask[] = [];
  const added: ChangedTask[] = [];
  for (const task of now.values()) {
    const old = before.get(task.id);
    if (!old) {
      added.push(changed(task));
      continue;
    }
    if (task.status === 'done' && old.status !== 'done') newlyCompleted.push(changed(task));
    if (task.status === 'blocked' && old.status !== 'blocked') newlyBlocked.push(changed(task));
    if (task.status !== 'blocked' && old.status === 'blocked') unblocked.push(changed(task));
  }
  const removed = [...before.values()].filter((t) => !now.has(t.id)).map(changed);
  const countBlocked = (tasks: ReadonlyMap<string, Task>): number => [...tasks.values()].filter((t) => t.status === 'blocked').length;

  return {
    commit: baseline.commit,
    newlyCompleted,
    newlyBlocked,
    unblocked,
    movedMilestones: movedMilestones(now, schedule, asOf, before, baseline),
    added,
    removed,
    blockersThen: countBlocked(before),
    blockersNow: countBlocked(now),
  };
}

function movedMilestones(
  now: ReadonlyMap<string, Task>,
  schedule: Schedule,
  asOf: IsoDate,
  before: ReadonlyMap<string, Task>,
  baseline: Baseline,
): MovedMilestone[] {
  const calendar = schedule.ok ? schedule.calendar : undefined;
  if (!calendar || !baseline.schedule.ok) return [];
  const thenAsOf = baselineDate(asOf);
  const moved: MovedMilestone[] = [];
  for (const task of now.values()) {
    const old = before.get(task.id);
    if (!task.milestone || !old || !isOpen(old) || task.status === 'cancelled') continue;
    const ts = schedule.byId.get(task.id);
    const oldTs = baseline.schedule.byId.get(task.id);
    if (!ts || !oldTs) continue;
    // Each forecast as it was read on its own date, so unfinished work does not "move" just
    // because a week passed.
    const from = forecastFinish(oldTs.finishDate, thenAsOf);
    const to = task.status === 'done' ? (task.actualFinish ?? ts.finishDate) : forecastFinish(ts.finishDate, asOf);
    const days = workingDaysBetween(calendar, from, to);
    if (days !== 0) moved.push({ id: task.id, name: task.name || task.id, milestone: true, from, to, workingDays: days });
  }
  // Biggest slips first.
  return moved.sort((a, b) => b.workingDays - a.workingDays);
}

/** Tasks by id; a duplicate id keeps its first task, as references do. */
function firstById(tasks: readonly Task[]): Map<string, Task> {
  const map = new Map<string, Task>();
  for (const task of tasks) if (!map.has(task.id)) map.set(task.id, task);
  return map;
}
