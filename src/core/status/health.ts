/**
 * Overall program health (GREEN / AMBER / RED) derived from the plan and its schedule, with a
 * one-line reason. Shared by the status report and the editor's status bar.
 *
 * Rules, most severe first (the first finding gives the reason):
 * - RED: the projected end is after `targetEnd`; an open task or milestone is forecast after its
 *   `deadline`; a task on the critical path is blocked.
 * - AMBER: the schedule cannot be computed (no valid start) or open tasks sit on a dependency
 *   cycle; any task is blocked; an open high-probability or high-impact risk has no mitigation;
 *   a milestone due within 10 working days has total float ≤ 2; the projected end or an open
 *   task's forecast lands exactly on its `targetEnd`/`deadline` (no float left); a task is
 *   marked `at-risk`.
 * - GREEN otherwise.
 * A `statusOverride` in the plan replaces what is shown; what the data says is kept beside it.
 */
import type { IsoDate, OverallStatus, Program, StatusOverride, Task } from '../model';
import type { Schedule, TaskSchedule, WorkCalendar } from '../schedule/types';
import { plural, workingDays } from '../text/plural';
import { deadlineSlack, forecastDeadlineSlack, forecastFinish, isOpen, workingDaysBetween } from './workdays';

/** The rules, in the order their findings are listed (most severe first). */
export const HEALTH_RULES = [
  'target-end-missed',
  'deadline-missed',
  'critical-blocked',
  'unschedulable',
  'blocked',
  'risk-without-mitigation',
  'milestone-tight',
  'no-float-left',
  'at-risk',
] as const;
export type HealthRule = (typeof HEALTH_RULES)[number];

export interface HealthFinding {
  readonly rule: HealthRule;
  readonly status: Exclude<OverallStatus, 'green'>;
  readonly message: string;
  /** The task the finding is about, for navigation. */
  readonly taskId?: string;
}

export interface Health {
  /** What to show: the plan's override when it has one, else what the data says. */
  status: OverallStatus;
  reason: string;
  /** What the data says, override or not. */
  dataStatus: OverallStatus;
  dataReason: string;
  override?: StatusOverride;
  /** Everything that is not GREEN, most severe first. */
  findings: readonly HealthFinding[];
}

/** A milestone due this soon (working days) with little float is flagged. */
export const MILESTONE_WARNING_WINDOW = 10;
/** "Little float", in working days. */
export const MILESTONE_WARNING_FLOAT = 2;

export function assessHealth(program: Program, schedule: Schedule, asOf: IsoDate): Health {
  const findings = collectFindings(program, schedule, asOf);
  const dataStatus: OverallStatus = findings.some((f) => f.status === 'red') ? 'red' : findings.length > 0 ? 'amber' : 'green';
  const dataReason = findings.length > 0 ? summarize(findings) : greenReason(program, schedule, asOf);
  const override = program.statusOverride;
  if (!override) return { status: dataStatus, reason: dataReason, dataStatus, dataReason, findings };
  return {
    status: override.status,
    reason: override.reason?.trim() || 'Set by the plan (statusOverride)',
    dataStatus,
    dataReason,
    override,
    findings,
  };
}

/** The latest forecast finish of the program, never before the as-of date while work is open. */
export function projectedEnd(program: Program, schedule: Schedule, asOf: IsoDate): IsoDate | undefined {
  if (!schedule.ok || schedule.projectEndDate === undefined) return undefined;
  let end = schedule.projectEndDate;
  for (const ts of schedule.tasks) {
    const task = program.tasks[ts.index];
    if (task && isOpen(task) && forecastFinish(ts.finishDate, asOf) > end) end = forecastFinish(ts.finishDate, asOf);
  }
  return end;
}

function summarize(findings: readonly HealthFinding[]): string {
  const more = findings.length - 1;
  return more > 0 ? `${findings[0].message} (+${more} more)` : findings[0].message;
}

/** Keeps a reason to one readable line: the blocker's full text is in the report's table. */
const BLOCKER_IN_REASON = 80;

