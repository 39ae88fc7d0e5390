/**
 * What a change does to the schedule: the plan is rescheduled with the changes made (by the same
 * scheduler as the plan) and compared with the plan's schedule — milestones and the projected
 * end that move, deadlines newly missed or met, the new critical path, and hand-offs between
 * teams that become late.
 */
import type { IsoDate, Program } from '../model';
import { buildDependencyGraph, type DependencyGraph } from '../graph/dependencyGraph';
import { dayNumber } from '../dates';
import { criticalChain } from '../schedule/drivingChain';
import { scheduleProgram } from '../schedule/scheduleProgram';
import { daysPastDeadline } from '../schedule/scheduleDiagnostics';
import type { Schedule, TaskSchedule, WorkCalendar } from '../schedule/types';
import { isoWeek } from '../status/fileName';
import { applyChanges, type WhatIfChange } from './changes';

/** What the what-if reads of an analysis. */
export interface WhatIfInput {
  readonly program: Program;
  readonly schedule: Schedule;
  readonly graph: DependencyGraph;
}

/** A day of the schedule: its working-day offset, its date and its ISO week (`2026-W16`). */
export interface DayPoint {
  readonly offset: number;
  readonly date: IsoDate;
  readonly week: string;
}

export interface Move {
  readonly id: string;
  readonly name: string;
  readonly from: DayPoint;
  readonly to: DayPoint;
  /** Working days later (negative: earlier). */
  readonly days: number;
}

/** A date the plan promises: a task's `deadline`, the program's `targetEnd`, the `launch.date`. */
export interface DeadlineChange {
  readonly kind: 'deadline' | 'targetEnd' | 'launch';
  /** The task, for a deadline. */
  readonly id?: string;
  readonly name: string;
  readonly date: IsoDate;
  readonly finishBefore: IsoDate;
  readonly finishAfter: IsoDate;
  /** True: newly met; false: newly missed. */
  readonly met: boolean;
}

/** A dependency between teams whose predecessor now delivers after the successor needs it. */
export interface LateHandoff {
  readonly from: string;
  readonly fromTeam: string;
  readonly to: string;
  readonly toTeam: string;
  /** The last day the predecessor may finish (or start, for SS/SF) without delaying the plan. */
  readonly needBy: IsoDate;
  /** The day it now does. */
  readonly delivers: IsoDate;
  readonly days: number;
}

export interface WhatIfImpact {
  /** False when the plan cannot be scheduled (no valid `start`): nothing else is filled in. */
  readonly ok: boolean;
  readonly applied: readonly string[];
  readonly skipped: readonly string[];
  readonly projectEnd?: Move;
  /** Milestones whose day moved, in file order. */
  readonly milestones: readonly Move[];
  readonly deadlines: readonly DeadlineChange[];
  readonly criticalPath: { readonly before: readonly string[]; readonly after: readonly string[]; readonly changed: boolean };
  readonly lateHandoffs: readonly LateHandoff[];
  /** The changed plan and its schedule. */
  readonly program: Program;
  readonly schedule: Schedule;
}

export function whatIf(input: WhatIfInput, changes: readonly WhatIfChange[]): WhatIfImpact {
  const { program: before, schedule: planned } = input;
  const changed = applyChanges(before, input.graph, planned, changes);
  const program = changed.program;
  // Only an added task changes the dependency network; otherwise the plan's graph still holds.
  const graph = program.tasks.length === before.tasks.length ? input.graph : buildDependencyGraph(program);
  const schedule = scheduleProgram(program, graph);
  const calendar = schedule.calendar;
  const empty = { applied: changed.applied, skipped: changed.skipped, milestones: [], deadlines: [], lateHandoffs: [], program, schedule };
  if (!planned.ok || !calendar) return { ok: false, ...empty, criticalPath: { before: [], after: [], changed: false } };

  const point = (offset: number): DayPoint => dayPoint(calendar, offset);
  const milestones: Move[] = [];
  for (const task of before.tasks) {
    const from = planned.byId.get(task.id);
    const to = schedule.byId.get(task.id);
    if (!from || !to || !task.milestone || from.index !== task.index || from.finishDay === to.finishDay) continue;
    milestones.push({ id: task.id, name: task.name, from: point(from.finishDay), to: point(to.finishDay), days: to.finishDay - from.finishDay });
  }
  const endFrom = endDay(planned);
  const endTo = endDay(schedule);
  const projectEnd =
    endFrom === undefined || endTo === undefined
      ? undefined
      : { id: 'project end', name: 'Projected end', from: point(endFrom), to: point(endTo), days: endTo - endFrom };
  const criticalBefore = criticalChain(planned).map((t) => t.id);
  const criticalAfter = criticalChain(schedule).map((t) => t.id);
  return {
    ok: true,
    ...empty,
    projectEnd,
    milestones,
    deadlines: deadlineChanges(before, planned, schedule),
    criticalPath: { before: criticalBefore, after: criticalAfter, changed: criticalBefore.join('\n') !== criticalAfter.join('\n') },
    lateHandoffs: lateHandoffs(program, graph, planned, schedule),
  };
}

