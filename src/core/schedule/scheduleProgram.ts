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
import type { Schedule, TaskSchedule } from './types';

/** `graph` may be passed when the caller has already built it for the same program. */
export function scheduleProgram(program: Program, graph: DependencyGraph = buildDependencyGraph(program)): Schedule {
  const calendar = program.start === undefined ? undefined : WorkingDayCalendar.create(program.start, program.holidays.map((h) => h.date));
  if (!calendar) return { ok: false, tasks: [], byId: new Map(), projectEnd: 0, usesProgress: false };

  const { forecast: inputs, plan: planInputs } = readScheduleInputs(program, calendar);
  const network = readNetwork(graph);
  const usesProgress = planInputs !== undefined;
  const forward = forwardPass(network, inputs);
  const { ls, lf, projectEnd } = backwardPass(network, inputs, forward);
  const { es, ef, kind, binds } = forward;
  const tf = new Float64Array(es.length);
  for (const j of graph.order) tf[j] = ls[j] - es[j];
  const ff = freeFloat(network, forward, projectEnd);
  const driver = drivingPredecessors(network, inputs, forward, tf);
  const plan = planInputs && forwardPass(network, planInputs);

  const tasks: TaskSchedule[] = [];
  const byId = new Map<string, TaskSchedule>();
  let lastFinish = -Infinity;
  for (let j = 0; j < program.tasks.length; j++) {
    if (graph.inCycle[j]) continue;
    const task = program.tasks[j];
    const state = inputs.state[j];
    const finish = ef[j] > es[j] ? ef[j] - 1 : es[j];
    if (binds[j] && finish > lastFinish) lastFinish = finish;
    const scheduled: TaskSchedule = {
      id: task.id,
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
      driver: driver[j] >= 0 ? program.tasks[driver[j]].id : undefined,
      driverKind: DRIVER_KINDS[kind[j]],
      deadlineLf: Number.isNaN(inputs.deadlineLf[j]) ? undefined : inputs.deadlineLf[j],
      planned: plan && (plan.es[j] !== es[j] || plan.ef[j] !== ef[j]) ? { es: plan.es[j], ef: plan.ef[j] } : undefined,
      startDate: calendar.dateOf(es[j]),
      finishDate: calendar.dateOf(finish),
      lateStartDate: calendar.dateOf(ls[j]),
      lateFinishDate: calendar.dateOf(lf[j] > ls[j] ? lf[j] - 1 : ls[j]),
    };
    tasks.push(scheduled);
    if (graph.indexById.get(task.id) === j) byId.set(task.id, scheduled);
  }
  return {
    ok: true,
    tasks,
    byId,
    projectEnd,
    projectEndDate: lastFinish === -Infinity ? undefined : calendar.dateOf(lastFinish),
    usesProgress,
    calendar,
  };
}
