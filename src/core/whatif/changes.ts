/**
 * The changes a what-if can make to a plan, and the changed program they give. The program is
 * changed as a model (task objects copied with the new fields), never re-parsed, and each change
 * is exactly what its edit to the file (`whatIfEdits`) would make the parser read, so the impact
 * shown before "Apply" is the impact after it.
 */
import type { Dependency, Program, Scenario, Task, TaskStatus } from '../model';
import type { DependencyGraph } from '../graph/dependencyGraph';
import type { Schedule } from '../schedule/types';
import { DONE, STARTED, stateOf } from '../schedule/taskInputs';

export type WhatIfChange =
  /** Start `days` working days later than the plan has it; work in progress finishes that much later. */
  | { readonly kind: 'slip'; readonly task: string; readonly days: number }
  | { readonly kind: 'duration'; readonly task: string; readonly days: number }
  /** `cancelled` descopes the task. */
  | { readonly kind: 'status'; readonly task: string; readonly status: TaskStatus }
  /** A new task (finish-to-start after `dependsOn`); `team` for the cross-team hand-offs it makes. */
  | { readonly kind: 'add'; readonly id: string; readonly name: string; readonly days: number; readonly dependsOn: readonly string[]; readonly team?: string };

/** The largest number of working days a change may name (as for durations in the file). */
export const MAX_CHANGE_DAYS = 10_000;

export interface ChangedProgram {
  readonly program: Program;
  /** One line per change made, e.g. "build: duration 10 → 15 working days". */
  readonly applied: readonly string[];
  /** Changes that could not be made, with the reason. */
  readonly skipped: readonly string[];
}

/** The changes a scenario lists: per changed task its duration, then its status, then its slip. */
export function scenarioChanges(scenario: Scenario): WhatIfChange[] {
  const changes: WhatIfChange[] = [];
  for (const change of scenario.changes) {
    if (change.kind === 'add') {
      changes.push({ kind: 'add', id: change.id.id, name: change.name, days: change.duration, dependsOn: change.dependsOn.map((ref) => ref.id) });
      continue;
    }
    const task = change.task.id;
    if (change.duration !== undefined) changes.push({ kind: 'duration', task, days: change.duration });
    if (change.status !== undefined) changes.push({ kind: 'status', task, status: change.status });
    if (change.slip !== undefined) changes.push({ kind: 'slip', task, days: change.slip });
  }
  return changes;
}

/**
 * How a slip is written into the file: a `notBefore` on the day the task would start, for work
 * not started; a longer `duration` for work in progress (its start is a fact). Undefined with the
 * reason when the task cannot slip.
 */
export function slipField(program: Program, schedule: Schedule, task: Task, days: number): { key: 'notBefore' | 'duration'; value: string | number } | string {
  const scheduled = schedule.byId.get(task.id);
  const calendar = schedule.calendar;
  if (!scheduled || !calendar) return `${task.id} is not scheduled (it is on a dependency cycle or the plan has no start)`;
  const state = program.statusDate === undefined ? undefined : stateOf(task);
  if (task.status === 'cancelled') return `${task.id} is cancelled`;
  if (state === DONE) return `${task.id} is done`;
  if (state === STARTED) return { key: 'duration', value: task.duration + days };
  // The day shown as its start (a milestone's own day), so the task is shown exactly `days` later.
  return { key: 'notBefore', value: calendar.dateOf(calendar.offsetOf(scheduled.startDate) + days) };
}

