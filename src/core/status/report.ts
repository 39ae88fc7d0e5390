/**
 * The weekly status report as data: what a TPM reports every week, derived from the plan, its
 * schedule and an as-of date. Rendering (Markdown, HTML, the preview) lives elsewhere; the CLI's
 * `--format json` prints this object inside {@link statusJson}'s versioned envelope.
 */
import type { Metric } from '../history/metrics';
import type { IsoDate, Level, Program, Ref, Severity3, Task, TaskStatus } from '../model';
import type { Schedule, TaskSchedule, WorkCalendar } from '../schedule/types';
import { dayNumber, isoFromDayNumber } from '../dates';
import { crossTeamDependencies, type CrossTeamDependency } from '../dependencies/crossTeam';
import { assessHealth, LAUNCH_WEEK_WORKING_DAYS, MILESTONE_WARNING_FLOAT, projectedEnd, type Health } from './health';
import { planErrors, type PlanErrors, type PlanErrorsInput } from './planErrors';
import { deadlineSlack, forecastDeadlineSlack, forecastFinish, isOpen, workingDaysBetween } from './workdays';
import type { WeekOverWeek } from './weekOverWeek';
import { buildDependencyGraph, type DependencyGraph } from '../graph/dependencyGraph';
import type { WhatIfInput } from '../whatif/impact';
import { decisionOptions, optionsSummary } from '../whatif/scenarios';
import { reportConfidence, type Confidence, type ConfidenceTooLarge } from './confidence';

export interface TaskRef {
  readonly id: string;
  readonly name: string;
  readonly milestone: boolean;
  /** The owner's display name. */
  readonly owner?: string;
}

export interface CompletedItem extends TaskRef {
  readonly finished: IsoDate;
  /** Working days after the deadline, when it finished late. */
  readonly lateBy?: number;
}

export interface InProgressItem extends TaskRef {
  readonly status: TaskStatus;
  readonly progress?: number;
  readonly forecastFinish?: IsoDate;
  readonly plannedFinish?: IsoDate;
  readonly deadline?: IsoDate;
  /** Working days the forecast is past the planned finish. */
  readonly lateVsPlan?: number;
  /** Working days the forecast is past the deadline. */
  readonly lateVsDeadline?: number;
  readonly critical: boolean;
  readonly blocker?: string;
}

export interface RiskItem {
  readonly id: string;
  readonly title: string;
  readonly probability?: Level;
  readonly impact?: Level;
  /** Probability × impact on a 1–3 scale each; absent when either is unknown. */
  readonly score?: number;
  readonly owner?: string;
  readonly mitigation?: string;
  /** What happens if it occurs, in words (`impactText`). */
  readonly impactText?: string;
  /** When the mitigation takes effect. */
  readonly eta?: IsoDate;
}

export interface IssueItem {
  readonly id: string;
  readonly title: string;
  readonly severity?: Severity3;
  readonly owner?: string;
  readonly impact?: string;
}

/** The room left between the forecast end and the committed end. */
export interface EndBuffer {
  readonly forecastEnd: IsoDate;
  readonly reference: IsoDate;
  readonly referenceKind: 'targetEnd' | 'deadline';
  /** Working days from the forecast end to the reference; negative: past it by that many. */
  readonly workingDays: number;
}

/** How far the forecast end moved from what the plan (and its baseline, when given) said. */
export interface EndSlip {
  readonly forecastEnd: IsoDate;
  /** The end the plan gives without recorded progress (the scheduler's planned dates). */
  readonly planEnd: IsoDate;
  /** Working days the forecast end is after the plan's end; negative: earlier. */
  readonly workingDays: number;
  readonly baselineEnd?: IsoDate;
  readonly baselineWorkingDays?: number;
}

export interface BudgetBurn {
  readonly total: number;
  readonly spent: number;
  readonly currency?: string;
  /** Spent ÷ total. */
  readonly burn: number;
  /** Working days elapsed ÷ working days from start to the target end (else the projected end). */
  readonly elapsed: number;
}

export interface Metrics {
  readonly milestonesOnTime: number;
  readonly milestonesDue: number;
  readonly tasksDone: number;
  /** Not counting cancelled tasks. */
  readonly tasksTotal: number;
  readonly tasksCancelled: number;
  readonly activeBlockers: number;
  readonly buffer?: EndBuffer;
  readonly slip?: EndSlip;
  readonly budget?: BudgetBurn;
}

