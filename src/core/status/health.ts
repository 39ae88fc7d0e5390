/**
 * Overall program health (GREEN / AMBER / RED) derived from the plan and its schedule, with a
 * one-sentence reason. Shared by the status report and the editor's status bar.
 *
 * Rules, most severe first (the first finding gives the reason):
 * - RED: the projected end is after `targetEnd`; an open task or milestone is forecast after its
 *   `deadline`; a blocked task on the critical path whose late start is at most
 *   `blockedRiskDays` working days away (default 10) or that has no buffer left to `targetEnd`
 *   or its deadline; a launch checklist item still open in launch week.
 * - AMBER: the plan has errors (its dates leave out what they break); the schedule cannot be
 *   computed (no valid start) or open tasks sit on a dependency cycle; any other task is
 *   blocked; an open high-probability or high-impact risk has no mitigation; a milestone due
 *   within 10 working days has total float ≤ 2; the projected end or an open task's forecast
 *   lands exactly on its `targetEnd`/`deadline` (no float left); a task is marked `at-risk`.
 * - GREEN otherwise.
 * "Critical" keeps CPM's meaning (no float against the project end); what makes a blocked
 * critical task RED is how soon it must resume, not the label.
 * A `statusOverride` in the plan replaces what is shown; what the data says is kept beside it.
 */
import type { IsoDate, OverallStatus, Program, StatusOverride, Task } from '../model';
import { firstSentence } from '../text/sentence';
import type { Schedule, TaskSchedule, WorkCalendar } from '../schedule/types';
import { plural, workingDays } from '../text/plural';
import { deadlineSlack, forecastDeadlineSlack, forecastFinish, isOpen, workingDaysBetween } from './workdays';

