/**
 * `Schedule.byId` as a view over the dependency graph's id index, instead of a second map built
 * on every keystroke: the first task with each id, when it is scheduled.
 */
import type { TaskSchedule } from './types';

export class TasksById implements ReadonlyMap<string, TaskSchedule> {
  constructor(
    private readonly indexById: ReadonlyMap<string, number>,
    /** Scheduled tasks by their index in `program.tasks`; undefined for tasks on a cycle. */
    private readonly byIndex: readonly (TaskSchedule | undefined)[],
  ) {}

  get(id: string): TaskSchedule | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.byIndex[index];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    let count = 0;
    for (const index of this.indexById.values()) if (this.byIndex[index]) count++;
    return count;
  }

  *entries(): Generator<[string, TaskSchedule], undefined, unknown> {
    for (const [id, index] of this.indexById) {
      const task = this.byIndex[index];
      if (task) yield [id, task];
    }
  }

  *keys(): Generator<string, undefined, unknown> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): Generator<TaskSchedule, undefined, unknown> {
    for (const [, task] of this.entries()) yield task;
  }

  [Symbol.iterator](): Generator<[string, TaskSchedule], undefined, unknown> {
    return this.entries();
  }

  forEach(callback: (value: TaskSchedule, key: string, map: ReadonlyMap<string, TaskSchedule>) => void, thisArg?: unknown): void {
    for (const [id, task] of this.entries()) callback.call(thisArg, task, id, this);
  }
}
