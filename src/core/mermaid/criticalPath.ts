/**
 * Mermaid flowchart (left to right) of the dependency network, with the critical chain
 * highlighted and each task's dates and float in its node.
 *
 * Mermaid's flowchart layout is slow (seconds for a few hundred nodes) and refuses more than
 * 500 edges by default, so a large program is not drawn whole unless asked: the focused view
 * keeps what a TPM acts on — critical and near-critical tasks and milestones — and joins them
 * with dashed "via hidden tasks" edges where the hidden work connects them. Everything is
 * computed in one pass in dependency order; nothing recurses along a chain.
 */
import type { Dependency, DependencyType, Program, Task } from '../model';
import type { Schedule, TaskSchedule } from '../schedule/types';
import { buildDependencyGraph, edgeDependency, type DependencyEdge, type DependencyGraph } from '../graph/dependencyGraph';
import { mermaidText } from './text';
import { chartOrder } from './chartOrder';
import { varianceBadge } from '../baseline/varianceText';

/**
 * `auto`: the critical chain and the near-critical tasks nearest to it, at most
 * {@link AUTO_MAX_NODES} unless the chain itself is longer; `focus`: critical, near-critical and
 * milestones.
 */
export type CriticalPathScope = 'auto' | 'critical' | 'focus' | 'all';
export const CRITICAL_PATH_SCOPES: readonly CriticalPathScope[] = ['auto', 'critical', 'focus', 'all'];

export interface CriticalPathOptions {
  /** The analysis's dependency graph, when the caller has it (building it again is the costliest step). */
  readonly graph?: DependencyGraph;
  /** Tasks whose total float is at most this many working days are near-critical (default 2). */
  readonly nearCriticalThreshold?: number;
  readonly scope?: CriticalPathScope;
  /** At most this many nodes are drawn, the least float first (default {@link DEFAULT_MAX_NODES}). */
  readonly maxNodes?: number;
  /** Tasks whose forecast finishes later than their baseline finish, by id: working days late. */
  readonly slips?: ReadonlyMap<string, number>;
}

/** `auto` adds near-critical tasks, the least float first, up to this many nodes: a view read at a glance. */
export const AUTO_MAX_NODES = 30;
/** Beyond this, Mermaid's layout takes many seconds; the view is cut and says so. */
export const DEFAULT_MAX_NODES = 400;
/** Edges beyond this make Mermaid's layout unbearably slow; the least important are left out. */
export const MAX_EDGES = 1_500;
/** Indirect edges remembered per hidden task: enough to connect the view, bounded for speed. */
const INDIRECT_PER_TASK = 8;
const NAME_MAX = 60;
/** The outline colours of critical and near-critical nodes (the panel's legend shows the same). */
export const NODE_COLORS = { critical: '#e53935', nearCritical: '#fb8c00' } as const;
/** The node that ends the chain; our task keys are `t<n>`, so it cannot clash. */
const FINISH_KEY = 'finish';

export type NodeKind = 'critical' | 'nearCritical' | 'other';

export interface CriticalPathNode {
  readonly key: string;
  readonly taskId: string;
  readonly kind: NodeKind;
  readonly milestone: boolean;
  /** Working days the forecast finish is later than the baseline's (only when later). */
  readonly slip?: number;
}

export interface CriticalPathDiagram {
  readonly source: string;
  readonly nodes: readonly CriticalPathNode[];
  /** The scope drawn: `nearest` is `auto`, the critical chain and the near-critical tasks nearest to it. */
  readonly scope: Exclude<CriticalPathScope, 'auto'> | 'nearest';
  readonly nearCriticalThreshold: number;
  /** Scheduled tasks in the program. */
  readonly total: number;
  /** Scheduled tasks left out of this view. */
  readonly hidden: number;
  /** True when the node limit cut the view (beyond what the scope leaves out). */
  readonly truncated: boolean;
  readonly edges: number;
  /** Edges left out to stay within {@link MAX_EDGES} (dashed "via hidden tasks" edges go first). */
  readonly omittedEdges: number;
  readonly criticalCount: number;
  /** Ids of tasks that could not be scheduled. */
  readonly unscheduled: readonly string[];
}

