/**
 * The schedule of a program: the critical path method on its working-day calendar, shaped by
 * recorded progress when the file has a `statusDate`. README "How the schedule is computed"
 * states the rules; this module puts the passes together and dates the results.
 */
import type { Program } from '../model';
import { buildDependencyGraph, type DependencyGraph } from '../graph/dependencyGraph';
import { WorkingDayCalendar } from './calendar';
import { backwardPass, drivingPredecessors, forwardPass, freeFloat } from './passes';
import { finishDay, milestoneShifts } from './shownDays';
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
  const shift = milestoneShifts(network, inputs, forward);
  const plan = planInputs && forwardPass(network, planInputs);
  const planShift = plan && milestoneShifts(network, planInputs, plan);

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
    const finish = finishDay(es[j], ef[j], shift[j]);
    const plannedFinish = plan && finishDay(plan.es[j], plan.ef[j], planShift![j]);
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
      planned:
        plan && (plan.es[j] !== es[j] || plan.ef[j] !== ef[j] || plannedFinish !== finish)
          ? {
              es: plan.es[j],
              ef: plan.ef[j],
              startDate: calendar.dateOf(plan.es[j] + planShift![j]),
              finishDate: calendar.dateOf(plannedFinish!),
            }
          : undefined,
      finishDay: finish,
      startDate: calendar.dateOf(es[j] + shift[j]),
      finishDate: calendar.dateOf(finish),
      // A milestone's late date reads like its early one, so the dates differ by its float.
      lateStartDate: calendar.dateOf(ls[j] + shift[j]),
      lateFinishDate: calendar.dateOf(finishDay(ls[j], lf[j], shift[j])),
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
