/**
 * Chains of driving predecessors: why a task starts when it does, and what sets the project end.
 * Used by the deadline diagnostics, hover and the critical-path panel.
 */
import type { Schedule, TaskSchedule } from './types';

/**
 * The tasks whose bounds set this task's start, following `driver` links back to a task driven
 * by the program start, a `notBefore`, the status date or an actual start; ordered from that
 * first task to `taskId` itself. Empty when the task is not scheduled.
 */
export function drivingChain(schedule: Schedule, taskId: string): TaskSchedule[] {
  const chain: TaskSchedule[] = [];
  let current = schedule.byId.get(taskId);
  // Driver links point to earlier tasks in topological order, so the walk ends; the bound guards
  // against a malformed schedule all the same.
  while (current && chain.length <= schedule.tasks.length) {
    chain.push(current);
    current = current.driver === undefined ? undefined : schedule.byId.get(current.driver);
  }
  return chain.reverse();
}

/**
 * The task that finishes last and holds the project end (a critical one when there is one), or
 * undefined when nothing is scheduled.
 */
export function projectEndTask(schedule: Schedule): TaskSchedule | undefined {
  let best: TaskSchedule | undefined;
  for (const task of schedule.tasks) {
    if (task.ef !== schedule.projectEnd) continue;
    if (!best || (task.critical && !best.critical) || (task.critical === best.critical && task.tf < best.tf)) best = task;
  }
  return best;
}

/** The critical path as TPMs read it: the driving chain that ends at the project end. */
export function criticalChain(schedule: Schedule): TaskSchedule[] {
  const last = projectEndTask(schedule);
  return last ? drivingChain(schedule, last.id) : [];
}
