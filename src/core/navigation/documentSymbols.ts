/**
 * The outline of a program file: its sections in file order; tasks grouped by phase (in the
 * order phases first appear), milestones marked as such; risks, people and the rest by id.
 */
import type { Located, Program, Task } from '../model';
import type { Span } from '../source';
import { plural } from '../text/plural';

export type SymbolNodeKind = 'section' | 'phase' | 'task' | 'milestone' | 'person' | 'team' | 'risk' | 'action' | 'issue' | 'decision' | 'stakeholder';

export interface SymbolNode {
  readonly name: string;
  readonly detail: string;
  readonly kind: SymbolNodeKind;
  /** The whole block. */
  readonly span: Span;
  /** What to select when the symbol is picked: the id. */
  readonly selectionSpan: Span;
  readonly children: readonly SymbolNode[];
}

interface Item extends Located {
  readonly id: string;
  readonly idSpan: Span;
}

export function documentSymbols(program: Program): SymbolNode[] {
  const sections: SymbolNode[] = [];
  const section = (key: string, children: SymbolNode[]): void => {
    const field = program.fields[key];
    if (!field) return;
    sections.push({ name: key, detail: `${children.length}`, kind: 'section', span: { start: field.key.start, end: Math.max(field.key.end, field.value.end) }, selectionSpan: field.key, children });
  };
  const leaves = <T extends Item>(items: readonly T[], kind: SymbolNodeKind, name: (item: T) => string | undefined, detail: (item: T) => string): SymbolNode[] =>
    items.map((item) => leaf(item, kind, name(item) || item.id, detail(item)));

  section('people', leaves(program.people, 'person', (p) => p.name, (p) => [p.id, p.role].filter(Boolean).join(' · ')));
  section('teams', leaves(program.teams, 'team', (t) => t.name, (t) => t.id));
  section('tasks', taskTree(program.tasks));
  section('risks', leaves(program.risks, 'risk', (r) => r.title, (r) => `${r.id} · ${r.status}`));
  section('actions', leaves(program.actions, 'action', (a) => a.title, (a) => `${a.id} · ${a.status}`));
  section('issues', leaves(program.issues, 'issue', (i) => i.title, (i) => `${i.id} · ${i.status}`));
  section('decisions', leaves(program.decisions, 'decision', (d) => d.title, (d) => `${d.id} · ${d.status}`));
  section('stakeholders', leaves(program.stakeholders, 'stakeholder', (s) => s.name, (s) => s.id));
  return sections.sort((a, b) => a.span.start - b.span.start);
}

function leaf(item: Item, kind: SymbolNodeKind, name: string, detail: string): SymbolNode {
  return { name, detail, kind, span: item.span, selectionSpan: item.idSpan, children: [] };
}

/** Tasks without a phase stay at the top, in file order among the phase groups. */
function taskTree(tasks: readonly Task[]): SymbolNode[] {
  const top: (SymbolNode | { phase: string; tasks: SymbolNode[] })[] = [];
  const phases = new Map<string, { phase: string; tasks: SymbolNode[] }>();
  for (const task of tasks) {
    const node = leaf(task, task.milestone ? 'milestone' : 'task', task.name || task.id, `${task.id} · ${task.status}`);
    if (!task.phase) {
      top.push(node);
      continue;
    }
    let group = phases.get(task.phase);
    if (!group) {
      group = { phase: task.phase, tasks: [] };
      phases.set(task.phase, group);
      top.push(group);
    }
    group.tasks.push(node);
  }
  return top.map((entry) => {
    if (!('phase' in entry)) return entry;
    // A phase spans its tasks; when they are scattered, its range covers what lies between.
    const start = entry.tasks.reduce((min, t) => Math.min(min, t.span.start), Infinity);
    const end = entry.tasks.reduce((max, t) => Math.max(max, t.span.end), -Infinity);
    const first = entry.tasks[0];
    return { name: entry.phase, detail: plural(entry.tasks.length, 'task'), kind: 'phase', span: { start, end }, selectionSpan: first.selectionSpan, children: entry.tasks };
  });
}
