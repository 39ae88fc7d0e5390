/**
 * The RAID view: risks by score (probability × impact, open first), actions by due date (open
 * first), issues by severity (open first), decisions pending first (then by need-by date).
 */
import type { Analysis } from '../analyze';
import type { Action, Decision, Issue, Level, Risk, Severity3 } from '../model';
import { oneLine, type CockpitNode, type Tone } from './tree';

const LEVEL: Record<Level, number> = { low: 1, medium: 2, high: 3 };
const SEVERITY: Record<Severity3, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** Sorts by the keys in order, stably (the file's order breaks ties). */
function sortBy<T>(items: readonly T[], key: (item: T) => readonly (number | string)[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: key(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i] < b.key[i] ? -1 : 1;
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}

function group(label: string, children: CockpitNode[]): CockpitNode {
  return { label, tone: 'group', description: String(children.length), children };
}

export function riskScore(probability: Level | undefined, impact: Level | undefined): number {
  return (probability ? LEVEL[probability] : 0) * (impact ? LEVEL[impact] : 0);
}

/** The RAID log in the order the view and the document list it. */
export function raidOrder({ program }: Analysis): { risks: Risk[]; actions: Action[]; issues: Issue[]; decisions: Decision[] } {
  return {
    risks: sortBy(program.risks, (r) => [r.status === 'open' ? 0 : 1, -riskScore(r.probability, r.impact)]),
    actions: sortBy(program.actions, (a) => [a.status === 'open' ? 0 : 1, a.due ?? '9999']),
    issues: sortBy(program.issues, (i) => [i.status === 'open' ? 0 : 1, -(i.severity ? SEVERITY[i.severity] : 0)]),
    decisions: sortBy(program.decisions, (d) => [d.status === 'pending' ? 0 : 1, d.needBy ?? d.date ?? '9999']),
  };
}

export function raidNodes(analysis: Analysis): CockpitNode[] {
  const { asOf } = analysis;
  const order = raidOrder(analysis);
  const risks = order.risks.map((risk): CockpitNode => {
    const score = riskScore(risk.probability, risk.impact);
    const tone: Tone = risk.status !== 'open' ? 'done' : score >= 6 ? 'error' : score >= 3 ? 'warning' : 'info';
    return {
      label: `${risk.id} ${risk.title}`,
      tone,
      span: risk.idSpan,
      description: `${risk.status} · score ${score}${risk.owner ? ` · ${risk.owner.id}` : ''}`,
      reason: risk.mitigation ? `Mitigation: ${oneLine(risk.mitigation)}` : 'No mitigation',
    };
  });
  const actions = order.actions.map((action): CockpitNode => {
    const overdue = action.status === 'open' && action.due !== undefined && action.due < asOf;
    return {
      label: `${action.id} ${action.title}`,
      tone: action.status === 'done' ? 'done' : overdue ? 'warning' : 'info',
      span: action.idSpan,
      description: `${action.status}${action.due ? ` · due ${action.due}` : ''}${action.owner ? ` · ${action.owner.id}` : ''}`,
      reason: overdue ? `Overdue since ${action.due}` : `Action ${action.status}`,
    };
  });
  const issues = order.issues.map((issue): CockpitNode => ({
    label: `${issue.id} ${issue.title}`,
    tone: issue.status !== 'open' ? 'done' : issue.severity === 'high' || issue.severity === 'critical' ? 'error' : 'warning',
    span: issue.idSpan,
    description: `${issue.status}${issue.severity ? ` · ${issue.severity}` : ''}${issue.owner ? ` · ${issue.owner.id}` : ''}`,
    reason: issue.impact ? `Impact: ${oneLine(issue.impact)}` : `Issue ${issue.status}`,
  }));
  const decisions = order.decisions.map((decision): CockpitNode => {
    const late = decision.status === 'pending' && decision.needBy !== undefined && decision.needBy < asOf;
    return {
      label: `${decision.id} ${decision.title}`,
      tone: decision.status === 'made' ? 'done' : late ? 'warning' : 'info',
      span: decision.idSpan,
      description: decision.status === 'pending' ? `pending${decision.needBy ? ` · needed by ${decision.needBy}` : ''}` : `made${decision.date ? ` ${decision.date}` : ''}`,
      reason: decision.outcome ? `Outcome: ${oneLine(decision.outcome)}` : `Decision ${decision.status}`,
    };
  });
  return [group('Risks', risks), group('Actions', actions), group('Issues', issues), group('Decisions', decisions)];
}
