/**
 * Task references: unknown ids (PP102 in `dependsOn`, PP106 in risk `tasks`), a task that
 * depends on itself (PP103) and dependencies on cancelled work (PP105).
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Dependency, Task } from '../model';
import { advice, valueSpan, withSuggestion, type CheckContext } from './context';

export function checkTaskReferences(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { tasks } = context.program;
  const { indexById, predecessors, successors, unresolved, duplicates } = context.graph;
  // Only three kinds of task can have a problem with a dependency: one with a dependency the graph
  // left out (an unknown id, or its own), one whose id an earlier task has (a dependency on that id
  // is on itself), and a successor of a cancelled task. Every other dependency is a valid edge, so
  // the common case never visits the tasks' dependencies (at 20,000 tasks that was most of this pass).
  const suspects = new Set([...unresolved, ...duplicates]);
  const visit = new Set(suspects);
  for (let i = 0; i < tasks.length; i++) {
    if (tasks[i].status === 'cancelled') for (const edge of successors[i]) visit.add(edge.to);
  }
  for (const i of [...visit].sort((a, b) => a - b)) {
    const task = tasks[i];
    if (suspects.has(i)) {
      for (const dependency of task.dependsOn) {
        const problem = dependencyProblem(context, task, dependency, indexById.get(dependency.task.id));
        if (problem) found.push(problem);
      }
    } else if (task.status !== 'cancelled') {
      for (const edge of predecessors[i]) {
        const predecessor = tasks[edge.from];
        if (predecessor.status === 'cancelled') found.push(onCancelled(task, task.dependsOn[edge.position], predecessor));
      }
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
          `Risk '${risk.id}' links to unknown task '${ref.id}'.${advice('task', suggestion, "Fix the id or remove it from the risk's tasks.")}`,
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
      `Task '${task.id}' depends on unknown task '${ref.id}'.${advice('task', suggestion, 'Fix the id or remove the dependency.')}`,
      { data: withSuggestion({ taskId: task.id, ref: ref.id }, suggestion) },
    );
  }
  const predecessor = context.program.tasks[index];
  return predecessor.status === 'cancelled' && task.status !== 'cancelled' ? onCancelled(task, dependency, predecessor) : undefined;
}

/** PP105: `task` (not cancelled) depends on `predecessor`, which is. */
function onCancelled(task: Task, dependency: Dependency, predecessor: Task): Diagnostic {
  const ref = dependency.task;
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

