/**
 * The TPM metrics from the plan's history and its baseline: on-time delivery, scope control,
 * budget variance, blocker resolution time and cross-team dependency lead time. Each says how
 * it was computed and over which commits, so a number never stands without its method.
 */
import type { Analysis } from '../analyze';
import type { IsoDate } from '../model';
import type { WorkCalendar } from '../schedule/types';
import { workingDaysBetween } from '../status/workdays';
import { plural } from '../text/plural';
import type { BaselineComparison } from '../baseline/compare';
import type { PlanVersion } from './readHistory';
import { reportDate } from './series';
import type { VersionSnapshot } from './snapshot';

export type MetricId = 'on-time-delivery' | 'scope-control' | 'budget-variance' | 'blocker-resolution' | 'dependency-lead-time';

export interface Metric {
  readonly id: MetricId;
  readonly title: string;
  /** The headline, e.g. `75 %` or `4 working days (median)`; `n/a` when it cannot be computed. */
  readonly value: string;
  /** The number behind {@link value}, when there is one. */
  readonly number?: number;
  readonly target?: string;
  /** Whether the value meets the target, when the metric has one and a value. */
  readonly meetsTarget?: boolean;
  /** What was counted, item by item where it helps. */
  readonly details: readonly string[];
  readonly method: string;
  /** The commits it read: the baseline's, or the range of history. */
  readonly over: string;
}

export interface MetricsInput {
  readonly current: Pick<Analysis, 'program' | 'schedule' | 'asOf'>;
  /** The baseline, compared with the current plan; or why there is none. */
  readonly baseline: { readonly ref: string; readonly commit: string; readonly analysis: Pick<Analysis, 'program' | 'schedule'>; readonly comparison: BaselineComparison } | { readonly unavailable: string };
  /** Committed versions, oldest first; or why there are none. */
  readonly history: readonly PlanVersion[] | { readonly unavailable: string };
}

const ON_TIME_TARGET = 80;

export function computeMetrics(input: MetricsInput): Metric[] {
  const calendar = input.current.schedule.ok ? input.current.schedule.calendar : undefined;
  return [onTimeDelivery(input), scopeControl(input), budgetVariance(input, calendar), blockerResolution(input, calendar), dependencyLeadTime(input, calendar)];
}

const short = (hash: string): string => hash.slice(0, 10);
const percent = (share: number): string => `${Math.round(share * 1000) / 10} %`;

function baselineOver(baseline: MetricsInput['baseline']): string {
  return 'unavailable' in baseline ? `no baseline: ${baseline.unavailable}` : `baseline '${baseline.ref}' (commit ${short(baseline.commit)}) against the plan as saved`;
}

function notAvailable(id: MetricId, title: string, reason: string, method: string, over: string): Metric {
  return { id, title, value: 'n/a', details: [reason], method, over };
}

function onTimeDelivery(input: MetricsInput): Metric {
  const title = 'On-time delivery';
  const method =
    'Milestones of the baseline, each against its baseline date: on time when done on or before it (the actual finish, else the scheduled day). Counted: the milestones done, and the open ones whose baseline date has passed (late). Not yet due, removed and cancelled milestones are left out.';
  const over = baselineOver(input.baseline);
  if ('unavailable' in input.baseline) return notAvailable('on-time-delivery', title, input.baseline.unavailable, method, over);
  const asOf = input.current.asOf;
  let counted = 0;
  let onTime = 0;
  const details: string[] = [];
  for (const task of input.baseline.comparison.tasks) {
    if (!task.milestone) continue;
    const done = task.status === 'done';
    if (!done && task.baselineFinish >= asOf) continue;
    counted++;
    const hit = done && task.forecastFinish <= task.baselineFinish;
    if (hit) onTime++;
    details.push(`${task.name}: ${done ? `done ${task.forecastFinish}` : 'open'}, baseline ${task.baselineFinish}${hit ? ' (on time)' : ' (late)'}`);
  }
  if (counted === 0) return { ...notAvailable('on-time-delivery', title, 'no baseline milestone is done or past its baseline date yet', method, over), target: `> ${ON_TIME_TARGET} %` };
  const share = onTime / counted;
  return {
    id: 'on-time-delivery',
    title,
    value: `${percent(share)} (${onTime} of ${counted})`,
    number: share * 100,
    target: `> ${ON_TIME_TARGET} %`,
    meetsTarget: share * 100 > ON_TIME_TARGET,
    details,
    method,
    over,
  };
}