/** The rules, in the order their findings are listed (most severe first). */
export const HEALTH_RULES = [
  'target-end-missed',
  'deadline-missed',
  'critical-blocked',
  'launch-item-open',
  'plan-errors',
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

export interface HealthOptions {
  /** Errors in the plan (diagnostics of severity error): with any, the health is never GREEN. */
  readonly errorCount?: number;
  /** Overrides the plan's `reporting.blockedRiskDays`. */
  readonly blockedRiskDays?: number;
}

/** A blocked critical task whose late start is this close (working days) is RED. */
export const BLOCKED_RISK_DAYS = 10;
/** Open launch checklist items are RED this close to launch: launch day and the 4 working days before it. */
export const LAUNCH_WEEK_WORKING_DAYS = 5;

/** A milestone due this soon (working days) with little float is flagged. */
export const MILESTONE_WARNING_WINDOW = 10;
/** "Little float", in working days. */
export const MILESTONE_WARNING_FLOAT = 2;

export function assessHealth(program: Program, schedule: Schedule, asOf: IsoDate, options: HealthOptions = {}): Health {
  const findings = collectFindings(program, schedule, asOf, options);
  const dataStatus: OverallStatus = findings.some((f) => f.status === 'red') ? 'red' : findings.length > 0 ? 'amber' : 'green';
  // The reason is the first finding, whole; the report lists the others below it.
  const dataReason = findings.length > 0 ? findings[0].message : greenReason(program, schedule, asOf);
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

function kind(task: Task): string {
  return task.milestone ? 'milestone' : 'task';
}

/** `Task “Name”`, as the reason names it. */
function label(task: Task): string {
  const k = kind(task);
  return `${k[0].toUpperCase()}${k.slice(1)} “${task.name || task.id}”`;
}

const RED_RULES: ReadonlySet<HealthRule> = new Set(['target-end-missed', 'deadline-missed', 'critical-blocked', 'launch-item-open']);

function finding(rule: HealthRule, message: string, taskId?: string): HealthFinding {
  return { rule, status: RED_RULES.has(rule) ? 'red' : 'amber', message, ...(taskId === undefined ? {} : { taskId }) };
}

function collectFindings(program: Program, schedule: Schedule, asOf: IsoDate, options: HealthOptions): HealthFinding[] {
  const findings: HealthFinding[] = [];
  const calendar = schedule.ok ? schedule.calendar : undefined;
  const errors = options.errorCount ?? 0;
  if (errors > 0) {
    findings.push(finding('plan-errors', `The plan has ${plural(errors, 'error')}, so its dates leave out what the errors break`));
  }
  if (!calendar) {
    findings.push(finding('unschedulable', 'The schedule cannot be computed: the plan has no valid start date'));
  } else {
    findings.push(...projectEndFindings(program, schedule, asOf, calendar));
    findings.push(...launchFindings(program, asOf, calendar));
  }
  const blocked: BlockedContext = {
    program,
    asOf,
    riskDays: options.blockedRiskDays ?? program.reporting?.blockedRiskDays ?? BLOCKED_RISK_DAYS,
    end: projectedEnd(program, schedule, asOf),
  };

  let unscheduled = 0;
  for (const task of program.tasks) {
    if (!isOpen(task)) continue;
    const ts = calendar ? schedule.byId.get(task.id) : undefined;
    if (calendar && !ts) unscheduled++;
    if (calendar && ts) findings.push(...dateFindings(task, ts, asOf, calendar));
    if (task.status === 'blocked') {
      findings.push(blockedFinding(blocked, task, ts && calendar ? { ts, calendar } : undefined));
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

/**
 * A blocked task is RED when it is on the critical path and must resume soon (its late start is
 * at most `riskDays` working days away) or has no buffer left to the target end or its
 * deadline; otherwise AMBER, with the buffer it has.
 */
interface BlockedContext {
  readonly program: Program;
  readonly asOf: IsoDate;
  readonly riskDays: number;
  readonly end: IsoDate | undefined;
}

function blockedFinding(
  context: BlockedContext,
  task: Task,
  scheduled: { readonly ts: TaskSchedule; readonly calendar: WorkCalendar } | undefined,
): HealthFinding {
  const why = task.blocker?.trim() ? `: ${firstSentence(task.blocker)}` : '';
  if (!scheduled?.ts.critical) return finding('blocked', `${label(task)} is blocked${why}`, task.id);
  const { ts, calendar } = scheduled;
  const critical = (facts: string): string => `Critical ${kind(task)} “${task.name || task.id}” is blocked (${facts})${why}`;
  const untilLateStart = workingDaysBetween(calendar, context.asOf, ts.lateStartDate);
  const buffer = bufferLeft(context, task, ts, calendar);
  if (buffer !== undefined && buffer.days <= 0) return finding('critical-blocked', critical(`no buffer left to ${buffer.against}`), task.id);
  if (untilLateStart <= context.riskDays) {
    const when =
      untilLateStart < 0
        ? `its late start ${ts.lateStartDate} has passed`
        : untilLateStart === 0
          ? `it must resume today, its late start`
          : `it must resume by ${ts.lateStartDate}, in ${workingDays(untilLateStart)}`;
    return finding('critical-blocked', critical(when), task.id);
  }
  const room = buffer === undefined ? '' : `; ${workingDays(buffer.days)} of buffer to ${buffer.against}`;
  return finding('blocked', critical(`late start ${ts.lateStartDate}, in ${workingDays(untilLateStart)}${room}`), task.id);
}

/** The smaller of the buffers a critical task has: the project's to `targetEnd`, its own to its deadline. */
function bufferLeft(
  { program, asOf, end }: BlockedContext,
  task: Task,
  ts: TaskSchedule,
  calendar: WorkCalendar,
): { readonly days: number; readonly against: string } | undefined {
  const buffers: { days: number; against: string }[] = [];
  if (task.deadline !== undefined) buffers.push({ days: forecastDeadlineSlack(calendar, ts, task.deadline, asOf), against: `its deadline ${task.deadline}` });
  if (end !== undefined && program.targetEnd !== undefined) buffers.push({ days: deadlineSlack(calendar, end, program.targetEnd), against: `the target end ${program.targetEnd}` });
  return buffers.reduce<{ days: number; against: string } | undefined>((min, b) => (min === undefined || b.days < min.days ? b : min), undefined);
}

/** Open checklist items in launch week (the launch day and the working days just before it). */
function launchFindings(program: Program, asOf: IsoDate, calendar: WorkCalendar): HealthFinding[] {
  const launch = program.launch;
  if (launch?.date === undefined) return [];
  const until = workingDaysBetween(calendar, asOf, launch.date);
  const open = launch.checklist.filter((item) => !item.done).length;
  if (open === 0 || until < 0 || until >= LAUNCH_WEEK_WORKING_DAYS) return [];
  const when = until === 0 ? 'on launch day' : `${workingDays(until)} before launch (${launch.date})`;
  return [finding('launch-item-open', `${plural(open, 'launch checklist item')} still open ${when}`)];
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
