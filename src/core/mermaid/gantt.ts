/**
 * Mermaid Gantt source from our own schedule. Every bar gets an explicit start and inclusive
 * finish date from the scheduler, so weekends and holidays show exactly as in the hover and the
 * CLI: Mermaid is never asked to compute a date (no `after`, no `excludes`, no durations).
 * Ids are our own `t1`, `t2`… (Mermaid silently cuts ids with `.` or non-ASCII letters), bars
 * come in dependency order within each section, and every user string goes through
 * {@link mermaidText}.
 */
import type { DependencyType, IsoDate, Program, Task, TaskStatus } from '../model';
import type { Schedule } from '../schedule/types';
import { daysPastDeadline } from '../schedule/scheduleDiagnostics';
import { buildDependencyGraph, type DependencyEdge, type DependencyGraph } from '../graph/dependencyGraph';
import { mermaidText } from './text';
import { chartOrder } from './chartOrder';
import type { BaselineComparison, ScopeChange, TaskVariance } from '../baseline/compare';

export type GanttGrouping = 'phase' | 'team';
export const GANTT_GROUPINGS: readonly GanttGrouping[] = ['phase', 'team'];

export interface GanttOptions {
  /** The analysis's dependency graph, when the caller has it (building it again is the costliest step). */
  readonly graph?: DependencyGraph;
  /** Sections by `phase` (default) or by `team`. */
  readonly groupBy?: GanttGrouping;
  /** The plan's variance against its baseline, when it is loaded: each bar gets its baseline dates. */
  readonly baseline?: { readonly ref: string; readonly comparison: BaselineComparison };
}

/** Where a task was in the baseline, and how far its forecast moved since (working days, + is later). */
export interface GanttBaselineDates {
  readonly start: IsoDate;
  readonly finish: IsoDate;
  readonly startVariance: number;
  readonly finishVariance: number;
}

export interface GanttPredecessor {
  /** The predecessor's bar key. */
  readonly key: string;
  readonly type: DependencyType;
  readonly lag: number;
}

/** One bar as drawn, with what the panel needs to decorate it and to reveal the task. */
export interface GanttBar {
  /** The Mermaid id (`t1`, `t2`…): the rendered rectangle's id ends with `-<key>`. */
  readonly key: string;
  readonly taskId: string;
  readonly name: string;
  readonly section: string;
  readonly start: IsoDate;
  /** Inclusive. */
  readonly finish: IsoDate;
  readonly duration: number;
  readonly milestone: boolean;
  readonly critical: boolean;
  readonly totalFloat: number;
  readonly status: TaskStatus;
  readonly progress?: number;
  readonly deadline?: IsoDate;
  /** The forecast finishes after the deadline. */
  readonly late: boolean;
  readonly owner?: string;
  /** The team's name, for the panel's team filter and tooltip. */
  readonly team?: string;
  readonly predecessors: readonly GanttPredecessor[];
  /** The baseline's dates, when the task is in both versions. */
  readonly baseline?: GanttBaselineDates;
  /** Not in the baseline (when the chart has one). */
  readonly newSinceBaseline?: boolean;
}

/** A dated vertical line across the chart (status date, launch, target end). */
export interface GanttMarker {
  readonly key: string;
  readonly label: string;
  readonly date: IsoDate;
}

export interface GanttChart {
  readonly source: string;
  /** The program's name, as typed (the source carries it escaped). */
  readonly title?: string;
  /** False when every bar is in the catch-all section, which is then not written. */
  readonly sectioned: boolean;
  readonly bars: readonly GanttBar[];
  readonly markers: readonly GanttMarker[];
  /** Ids of tasks that could not be scheduled (e.g. on a dependency cycle) and are not drawn. */
  readonly unscheduled: readonly string[];
  /** First and last calendar day drawn, when there is anything to draw. */
  readonly range?: { readonly first: IsoDate; readonly last: IsoDate };
  /** The baseline the bars are compared with, and the tasks it has that the plan no longer has. */
  readonly baseline?: { readonly ref: string; readonly removed: readonly ScopeChange[] };
}

const NAME_MAX = 120;
const NO_PHASE = 'No phase';
const NO_TEAM = 'No team';