function scopeControl(input: MetricsInput): Metric {
  const title = 'Scope control';
  const method =
    "Tasks and milestones of the baseline (not cancelled there): the share now done or still planned; the others were removed from the plan or cancelled. Tasks added since the baseline are counted apart.";
  const over = baselineOver(input.baseline);
  if ('unavailable' in input.baseline) return notAvailable('scope-control', title, input.baseline.unavailable, method, over);
  const { comparison, analysis } = input.baseline;
  const inBaseline = analysis.program.tasks.filter((t) => t.status !== 'cancelled').length;
  const dropped = comparison.removed.length + comparison.cancelled.length;
  const kept = inBaseline - dropped;
  const share = inBaseline === 0 ? 1 : kept / inBaseline;
  const names = (items: readonly { name: string }[]): string => items.map((t) => t.name).join(', ');
  return {
    id: 'scope-control',
    title,
    value: `${percent(share)} of ${plural(inBaseline, 'baseline task')} delivered or still planned`,
    number: share * 100,
    details: [
      `added since the baseline: ${comparison.added.length}${comparison.added.length ? ` (${names(comparison.added)})` : ''}`,
      `removed: ${comparison.removed.length}${comparison.removed.length ? ` (${names(comparison.removed)})` : ''}`,
      `cancelled: ${comparison.cancelled.length}${comparison.cancelled.length ? ` (${names(comparison.cancelled)})` : ''}`,
    ],
    method,
    over,
  };
}

function budgetVariance(input: MetricsInput, calendar: WorkCalendar | undefined): Metric {
  const title = 'Budget variance';
  const method =
    "Spent (budget.spent) against the share of the budget planned by the as-of date: budget.total × working days elapsed since the start ÷ working days from the start to the baseline's end (its targetEnd, else its projected end; without a baseline, the plan's own).";
  const { program, schedule, asOf } = input.current;
  const budget = program.budget;
  const base = 'unavailable' in input.baseline ? undefined : input.baseline.analysis;
  const over = base ? baselineOver(input.baseline) : 'the plan as saved';
  if (!budget) return notAvailable('budget-variance', title, 'no budget in the plan', method, over);
  const end = base ? (base.program.targetEnd ?? base.schedule.projectEndDate) : (program.targetEnd ?? schedule.projectEndDate);
  if (!calendar || !end || !program.start) return notAvailable('budget-variance', title, 'the plan has no schedule to spread the budget over', method, over);
  const span = workingDaysBetween(calendar, calendar.startDate, end) + 1;
  const elapsed = Math.min(Math.max(workingDaysBetween(calendar, calendar.startDate, asOf) + 1, 0), span);
  const planned = span > 0 ? (budget.total * elapsed) / span : budget.total;
  const variance = budget.spent - planned;
  const money = (amount: number): string => `${Math.round(amount).toLocaleString('en-US')}${budget.currency ? ` ${budget.currency}` : ''}`;
  return {
    id: 'budget-variance',
    title,
    value: `${variance > 0 ? '+' : ''}${money(variance)} (${planned > 0 ? percent(variance / planned) : 'n/a'} of planned)`,
    number: variance,
    details: [`spent ${money(budget.spent)} of ${money(budget.total)}; planned by ${asOf}: ${money(planned)} (${elapsed} of ${plural(span, 'working day')} until ${end})`],
    method,
    over,
  };
}

interface Episode {
  readonly label: string;
  readonly from: IsoDate;
  readonly to?: IsoDate;
}

function historyOver(history: readonly PlanVersion[]): string {
  const usable = history.filter((v) => v.snapshot && !v.snapshot.problem);
  if (usable.length === 0) return 'no readable committed version';
  return `${plural(usable.length, 'commit')}, ${short(usable[0].commit.hash)} (${usable[0].commit.date.slice(0, 10)}) to ${short(usable[usable.length - 1].commit.hash)} (${usable[usable.length - 1].commit.date.slice(0, 10)})`;
}