export function criticalPathDiagram(program: Program, schedule: Schedule, options: CriticalPathOptions = {}): CriticalPathDiagram {
  const threshold = Math.max(0, options.nearCriticalThreshold ?? 2);
  const maxNodes = Math.max(1, Math.floor(options.maxNodes ?? DEFAULT_MAX_NODES));
  const graph = options.graph ?? buildDependencyGraph(program);
  const order = chartOrder(program, schedule, graph);
  const timing = (index: number): TaskSchedule => order.timing[index]!;
  // Finished work has no float left to lose: it is never near-critical.
  const finished = (index: number): boolean => program.tasks[index].status === 'done' || program.tasks[index].status === 'cancelled';
  const kindOf = (index: number): NodeKind => {
    const t = timing(index);
    return t.critical ? 'critical' : t.tf <= threshold && !finished(index) ? 'nearCritical' : 'other';
  };
  const isMilestone = (index: number): boolean => program.tasks[index].milestone || timing(index).duration === 0;

  const requested = options.scope ?? 'auto';
  const scope = requested === 'auto' ? 'nearest' : requested;
  const inScope = (index: number): boolean => {
    const kind = kindOf(index);
    if (scope === 'all' || kind === 'critical') return true;
    return (scope === 'nearest' && kind === 'nearCritical') || (scope === 'focus' && (kind === 'nearCritical' || isMilestone(index)));
  };
  const leastFloatFirst = (a: number, b: number): number => timing(a).tf - timing(b).tf || timing(a).es - timing(b).es;
  const keepOnly = (list: number[], count: number): number[] => {
    const keep = new Set([...list].sort(leastFloatFirst).slice(0, count));
    return list.filter((index) => keep.has(index));
  };

  let candidates = order.indices.filter(inScope);
  if (scope === 'nearest') {
    const criticalCount = candidates.filter((index) => kindOf(index) === 'critical').length;
    candidates = keepOnly(candidates, Math.max(criticalCount, AUTO_MAX_NODES));
  }
  const truncated = candidates.length > maxNodes;
  if (truncated) candidates = keepOnly(candidates, maxNodes);
  const shown = new Set(candidates);
  const people = new Map(program.people.map((person) => [person.id, person.name || person.id]));

  const lines = ['flowchart LR'];
  const summary = `${shown.size} of ${order.indices.length} scheduled tasks`;
  lines.push(`%% ${scope === 'all' && !truncated ? `All ${summary}` : `Showing ${summary}`}; critical tasks have a thick red border.`);
  const nodes: CriticalPathNode[] = [];
  const classMembers: Record<'critical' | 'nearCritical' | 'finished' | 'slipped', string[]> = { critical: [], nearCritical: [], finished: [], slipped: [] };
  for (const index of candidates) {
    const task = program.tasks[index];
    const t = timing(index);
    const slip = options.slips?.get(task.id);
    const node: CriticalPathNode = { key: order.keyByIndex.get(index)!, taskId: task.id, kind: kindOf(index), milestone: isMilestone(index), ...(slip !== undefined && slip > 0 ? { slip } : {}) };
    nodes.push(node);
    if (node.kind !== 'other') classMembers[node.kind].push(node.key);
    if (finished(index)) classMembers.finished.push(node.key);
    if (node.slip !== undefined) classMembers.slipped.push(node.key);
    const label = nodeLabel(task, t, node.milestone, task.owner ? people.get(task.owner.id) ?? task.owner.id : undefined, node.slip);
    lines.push(`  ${node.key}${node.milestone ? `{{"${label}"}}` : `["${label}"]`}`);
  }

  // The critical path alone reads as one row: only the links that drive it are drawn.
  const edges = edgeLines(program.tasks, graph.predecessors, order.indices, order.keyByIndex, shown, timing, scope === 'critical');
  lines.push(...edges.lines);
  const criticalLinks = [...edges.critical];
  // The chain ends in the program's finish: its date and how long the whole program takes.
  const last = scope === 'critical' || scope === 'nearest' ? candidates.filter((index) => kindOf(index) === 'critical' && timing(index).ef === schedule.projectEnd) : [];
  if (last.length > 0 && schedule.projectEndDate) {
    lines.push(`  ${FINISH_KEY}(["<b>Finish ${schedule.projectEndDate}</b><br/>${schedule.projectEnd} working days in all"])`);
    // Links are numbered in the order they are written: these come after all the others.
    last.forEach((index, i) => {
      criticalLinks.push(edges.lines.length + i);
      lines.push(`  ${order.keyByIndex.get(index)} --> ${FINISH_KEY}`);
    });
    lines.push(`  class ${FINISH_KEY} finish`);
  }
  if (criticalLinks.length > 0) lines.push(`  linkStyle ${criticalLinks.join(',')} stroke:${NODE_COLORS.critical},stroke-width:3px`);
  for (const [name, keys] of Object.entries(classMembers)) if (keys.length > 0) lines.push(`  class ${keys.join(',')} ${name}`);
  lines.push(
    `  classDef critical stroke:${NODE_COLORS.critical},stroke-width:3px`,
    `  classDef nearCritical stroke:${NODE_COLORS.nearCritical},stroke-width:2px,stroke-dasharray:6 3`,
    '  classDef finished opacity:0.6',
    `  classDef finish stroke:${NODE_COLORS.critical},stroke-width:3px`,
  );
  // The panel badges these nodes; the class names them for a reader of the source.
  if (classMembers.slipped.length > 0) lines.push('  classDef slipped stroke-width:3px');

  return {
    source: `${lines.join('\n')}\n`,
    nodes,
    scope,
    nearCriticalThreshold: threshold,
    total: order.indices.length,
    hidden: order.indices.length - shown.size,
    truncated,
    edges: edges.lines.length,
    omittedEdges: edges.omitted,
    criticalCount: classMembers.critical.length,
    unscheduled: order.unscheduled,
  };
}