export function ganttChart(program: Program, schedule: Schedule, options: GanttOptions = {}): GanttChart {
  const groupBy = options.groupBy ?? 'phase';
  const graph = options.graph ?? buildDependencyGraph(program);
  const teamNames = new Map(program.teams.map((team) => [team.id, team.name || team.id]));
  const peopleNames = new Map(program.people.map((person) => [person.id, person.name || person.id]));

  const sectionOf = (task: Task): string =>
    groupBy === 'team'
      ? task.team
        ? teamNames.get(task.team.id) ?? task.team.id
        : NO_TEAM
      : task.phase?.trim() || NO_PHASE;

  const { indices: ordered, keyByIndex, unscheduled, timing: timingOf } = chartOrder(program, schedule, graph);
  const comparison = options.baseline?.comparison;
  const baselineOf = new Map(comparison?.tasks.map((t) => [t.id, t]));
  const added = new Set(comparison?.added.map((t) => t.id));

  // Sections come in the order the file first names them (phases are usually written in
  // order), the catch-all section last; bars within a section in dependency order.
  const sections = new Map<string, { first: number; members: number[] }>();
  for (const index of ordered) {
    const section = sectionOf(program.tasks[index]);
    const entry = sections.get(section);
    if (entry) {
      entry.members.push(index);
      entry.first = Math.min(entry.first, index);
    } else sections.set(section, { first: index, members: [index] });
  }
  const fallback = groupBy === 'team' ? NO_TEAM : NO_PHASE;
  const sectionNames = [...sections.keys()].filter((name) => name !== fallback).sort((a, b) => sections.get(a)!.first - sections.get(b)!.first);
  if (sections.has(fallback)) sectionNames.push(fallback);

  const bars: GanttBar[] = [];
  // ISO dates compare as text.
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  const onlyFallback = sectionNames.length === 1 && sectionNames[0] === fallback;
  for (const section of sectionNames) {
    for (const index of sections.get(section)!.members) {
      const task = program.tasks[index];
      const timing = timingOf[index]!;
      const cancelledAt = task.status === 'cancelled' ? cancelledDate(program, schedule, timing.finishDate, graph.predecessors[index].length > 0) : undefined;
      const bar: GanttBar = {
        key: keyByIndex.get(index)!,
        taskId: task.id,
        name: task.name || task.id,
        section,
        start: cancelledAt ?? (task.milestone || timing.duration === 0 ? timing.finishDate : timing.startDate),
        finish: cancelledAt ?? timing.finishDate,
        duration: timing.duration,
        // Cancelled work has no duration left, but it is no milestone.
        milestone: task.milestone || (timing.duration === 0 && !cancelledAt),
        critical: timing.critical,
        totalFloat: timing.tf,
        status: task.status,
        progress: task.progress,
        deadline: task.deadline,
        late: daysPastDeadline(timing) > 0,
        owner: task.owner ? peopleNames.get(task.owner.id) ?? task.owner.id : undefined,
        team: task.team ? teamNames.get(task.team.id) ?? task.team.id : undefined,
        predecessors: predecessorsOf(task, graph.predecessors[index], keyByIndex),
        ...baselineFields(task.id, baselineOf, added),
      };
      bars.push(bar);
      if (first === undefined || bar.start < first) first = bar.start;
      if (last === undefined || bar.finish > last) last = bar.finish;
    }
  }

  const markers = bars.length > 0 ? chartMarkers(program) : [];
  const title = program.name || undefined;
  const sectioned = !onlyFallback;
  return {
    source: ganttSource({ title, sectioned, markers }, bars),
    title,
    sectioned,
    bars,
    markers,
    unscheduled,
    range: first !== undefined && last !== undefined ? { first, last } : undefined,
    baseline: options.baseline && { ref: options.baseline.ref, removed: options.baseline.comparison.removed },
  };
}

function baselineFields(taskId: string, baselineOf: ReadonlyMap<string, TaskVariance>, added: ReadonlySet<string>): Pick<GanttBar, 'baseline' | 'newSinceBaseline'> {
  const variance = baselineOf.get(taskId);
  if (variance) {
    const { baselineStart: start, baselineFinish: finish, startVariance, finishVariance } = variance;
    return { baseline: { start, finish, startVariance, finishVariance } };
  }
  return added.has(taskId) ? { newSinceBaseline: true } : {};
}

/** How the time axis is labelled: a d3 time format and Mermaid's tick interval (`1week`…). */
export interface GanttAxis {
  readonly format: string;
  readonly tickInterval?: string;
}

/**
 * The Mermaid source of `bars` (a chart's bars, or the subset a panel's filters keep), in their
 * order: a section line wherever the section changes.
 */
export function ganttSource(chart: Pick<GanttChart, 'title' | 'sectioned' | 'markers'>, bars: readonly GanttBar[], axis: GanttAxis = { format: '%d %b' }): string {
  const lines = ['gantt', ...header(chart.title, axis)];
  let section: string | undefined;
  for (const bar of bars) {
    if (chart.sectioned && bar.section !== section) {
      section = bar.section;
      lines.push(`  section ${sectionLabel(section)}`);
    }
    lines.push(`    ${barLabel(bar)} :${barData(bar)}`);
  }
  for (const marker of chart.markers) lines.push(`  ${markerLabel(marker)} :vert, ${marker.key}, ${marker.date}, 0d`);
  return `${lines.join('\n')}\n`;
}

