/**
 * What the Gantt panel draws of a chart: the bars its filters keep and the dependency links it
 * shows. Pure, so the panel's choices are unit-tested.
 */
import type { DependencyType } from '../model';
import type { GanttBar } from './gantt';

export interface GanttFilter {
  /** Default true. */
  readonly showDone?: boolean;
  /** Default false: cancelled work is no longer part of the plan. */
  readonly showCancelled?: boolean;
  /** Only critical and near-critical tasks (and milestones, which anchor the plan). */
  readonly onlyCritical?: boolean;
  /** A team's name, as in {@link GanttBar.team}. */
  readonly team?: string;
  /** An owner's name, as in {@link GanttBar.owner}. */
  readonly owner?: string;
  /** A task's id: only it and its transitive predecessors and successors ("around this task"). */
  readonly around?: string;
}

/** Open work whose float is within `threshold` working days, not itself critical. */
export function isNearCritical(bar: GanttBar, threshold: number): boolean {
  return !bar.critical && bar.totalFloat <= threshold && bar.status !== 'done' && bar.status !== 'cancelled';
}

export function filterBars(bars: readonly GanttBar[], filter: GanttFilter, nearCriticalThreshold: number): GanttBar[] {
  const around = filter.around === undefined ? undefined : aroundTask(bars, filter.around);
  return bars.filter(
    (bar) =>
      (around === undefined || around.has(bar.key)) &&
      (filter.showCancelled === true || bar.status !== 'cancelled') &&
      (filter.showDone !== false || bar.status !== 'done') &&
      (!filter.onlyCritical || bar.critical || bar.milestone || isNearCritical(bar, nearCriticalThreshold)) &&
      (filter.team === undefined || bar.team === filter.team) &&
      (filter.owner === undefined || bar.owner === filter.owner),
  );
}

/**
 * The keys of the bars "around" a task: the task itself, everything it waits for (its
 * predecessors, theirs, …) and everything that waits for it (its successors, theirs, …) — not
 * the other predecessors of its successors. Undefined when no bar is that task (the filter then
 * keeps everything). Two walks over explicit stacks: no recursion along a chain.
 */
export function aroundTask(bars: readonly GanttBar[], taskId: string): Set<string> | undefined {
  const target = bars.find((bar) => bar.taskId === taskId);
  if (!target) return undefined;
  const predecessorsOf = new Map<string, readonly string[]>();
  const successorsOf = new Map<string, string[]>();
  for (const bar of bars) {
    const keys = bar.predecessors.map((p) => p.key);
    predecessorsOf.set(bar.key, keys);
    for (const key of keys) {
      const list = successorsOf.get(key);
      if (list) list.push(bar.key);
      else successorsOf.set(key, [bar.key]);
    }
  }
  const found = new Set<string>([target.key]);
  for (const next of [predecessorsOf, successorsOf]) {
    const seen = new Set<string>([target.key]);
    const stack = [target.key];
    while (stack.length > 0) {
      for (const key of next.get(stack.pop()!) ?? []) {
        if (seen.has(key)) continue;
        seen.add(key);
        found.add(key);
        stack.push(key);
      }
    }
  }
  return found;
}

const COLLATOR = new Intl.Collator();

/** The distinct teams and owners of a chart, for the filter menus, sorted. */
export function filterChoices(bars: readonly GanttBar[]): { teams: string[]; owners: string[] } {
  const teams = new Set<string>();
  const owners = new Set<string>();
  for (const bar of bars) {
    if (bar.team) teams.add(bar.team);
    if (bar.owner) owners.add(bar.owner);
  }
  // One collator for the whole sort: `localeCompare` builds one per call, which took 20 ms at 200 tasks.
  const sorted = (set: Set<string>): string[] => [...set].sort(COLLATOR.compare);
  return { teams: sorted(teams), owners: sorted(owners) };
}

export interface GanttLink {
  readonly from: string;
  readonly to: string;
  readonly type: DependencyType;
  /** Both ends are critical. */
  readonly critical: boolean;
}

/** The links between the bars drawn (a link to a bar filtered out is not drawn). */
export function ganttLinks(bars: readonly GanttBar[]): GanttLink[] {
  const byKey = new Map(bars.map((bar) => [bar.key, bar]));
  const links: GanttLink[] = [];
  for (const bar of bars) {
    for (const predecessor of bar.predecessors) {
      const from = byKey.get(predecessor.key);
      if (from) links.push({ from: from.key, to: bar.key, type: predecessor.type, critical: from.critical && bar.critical });
    }
  }
  return links;
}

/** `critical`: the critical links and those of the task in focus; `all`; `none`. */
export type LinkMode = 'critical' | 'all' | 'none';
export const LINK_MODES: readonly LinkMode[] = ['critical', 'all', 'none'];

export function linkShown(link: GanttLink, mode: LinkMode, focus?: string): boolean {
  if (mode === 'all') return true;
  if (mode === 'none') return false;
  return link.critical || link.from === focus || link.to === focus;
}
