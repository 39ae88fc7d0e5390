/**
 * The Attention view: what a program manager must act on this week, each with a one-line
 * reason. Blocked tasks (with the blocker), critical tasks starting this week, critical tasks
 * without owner, overdue actions, pending decisions past their need-by date, open high risks
 * without mitigation, and dependencies across teams on work that is blocked, at risk or late.
 */
import type { Analysis } from '../analyze';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../dates';
import type { IsoDate, Program, Task } from '../model';
import type { TaskSchedule } from '../schedule/types';
import { isOpen } from '../status/workdays';
import { oneLine, type CockpitNode } from './tree';

export function attentionNodes(analysis: Analysis): CockpitNode[] {
  const { program, schedule, asOf } = analysis;
  const scheduled = (task: Task): TaskSchedule | undefined => (schedule.ok ? schedule.byId.get(task.id) : undefined);
  const week = weekOf(asOf);
  const nodes: CockpitNode[] = [];
  for (const task of program.tasks) {
    if (!isOpen(task)) continue;
    const ts = scheduled(task);
    if (task.status === 'blocked') {
      const blocker = task.blocker?.trim() ? oneLine(task.blocker) : 'no blocker written';
      nodes.push(taskNode(task, 'error', 'blocked', `Blocked: ${blocker}`));
    }
    if (ts?.critical && !task.owner) nodes.push(taskNode(task, 'warning', 'no owner', 'Critical task without owner'));
    if (ts?.critical && task.status === 'not-started' && week && ts.startDate >= week.from && ts.startDate <= week.to) {
      nodes.push(taskNode(task, 'warning', 'starts this week', `Critical, starts ${ts.startDate} (this week)`));
    }
  }
  for (const action of program.actions) {
    if (action.status === 'open' && action.due !== undefined && action.due < asOf) {
      nodes.push({ label: `${action.id} ${action.title}`, tone: 'warning', span: action.idSpan, reason: `Action overdue since ${action.due}`, description: `due ${action.due}` });
    }
  }
  for (const decision of program.decisions) {
    if (decision.status === 'pending' && decision.needBy !== undefined && decision.needBy < asOf) {
      nodes.push({ label: `${decision.id} ${decision.title}`, tone: 'warning', span: decision.idSpan, reason: `Decision pending past its need-by date ${decision.needBy}`, description: `needed by ${decision.needBy}` });
    }
  }
  for (const risk of program.risks) {
    const high = risk.probability === 'high' || risk.impact === 'high';
    if (risk.status === 'open' && high && !risk.mitigation?.trim()) {
      nodes.push({ label: `${risk.id} ${risk.title}`, tone: 'error', span: risk.idSpan, reason: 'Open high risk without mitigation', description: 'no mitigation' });
    }
  }
  nodes.push(...crossTeamNodes(program, scheduled));
  return nodes;
}

function taskNode(task: Task, tone: CockpitNode['tone'], description: string, reason: string): CockpitNode {
  return { label: task.name || task.id, tone, span: task.idSpan, taskId: task.id, description, reason };
}

/** A dependency on another team's work that is blocked, at risk or forecast past its deadline. */
function crossTeamNodes(program: Program, scheduled: (task: Task) => TaskSchedule | undefined): CockpitNode[] {
  const byId = new Map<string, Task>();
  for (const task of program.tasks) if (!byId.has(task.id)) byId.set(task.id, task);
  const nodes: CockpitNode[] = [];
  for (const task of program.tasks) {
    if (!isOpen(task) || !task.team) continue;
    const seen = new Set<string>();
    for (const dependency of task.dependsOn) {
      const predecessor = byId.get(dependency.task.id);
      if (!predecessor?.team || predecessor.team.id === task.team.id || !isOpen(predecessor) || seen.has(predecessor.id)) continue;
      const trouble = troubleOf(predecessor, scheduled(predecessor));
      if (!trouble) continue;
      seen.add(predecessor.id);
      nodes.push({
        label: task.name || task.id,
        tone: 'warning',
        span: dependency.task.span,
        taskId: task.id,
        description: `waits on ${predecessor.id}`,
        reason: `${task.team.id} waits on ${predecessor.team.id}'s '${predecessor.id}', which is ${trouble}`,
      });
    }
  }
  return nodes;
}

function troubleOf(task: Task, ts: TaskSchedule | undefined): string | undefined {
  if (task.status === 'blocked') return 'blocked';
  if (task.status === 'at-risk') return 'at risk';
  if (ts && ts.tf < 0) return 'late against a deadline';
  return undefined;
}

/** Monday to Sunday of the week holding `date`. */
function weekOf(date: IsoDate): { from: IsoDate; to: IsoDate } | undefined {
  const day = dayNumber(date);
  if (day === undefined) return undefined;
  const monday = day - ((weekdayOf(day) + 6) % 7);
  return { from: isoFromDayNumber(monday), to: isoFromDayNumber(monday + 6) };
}
