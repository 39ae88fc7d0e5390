/**
 * The critical path method over offsets: a forward pass (early dates), a backward pass (late
 * dates), free float and the driving predecessor. Plain loops over the topological order and
 * typed arrays: no recursion, no per-task allocation, linear in tasks + dependencies.
 */
import type { DependencyGraph } from '../graph/dependencyGraph';
import type { DependencyType } from '../model';
import { lagOf, type DriverKind, type TaskInputs } from './taskInputs';

export interface ForwardResult {
  readonly es: Float64Array;
  readonly ef: Float64Array;
  /** What set ES; `predecessor` means some predecessor's bound equals ES. */
  readonly kind: DriverKind[];
  /** The duration the predecessor bounds were computed with (FF/SF bounds subtract it). */
  readonly boundDuration: Float64Array;
  /** Per task: its dependencies bind others (scheduled and not cancelled). */
  readonly binds: Uint8Array;
}

export interface BackwardResult {
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  readonly projectEnd: number;
}

/** Early start and finish of every task in `graph.order`. */
export function forwardPass(graph: DependencyGraph, inputs: TaskInputs): ForwardResult {
  const n = inputs.state.length;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  const kind: DriverKind[] = new Array(n);
  const boundDuration = new Float64Array(n);
  const binds = new Uint8Array(n);
  const forward: ForwardResult = { es, ef, kind, boundDuration, binds };
  const { state, duration, floor, floorKind, actualStart, remaining } = inputs;
  const resume = inputs.resume ?? 0;

  for (const j of graph.order) {
    binds[j] = state[j] === 'cancelled' ? 0 : 1;
    let startBound = -Infinity;
    let finishBound = -Infinity;
    for (const edge of graph.predecessors[j]) {
      const i = edge.from;
      if (!binds[i]) continue;
      const type = edge.dependency.type;
      const bound = (anchoredAtStart(type) ? es[i] : ef[i]) + lagOf(edge.dependency);
      if (boundsFinish(type)) finishBound = Math.max(finishBound, bound);
      else startBound = Math.max(startBound, bound);
    }

    const d = duration[j];
    boundDuration[j] = d;
    const predecessorBound = Math.max(startBound, finishBound - d);
    // The plan's own answer: the latest of the task's floor and its predecessors' bounds.
    const planStart = Math.max(floor[j], predecessorBound);
    const planKind: DriverKind = predecessorBound >= floor[j] ? 'predecessor' : floorKind[j];

    switch (state[j]) {
      case 'open': {
        // Work not started cannot start before the status date's next working day.
        const start = inputs.resume !== undefined && resume > planStart ? resume : planStart;
        es[j] = start;
        ef[j] = start + d;
        kind[j] = start === planStart ? planKind : 'statusDate';
        break;
      }
      case 'started': {
        const known = !Number.isNaN(actualStart[j]);
        const start = known ? actualStart[j] : Math.min(planStart, Math.max(0, resume - 1));
        es[j] = start;
        ef[j] = Math.max(Math.max(start, resume) + remaining[j], finishBound);
        kind[j] = known ? 'actual' : 'statusDate';
        break;
      }
      case 'done':
        placeDone(j, inputs, planStart, planKind, forward);
        break;
      default:
        // Cancelled: shown where it would have been, as a zero-length entry that constrains nothing.
        es[j] = planStart;
        ef[j] = planStart;
        kind[j] = planKind;
    }
  }
  return forward;
}

/** A done task sits on its actual dates; without them, where the plan puts it, finished by the status date. */
function placeDone(j: number, inputs: TaskInputs, planStart: number, planKind: DriverKind, { es, ef, kind }: ForwardResult): void {
  const start = inputs.actualStart[j];
  const end = inputs.actualEnd[j];
  const d = inputs.duration[j];
  const resume = inputs.resume ?? 0;
  if (!Number.isNaN(start) || !Number.isNaN(end)) {
    kind[j] = 'actual';
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
  kind[j] = es[j] === planStart ? planKind : 'statusDate';
}

/** Late dates, from the project end (max EF of the tasks that count) and each task's deadline. */
export function backwardPass(graph: DependencyGraph, inputs: TaskInputs, forward: ForwardResult): BackwardResult {
  const n = inputs.state.length;
  const { es, ef, binds } = forward;
  let projectEnd = 0;
  let any = false;
  for (const j of graph.order) {
    if (!binds[j]) continue;
    projectEnd = any ? Math.max(projectEnd, ef[j]) : ef[j];
    any = true;
  }

  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const order = graph.order;
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
    for (const edge of graph.successors[j]) {
      const k = edge.to;
      if (!binds[k]) continue;
      const type = edge.dependency.type;
      // The forward bound read backwards: how late this task may finish so the successor keeps its late dates.
      const latest = (boundsFinish(type) ? lf[k] : ls[k]) - lagOf(edge.dependency) + (anchoredAtStart(type) ? span : 0);
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
export function freeFloat(graph: DependencyGraph, forward: ForwardResult, projectEnd: number): Float64Array {
  const { es, ef, binds } = forward;
  const ff = new Float64Array(es.length);
  for (const j of graph.order) {
    let slack = Infinity;
    if (binds[j]) {
      for (const edge of graph.successors[j]) {
        const k = edge.to;
        if (!binds[k]) continue;
        const type = edge.dependency.type;
        const room = (boundsFinish(type) ? ef[k] : es[k]) - lagOf(edge.dependency) - (anchoredAtStart(type) ? es[j] : ef[j]);
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
export function drivingPredecessors(graph: DependencyGraph, forward: ForwardResult, totalFloat: Float64Array): Int32Array {
  const { es, ef, kind, boundDuration, binds } = forward;
  const driver = new Int32Array(es.length).fill(-1);
  for (const j of graph.order) {
    if (kind[j] !== 'predecessor') continue;
    let best = -1;
    for (const edge of graph.predecessors[j]) {
      const i = edge.from;
      if (!binds[i]) continue;
      const type = edge.dependency.type;
      const bound = (anchoredAtStart(type) ? es[i] : ef[i]) + lagOf(edge.dependency) - (boundsFinish(type) ? boundDuration[j] : 0);
      if (bound === es[j] && (best === -1 || totalFloat[i] < totalFloat[best])) best = i;
    }
    driver[j] = best;
  }
  return driver;
}

/** SS and SF measure from the predecessor's start; FS and FF from its finish. */
function anchoredAtStart(type: DependencyType): boolean {
  return type === 'SS' || type === 'SF';
}

/** FF and SF bound the successor's finish; FS and SS its start. */
function boundsFinish(type: DependencyType): boolean {
  return type === 'FF' || type === 'SF';
}
