/**
 * The task dependency network, resolved once per analysis and shared by the checks (cycles,
 * references) and the scheduler (topological order). Iterative throughout: a 50,000-task
 * chain must not overflow the stack.
 *
 * The graph holds indices only, no model objects (and so no positions): it is a function of the
 * task ids and dependency ids alone, and re-analysis after an edit that left those as they were
 * keeps it (see {@link sameDependencyNetwork}).
 */
import type { Dependency, Program, Task } from '../model';

export interface DependencyEdge {
  /** Index of the predecessor in `program.tasks`. */
  readonly from: number;
  /** Index of the successor (the task that declares the dependency). */
  readonly to: number;
  /** Where the dependency stands in the successor's `dependsOn` (see {@link edgeDependency}). */
  readonly position: number;
}

export interface DependencyGraph {
  /** The first task with each id (later duplicates are reported, not referenced). */
  readonly indexById: ReadonlyMap<string, number>;
  /** The tasks whose id an earlier task already has, in file order. */
  readonly duplicates: readonly number[];
  /** The tasks with a dependency that is no edge (an unknown id, or the task's own), in file order. */
  readonly unresolved: readonly number[];
  /** Resolved edges into each task (unknown ids and self-dependencies are left out). */
  readonly predecessors: readonly (readonly DependencyEdge[])[];
  readonly successors: readonly (readonly DependencyEdge[])[];
  /** Each strongly connected component of more than one task, as one simple cycle through it (task indices, first not repeated). */
  readonly cycles: readonly (readonly number[])[];
  /** Per task: true when it lies on a dependency cycle. */
  readonly inCycle: readonly boolean[];
  /** Every task not on a cycle, predecessors first; edges from cycle members are ignored. */
  readonly order: readonly number[];
}

export function buildDependencyGraph(program: Program): DependencyGraph {
  const tasks = program.tasks;
  const n = tasks.length;
  const indexById = new Map<string, number>();
  const duplicates: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = tasks[i].id;
    if (indexById.has(id)) duplicates.push(i);
    else indexById.set(id, i);
  }

  const predecessors: DependencyEdge[][] = new Array(n);
  const successors: DependencyEdge[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    predecessors[i] = [];
    successors[i] = [];
  }
  const unresolved: number[] = [];
  for (let to = 0; to < n; to++) {
    const dependsOn = tasks[to].dependsOn;
    for (let position = 0; position < dependsOn.length; position++) {
      const from = indexById.get(dependsOn[position].task.id);
      if (from === undefined || from === to) continue;
      const edge = { from, to, position };
      predecessors[to].push(edge);
      successors[from].push(edge);
    }
    if (predecessors[to].length < dependsOn.length) unresolved.push(to);
  }

  const components = stronglyConnectedComponents(successors);
  const inCycle = new Array<boolean>(n).fill(false);
  const cycles: number[][] = [];
  for (const component of components) {
    for (const i of component) inCycle[i] = true;
    cycles.push(simpleCycleWithin(component, successors));
  }

  return { indexById, duplicates, unresolved, predecessors, successors, cycles, inCycle, order: topologicalOrder(predecessors, successors, inCycle) };
}

/** The dependency an edge stands for, in the tasks of the program the graph serves. */
export function edgeDependency(tasks: readonly Task[], edge: DependencyEdge): Dependency {
  return tasks[edge.to].dependsOn[edge.position];
}

/**
 * Whether two versions of a program have the same graph: the same task ids in the same order, and
 * per task the same dependency ids in the same order, which is all {@link buildDependencyGraph}
 * reads. Cheap after an edit: unchanged tasks are the same objects, and moved ones share their
 * id strings with the previous version.
 */
export function sameDependencyNetwork(a: Program, b: Program): boolean {
  if (a.tasks.length !== b.tasks.length) return false;
  for (let i = 0; i < a.tasks.length; i++) {
    const taskA = a.tasks[i];
    const taskB = b.tasks[i];
    if (taskA === taskB) continue;
    if (taskA.id !== taskB.id || taskA.dependsOn.length !== taskB.dependsOn.length) return false;
    for (let k = 0; k < taskA.dependsOn.length; k++) if (taskA.dependsOn[k].task.id !== taskB.dependsOn[k].task.id) return false;
  }
  return true;
}

/**
 * The strongly connected components of more than one task (Tarjan's algorithm, with an explicit
 * stack of (task, next edge) in typed arrays).
 */
function stronglyConnectedComponents(successors: readonly (readonly DependencyEdge[])[]): number[][] {
  const n = successors.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameNext = new Int32Array(n);
  const components: number[][] = [];
  let stackSize = 0;
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    frameNode[0] = root;
    frameNext[0] = 0;
    index[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const node = frameNode[depth];
      const edges = successors[node];
      if (frameNext[depth] < edges.length) {
        const child = edges[frameNext[depth]++].to;
        if (index[child] === -1) {
          index[child] = low[child] = counter++;
          stack[stackSize++] = child;
          onStack[child] = 1;
          depth++;
          frameNode[depth] = child;
          frameNext[depth] = 0;
        } else if (onStack[child] && index[child] < low[node]) {
          low[node] = index[child];
        }
        continue;
      }
      depth--;
      if (depth >= 0 && low[node] < low[frameNode[depth]]) low[frameNode[depth]] = low[node];
      if (low[node] === index[node]) {
        // Most components are single tasks: skip building an array for them.
        if (stack[stackSize - 1] === node) {
          stackSize--;
          onStack[node] = 0;
          continue;
        }
        const component: number[] = [];
        let member: number;
        do {
          member = stack[--stackSize];
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * Walks successor edges inside the component until a task repeats; every task of a strongly
 * connected component has such a successor, so the walk closes a simple cycle.
 */
function simpleCycleWithin(component: readonly number[], successors: readonly (readonly DependencyEdge[])[]): number[] {
  const members = new Set(component);
  const start = Math.min(...component);
  const positionInWalk = new Map<number, number>();
  const walk: number[] = [];
  let node = start;
  while (!positionInWalk.has(node)) {
    positionInWalk.set(node, walk.length);
    walk.push(node);
    node = successors[node].find((edge) => members.has(edge.to))!.to;
  }
  return walk.slice(positionInWalk.get(node));
}

/** Kahn's algorithm over the tasks not on a cycle, keeping file order among independent tasks. */
function topologicalOrder(
  predecessors: readonly (readonly DependencyEdge[])[],
  successors: readonly (readonly DependencyEdge[])[],
  inCycle: readonly boolean[],
): number[] {
  const n = predecessors.length;
  const remaining = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (inCycle[i]) continue;
    for (const edge of predecessors[i]) if (!inCycle[edge.from]) remaining[i]++;
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!inCycle[i] && remaining[i] === 0) order.push(i);
  for (let head = 0; head < order.length; head++) {
    for (const edge of successors[order[head]]) {
      if (inCycle[edge.to]) continue;
      if (--remaining[edge.to] === 0) order.push(edge.to);
    }
  }
  return order;
}
