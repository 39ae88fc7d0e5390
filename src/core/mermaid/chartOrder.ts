/**
 * The tasks both charts draw, in dependency order, with their Mermaid ids. The Gantt chart and
 * the critical-path diagram share it, so a task has the same id (`t7`) in both sources.
 */
import type { Program } from '../model';
import type { Schedule, TaskSchedule } from '../schedule/types';
import type { DependencyGraph } from '../graph/dependencyGraph';

export interface ChartOrder {
  /** Indices into `program.tasks` of the scheduled tasks, predecessors first. */
  readonly indices: readonly number[];
  /** The Mermaid id of each charted task index: `t1`, `t2`… in that order. */
  readonly keyByIndex: ReadonlyMap<number, string>;
  /** Ids of tasks that could not be scheduled (on a dependency cycle, or no valid start). */
  readonly unscheduled: readonly string[];
  /** The schedule of each task index (undefined when not scheduled): an array, as lookups by id cost. */
  readonly timing: readonly (TaskSchedule | undefined)[];
}

export function chartOrder(program: Program, schedule: Schedule, graph: DependencyGraph): ChartOrder {
  const timing = new Array<TaskSchedule | undefined>(program.tasks.length);
  // Only the first task with an id is scheduled; later duplicates are reported by the checks.
  if (schedule.ok) for (const t of schedule.tasks) timing[t.index] = t;
  const indices: number[] = [];
  const keyByIndex = new Map<number, string>();
  for (const index of graph.order) {
    if (timing[index] === undefined) continue;
    indices.push(index);
    keyByIndex.set(index, `t${indices.length}`);
  }
  const unscheduled = program.tasks
    .filter((task, index) => !keyByIndex.has(index) && graph.indexById.get(task.id) === index)
    .map((task) => task.id);
  return { indices, keyByIndex, unscheduled, timing };
}
