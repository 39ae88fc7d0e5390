/**
 * RAID hygiene: high open risks need a mitigation and an owner (PP301, PP302), open actions
 * past due (PP303), decisions pending after their need-by date (PP304), and blocked tasks
 * that do not say what blocks them (PP305). "Now" is the analysis's as-of date.
 */
import { dayNumber } from '../dates';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { IsoDate, Risk } from '../model';
import { isBlank, valueSpan, type CheckContext } from './context';

export function checkRaid(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const { program, asOf } = context;
  for (const risk of program.risks) {
    if (risk.status !== 'open' || !isHigh(risk)) continue;
    const why = highBecause(risk);
    if (isBlank(risk.mitigation)) {
      found.push(
        diagnostic('PP301', risk.idSpan, `Open risk '${risk.id}' is ${why} but has no mitigation. Add \`mitigation:\` saying how the program reduces it.`, {
          data: { riskId: risk.id, missing: 'mitigation' },
        }),
      );
    }
    if (!risk.owner) {
      found.push(
        diagnostic('PP302', risk.idSpan, `Open risk '${risk.id}' is ${why} but has no owner. Add \`owner:\` with the person who watches it.`, {
          data: { riskId: risk.id, missing: 'owner' },
        }),
      );
    }
  }
  for (const action of program.actions) {
    const late = action.status === 'open' ? daysLate(action.due, asOf) : 0;
    if (late <= 0) continue;
    found.push(
      diagnostic(
        'PP303',
        valueSpan(action, 'due', action.idSpan),
        `Action '${action.id}' was due ${action.due} and is still open ${late} ${days(late)} later (as of ${asOf}). Close it with \`status: done\` or agree a new due date.`,
        { data: { actionId: action.id } },
      ),
    );
  }
  for (const decision of program.decisions) {
    const late = decision.status === 'pending' ? daysLate(decision.needBy, asOf) : 0;
    if (late <= 0) continue;
    found.push(
      diagnostic(
        'PP304',
        valueSpan(decision, 'needBy', decision.idSpan),
        `Decision '${decision.id}' was needed by ${decision.needBy} and is still pending ${late} ${days(late)} later (as of ${asOf}). Escalate it, or record the outcome with \`status: made\`.`,
        { data: { decisionId: decision.id } },
      ),
    );
  }
  for (const task of program.tasks) {
    if (task.status !== 'blocked' || !isBlank(task.blocker)) continue;
    found.push(
      diagnostic('PP305', valueSpan(task, 'status', task.idSpan), `Task '${task.id}' is blocked but does not say by what. Add \`blocker:\` so the status report can name it.`, {
        data: { taskId: task.id },
      }),
    );
  }
  return found;
}

function isHigh(risk: Risk): boolean {
  return risk.probability === 'high' || risk.impact === 'high';
}

function highBecause(risk: Risk): string {
  if (risk.probability === 'high' && risk.impact === 'high') return 'of high probability and high impact';
  return risk.probability === 'high' ? 'of high probability' : 'of high impact';
}

/** Calendar days from `date` to `asOf`; 0 when either is missing or invalid. */
function daysLate(date: IsoDate | undefined, asOf: IsoDate): number {
  const due = date === undefined ? undefined : dayNumber(date);
  const now = dayNumber(asOf);
  return due === undefined || now === undefined ? 0 : now - due;
}

function days(count: number): string {
  return count === 1 ? 'day' : 'days';
}
