/**
 * Whether two versions of a program schedule identically: true when everything the dependency
 * network and the scheduler read is equal (positions, names, notes and people are not read).
 * Lets keystroke re-analysis keep the previous schedule when an edit touched only such text,
 * the common case while typing. Mirrors what `readScheduleInputs`, `buildDependencyGraph` and
 * the calendar read, so equal inputs imply `sameDependencyNetwork` (re-analysis then keeps the
 * graph too); the incremental-analysis property test holds them in step.
 */
import type { Dependency, Program, Task } from '../model';

export function sameScheduleInputs(a: Program, b: Program): boolean {
  if (a.start !== b.start || a.statusDate !== b.statusDate || a.tasks.length !== b.tasks.length || a.holidays.length !== b.holidays.length) return false;
  for (let i = 0; i < a.holidays.length; i++) if (a.holidays[i].date !== b.holidays[i].date) return false;
  for (let i = 0; i < a.tasks.length; i++) if (!sameTaskInputs(a.tasks[i], b.tasks[i])) return false;
  return true;
}

function sameTaskInputs(a: Task, b: Task): boolean {
  if (a === b) return true;
  return (
    a.id === b.id &&
    a.duration === b.duration &&
    a.milestone === b.milestone &&
    a.status === b.status &&
    a.progress === b.progress &&
    a.notBefore === b.notBefore &&
    a.deadline === b.deadline &&
    a.actualStart === b.actualStart &&
    a.actualFinish === b.actualFinish &&
    sameDependencies(a.dependsOn, b.dependsOn)
  );
}

function sameDependencies(a: readonly Dependency[], b: readonly Dependency[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].task.id !== b[i].task.id || a[i].type !== b[i].type || a[i].lag !== b[i].lag) return false;
  }
  return true;
}
