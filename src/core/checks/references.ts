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
  for (const task of tasks) {
    for (const dependency of task.dependsOn) {
      const problem = dependencyProblem(context, task, dependency);
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

function dependencyProblem(context: CheckContext, task: Task, dependency: Dependency): Diagnostic | undefined {
  const ref = dependency.task;
  if (ref.id === task.id) {
    return diagnostic('PP103', ref.span, `Task '${task.id}' depends on itself. Remove this dependency.`, {
      data: { taskId: task.id, ref: ref.id },
    });
  }
  const index = context.graph.indexById.get(ref.id);
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

