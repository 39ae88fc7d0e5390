/**
 * What the what-if and confidence engines read beyond the plan itself: the task ids scenarios
 * change or add (PP107, PP109), the scenarios decisions list as options (PP108), the tasks a
 * risk's schedule impact delays (PP106) and the order of three-point estimates (PP008).
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Ref, Scenario, Task } from '../model';
import { advice, valueSpan, withSuggestion, type CheckContext } from './context';
import { closest } from '../text/suggest';

export function checkWhatIfInputs(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { program } = context;
  for (const task of program.tasks) {
    const problem = estimateOrder(task);
    if (problem) found.push(problem);
  }
  for (const risk of program.risks) {
    for (const ref of risk.schedule?.tasks ?? []) {
      if (context.graph.indexById.has(ref.id)) continue;
      const suggestion = context.suggest('task', ref.id);
      found.push(
        diagnostic('PP106', ref.span, `Risk '${risk.id}' delays unknown task '${ref.id}'.${advice('task', suggestion, "Fix the id or remove it from the risk's schedule tasks.")}`, {
          data: withSuggestion({ riskId: risk.id, ref: ref.id }, suggestion),
        }),
      );
    }
  }
  const scenarios = new Map<string, Scenario>();
  for (const scenario of program.scenarios ?? []) {
    if (!scenarios.has(scenario.id)) scenarios.set(scenario.id, scenario);
    found.push(...scenarioProblems(context, scenario));
  }
  for (const decision of program.decisions) {
    for (const ref of decision.options ?? []) {
      if (scenarios.has(ref.id)) continue;
      const suggestion = closest(ref.id, scenarios.keys());
      const hint = suggestion === undefined ? ' Add the scenario under `scenarios` or fix the id.' : ` Did you mean '${suggestion}'?`;
      found.push(
        diagnostic('PP108', ref.span, `Decision '${decision.id}' lists unknown scenario '${ref.id}' as an option.${hint}`, {
          data: suggestion === undefined ? { decisionId: decision.id, ref: ref.id } : { decisionId: decision.id, ref: ref.id, suggestion },
        }),
      );
    }
  }
  return found;
}

/** A scenario's references: changed tasks and dependencies must exist, added ids must be new. */
function scenarioProblems(context: CheckContext, scenario: Scenario): Diagnostic[] {
  const found: Diagnostic[] = [];
  const added = new Set<string>();
  const known = (id: string): boolean => context.graph.indexById.has(id) || added.has(id);
  const unknown = (ref: Ref, role: string): Diagnostic => {
    const suggestion = context.suggest('task', ref.id);
    return diagnostic('PP107', ref.span, `Scenario '${scenario.id}' ${role} unknown task '${ref.id}'.${advice('task', suggestion, 'Fix the id.')}`, {
      data: withSuggestion({ scenarioId: scenario.id, ref: ref.id }, suggestion),
    });
  };
  for (const change of scenario.changes) {
    if (change.kind === 'change') {
      if (!known(change.task.id)) found.push(unknown(change.task, 'changes'));
      continue;
    }
    for (const ref of change.dependsOn) if (!known(ref.id)) found.push(unknown(ref, 'makes its new task depend on'));
    if (known(change.id.id)) {
      found.push(
        diagnostic('PP109', change.id.span, `Scenario '${scenario.id}' adds task '${change.id.id}', but that id is already used. Give the new task an id of its own.`, {
          data: { scenarioId: scenario.id, ref: change.id.id },
        }),
      );
    }
    added.add(change.id.id);
  }
  return found;
}

function estimateOrder(task: Task): Diagnostic | undefined {
  const estimate = task.estimate;
  if (!estimate) return undefined;
  const likely = estimate.likely ?? task.duration;
  if (estimate.optimistic <= likely && likely <= estimate.pessimistic) return undefined;
  const likelyText = estimate.likely === undefined ? `the duration (${likely})` : `likely (${likely})`;
  return diagnostic(
    'PP008',
    valueSpan(task, 'estimate', task.idSpan),
    `The estimate of task '${task.id}' is out of order: optimistic (${estimate.optimistic}) ≤ ${likelyText} ≤ pessimistic (${estimate.pessimistic}) must hold. The forecast reads the three values sorted until this is fixed.`,
    { data: { taskId: task.id } },
  );
}
