/**
 * What the passes need to know about each task, read once from the model and cleaned up so that
 * nothing a file can say (a huge duration, a lag of NaN, an invalid date) breaks the arithmetic.
 */
import type { Dependency, Program, TaskStatus } from '../model';
import { dayNumber } from '../dates';
import type { WorkingDayCalendar } from './calendar';
import type { TaskSchedule } from './types';

/**
 * Where a task stands. Without a `statusDate` every task is `open` or `cancelled`.
 * `started`: in progress (status, progress > 0 or an actual start), remaining work after the status date.
 */
export type TaskState = 'open' | 'started' | 'done' | 'cancelled';

export type DriverKind = TaskSchedule['driverKind'];

/** Beyond this a duration or lag is a typo, not a plan; capping keeps every sum exact. */
export const MAX_DAYS = 1_000_000;

export interface TaskInputs {
  readonly state: readonly TaskState[];
  /** Planned working days (0 for milestones and cancelled tasks). */
  readonly duration: Float64Array;
  /** The earliest start the task itself allows: 0, or its `notBefore`. */
  readonly floor: Float64Array;
  readonly floorKind: readonly ('start' | 'notBefore')[];
  /** Offset of `actualStart`, NaN when absent or not used. */
  readonly actualStart: Float64Array;
  /** Exclusive offset after `actualFinish`, NaN when absent or not used. */
  readonly actualEnd: Float64Array;
  /** Working days left for started tasks. */
  readonly remaining: Float64Array;
  /** LF bound from `deadline`, NaN when none. */
  readonly deadlineLf: Float64Array;
  /**
   * With progress: the first working day after the status date, where remaining and unstarted
   * work resumes. Undefined when the plan is scheduled without progress.
   */
  readonly resume?: number;
}

export interface ScheduleInputs {
  /** What the schedule is computed from: with recorded progress when the file has a `statusDate`. */
  readonly forecast: TaskInputs;
  /** The plan alone, ignoring recorded progress; present only when the forecast uses progress. */
  readonly plan?: TaskInputs;
}

/** Reads each task once (model objects are slow to read in bulk) for both the forecast and the plan. */
export function readScheduleInputs(program: Program, calendar: WorkingDayCalendar): ScheduleInputs {
  const tasks = program.tasks;
  const n = tasks.length;
  const statusDay = program.statusDate === undefined ? undefined : dayNumber(program.statusDate);
  const resume = statusDay === undefined ? undefined : calendar.offsetOfDay(statusDay + 1, 'next');
  const offset = (date: string | undefined, direction: 'next' | 'previous'): number => {
    const day = date === undefined ? undefined : dayNumber(date);
    return day === undefined ? NaN : calendar.offsetOfDay(day, direction);
  };

  const state: TaskState[] = new Array(n);
  const planState: TaskState[] = new Array(n);
  const duration = new Float64Array(n);
  const floor = new Float64Array(n);
  const floorKind: ('start' | 'notBefore')[] = new Array(n);
  const actualStart = new Float64Array(n).fill(NaN);
  const actualEnd = new Float64Array(n).fill(NaN);
  const remaining = new Float64Array(n);
  const deadlineLf = new Float64Array(n).fill(NaN);

  for (let i = 0; i < n; i++) {
    const task = tasks[i];
    const status = task.status;
    const progress = typeof task.progress === 'number' && Number.isFinite(task.progress) ? Math.min(100, Math.max(0, task.progress)) : 0;
    const started = task.actualStart;
    planState[i] = status === 'cancelled' ? 'cancelled' : 'open';
    state[i] = resume === undefined ? planState[i] : stateOf(status, progress, started);
    const planned = status === 'cancelled' || task.milestone ? 0 : clampDays(task.duration, 0);
    duration[i] = planned;
    const notBefore = offset(task.notBefore, 'next');
    floor[i] = notBefore > 0 ? notBefore : 0;
    floorKind[i] = notBefore > 0 ? 'notBefore' : 'start';
    const deadline = offset(task.deadline, 'previous');
    if (!Number.isNaN(deadline) && status !== 'cancelled') deadlineLf[i] = deadline + 1;
    if (state[i] === 'done' && planned === 0) {
      // A milestone is an instant, dated by its ES: done on a day means sitting on that day.
      actualStart[i] = actualEnd[i] = offset(task.actualFinish ?? started, 'next');
    } else if (state[i] === 'done' || state[i] === 'started') {
      actualStart[i] = offset(started, 'next');
      if (state[i] === 'done') actualEnd[i] = offset(task.actualFinish, 'previous') + 1;
      remaining[i] = Math.ceil(planned * (1 - progress / 100));
    }
  }
  const forecast: TaskInputs = { state, duration, floor, floorKind, actualStart, actualEnd, remaining, deadlineLf, resume };
  if (resume === undefined) return { forecast };
  const none = new Float64Array(n).fill(NaN);
  const plan: TaskInputs = { state: planState, duration, floor, floorKind, actualStart: none, actualEnd: none, remaining: new Float64Array(n), deadlineLf };
  return { forecast, plan };
}

/** With progress recorded: done, started (in progress, progress > 0 or an actual start), or open. */
function stateOf(status: TaskStatus, progress: number, actualStart: string | undefined): TaskState {
  if (status === 'cancelled' || status === 'done') return status;
  return status === 'in-progress' || progress > 0 || actualStart !== undefined ? 'started' : 'open';
}

/** A lag in working days, whole and capped. */
export function lagOf(dependency: Dependency): number {
  return clampDays(dependency.lag, -MAX_DAYS);
}

function clampDays(value: number, low: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(MAX_DAYS, Math.max(low, Math.trunc(value)));
}
