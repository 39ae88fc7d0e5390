/**
 * The People view: per person, the open tasks they own, how many are critical, and their open
 * actions. A person who owns more than `criticalLimit` critical tasks at the same time (their
 * scheduled days overlap) is flagged: one person cannot carry several critical paths at once.
 */
import type { Analysis } from '../analyze';
import type { Action, Task } from '../model';
import type { TaskSchedule } from '../schedule/types';
import { isOpen } from '../status/workdays';
import { plural } from '../text/plural';
import type { CockpitNode } from './tree';

export interface PeopleOptions {
  /** More concurrent critical tasks than this for one person is flagged. */
  readonly criticalLimit: number;
}

export function peopleNodes(analysis: Analysis, options: PeopleOptions): CockpitNode[] {
  const { program, schedule } = analysis;
  const tasksOf = new Map<string, Task[]>();
  const actionsOf = new Map<string, Action[]>();
  for (const task of program.tasks) if (task.owner && isOpen(task)) push(tasksOf, task.owner.id, task);
  for (const action of program.actions) if (action.owner && action.status === 'open') push(actionsOf, action.owner.id, action);
  const critical = (task: Task): TaskSchedule | undefined => {
    const ts = schedule.ok ? schedule.byId.get(task.id) : undefined;
    return ts?.critical ? ts : undefined;
  };
  return program.people.map((person): CockpitNode => {
    const tasks = tasksOf.get(person.id) ?? [];
    const actions = actionsOf.get(person.id) ?? [];
    const criticalTasks = tasks.flatMap((task) => critical(task) ?? []);
    const concurrent = maxOverlap(criticalTasks);
    const overloaded = concurrent > options.criticalLimit;
    const children: CockpitNode[] = [
      ...tasks.map((task): CockpitNode => ({
        label: task.name || task.id,
        tone: critical(task) ? 'warning' : 'info',
        span: task.idSpan,
        taskId: task.id,
        description: `${task.status}${critical(task) ? ' · critical' : ''}`,
      })),
      ...actions.map((action): CockpitNode => ({ label: `${action.id} ${action.title}`, tone: 'info', span: action.idSpan, description: `action${action.due ? ` · due ${action.due}` : ''}` })),
    ];
    return {
      label: person.name || person.id,
      tone: overloaded ? 'warning' : 'person',
      span: person.idSpan,
      description: `${plural(tasks.length, 'open task')} · ${criticalTasks.length} critical · ${plural(actions.length, 'action')}`,
      reason: overloaded
        ? `Owns ${concurrent} critical tasks at the same time (more than ${options.criticalLimit})`
        : `${person.role ?? 'No role'}${person.team ? ` · ${person.team.id}` : ''}`,
      children,
    };
  });
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The most scheduled intervals [es, ef) that overlap on one day (a milestone occupies its day). */
export function maxOverlap(tasks: readonly TaskSchedule[]): number {
  const events: [number, number][] = [];
  for (const ts of tasks) {
    events.push([ts.es, 1], [Math.max(ts.ef, ts.es + 1), -1]);
  }
  // Ends sort before starts on the same offset: [0,2) and [2,4) do not overlap.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let most = 0;
  for (const [, delta] of events) {
    current += delta;
    most = Math.max(most, current);
  }
  return most;
}