export type MilestoneStatus = 'done' | 'on-track' | 'at-risk' | 'late' | 'unscheduled';

export interface MilestoneRow {
  readonly id: string;
  readonly name: string;
  readonly owner?: string;
  /** The baseline's date when there is a baseline, else the plan's (without recorded progress). */
  readonly planned?: IsoDate;
  readonly plannedFrom: 'plan' | 'baseline';
  /** When it is expected (done: when it was reached). */
  readonly forecast?: IsoDate;
  /** Working days the forecast is after the planned date (negative: earlier). */
  readonly variance?: number;
  /** Total float in working days (open milestones only). */
  readonly float?: number;
  readonly deadline?: IsoDate;
  readonly status: MilestoneStatus;
}

export interface ActionItem {
  readonly id: string;
  readonly title: string;
  readonly owner?: string;
  readonly due: IsoDate;
  /** Calendar days past the due date. */
  readonly overdueBy?: number;
}

export interface LaunchReadiness {
  readonly date: IsoDate;
  /** Working days from the as-of date to the launch date. */
  readonly workingDaysToLaunch?: number;
  readonly done: number;
  readonly total: number;
  readonly open: readonly { readonly item: string; readonly owner?: string }[];
  /** Open items this close to launch make the report RED. */
  readonly launchWeek: boolean;
}

/** After the launch date: the retrospective, the BAU hand-off owner and the post-launch checks. */
export interface PostLaunch {
  readonly launchDate: IsoDate;
  readonly retrospective?: IsoDate;
  readonly handoffOwner?: string;
  readonly checks: readonly string[];
}

export interface NextWeekItem extends TaskRef {
  readonly starts?: IsoDate;
  readonly finishes?: IsoDate;
}

export interface DecisionItem {
  readonly id: string;
  readonly title: string;
  readonly needBy?: IsoDate;
  readonly owner?: string;
  /** Calendar days past the need-by date. */
  readonly overdueBy?: number;
  readonly recommendation?: string;
  /** Each option's impact on the key milestone, when the decision lists scenarios as `options`. */
  readonly options?: string;
}

