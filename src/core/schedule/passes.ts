/**
 * The critical path method over offsets: a forward pass (early dates), a backward pass (late
 * dates), free float and the driving predecessor. Plain loops over the topological order and
 * typed arrays: no recursion, no per-task allocation, linear in tasks + dependencies.
 */
import * as codes from './taskInputs';
import type { Network, TaskInputs } from './taskInputs';

// Module constants, not imports: compiled to CommonJS an import is read through a getter on
// every use, which in these loops (run thousands of times by the forecast) costs more than the pass.
const { ACTUAL, CANCELLED, DONE, FROM_START, OPEN, PREDECESSOR, STARTED, STATUS_DATE, TO_FINISH } = codes;

export interface ForwardResult {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  /** What set ES, as a driver kind code; PREDECESSOR means some predecessor's bound equals ES. */
  readonly kind: Uint8Array;
  /** Per task: its dependencies bind others (scheduled and not cancelled). */
  readonly binds: Uint8Array;
}

export interface BackwardResult {
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  readonly projectEnd: number;
}

/**
 * Early start and finish of every task in the network's order. `into` (arrays of the same
 * length) is written instead of new arrays: the forecast runs the pass thousands of times.
 */
export function forwardPass(network: Network, inputs: TaskInputs, into?: ForwardResult): ForwardResult {
  const n = inputs.state.length;
  const es = into?.es ?? new Float64Array(n);
  const ef = into?.ef ?? new Float64Array(n);
  const kind = into?.kind ?? new Uint8Array(n);
  const binds = into?.binds ?? new Uint8Array(n);
  const { predStart, predFrom, predType, predLag } = network;
  const { state, duration, floor, floorKind, actualStart, remaining } = inputs;
  const withProgress = inputs.resume !== undefined;
  const resume = inputs.resume ?? 0;

  for (const j of network.order) {
    binds[j] = state[j] === CANCELLED ? 0 : 1;
    let startBound = -Infinity;
    let finishBound = -Infinity;
    for (let e = predStart[j], end = predStart[j + 1]; e < end; e++) {
      const i = predFrom[e];
      if (!binds[i]) continue;
      const type = predType[e];
      const bound = (type & FROM_START ? es[i] : ef[i]) + predLag[e];
      if (type & TO_FINISH) {
        if (bound > finishBound) finishBound = bound;
      } else if (bound > startBound) startBound = bound;
    }

    const d = duration[j];
    const predecessorBound = Math.max(startBound, finishBound - d);
    // The plan's own answer: the latest of the task's floor and its predecessors' bounds.
    const planStart = Math.max(floor[j], predecessorBound);
    const planKind = predecessorBound >= floor[j] ? PREDECESSOR : floorKind[j];

    switch (state[j]) {
      case OPEN:
        // Work not started cannot start before the status date's next working day.
        if (withProgress && resume > planStart) {
          es[j] = resume;
          kind[j] = STATUS_DATE;
        } else {
          es[j] = planStart;
          kind[j] = planKind;
        }
        ef[j] = es[j] + d;
        break;
      case STARTED: {
        const known = !Number.isNaN(actualStart[j]);
        const start = known ? actualStart[j] : Math.min(planStart, Math.max(0, resume - 1));
        es[j] = start;
        ef[j] = Math.max(Math.max(start, resume) + remaining[j], finishBound);
        kind[j] = known ? ACTUAL : STATUS_DATE;
        break;
      }
      case DONE:
        placeDone(j, inputs, planStart, planKind, es, ef, kind);
        break;
      default:
        // Cancelled: shown where it would have been, as a zero-length entry that constrains nothing.
        es[j] = planStart;
        ef[j] = planStart;
        kind[j] = planKind;
    }
  }
  return { es, ef, kind, binds };
}

/** A done task sits on its actual dates; without them, where the plan puts it, finished by the status date. */
function placeDone(j: number, inputs: TaskInputs, planStart: number, planKind: number, es: Float64Array, ef: Float64Array, kind: Uint8Array): void {
  const start = inputs.actualStart[j];
  const end = inputs.actualEnd[j];
  const d = inputs.duration[j];
  const resume = inputs.resume ?? 0;
  if (!Number.isNaN(start) || !Number.isNaN(end)) {
    kind[j] = ACTUAL;
    if (Number.isNaN(end)) {
      es[j] = start;
      ef[j] = Math.max(start, Math.min(start + d, resume));
    } else {
      es[j] = Number.isNaN(start) ? end - d : Math.min(start, end);
      ef[j] = end;
    }
    return;
  }
  const finish = Math.min(planStart + d, Math.max(resume, 0));
  es[j] = Math.min(planStart, Math.max(finish - d, 0));
  ef[j] = finish;
  kind[j] = es[j] === planStart ? planKind : STATUS_DATE;
}