/**
 * Where a cancelled task is drawn (a one-day bar, when shown): after its predecessors, as
 * scheduled; without any, the scheduler leaves it at the program's start, which would read as
 * work at the start, so it goes to the status date (or the program's end) instead.
 */
function cancelledDate(program: Program, schedule: Schedule, scheduled: IsoDate, hasPredecessors: boolean): IsoDate {
  if (hasPredecessors) return scheduled;
  return program.statusDate ?? schedule.projectEndDate ?? scheduled;
}

/**
 * A section's name as the source writes it. A leading digit is written as a character reference
 * too: Mermaid keeps its sections' rows in an object, whose integer-like keys (a phase named
 * `2026`) come first, and would put that name beside another section's rows.
 */
export function sectionLabel(section: string): string {
  return mermaidText(section, { maxLength: NAME_MAX, guardLeadingKeyword: true }) || '-';
}

/** A dated line's label as the source writes it. */
export function markerLabel(marker: GanttMarker): string {
  return mermaidText(marker.label);
}

/** The chart's title as the source writes it (empty: no title line). */
export function titleLabel(name: string | undefined): string {
  return mermaidText(name ?? '', { maxLength: NAME_MAX });
}

function header(name: string | undefined, axis: GanttAxis): string[] {
  const title = titleLabel(name);
  // Both come from our own tables, never from the file: they are written as they are.
  const format = axis.format.replace(/[\n;#]/g, '');
  const tick = axis.tickInterval && /^[1-9][0-9]*(day|week|month)$/.test(axis.tickInterval) ? [`  tickInterval ${axis.tickInterval}`] : [];
  // Weekly grid lines on Mondays, as ISO weeks start.
  if (axis.tickInterval?.endsWith('week')) tick.push('  weekday monday');
  return [
    ...(title ? [`  title ${title}`] : []),
    '  dateFormat YYYY-MM-DD',
    // Finish dates are inclusive, as the scheduler prints them: a bar spans its last day.
    '  inclusiveEndDates',
    `  axisFormat ${format}`,
    ...tick,
    // Mermaid's marker shows the computer's today; the status date is drawn as a marker instead.
    '  todayMarker off',
  ];
}

/** The task name, with percent complete and state a reader of the plain source needs too. */
export function barLabel(bar: GanttBar): string {
  const notes: string[] = [];
  if (bar.status === 'cancelled') notes.push('cancelled');
  else if (bar.progress !== undefined && bar.progress > 0 && bar.progress < 100 && !bar.milestone) notes.push(`${Math.round(bar.progress)}%`);
  if (bar.status === 'blocked') notes.push('blocked');
  if (bar.late) notes.push('late');
  const name = mermaidText(bar.name, { maxLength: NAME_MAX, guardLeadingKeyword: true }) || mermaidText(bar.taskId, { guardLeadingKeyword: true });
  return notes.length > 0 ? `${name} ${mermaidText(`(${notes.join(', ')})`)}` : name;
}

/** Tags, key and dates; written out rather than joined from arrays, as it runs once per task. */
function barData(bar: GanttBar): string {
  let tags = bar.milestone ? 'milestone, ' : '';
  if (bar.critical) tags += 'crit, ';
  if (bar.status === 'done' || bar.status === 'cancelled') tags += 'done, ';
  else if (bar.status === 'in-progress') tags += 'active, ';
  return `${tags}${bar.key}, ${bar.start}, ${bar.finish}`;
}

function predecessorsOf(task: Task, edges: readonly DependencyEdge[], keyByIndex: ReadonlyMap<number, string>): GanttPredecessor[] {
  const predecessors: GanttPredecessor[] = [];
  for (const edge of edges) {
    const key = keyByIndex.get(edge.from);
    if (!key) continue;
    const { type, lag } = task.dependsOn[edge.position];
    predecessors.push({ key, type, lag });
  }
  return predecessors;
}

function chartMarkers(program: Program): GanttMarker[] {
  const markers: GanttMarker[] = [];
  if (program.statusDate) markers.push({ key: 'statusDate', label: `Status ${program.statusDate}`, date: program.statusDate });
  if (program.launch?.date) markers.push({ key: 'launch', label: `Launch ${program.launch.date}`, date: program.launch.date });
  if (program.targetEnd && program.targetEnd !== program.launch?.date) {
    markers.push({ key: 'targetEnd', label: `Target end ${program.targetEnd}`, date: program.targetEnd });
  }
  return markers;
}