export interface Window {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface StatusReport {
  readonly programName: string;
  readonly asOf: IsoDate;
  /** Week of the program, 1 in the week of its start; absent without a valid start or before it. */
  readonly week?: number;
  readonly health: Health;
  /** The plan's errors, stated before anything else; absent when the caller gave no diagnostics. */
  readonly planErrors?: PlanErrors;
  readonly projectedEnd?: IsoDate;
  /** From a short seeded forecast, when the plan has estimate ranges or schedule risks. */
  readonly confidence?: Confidence | ConfidenceTooLarge;
  /** The plan's `statusDate`: when progress was last recorded (forecasts start from it). */
  readonly statusDate?: IsoDate;
  /** Whether the schedule could be computed; without it, dates and next week are empty. */
  readonly scheduled: boolean;
  readonly milestones: readonly MilestoneRow[];
  readonly completedWindow: Window;
  readonly completed: readonly CompletedItem[];
  readonly inProgress: readonly InProgressItem[];
  readonly crossTeam: readonly CrossTeamDependency[];
  readonly risks: readonly RiskItem[];
  readonly issues: readonly IssueItem[];
  readonly metrics: Metrics;
  /** The TPM metrics from the plan's git history and baseline (`program-pilot metrics`), or why there are none; absent when not asked for. */
  readonly historyMetrics?: readonly Metric[] | { readonly unavailable: string };
  readonly nextWeekWindow?: Window;
  readonly nextWeek: readonly NextWeekItem[];
  /** Open actions overdue or due by the end of next week's window, overdue first. */
  readonly actions: readonly ActionItem[];
  /** Present when `launch.date` is at most {@link LAUNCH_HORIZON_DAYS} days ahead. */
  readonly launch?: LaunchReadiness;
  /** Present once the as-of date is after `launch.date`, when the plan writes `launch.postLaunch`. */
  readonly postLaunch?: PostLaunch;
  readonly decisions: readonly DecisionItem[];
  /** The comparison with last week's committed plan, or why there is none. */
  readonly weekOverWeek: WeekOverWeek | { readonly unavailable: string };
}

/** Days in the "completed this week" window, ending at the as-of date. */
const WEEK_DAYS = 7;
/** Launch readiness is reported from 6 weeks (calendar days) before the launch date. */
export const LAUNCH_HORIZON_DAYS = 42;
/** Working days looked ahead for next week's goals. */
const NEXT_WEEK_WORKING_DAYS = 5;
const LEVEL_SCORE: Readonly<Record<Level, number>> = { low: 1, medium: 2, high: 3 };
const SEVERITY_RANK: Readonly<Record<Severity3, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * A committed baseline to measure slips against (planned milestone dates, the end date). Not
 * recorded by plans yet: when it is, the report shows it in place of the plan's own dates.
 */
export interface ReportBaseline {
  /** Baseline finish dates by task id. */
  readonly finishById: ReadonlyMap<string, IsoDate>;
  readonly endDate?: IsoDate;
}

export interface ReportInput {
  readonly program: Program;
  readonly schedule: Schedule;
  readonly asOf: IsoDate;
  /** From {@link compareWeekOverWeek}, or the reason there is no comparison. */
  readonly weekOverWeek: WeekOverWeek | { readonly unavailable: string };
  /** The plan's diagnostics and where they are: with errors, the report says so first and is never GREEN. */
  readonly source?: PlanErrorsInput;
  readonly baseline?: ReportBaseline;
  /** Overrides the plan's `reporting.blockedRiskDays`. */
  readonly blockedRiskDays?: number;
  /** The analysis's dependency graph, when the caller has it (for the options' impact and the confidence line). */
  readonly graph?: DependencyGraph;
  /** The TPM metrics from the history (`computeMetrics`), or why git had none. */
  readonly historyMetrics?: readonly Metric[] | { readonly unavailable: string };
}

export function buildStatusReport({ program, schedule, asOf, weekOverWeek, source, baseline, blockedRiskDays, graph: given, historyMetrics }: ReportInput): StatusReport {
  const graph = given ?? buildDependencyGraph(program);
  const names = new Map(program.people.map((p) => [p.id, p.name || p.id]));
  const view = new ReportView(program, schedule, asOf, names, baseline);
  const asOfDay = dayNumber(asOf) ?? 0;
  const errors = source && planErrors(source);
  return {
    programName: program.name,
    asOf,
    week: programWeek(program.start, asOfDay),
    health: assessHealth(program, schedule, asOf, { errorCount: errors?.count ?? 0, ...(blockedRiskDays === undefined ? {} : { blockedRiskDays }) }),
    ...(errors ? { planErrors: errors } : {}),
    projectedEnd: projectedEnd(program, schedule, asOf),
    ...optional('confidence', reportConfidence(program, graph, schedule)),
    ...(program.statusDate ? { statusDate: program.statusDate } : {}),
    scheduled: view.calendar !== undefined,
    milestones: view.milestones(),
    completedWindow: { from: isoFromDayNumber(asOfDay - WEEK_DAYS + 1), to: asOf },
    completed: view.completed(asOfDay),
    inProgress: view.inProgress(),
    crossTeam: crossTeamDependencies(program, schedule, asOf),
    risks: risks(program, names),
    issues: issues(program, names),
    metrics: view.metrics(),
    ...optional('historyMetrics', historyMetrics),
    nextWeekWindow: view.nextWeekWindow(),
    nextWeek: view.nextWeek(),
    actions: view.actions(asOfDay),
    ...optional('launch', view.launchReadiness(asOfDay)),
    ...optional('postLaunch', view.postLaunch(asOfDay)),
    decisions: decisions({ program, schedule, graph }, names, asOfDay),
    weekOverWeek,
  };
}

/** The version of {@link statusJson}'s shape; raised on any change a consumer could trip on. */
export const STATUS_JSON_VERSION = 1;

/** The report as the CLI's `--format json` prints it (documented in the README). */
export function statusJson(report: StatusReport): string {
  return `${JSON.stringify({ version: STATUS_JSON_VERSION, ...report }, null, 2)}\n`;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Week 1 is the 7 days starting on the program's start date. */
function programWeek(start: IsoDate | undefined, asOfDay: number): number | undefined {
  const startDay = start === undefined ? undefined : dayNumber(start);
  if (startDay === undefined || asOfDay < startDay) return undefined;
  return Math.floor((asOfDay - startDay) / WEEK_DAYS) + 1;
}

export function ownerName(ref: Ref | undefined, names: ReadonlyMap<string, string>): string | undefined {
  return ref === undefined ? undefined : names.get(ref.id) ?? ref.id;
}

/** The facts about tasks that need the schedule and the calendar, computed per task. */
class ReportView {
  readonly calendar: WorkCalendar | undefined;

  constructor(
    private readonly program: Program,
    private readonly schedule: Schedule,
    private readonly asOf: IsoDate,
    private readonly names: ReadonlyMap<string, string>,
    private readonly baseline: ReportBaseline | undefined,
  ) {
    this.calendar = schedule.ok ? schedule.calendar : undefined;
  }

  private ref(task: Task): TaskRef {
    const owner = ownerName(task.owner, this.names);
    return { id: task.id, name: task.name || task.id, milestone: task.milestone, ...(owner === undefined ? {} : { owner }) };
  }

  private scheduled(task: Task): TaskSchedule | undefined {
    return this.calendar ? this.schedule.byId.get(task.id) : undefined;
  }

  /** The finish the plan intended before recorded progress moved it. */
  private plannedFinish(ts: TaskSchedule): IsoDate {
    return ts.planned?.finishDate ?? ts.finishDate;
  }

  completed(asOfDay: number): CompletedItem[] {
    const items: CompletedItem[] = [];
    for (const task of this.program.tasks) {
      if (task.status === 'cancelled' || task.actualFinish === undefined) continue;
      const day = dayNumber(task.actualFinish);
      if (day === undefined || day > asOfDay || day <= asOfDay - WEEK_DAYS) continue;
      const late = task.deadline && this.calendar ? -deadlineSlack(this.calendar, task.actualFinish, task.deadline) : 0;
      items.push({ ...this.ref(task), finished: task.actualFinish, ...(late > 0 ? { lateBy: late } : {}) });
    }
    // Milestones first, then in the order they finished.
    return items.sort((a, b) => Number(b.milestone) - Number(a.milestone) || (a.finished < b.finished ? -1 : a.finished > b.finished ? 1 : 0));
  }

  inProgress(): InProgressItem[] {
    const items: InProgressItem[] = [];
    for (const task of this.program.tasks) {
      if (!isOpen(task)) continue;
      const started =
        task.status === 'in-progress' ||
        task.status === 'blocked' ||
        task.status === 'at-risk' ||
        (task.actualStart !== undefined && task.actualStart <= this.asOf) ||
        (task.progress ?? 0) > 0;
      if (started) items.push(this.progressOf(task));
    }
    const rank = (i: InProgressItem): number => (i.status === 'blocked' ? 0 : i.lateVsDeadline || i.lateVsPlan ? 1 : 2);
    return items.sort((a, b) => rank(a) - rank(b));
  }

  private progressOf(task: Task): InProgressItem {
    const ts = this.scheduled(task);
    const calendar = this.calendar;
    const base = {
      ...this.ref(task),
      status: task.status,
      critical: ts?.critical ?? false,
      ...(task.progress === undefined ? {} : { progress: task.progress }),
      ...(task.deadline === undefined ? {} : { deadline: task.deadline }),
      ...(task.blocker?.trim() ? { blocker: task.blocker.trim() } : {}),
    };
    if (!ts || !calendar) return base;
    const forecast = forecastFinish(ts.finishDate, this.asOf);
    const planned = this.plannedFinish(ts);
    const lateVsPlan = -deadlineSlack(calendar, forecast, planned);
    const lateVsDeadline = task.deadline === undefined ? 0 : -forecastDeadlineSlack(calendar, ts, task.deadline, this.asOf);
    return {
      ...base,
      forecastFinish: forecast,
      plannedFinish: planned,
      ...(lateVsPlan > 0 ? { lateVsPlan } : {}),
      ...(lateVsDeadline > 0 ? { lateVsDeadline } : {}),
    };
  }

  metrics(): Metrics {
    const tasks = this.program.tasks;
    let milestonesDue = 0;
    let milestonesOnTime = 0;
    let tasksDone = 0;
    let tasksCancelled = 0;
    let activeBlockers = 0;
    for (const task of tasks) {
      if (task.status === 'cancelled') tasksCancelled++;
      if (task.status === 'done') tasksDone++;
      if (task.status === 'blocked') activeBlockers++;
      const due = this.milestoneDue(task);
      if (due === undefined || due > this.asOf) continue;
      milestonesDue++;
      // A done milestone without a recorded finish is counted as hit; the checks flag the missing date.
      if (task.status === 'done' && (task.actualFinish ?? due) <= due) milestonesOnTime++;
    }
    const buffer = this.endBuffer();
    const slip = this.endSlip();
    const budget = this.budgetBurn();
    return {
      milestonesOnTime,
      milestonesDue,
      tasksDone,
      tasksTotal: tasks.length - tasksCancelled,
      tasksCancelled,
      activeBlockers,
      ...(buffer ? { buffer } : {}),
      ...(slip ? { slip } : {}),
      ...(budget ? { budget } : {}),
    };
  }

  /** When a milestone is due: its deadline, else its planned date. */
  private milestoneDue(task: Task): IsoDate | undefined {
    if (!task.milestone || task.status === 'cancelled') return undefined;
    if (task.deadline !== undefined) return task.deadline;
    const ts = this.scheduled(task);
    return ts && this.calendar ? this.plannedFinish(ts) : undefined;
  }

  private endBuffer(): EndBuffer | undefined {
    const end = projectedEnd(this.program, this.schedule, this.asOf);
    if (end === undefined || !this.calendar) return undefined;
    let reference = this.program.targetEnd;
    let referenceKind: EndBuffer['referenceKind'] = 'targetEnd';
    if (reference === undefined) {
      referenceKind = 'deadline';
      for (const task of this.program.tasks) {
        if (task.status !== 'cancelled' && task.deadline !== undefined && (reference === undefined || task.deadline > reference)) reference = task.deadline;
      }
    }
    if (reference === undefined) return undefined;
    return { forecastEnd: end, reference, referenceKind, workingDays: deadlineSlack(this.calendar, end, reference) };
  }

  /** The forecast end against the plan's own end (every task on its planned dates). */
  private endSlip(): EndSlip | undefined {
    const end = projectedEnd(this.program, this.schedule, this.asOf);
    const calendar = this.calendar;
    if (end === undefined || !calendar) return undefined;
    let planEnd: IsoDate | undefined;
    for (const ts of this.schedule.tasks) {
      if (this.program.tasks[ts.index]?.status === 'cancelled') continue;
      const finish = this.plannedFinish(ts);
      if (planEnd === undefined || finish > planEnd) planEnd = finish;
    }
    if (planEnd === undefined) return undefined;
    const baselineEnd = this.baseline?.endDate;
    return {
      forecastEnd: end,
      planEnd,
      workingDays: -deadlineSlack(calendar, end, planEnd),
      ...(baselineEnd === undefined ? {} : { baselineEnd, baselineWorkingDays: -deadlineSlack(calendar, end, baselineEnd) }),
    };
  }

  /** Every milestone that is not cancelled, in the plan's order: the table executives read first. */
  milestones(): MilestoneRow[] {
    const rows: MilestoneRow[] = [];
    for (const task of this.program.tasks) {
      if (!task.milestone || task.status === 'cancelled') continue;
      rows.push(this.milestoneRow(task));
    }
    return rows;
  }

  private milestoneRow(task: Task): MilestoneRow {
    const owner = ownerName(task.owner, this.names);
    const base = { id: task.id, name: task.name || task.id, ...(owner === undefined ? {} : { owner }), ...(task.deadline ? { deadline: task.deadline } : {}) };
    const ts = this.scheduled(task);
    const calendar = this.calendar;
    const fromBaseline = this.baseline?.finishById.get(task.id);
    const plannedFrom = fromBaseline === undefined ? 'plan' : 'baseline';
    if (!ts || !calendar) return { ...base, plannedFrom, status: task.status === 'done' ? 'done' : 'unscheduled' };
    const planned = fromBaseline ?? this.plannedFinish(ts);
    const done = task.status === 'done';
    const forecast = done ? (task.actualFinish ?? ts.finishDate) : forecastFinish(ts.finishDate, this.asOf);
    const variance = workingDaysBetween(calendar, planned, forecast);
    const facts = { ...base, planned, plannedFrom, forecast, variance } as const;
    if (done) return { ...facts, status: 'done' };
    const deadlineSlackDays = task.deadline === undefined ? undefined : forecastDeadlineSlack(calendar, ts, task.deadline, this.asOf);
    const status: MilestoneStatus =
      ts.tf < 0 || (deadlineSlackDays !== undefined && deadlineSlackDays < 0)
        ? 'late'
        : variance > 0 || ts.tf <= MILESTONE_WARNING_FLOAT || deadlineSlackDays === 0
          ? 'at-risk'
          : 'on-track';
    return { ...facts, float: ts.tf, status };
  }

  /** Open actions past due or due by the end of next week's window (a week ahead without a schedule). */
  actions(asOfDay: number): ActionItem[] {
    const horizon = this.nextWeekWindow()?.to ?? isoFromDayNumber(asOfDay + WEEK_DAYS);
    const items: ActionItem[] = [];
    for (const action of this.program.actions) {
      if (action.status !== 'open' || action.due === undefined || action.due > horizon) continue;
      const owner = ownerName(action.owner, this.names);
      const overdueBy = asOfDay - (dayNumber(action.due) ?? asOfDay);
      items.push({
        id: action.id,
        title: action.title || action.id,
        ...(owner === undefined ? {} : { owner }),
        due: action.due,
        ...(overdueBy > 0 ? { overdueBy } : {}),
      });
    }
    return items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  }

  launchReadiness(asOfDay: number): LaunchReadiness | undefined {
    const launch = this.program.launch;
    const launchDay = launch?.date === undefined ? undefined : dayNumber(launch.date);
    if (!launch?.date || launchDay === undefined || launchDay < asOfDay || launchDay - asOfDay > LAUNCH_HORIZON_DAYS) return undefined;
    const until = this.calendar ? workingDaysBetween(this.calendar, this.asOf, launch.date) : undefined;
    const open = launch.checklist
      .filter((item) => !item.done)
      .map((item) => {
        const owner = ownerName(item.owner, this.names);
        return { item: item.item, ...(owner === undefined ? {} : { owner }) };
      });
    return {
      date: launch.date,
      ...(until === undefined ? {} : { workingDaysToLaunch: until }),
      done: launch.checklist.length - open.length,
      total: launch.checklist.length,
      open,
      launchWeek: until !== undefined && until < LAUNCH_WEEK_WORKING_DAYS && open.length > 0,
    };
  }

  postLaunch(asOfDay: number): PostLaunch | undefined {
    const launch = this.program.launch;
    const launchDay = launch?.date === undefined ? undefined : dayNumber(launch.date);
    // A report goes to readers: it shows what the plan says after the launch, never what it lacks.
    if (!launch?.date || launchDay === undefined || asOfDay <= launchDay || !launch.fields.postLaunch) return undefined;
    const owner = ownerName(launch.handoffOwner, this.names);
    return {
      launchDate: launch.date,
      ...(launch.retrospective === undefined ? {} : { retrospective: launch.retrospective }),
      ...(owner === undefined ? {} : { handoffOwner: owner }),
      checks: launch.postLaunch,
    };
  }

  private budgetBurn(): BudgetBurn | undefined {
    const budget = this.program.budget;
    const calendar = this.calendar;
    if (!budget || !(budget.total > 0) || !calendar) return undefined;
    const end = this.program.targetEnd ?? projectedEnd(this.program, this.schedule, this.asOf);
    if (end === undefined) return undefined;
    const span = workingDaysBetween(calendar, calendar.startDate, end) + 1;
    const elapsed = Math.max(0, calendar.offsetOf(this.asOf, 'previous') + 1);
    return {
      total: budget.total,
      spent: budget.spent,
      ...(budget.currency ? { currency: budget.currency } : {}),
      burn: budget.spent / budget.total,
      elapsed: span > 0 ? elapsed / span : 1,
    };
  }

  nextWeekWindow(): Window | undefined {
    const calendar = this.calendar;
    if (!calendar) return undefined;
    const today = calendar.offsetOf(this.asOf, 'previous');
    return { from: calendar.dateOf(today + 1), to: calendar.dateOf(today + NEXT_WEEK_WORKING_DAYS) };
  }

  nextWeek(): NextWeekItem[] {
    const window = this.nextWeekWindow();
    if (!window) return [];
    const inWindow = (date: IsoDate): boolean => date >= window.from && date <= window.to;
    const items: NextWeekItem[] = [];
    for (const task of this.program.tasks) {
      const ts = this.scheduled(task);
      if (!ts || !isOpen(task)) continue;
      const notStarted = task.actualStart === undefined && task.status === 'not-started';
      const starts = !task.milestone && notStarted && inWindow(ts.startDate) ? ts.startDate : undefined;
      const forecast = forecastFinish(ts.finishDate, this.asOf);
      const finishes = inWindow(forecast) ? forecast : undefined;
      if (starts === undefined && finishes === undefined) continue;
      items.push({ ...this.ref(task), ...(starts ? { starts } : {}), ...(finishes ? { finishes } : {}) });
    }
    const first = (i: NextWeekItem): IsoDate => i.starts ?? i.finishes ?? '';
    return items.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
  }
}

function risks(program: Program, names: ReadonlyMap<string, string>): RiskItem[] {
  const items = program.risks
    .filter((r) => r.status === 'open')
    .map((r): RiskItem => {
      const owner = ownerName(r.owner, names);
      const score = r.probability && r.impact ? LEVEL_SCORE[r.probability] * LEVEL_SCORE[r.impact] : undefined;
      return {
        id: r.id,
        title: r.title || r.id,
        ...(r.probability ? { probability: r.probability } : {}),
        ...(r.impact ? { impact: r.impact } : {}),
        ...(score === undefined ? {} : { score }),
        ...(owner === undefined ? {} : { owner }),
        ...(r.mitigation?.trim() ? { mitigation: r.mitigation.trim() } : {}),
        ...(r.impactText?.trim() ? { impactText: r.impactText.trim() } : {}),
        ...(r.eta ? { eta: r.eta } : {}),
      };
    });
  // Highest exposure first; unrated risks last; the plan's order breaks ties (stable sort).
  return items.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
}

function issues(program: Program, names: ReadonlyMap<string, string>): IssueItem[] {
  const items = program.issues
    .filter((i) => i.status === 'open')
    .map((i): IssueItem => {
      const owner = ownerName(i.owner, names);
      return {
        id: i.id,
        title: i.title || i.id,
        ...(i.severity ? { severity: i.severity } : {}),
        ...(owner === undefined ? {} : { owner }),
        ...(i.impact?.trim() ? { impact: i.impact.trim() } : {}),
      };
    });
  const rank = (i: IssueItem): number => (i.severity ? SEVERITY_RANK[i.severity] : 4);
  return items.sort((a, b) => rank(a) - rank(b));
}

function decisions(input: WhatIfInput, names: ReadonlyMap<string, string>, asOfDay: number): DecisionItem[] {
  const program = input.program;
  // Options are rescheduled only for the pending decisions that list them.
  const pending = { ...input, program: { ...program, decisions: program.decisions.filter((d) => d.status === 'pending') } };
  const options = new Map(decisionOptions(pending).map((o) => [o.decision.id, optionsSummary(o)]));
  const items = program.decisions
    .filter((d) => d.status === 'pending')
    .map((d): DecisionItem => {
      const owner = ownerName(d.owner, names);
      const needDay = d.needBy === undefined ? undefined : dayNumber(d.needBy);
      const overdueBy = needDay === undefined ? 0 : asOfDay - needDay;
      return {
        id: d.id,
        title: d.title || d.id,
        ...(d.needBy ? { needBy: d.needBy } : {}),
        ...(owner === undefined ? {} : { owner }),
        ...(overdueBy > 0 ? { overdueBy } : {}),
        ...(d.recommendation?.trim() ? { recommendation: d.recommendation.trim() } : {}),
        ...optional('options', options.get(d.id)),
      };
    });
  // Overdue first (most overdue on top), then by need-by date, undated last.
  const key = (d: DecisionItem): string => (d.overdueBy ? '0' : '1') + (d.needBy ?? '~');
  return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