export function dayPoint(calendar: WorkCalendar, offset: number): DayPoint {
  const date = calendar.dateOf(offset);
  const week = isoWeek(date);
  return { offset, date, week: week ? `${week.year}-W${String(week.week).padStart(2, '0')}` : date };
}

/** "week 16 → week 18" (with the years when they differ: "2026-W52 → 2027-W02"). */
export function weekMove(move: Move): string {
  const sameYear = move.from.week.slice(0, 4) === move.to.week.slice(0, 4);
  const week = (point: DayPoint): string => (sameYear ? `week ${Number(point.week.slice(6))}` : point.week);
  return `${week(move.from)} → ${week(move.to)}`;
}

function endDay(schedule: Schedule): number | undefined {
  return schedule.projectEndDate === undefined || !schedule.calendar ? undefined : schedule.calendar.offsetOf(schedule.projectEndDate);
}

/** Deadlines, `targetEnd` and `launch.date` that the change makes newly missed or newly met. */
function deadlineChanges(program: Program, planned: Schedule, schedule: Schedule): DeadlineChange[] {
  const found: DeadlineChange[] = [];
  for (const task of program.tasks) {
    const from = planned.byId.get(task.id);
    const to = schedule.byId.get(task.id);
    if (!from || !to || task.deadline === undefined || from.deadlineLf === undefined || to.deadlineLf === undefined) continue;
    const metBefore = daysPastDeadline(from) <= 0;
    const metAfter = daysPastDeadline(to) <= 0;
    if (metBefore !== metAfter) {
      found.push({ kind: 'deadline', id: task.id, name: task.name, date: task.deadline, finishBefore: from.finishDate, finishAfter: to.finishDate, met: metAfter });
    }
  }
  const promise = (kind: 'targetEnd' | 'launch', name: string, date: IsoDate | undefined): void => {
    const day = date === undefined ? undefined : dayNumber(date);
    const endBefore = planned.projectEndDate === undefined ? undefined : dayNumber(planned.projectEndDate);
    const endAfter = schedule.projectEndDate === undefined ? undefined : dayNumber(schedule.projectEndDate);
    if (day === undefined || endBefore === undefined || endAfter === undefined || endBefore <= day === endAfter <= day) return;
    found.push({ kind, name, date: date!, finishBefore: planned.projectEndDate!, finishAfter: schedule.projectEndDate!, met: endAfter <= day });
  };
  promise('targetEnd', 'Target end', program.targetEnd);
  promise('launch', 'Launch date', program.launch?.date);
  return found;
}

/**
 * Cross-team dependencies (the two tasks name different teams) that become late: in the changed
 * schedule the predecessor finishes (starts, for SS/SF) after the last day the successor's late
 * dates in the plan allow, and it did not before.
 */
function lateHandoffs(program: Program, graph: DependencyGraph, planned: Schedule, schedule: Schedule): LateHandoff[] {
  const calendar = schedule.calendar!;
  const found: LateHandoff[] = [];
  for (let to = 0; to < program.tasks.length; to++) {
    const successor = program.tasks[to];
    const toTeam = successor.team?.id;
    const need = planned.byId.get(successor.id);
    if (toTeam === undefined || !need || successor.status === 'cancelled') continue;
    for (const edge of graph.predecessors[to]) {
      const predecessor = program.tasks[edge.from];
      const fromTeam = predecessor.team?.id;
      if (fromTeam === undefined || fromTeam === toTeam || predecessor.status === 'cancelled') continue;
      const dependency = successor.dependsOn[edge.position];
      const fromStart = dependency.type === 'SS' || dependency.type === 'SF';
      const toFinish = dependency.type === 'FF' || dependency.type === 'SF';
      // The latest bound the successor's late dates allow, as a predecessor start or exclusive finish.
      const latest = (toFinish ? need.lf : need.ls) - dependency.lag;
      const bound = (task: TaskSchedule | undefined): number => (task === undefined ? -Infinity : fromStart ? task.es : task.ef);
      const now = bound(schedule.byId.get(predecessor.id));
      if (now <= latest || bound(planned.byId.get(predecessor.id)) > latest) continue;
      const day = (offset: number): IsoDate => calendar.dateOf(fromStart ? offset : offset - 1);
      found.push({ from: predecessor.id, fromTeam, to: successor.id, toTeam, needBy: day(latest), delivers: day(now), days: now - latest });
    }
  }
  return found;
}