/** Late dates, from the project end (max EF of the tasks that count) and each task's deadline; `into` as for {@link forwardPass}. */
export function backwardPass(network: Network, inputs: TaskInputs, forward: ForwardResult, into?: Pick<BackwardResult, 'ls' | 'lf'>): BackwardResult {
  const n = inputs.state.length;
  const { es, ef, binds } = forward;
  const { order, succStart, succTo, succType, succLag } = network;
  let projectEnd = -Infinity;
  for (const j of order) if (binds[j] && ef[j] > projectEnd) projectEnd = ef[j];
  if (projectEnd === -Infinity) projectEnd = 0;

  const ls = into?.ls ?? new Float64Array(n);
  const lf = into?.lf ?? new Float64Array(n);
  for (let position = order.length - 1; position >= 0; position--) {
    const j = order[position];
    const span = ef[j] - es[j];
    if (!binds[j]) {
      // A cancelled task has no successors that count and never holds up the end.
      lf[j] = Math.max(projectEnd, ef[j]);
      ls[j] = lf[j] - span;
      continue;
    }
    let finish = projectEnd;
    for (let e = succStart[j], end = succStart[j + 1]; e < end; e++) {
      const k = succTo[e];
      if (!binds[k]) continue;
      const type = succType[e];
      // The forward bound read backwards: how late this task may finish so the successor keeps its late dates.
      const latest = (type & TO_FINISH ? lf[k] : ls[k]) - succLag[e] + (type & FROM_START ? span : 0);
      if (latest < finish) finish = latest;
    }
    const deadline = inputs.deadlineLf[j];
    if (deadline < finish) finish = deadline; // false for NaN (no deadline)
    lf[j] = finish;
    ls[j] = finish - span;
  }
  return { ls, lf, projectEnd };
}

/** The least slack over a task's outgoing dependencies; with none, the slack to the project end. */
export function freeFloat(network: Network, forward: ForwardResult, projectEnd: number): Float64Array {
  const { es, ef, binds } = forward;
  const { succStart, succTo, succType, succLag } = network;
  const ff = new Float64Array(es.length);
  for (const j of network.order) {
    let slack = Infinity;
    if (binds[j]) {
      for (let e = succStart[j], end = succStart[j + 1]; e < end; e++) {
        const k = succTo[e];
        if (!binds[k]) continue;
        const type = succType[e];
        const room = (type & TO_FINISH ? ef[k] : es[k]) - succLag[e] - (type & FROM_START ? es[j] : ef[j]);
        if (room < slack) slack = room;
      }
    }
    ff[j] = slack === Infinity ? Math.max(projectEnd, ef[j]) - ef[j] : slack;
  }
  return ff;
}

/**
 * The driving predecessor of each task whose ES a predecessor set: among the predecessors whose
 * bound equals ES, the one with the least total float (so a critical task's driver is critical),
 * then the first listed. -1 for the others.
 */
export function drivingPredecessors(network: Network, inputs: TaskInputs, forward: ForwardResult, totalFloat: Float64Array): Int32Array {
  const { es, ef, kind, binds } = forward;
  const { predStart, predFrom, predType, predLag } = network;
  const driver = new Int32Array(es.length).fill(-1);
  for (const j of network.order) {
    if (kind[j] !== PREDECESSOR) continue;
    // Finish bounds were turned into start bounds with the planned duration.
    const d = inputs.duration[j];
    let best = -1;
    for (let e = predStart[j], end = predStart[j + 1]; e < end; e++) {
      const i = predFrom[e];
      if (!binds[i]) continue;
      const type = predType[e];
      const bound = (type & FROM_START ? es[i] : ef[i]) + predLag[e] - (type & TO_FINISH ? d : 0);
      if (bound === es[j] && (best === -1 || totalFloat[i] < totalFloat[best])) best = i;
    }
    driver[j] = best;
  }
  return driver;
}