function usableVersions(history: readonly PlanVersion[]): { version: PlanVersion; snapshot: VersionSnapshot; date: IsoDate }[] {
  return history.flatMap((version) => (version.snapshot && !version.snapshot.problem ? [{ version, snapshot: version.snapshot, date: reportDate(version, version.snapshot) }] : []));
}

function durationMetric(
  id: MetricId,
  title: string,
  method: string,
  episodes: readonly Episode[],
  calendar: WorkCalendar | undefined,
  history: readonly PlanVersion[],
  latest: IsoDate | undefined,
  nothing: string,
): Metric {
  const over = historyOver(history);
  if (!calendar) return notAvailable(id, title, 'the plan has no schedule (and so no working-day calendar)', method, over);
  const closed = episodes.filter((e) => e.to !== undefined).map((e) => ({ ...e, days: workingDaysBetween(calendar, e.from, e.to!) }));
  const open = episodes.filter((e) => e.to === undefined).map((e) => ({ ...e, days: latest ? workingDaysBetween(calendar, e.from, latest) : 0 }));
  const details = [
    ...closed.map((e) => `${e.label}: ${plural(e.days, 'working day')} (${e.from} → ${e.to})`),
    ...open.map((e) => `${e.label}: open for ${plural(e.days, 'working day')} (since ${e.from})`),
  ];
  if (closed.length === 0) return { id, title, value: open.length ? `none closed yet, ${open.length} open` : 'n/a', details: details.length ? details : [nothing], method, over };
  const m = median(closed.map((e) => e.days));
  return { id, title, value: `${plural(m, 'working day')} (median of ${closed.length}), ${open.length} open`, number: m, details, method, over };
}

function blockerResolution(input: MetricsInput, calendar: WorkCalendar | undefined): Metric {
  const title = 'Blocker resolution time';
  const method =
    "Working days from the report date of the commit where a task became `blocked` to the one of the commit where it no longer was (or left the plan); the report date is the version's statusDate, else its commit day. A task blocked in the oldest commit counts from there. Open ones count to the newest commit.";
  if ('unavailable' in input.history) return notAvailable('blocker-resolution', title, input.history.unavailable, method, 'no history');
  const versions = usableVersions(input.history);
  const since = new Map<string, IsoDate>();
  const episodes: Episode[] = [];
  for (const { snapshot, date } of versions) {
    const blocked = new Set(snapshot.blocked);
    for (const [id, from] of since) {
      if (!blocked.has(id)) {
        episodes.push({ label: id, from, to: date });
        since.delete(id);
      }
    }
    for (const id of blocked) if (!since.has(id)) since.set(id, date);
  }
  for (const [id, from] of since) episodes.push({ label: id, from });
  return durationMetric('blocker-resolution', title, method, episodes, calendar, input.history, versions.at(-1)?.date, 'no task was ever blocked in the committed versions');
}

function dependencyLeadTime(input: MetricsInput, calendar: WorkCalendar | undefined): Metric {
  const title = 'Dependency lead time';
  const method =
    'For each dependency between tasks of different teams: working days from the report date of the commit where it first appears to the one where its predecessor is first done (0 when it already was). Open ones count to the newest commit.';
  if ('unavailable' in input.history) return notAvailable('dependency-lead-time', title, input.history.unavailable, method, 'no history');
  const versions = usableVersions(input.history);
  const appeared = new Map<string, { from: IsoDate; predecessor: string; label: string }>();
  const finished = new Map<string, IsoDate>();
  for (const { snapshot, date } of versions) {
    const done = new Set(snapshot.done);
    for (const [task, predecessor] of snapshot.crossTeam) {
      const key = `${task}\0${predecessor}`;
      if (!appeared.has(key)) appeared.set(key, { from: date, predecessor, label: `${task} ← ${predecessor}` });
    }
    for (const [key, dependency] of appeared) if (!finished.has(key) && done.has(dependency.predecessor)) finished.set(key, date);
  }
  const episodes = [...appeared].map(([key, d]): Episode => ({ label: d.label, from: d.from, ...(finished.has(key) ? { to: finished.get(key)! } : {}) }));
  return durationMetric('dependency-lead-time', title, method, episodes, calendar, input.history, versions.at(-1)?.date, 'no dependency between tasks of different teams in the committed versions');
}

/** The median, rounded to a whole day. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return Math.round(sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2);
}