function nodeLabel(task: Task, t: TaskSchedule, milestone: boolean, owner: string | undefined, slip: number | undefined): string {
  const name = mermaidText(task.name || task.id, { maxLength: NAME_MAX }) || mermaidText(task.id);
  const dates = milestone || t.startDate === t.finishDate ? t.finishDate : `${t.startDate} #8594; ${t.finishDate}`;
  const facts = [milestone ? 'milestone' : `${t.duration}d`, floatText(task, t)];
  const ownerLine = owner ? `<br/>${mermaidText(owner, { maxLength: NAME_MAX })}` : '';
  // Also in the copied source, where the panel's badge is not.
  const slipLine = slip !== undefined ? `<br/>${varianceBadge(slip)} vs baseline` : '';
  return `<b>${name}</b><br/>${dates}<br/>${facts.join(' · ')}${ownerLine}${slipLine}`;
}

function floatText(task: Task, t: TaskSchedule): string {
  if (task.status === 'done') return 'done';
  if (task.status === 'cancelled') return 'cancelled';
  if (t.tf < 0) return `${-t.tf}d late`;
  return t.critical ? 'critical' : `float ${t.tf}d`;
}

interface EdgeLines {
  readonly lines: string[];
  /** Indices (in definition order) of the edges on the critical chain, for `linkStyle`. */
  readonly critical: number[];
  readonly omitted: number;
}

/**
 * Direct edges between shown tasks, then one dashed edge from each shown task to each shown task
 * it reaches only through hidden ones. Walks the tasks once in dependency order, carrying for
 * every hidden task the nearest shown tasks before it (at most {@link INDIRECT_PER_TASK}).
 */
function edgeLines(
  tasks: readonly Task[],
  predecessors: readonly (readonly DependencyEdge[])[],
  ordered: readonly number[],
  keyByIndex: ReadonlyMap<number, string>,
  shown: ReadonlySet<number>,
  timing: (index: number) => TaskSchedule,
  drivingOnly: boolean,
): EdgeLines {
  const direct: { line: string; critical: boolean }[] = [];
  const indirect: string[] = [];
  const reachedThroughHidden = new Map<number, Set<number>>();
  for (const to of ordered) {
    const directFrom = new Set<number>();
    const indirectFrom = new Set<number>();
    for (const edge of predecessors[to]) {
      if (!keyByIndex.has(edge.from)) continue; // an unscheduled predecessor
      if (shown.has(edge.from)) directFrom.add(edge.from);
      else for (const from of reachedThroughHidden.get(edge.from) ?? []) indirectFrom.add(from);
    }
    if (!shown.has(to)) {
      const carried = [...directFrom, ...indirectFrom].slice(0, INDIRECT_PER_TASK);
      if (carried.length > 0) reachedThroughHidden.set(to, new Set(carried));
      continue;
    }
    const toKey = keyByIndex.get(to)!;
    for (const edge of predecessors[to]) {
      if (!shown.has(edge.from) || !keyByIndex.has(edge.from)) continue;
      const dependency = edgeDependency(tasks, edge);
      const label = linkLabel(dependency.type, dependency.lag);
      const critical = isDriving(dependency, timing(edge.from), timing(to));
      if (drivingOnly && !critical) continue;
      direct.push({ line: `  ${keyByIndex.get(edge.from)} -->${label ? `|"${label}"|` : ''} ${toKey}`, critical });
    }
    if (drivingOnly) continue;
    for (const from of indirectFrom) if (!directFrom.has(from)) indirect.push(`  ${keyByIndex.get(from)} -.-> ${toKey}`);
  }

  // Over the limit, keep the critical links first, then other direct links, then indirect ones.
  const keptDirect = direct.length <= MAX_EDGES ? direct : [...direct.filter((e) => e.critical), ...direct.filter((e) => !e.critical)].slice(0, MAX_EDGES);
  const keptIndirect = indirect.slice(0, MAX_EDGES - keptDirect.length);
  const critical: number[] = [];
  keptDirect.forEach((edge, i) => edge.critical && critical.push(i));
  return {
    lines: [...keptDirect.map((edge) => edge.line), ...keptIndirect],
    critical,
    omitted: direct.length + indirect.length - keptDirect.length - keptIndirect.length,
  };
}

/** `SS +2d` for anything but a plain finish-to-start link. */
function linkLabel(type: DependencyType, lag: number): string {
  if (type === 'FS' && lag === 0) return '';
  const lagText = lag === 0 ? '' : ` ${lag > 0 ? '+' : '#8722;'}${Math.abs(lag)}d`;
  return `${type}${lagText}`;
}

/** A link on the critical chain: both ends critical and no slack between them. */
function isDriving(dependency: Dependency, from: TaskSchedule, to: TaskSchedule): boolean {
  if (!from.critical || !to.critical) return false;
  if (to.driver === from.id) return true;
  const lag = dependency.lag;
  switch (dependency.type) {
    case 'FS':
      return to.es === from.ef + lag;
    case 'SS':
      return to.es === from.es + lag;
    case 'FF':
      return to.ef === from.ef + lag;
    case 'SF':
      return to.ef === from.es + lag;
  }
}
