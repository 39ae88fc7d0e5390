/**
 * Task references: unknown ids (PP102 in `dependsOn`, PP106 in risk `tasks`), a task that
 * depends on itself (PP103) and dependencies on cancelled work (PP105).
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Dependency, Task } from '../model';
import { didYouMean, valueSpan, withSuggestion, type CheckContext } from './context';

export function checkTaskReferences(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { tasks } = context.program;
  const { indexById, predecessors } = context.graph;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const { dependsOn } = task;
    // When the graph resolved every dependency of the task, its edges are the dependencies in
    // order and already name the predecessors: no id lookups for the common, valid case.
    const edges = predecessors[i];
    const resolved = edges.length === dependsOn.length;
    for (let k = 0; k < dependsOn.length; k++) {
      const dependency = dependsOn[k];
      const problem = dependencyProblem(context, task, dependency, resolved ? edges[k].from : indexById.get(dependency.task.id));
      if (problem) found.push(problem);
    }
  }
  for (const risk of context.program.risks) {
    for (const ref of risk.tasks) {
      if (context.graph.indexById.has(ref.id)) continue;
      const suggestion = context.suggest('task', ref.id);
      found.push(
        diagnostic(
          'PP106',
          ref.span,
          `Risk '${risk.id}' links to unknown task '${ref.id}'.${didYouMean(suggestion)} Fix the id or remove it from the risk's tasks.`,
          { data: withSuggestion({ riskId: risk.id, ref: ref.id }, suggestion) },
        ),
      );
    }
  }
  return found;
}

/** `index`: the predecessor's position in the tasks, undefined when no task has its id. */
function dependencyProblem(context: CheckContext, task: Task, dependency: Dependency, index: number | undefined): Diagnostic | undefined {
  const ref = dependency.task;
  if (ref.id === task.id) {
    return diagnostic('PP103', ref.span, `Task '${task.id}' depends on itself. Remove this dependency.`, {
      data: { taskId: task.id, ref: ref.id },
    });
  }
  if (index === undefined) {
    const suggestion = context.suggest('task', ref.id);
    return diagnostic(
      'PP102',
      ref.span,
      `Task '${task.id}' depends on unknown task '${ref.id}'.${didYouMean(suggestion)} Fix the id or remove the dependency.`,
      { data: withSuggestion({ taskId: task.id, ref: ref.id }, suggestion) },
    );
  }
  const predecessor = context.program.tasks[index];
  if (predecessor.status === 'cancelled' && task.status !== 'cancelled') {
    return diagnostic(
      'PP105',
      ref.span,
      `Task '${task.id}' depends on '${ref.id}', which is cancelled, so this dependency no longer constrains anything. Remove it or depend on the work that replaces '${ref.id}'.`,
      {
        tags: ['unnecessary'],
        related: [{ message: `'${ref.id}' is cancelled here`, span: valueSpan(predecessor, 'status', predecessor.idSpan) }],
        data: { taskId: task.id, ref: ref.id },
      },
    );
  }
  return undefined;
}

