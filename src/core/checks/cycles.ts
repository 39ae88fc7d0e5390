/**
 * PP104: tasks that wait for each other in a loop. Each loop is reported once, at the dependency
 * of the loop that comes first in the file, naming the whole loop; every dependency of it is
 * related information, so the user (and the quick fixes) can pick which one to cut.
 */
import { diagnostic, type Diagnostic, type RelatedInformation } from '../diagnostics';
import { edgeDependency, type DependencyEdge } from '../graph/dependencyGraph';
import type { CheckContext } from './context';

/** Longer cycles are named by their ends and length; the message and related list stay readable and small. */
const MAX_NAMED_TASKS = 12;
export const MAX_RELATED_EDGES = 20;
const MAX_DATA_IDS = 100;

export function checkCycles(context: CheckContext): Diagnostic[] {
  const { tasks } = context.program;
  const found: Diagnostic[] = [];
  for (const cycle of context.graph.cycles) {
    const ids = cycle.map((index) => tasks[index].id);
    const edges = fromFirstInFile(context, cycleEdges(context, cycle));
    const related: RelatedInformation[] = edges.slice(0, MAX_RELATED_EDGES).map((edge) => ({
      message: `'${tasks[edge.to].id}' depends on '${tasks[edge.from].id}'`,
      span: edgeDependency(tasks, edge).task.span,
    }));
    const first = edges[0];
    const to = tasks[first.to].id;
    const from = tasks[first.from].id;
    const listed = edges.length > MAX_RELATED_EDGES ? ` (the first ${MAX_RELATED_EDGES} are listed, ${edges.length - MAX_RELATED_EDGES} more are not)` : '';
    found.push(
      diagnostic(
        'PP104',
        edgeDependency(tasks, first).task.span,
        `Dependency cycle: ${cycleName(ids)}. None of these tasks can be scheduled; remove one of the loop's ${edges.length} dependencies${listed}. This one makes '${to}' wait for '${from}'.`,
        { related, data: { cycle: ids.slice(0, MAX_DATA_IDS), taskId: to, ref: from } },
      ),
    );
  }
  return found;
}

/** Every dependency entry along the cycle (two entries between the same pair, e.g. SS and FF, are both edges). */
function cycleEdges(context: CheckContext, cycle: readonly number[]): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (let i = 0; i < cycle.length; i++) {
    const from = cycle[i];
    const to = cycle[(i + 1) % cycle.length];
    for (const edge of context.graph.successors[from]) if (edge.to === to) edges.push(edge);
  }
  return edges;
}

/** The edges in loop order, starting at the one written first in the file. */
function fromFirstInFile(context: CheckContext, edges: readonly DependencyEdge[]): DependencyEdge[] {
  const start = (edge: DependencyEdge) => edgeDependency(context.program.tasks, edge).task.span.start;
  let first = 0;
  for (let i = 1; i < edges.length; i++) if (start(edges[i]) < start(edges[first])) first = i;
  return [...edges.slice(first), ...edges.slice(0, first)];
}

/** `a → b → c → a`, in the order work flows (each task waits for the one before it). */
function cycleName(ids: readonly string[]): string {
  if (ids.length <= MAX_NAMED_TASKS) return [...ids, ids[0]].join(' → ');
  const head = ids.slice(0, MAX_NAMED_TASKS - 2);
  return [...head, `… ${ids.length - head.length - 1} more …`, ids[ids.length - 1], ids[0]].join(' → ');
}