/** The program with the changes made, in order; `schedule` is the plan's, for slips. */
export function applyChanges(program: Program, graph: DependencyGraph, schedule: Schedule, changes: readonly WhatIfChange[]): ChangedProgram {
  const tasks = program.tasks.slice();
  const added = new Map<string, number>();
  const applied: string[] = [];
  const skipped: string[] = [];
  const indexOf = (id: string): number | undefined => graph.indexById.get(id) ?? added.get(id);
  for (const change of changes) {
    if ('days' in change && !(Number.isInteger(change.days) && change.days >= 0 && change.days <= MAX_CHANGE_DAYS)) {
      skipped.push(`${describe(change)}: the number of working days must be a whole number from 0 to ${MAX_CHANGE_DAYS}`);
      continue;
    }
    if (change.kind === 'add') {
      const problem = indexOf(change.id) !== undefined ? `a task '${change.id}' already exists` : change.dependsOn.find((id) => indexOf(id) === undefined);
      if (problem !== undefined) {
        skipped.push(`${describe(change)}: ${indexOf(change.id) !== undefined ? problem : `no task '${problem}'`}`);
        continue;
      }
      added.set(change.id, tasks.length);
      tasks.push(newTask(change, tasks.length, tasks[indexOf(change.dependsOn[0] ?? '') ?? -1]));
      applied.push(describe(change));
      continue;
    }
    const index = indexOf(change.task);
    if (index === undefined) {
      skipped.push(`${describe(change)}: no task '${change.task}'`);
      continue;
    }
    const task = tasks[index];
    if (change.kind === 'duration') {
      tasks[index] = { ...task, duration: change.days, milestone: change.days === 0 };
      applied.push(`${task.id}: duration ${task.duration} → ${change.days} working days`);
    } else if (change.kind === 'status') {
      tasks[index] = { ...task, status: change.status };
      applied.push(`${task.id}: status ${task.status} → ${change.status}`);
    } else {
      const field = slipField(program, schedule, task, change.days);
      if (typeof field === 'string') {
        skipped.push(`${describe(change)}: ${field}`);
        continue;
      }
      tasks[index] = field.key === 'duration' ? { ...task, duration: Number(field.value) } : { ...task, notBefore: String(field.value) };
      applied.push(`${task.id}: slips ${change.days} working days (${field.key} ${field.value})`);
    }
  }
  return { program: { ...program, tasks }, applied, skipped };
}

/**
 * "Add D working days of work after a task": a new task that waits for it, of the same team and
 * owner, with an id no task has (`<task>-followup`, then `-2`, `-3`…).
 */
export function addAfter(program: Program, graph: DependencyGraph, taskId: string, days: number): WhatIfChange {
  const task = program.tasks[graph.indexById.get(taskId) ?? -1];
  let id = `${taskId}-followup`;
  for (let n = 2; graph.indexById.has(id); n++) id = `${taskId}-followup-${n}`;
  return { kind: 'add', id, name: `Follow-up to ${task?.name ?? taskId}`, days, dependsOn: [taskId], team: task?.team?.id };
}

/** The change in words, for the report and for reasons a change was skipped. */
export function describe(change: WhatIfChange): string {
  switch (change.kind) {
    case 'slip':
      return `slip ${change.task} by ${change.days} working days`;
    case 'duration':
      return `set the duration of ${change.task} to ${change.days} working days`;
    case 'status':
      return change.status === 'cancelled' ? `cancel ${change.task}` : `set the status of ${change.task} to ${change.status}`;
    default:
      return `add ${change.id} (${change.days} working days${change.dependsOn.length > 0 ? ` after ${change.dependsOn.join(', ')}` : ''})`;
  }
}

/** The added task as the parser would read it; positions are those of the task it follows (it has none of its own yet). */
function newTask(change: Extract<WhatIfChange, { kind: 'add' }>, index: number, after: Task | undefined): Task {
  const span = after?.span ?? { start: 0, end: 0 };
  const dependsOn: Dependency[] = change.dependsOn.map((id) => ({ task: { id, span }, type: 'FS', lag: 0, span }));
  const team = change.team;
  return {
    span,
    fields: {},
    id: change.id,
    idSpan: span,
    index,
    name: change.name,
    team: team === undefined ? undefined : { id: team, span },
    accountable: [],
    consulted: [],
    informed: [],
    duration: change.days,
    milestone: change.days === 0,
    dependsOn,
    status: 'not-started',
  };
}
