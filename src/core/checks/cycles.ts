/**
 * PP104: tasks that wait for each other in a loop. Every edge of the cycle gets a diagnostic
 * at the id text in `dependsOn`, naming the whole loop so the user can pick which edge to cut.
 */
import { diagnostic, type Diagnostic, type RelatedInformation } from '../diagnostics';
import { edgeDependency, type DependencyEdge } from '../graph/dependencyGraph';
import type { CheckContext } from './context';

/** Longer cycles are named by their ends and length; the message and related list stay readable and small. */
const MAX_NAMED_TASKS = 12;
const MAX_RELATED_EDGES = 20;
const MAX_DATA_IDS = 100;

export function checkCycles(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const cycle of context.graph.cycles) {
    const ids = cycle.map((index) => context.program.tasks[index].id);
    const name = cycleName(ids);
    const edges = cycleEdges(context, cycle);
    const related: RelatedInformation[] = edges.slice(0, MAX_RELATED_EDGES).map((edge) => ({
      message: `'${context.program.tasks[edge.to].id}' depends on '${context.program.tasks[edge.from].id}'`,
      span: edgeDependency(context.program.tasks, edge).task.span,
    }));
    const cycleIds = ids.slice(0, MAX_DATA_IDS);
    for (const edge of edges) {
      const to = context.program.tasks[edge.to].id;
      const from = context.program.tasks[edge.from].id;
      found.push(
        diagnostic(
          'PP104',
          edgeDependency(context.program.tasks, edge).task.span,
          `Dependency cycle: ${name}. None of these tasks can be scheduled; remove one of the dependencies (this one makes '${to}' wait for '${from}').`,
          { related, data: { cycle: cycleIds, taskId: to, ref: from } },
        ),
      );
    }
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

/** `a → b → c → a`, in the order work flows (each task waits for the one before it). */
function cycleName(ids: readonly string[]): string {
  if (ids.length <= MAX_NAMED_TASKS) return [...ids, ids[0]].join(' → ');
  const head = ids.slice(0, MAX_NAMED_TASKS - 2);
  return [...head, `… ${ids.length - head.length - 1} more …`, ids[ids.length - 1], ids[0]].join(' → ');
}
