/**
 * The symbol index of one program: every id definition and every reference to it, so that
 * hover, go to definition, references, rename and completion answer from maps and binary
 * searches instead of walking the model on every request. Built once per analysis (memoised on
 * the Program object) in one pass over the model.
 */
import type { EntityKind, Located, Program, Ref } from '../model';
import type { Span } from '../source';

/** An entity with an id: a task, person, team, risk, action, issue, decision or stakeholder. */
export interface Definition {
  readonly kind: EntityKind;
  readonly id: string;
  /** The id's text. */
  readonly span: Span;
  /** The whole entity block. */
  readonly block: Span;
  /** Position in its collection (e.g. `program.tasks[index]`). */
  readonly index: number;
  readonly entity: Located & { readonly id: string };
}

/** Where a reference sits: which entity's which field (no entity for top-level fields). */
export interface Reference {
  readonly kind: EntityKind;
  readonly id: string;
  readonly span: Span;
  /** The field holding the reference: `owner`, `dependsOn`, `tasks`, `lead`, … */
  readonly field: string;
  /** The entity whose field it is; absent for the program's own `accountable` and the launch checklist. */
  readonly from?: { readonly kind: EntityKind; readonly index: number };
  /** For a field that lists ids: the position in the list. */
  readonly position?: number;
}

export type Occurrence = ({ readonly role: 'definition' } & Definition) | ({ readonly role: 'reference' } & Reference);

export interface SymbolIndex {
  /** Every definition of each `kind:id` in file order (more than one is a duplicate id). */
  definitionsOf(kind: EntityKind, id: string): readonly Definition[];
  /** Every reference to `kind:id` in file order. */
  referencesTo(kind: EntityKind, id: string): readonly Reference[];
  /** The definition or reference whose id text contains the offset (its end included). */
  occurrenceAt(offset: number): Occurrence | undefined;
  /** The entity block that contains the offset. */
  definitionAround(offset: number): Definition | undefined;
  /** The ids defined for a kind, each once, in file order. */
  idsOf(kind: EntityKind): readonly string[];
  /** Every definition in file order. */
  readonly definitions: readonly Definition[];
}

const cache = new WeakMap<Program, SymbolIndex>();

/** The index of a program, built on first use and shared by every caller. */
export function symbolIndexOf(program: Program): SymbolIndex {
  let index = cache.get(program);
  if (!index) {
    index = buildSymbolIndex(program);
    cache.set(program, index);
  }
  return index;
}

const keyOf = (kind: EntityKind, id: string): string => `${kind}\u0000${id}`;

export function buildSymbolIndex(program: Program): SymbolIndex {
  const definitions: Definition[] = [];
  const definitionsByKey = new Map<string, Definition[]>();
  const referencesByKey = new Map<string, Reference[]>();
  const occurrences: Occurrence[] = [];

  const define = (kind: EntityKind, entity: Located & { id: string; idSpan: Span }, index: number): void => {
    const definition: Definition = { kind, id: entity.id, span: entity.idSpan, block: entity.span, index, entity };
    definitions.push(definition);
    occurrences.push({ role: 'definition', ...definition });
    const key = keyOf(kind, entity.id);
    const list = definitionsByKey.get(key);
    if (list) list.push(definition);
    else definitionsByKey.set(key, [definition]);
  };
  const refer = (kind: EntityKind, ref: Ref | undefined, field: string, from?: Reference['from'], position?: number): void => {
    if (!ref) return;
    const reference: Reference = { kind, id: ref.id, span: ref.span, field, from, position };
    occurrences.push({ role: 'reference', ...reference });
    const key = keyOf(kind, ref.id);
    const list = referencesByKey.get(key);
    if (list) list.push(reference);
    else referencesByKey.set(key, [reference]);
  };

  program.accountable.forEach((ref, position) => refer('person', ref, 'accountable', undefined, position));
  program.people.forEach((person, index) => {
    define('person', person, index);
    refer('team', person.team, 'team', { kind: 'person', index });
  });
  program.teams.forEach((team, index) => {
    define('team', team, index);
    refer('person', team.lead, 'lead', { kind: 'team', index });
  });
  program.tasks.forEach((task, index) => {
    define('task', task, index);
    const from = { kind: 'task', index } as const;
    refer('team', task.team, 'team', from);
    refer('person', task.owner, 'owner', from);
    task.accountable.forEach((ref, position) => refer('person', ref, 'accountable', from, position));
    task.consulted.forEach((ref, position) => refer('person', ref, 'consulted', from, position));
    task.informed.forEach((ref, position) => refer('person', ref, 'informed', from, position));
    task.dependsOn.forEach((dependency, position) => refer('task', dependency.task, 'dependsOn', from, position));
  });
  program.risks.forEach((risk, index) => {
    define('risk', risk, index);
    refer('person', risk.owner, 'owner', { kind: 'risk', index });
    risk.tasks.forEach((ref, position) => refer('task', ref, 'tasks', { kind: 'risk', index }, position));
  });
  program.actions.forEach((action, index) => {
    define('action', action, index);
    refer('person', action.owner, 'owner', { kind: 'action', index });
  });
  program.issues.forEach((issue, index) => {
    define('issue', issue, index);
    refer('person', issue.owner, 'owner', { kind: 'issue', index });
  });
  program.decisions.forEach((decision, index) => {
    define('decision', decision, index);
    refer('person', decision.owner, 'owner', { kind: 'decision', index });
  });
  program.stakeholders.forEach((stakeholder, index) => define('stakeholder', stakeholder, index));
  for (const item of program.launch?.checklist ?? []) refer('person', item.owner, 'owner');

  // Sections may come in any order in the file; positions decide.
  occurrences.sort((a, b) => a.span.start - b.span.start);
  definitions.sort((a, b) => a.block.start - b.block.start);
  const idsByKind = new Map<EntityKind, string[]>();
  for (const definition of [...definitions].sort((a, b) => a.span.start - b.span.start)) {
    const ids = idsByKind.get(definition.kind) ?? [];
    if (ids.length === 0) idsByKind.set(definition.kind, ids);
    if (definitionsByKey.get(keyOf(definition.kind, definition.id))![0] === definition) ids.push(definition.id);
  }

  return {
    definitions,
    definitionsOf: (kind, id) => definitionsByKey.get(keyOf(kind, id)) ?? [],
    referencesTo: (kind, id) => referencesByKey.get(keyOf(kind, id)) ?? [],
    occurrenceAt(offset) {
      const i = lastStartingAtOrBefore(occurrences, offset, (o) => o.span.start);
      const found = i >= 0 ? occurrences[i] : undefined;
      return found && offset <= found.span.end ? found : undefined;
    },
    definitionAround(offset) {
      const i = lastStartingAtOrBefore(definitions, offset, (d) => d.block.start);
      const found = i >= 0 ? definitions[i] : undefined;
      return found && offset <= found.block.end ? found : undefined;
    },
    idsOf: (kind) => idsByKind.get(kind) ?? [],
  };
}

/** Binary search: the last item whose start is ≤ offset, or −1. */
function lastStartingAtOrBefore<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
