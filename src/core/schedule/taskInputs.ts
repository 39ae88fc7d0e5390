/**
 * What the passes need to know about each task and dependency, read once from the model into
 * typed arrays and cleaned up so that nothing a file can say (a huge duration, a lag of NaN, an
 * invalid date) breaks the arithmetic. The passes then never touch model objects: reading
 * thousands of them is what costs time.
 */
import type { Program, Task } from '../model';
import type { DependencyGraph } from '../graph/dependencyGraph';
import { dayNumber } from '../dates';
import type { WorkingDayCalendar } from './calendar';
import type { TaskSchedule } from './types';

/**
 * Where a task stands (values of {@link TaskInputs.state}). Without a `statusDate` every task is
 * OPEN or CANCELLED. STARTED: in progress (status, progress > 0 or an actual start).
 */
export const OPEN = 0;
export const STARTED = 1;
export const DONE = 2;
export const CANCELLED = 3;

/** Values of the per-task driver kind array, in the order of {@link DRIVER_KINDS}. */
export const START = 0;
export const NOT_BEFORE = 1;
export const PREDECESSOR = 2;
export const STATUS_DATE = 3;
export const ACTUAL = 4;
export const DRIVER_KINDS: readonly TaskSchedule['driverKind'][] = ['start', 'notBefore', 'predecessor', 'statusDate', 'actual'];

/** Beyond this a duration or lag is a typo, not a plan; capping keeps every sum exact. */
export const MAX_DAYS = 1_000_000;

export interface TaskInputs {
  /** OPEN, STARTED, DONE or CANCELLED. */
  readonly state: Uint8Array;
  /** Planned working days (0 for milestones and cancelled tasks). */
  readonly duration: Float64Array;
  /** The earliest start the task itself allows: 0, or its `notBefore`. */
  readonly floor: Float64Array;
  /** START or NOT_BEFORE: which one {@link floor} is. */
  readonly floorKind: Uint8Array;
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

/** Reads each task once for both the forecast and the plan. */
export function readScheduleInputs(program: Program, calendar: WorkingDayCalendar): ScheduleInputs {
  const tasks = program.tasks;
  const n = tasks.length;
  const statusDay = program.statusDate === undefined ? undefined : dayNumber(program.statusDate);
  const resume = statusDay === undefined ? undefined : calendar.offsetOfDay(statusDay + 1, 'next');
  const offset = (date: string | undefined, direction: 'next' | 'previous'): number => {
    const day = date === undefined ? undefined : calendar.dayNumberOf(date);
    return day === undefined ? NaN : calendar.offsetOfDay(day, direction);
  };

  const state = new Uint8Array(n);
  const planState = new Uint8Array(n);
  const duration = new Float64Array(n);
  const floor = new Float64Array(n);
  const floorKind = new Uint8Array(n);
  const actualStart = new Float64Array(n).fill(NaN);
  const actualEnd = new Float64Array(n).fill(NaN);
  const remaining = new Float64Array(n);
  const deadlineLf = new Float64Array(n).fill(NaN);

  for (let i = 0; i < n; i++) {
    const task = tasks[i];
    const status = task.status;
    planState[i] = status === 'cancelled' ? CANCELLED : OPEN;
    state[i] = resume === undefined ? planState[i] : stateOf(task);
    const planned = status === 'cancelled' || task.milestone ? 0 : clampDays(task.duration, 0);
    duration[i] = planned;
    const notBefore = offset(task.notBefore, 'next');
    if (notBefore > 0) {
      floor[i] = notBefore;
      floorKind[i] = NOT_BEFORE;
    }
    const deadline = offset(task.deadline, 'previous');
    if (!Number.isNaN(deadline) && status !== 'cancelled') deadlineLf[i] = deadline + 1;
    if (state[i] === DONE && planned === 0) {
      // A milestone is an instant, dated by its ES: done on a day means sitting on that day.
      actualStart[i] = actualEnd[i] = offset(task.actualFinish ?? task.actualStart, 'next');
    } else if (state[i] === DONE || state[i] === STARTED) {
      const progress = percent(task.progress);
      actualStart[i] = offset(task.actualStart, 'next');
      if (state[i] === DONE) actualEnd[i] = offset(task.actualFinish, 'previous') + 1;
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
export function stateOf(task: Task): number {
  const status = task.status;
  if (status === 'cancelled') return CANCELLED;
  if (status === 'done') return DONE;
  return status === 'in-progress' || percent(task.progress) > 0 || task.actualStart !== undefined ? STARTED : OPEN;
}

function percent(progress: number | undefined): number {
  return typeof progress === 'number' && Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : 0;
}

/**
 * The dependency network between schedulable tasks (those not on a cycle) in compressed rows:
 * the predecessors of task j are entries `predStart[j] … predStart[j + 1] − 1`, likewise the
 * successors. A type code has bit 1 set when the bound is measured from the predecessor's start
 * (SS, SF) and bit 2 when it bounds the successor's finish (FF, SF).
 */
export interface Network {
  readonly order: readonly number[];
  readonly predStart: Int32Array;
  readonly predFrom: Int32Array;
  readonly predType: Uint8Array;
  readonly predLag: Float64Array;
  readonly succStart: Int32Array;
  readonly succTo: Int32Array;
  readonly succType: Uint8Array;
  readonly succLag: Float64Array;
}

export const FROM_START = 1;
export const TO_FINISH = 2;
const TYPE_CODES: Readonly<Record<string, number>> = { FS: 0, SS: FROM_START, FF: TO_FINISH, SF: FROM_START | TO_FINISH };

export function readNetwork(tasks: readonly Task[], graph: DependencyGraph): Network {
  const n = graph.predecessors.length;
  const predStart = new Int32Array(n + 1);
  const succStart = new Int32Array(n + 1);
  let count = 0;
  for (let j = 0; j < n; j++) {
    predStart[j] = count;
    if (!graph.inCycle[j]) for (const edge of graph.predecessors[j]) if (!graph.inCycle[edge.from]) count++;
  }
  predStart[n] = count;
  const predFrom = new Int32Array(count);
  const predType = new Uint8Array(count);
  const predLag = new Float64Array(count);
  const succTo = new Int32Array(count);
  const succType = new Uint8Array(count);
  const succLag = new Float64Array(count);
  const outDegree = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    let at = predStart[j];
    if (graph.inCycle[j]) continue;
    const dependsOn = tasks[j].dependsOn;
    for (const edge of graph.predecessors[j]) {
      if (graph.inCycle[edge.from]) continue;
      const dependency = dependsOn[edge.position];
      predFrom[at] = edge.from;
      predType[at] = TYPE_CODES[dependency.type] ?? 0;
      predLag[at] = clampDays(dependency.lag, -MAX_DAYS);
      outDegree[edge.from]++;
      at++;
    }
  }
  for (let i = 0; i < n; i++) succStart[i + 1] = succStart[i] + outDegree[i];
  const fill = succStart.slice(0, n);
  for (let j = 0; j < n; j++) {
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const at = fill[predFrom[e]]++;
      succTo[at] = j;
      succType[at] = predType[e];
      succLag[at] = predLag[e];
    }
  }
  return { order: graph.order, predStart, predFrom, predType, predLag, succStart, succTo, succType, succLag };
}

function clampDays(value: number, low: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(MAX_DAYS, Math.max(low, Math.trunc(value)));
}