function shorten(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  if (line.length <= BLOCKER_IN_REASON) return line;
  const cut = line.slice(0, BLOCKER_IN_REASON);
  const space = cut.lastIndexOf(' ');
  return `${(space > BLOCKER_IN_REASON / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function kind(task: Task): string {
  return task.milestone ? 'milestone' : 'task';
}

/** `Task “Name”`, as the reason names it. */
function label(task: Task): string {
  const k = kind(task);
  return `${k[0].toUpperCase()}${k.slice(1)} “${task.name || task.id}”`;
}

const RED_RULES: ReadonlySet<HealthRule> = new Set(['target-end-missed', 'deadline-missed', 'critical-blocked']);

function finding(rule: HealthRule, message: string, taskId?: string): HealthFinding {
  return { rule, status: RED_RULES.has(rule) ? 'red' : 'amber', message, ...(taskId === undefined ? {} : { taskId }) };
}

function collectFindings(program: Program, schedule: Schedule, asOf: IsoDate): HealthFinding[] {
  const findings: HealthFinding[] = [];
  const calendar = schedule.ok ? schedule.calendar : undefined;
  if (!calendar) {
    findings.push(finding('unschedulable', 'The schedule cannot be computed: the plan has no valid start date'));
  } else {
    findings.push(...projectEndFindings(program, schedule, asOf, calendar));
  }

  let unscheduled = 0;
  for (const task of program.tasks) {
    if (!isOpen(task)) continue;
    const ts = calendar ? schedule.byId.get(task.id) : undefined;
    if (calendar && !ts) unscheduled++;
    if (calendar && ts) findings.push(...dateFindings(task, ts, asOf, calendar));
    if (task.status === 'blocked') {
      const why = task.blocker?.trim() ? `: ${shorten(task.blocker)}` : '';
      findings.push(
        ts?.critical
          ? finding('critical-blocked', `Critical ${kind(task)} “${task.name || task.id}” is blocked${why}`, task.id)
          : finding('blocked', `${label(task)} is blocked${why}`, task.id),
      );
    } else if (task.status === 'at-risk') {
      findings.push(finding('at-risk', `${label(task)} is marked at-risk`, task.id));
    }
  }
  if (unscheduled > 0) {
    const tasks = plural(unscheduled, 'open task');
    findings.push(finding('unschedulable', `${tasks} cannot be scheduled (dependency cycle)`));
  }

  for (const risk of program.risks) {
    const high = risk.probability === 'high' || risk.impact === 'high';
    if (risk.status === 'open' && high && !risk.mitigation?.trim()) {
      findings.push(finding('risk-without-mitigation', `High risk “${risk.title || risk.id}” has no mitigation`));
    }
  }

  const order = (f: HealthFinding): number => HEALTH_RULES.indexOf(f.rule);
  // A stable sort keeps the plan's order within one rule.
  return findings.sort((a, b) => order(a) - order(b));
}

function projectEndFindings(program: Program, schedule: Schedule, asOf: IsoDate, calendar: WorkCalendar): HealthFinding[] {
  const end = projectedEnd(program, schedule, asOf);
  if (end === undefined || program.targetEnd === undefined) return [];
  const slack = deadlineSlack(calendar, end, program.targetEnd);
  if (slack < 0) {
    return [finding('target-end-missed', `Projected end ${end} is ${workingDays(slack)} after the target end ${program.targetEnd}`)];
  }
  if (slack === 0) {
    return [finding('no-float-left', `Projected end ${end} has no float left against the target end ${program.targetEnd}`)];
  }
  return [];
}

function dateFindings(task: Task, ts: TaskSchedule, asOf: IsoDate, calendar: WorkCalendar): HealthFinding[] {
  const finish = forecastFinish(ts.finishDate, asOf);
  if (task.deadline !== undefined) {
    const slack = forecastDeadlineSlack(calendar, ts, task.deadline, asOf);
    if (slack < 0) {
      const late = `misses its deadline ${task.deadline} by ${workingDays(slack)}`;
      return [finding('deadline-missed', `${label(task)} ${late} (forecast ${finish})`, task.id)];
    }
    if (slack === 0) {
      return [finding('no-float-left', `${label(task)} has no float left against its deadline ${task.deadline}`, task.id)];
    }
  }
  if (!task.milestone) return [];
  const due = task.deadline ?? finish;
  const until = workingDaysBetween(calendar, asOf, due);
  if (until < 0 || until > MILESTONE_WARNING_WINDOW || ts.tf > MILESTONE_WARNING_FLOAT) return [];
  const float = ts.tf <= 0 ? 'no float' : `only ${workingDays(ts.tf)} of float`;
  return [finding('milestone-tight', `${label(task)} is due ${due} (in ${workingDays(until)}) with ${float}`, task.id)];
}

function greenReason(program: Program, schedule: Schedule, asOf: IsoDate): string {
  const end = projectedEnd(program, schedule, asOf);
  const calendar = schedule.calendar;
  if (end !== undefined && program.targetEnd !== undefined && calendar) {
    const slack = deadlineSlack(calendar, end, program.targetEnd);
    return `Projected end ${end}, ${workingDays(slack)} before the target end ${program.targetEnd}; nothing blocked`;
  }
  return end !== undefined ? `Projected end ${end}; no deadline at risk and nothing blocked` : 'No deadline at risk and nothing blocked';
}
