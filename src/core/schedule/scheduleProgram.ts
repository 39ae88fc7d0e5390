/**
 * The schedule of a program: the critical path method on its working-day calendar, shaped by
 * recorded progress when the file has a `statusDate`. README "How the schedule is computed"
 * states the rules; this module puts the passes together and dates the results.
 */
import type { Program } from '../model';
import { buildDependencyGraph, type DependencyGraph } from '../graph/dependencyGraph';
import { WorkingDayCalendar } from './calendar';
import { backwardPass, drivingPredecessors, forwardPass, freeFloat } from './passes';
import { CANCELLED, DONE, DRIVER_KINDS, readNetwork, readScheduleInputs } from './taskInputs';
import { TasksById } from './tasksById';
import type { Schedule, TaskSchedule } from './types';

/** `graph` may be passed when the caller has already built it for the same program. */
export function scheduleProgram(program: Program, graph: DependencyGraph = buildDependencyGraph(program)): Schedule {
  const calendar = program.start === undefined ? undefined : WorkingDayCalendar.create(program.start, program.holidays.map((h) => h.date));
  if (!calendar) return { ok: false, tasks: [], byId: new Map(), projectEnd: 0, usesProgress: false };

  const { forecast: inputs, plan: planInputs } = readScheduleInputs(program, calendar);
  const network = readNetwork(program.tasks, graph);
  const usesProgress = planInputs !== undefined;
  const forward = forwardPass(network, inputs);
  const { ls, lf, projectEnd } = backwardPass(network, inputs, forward);
  const { es, ef, kind, binds } = forward;
  const tf = new Float64Array(es.length);
  for (const j of graph.order) tf[j] = ls[j] - es[j];
  const ff = freeFloat(network, forward, projectEnd);
  const driver = drivingPredecessors(network, inputs, forward, tf);
  const plan = planInputs && forwardPass(network, planInputs);

  const n = program.tasks.length;
  // Ids from the graph's index: reading each task object again is slower than walking the map.
  const ids: string[] = new Array(n);
  for (const [id, j] of graph.indexById) ids[j] = id;
  const idOf = (j: number): string => ids[j] ?? program.tasks[j].id;
  const tasks: TaskSchedule[] = [];
  const byIndex: (TaskSchedule | undefined)[] = new Array(n);
  let lastFinish = -Infinity;
  for (let j = 0; j < n; j++) {
    if (graph.inCycle[j]) continue;
    const state = inputs.state[j];
    const finish = ef[j] > es[j] ? ef[j] - 1 : es[j];
    if (binds[j] && finish > lastFinish) lastFinish = finish;
    const scheduled: TaskSchedule = {
      id: idOf(j),
      index: j,
      duration: ef[j] - es[j],
      es: es[j],
      ef: ef[j],
      ls: ls[j],
      lf: lf[j],
      tf: tf[j],
      ff: ff[j],
      // Done and cancelled work can no longer delay anything.
      critical: tf[j] <= 0 && state !== DONE && state !== CANCELLED,
      driver: driver[j] >= 0 ? idOf(driver[j]) : undefined,
      driverKind: DRIVER_KINDS[kind[j]],
      deadlineLf: Number.isNaN(inputs.deadlineLf[j]) ? undefined : inputs.deadlineLf[j],
      planned: plan && (plan.es[j] !== es[j] || plan.ef[j] !== ef[j]) ? { es: plan.es[j], ef: plan.ef[j] } : undefined,
      startDate: calendar.dateOf(es[j]),
      finishDate: calendar.dateOf(finish),
      lateStartDate: calendar.dateOf(ls[j]),
      lateFinishDate: calendar.dateOf(lf[j] > ls[j] ? lf[j] - 1 : ls[j]),
    };
    tasks.push(scheduled);
    byIndex[j] = scheduled;
  }
  return {
    ok: true,
    tasks,
    byId: new TasksById(graph.indexById, byIndex),
    projectEnd,
    projectEndDate: lastFinish === -Infinity ? undefined : calendar.dateOf(lastFinish),
    usesProgress,
    calendar,
  };
}
