/**
 * The symbol index of one program: every id definition and every reference to it, so that
 * hover, go to definition, references, rename and completion answer from maps and binary
 * searches instead of walking the model on every request. Built once per analysis (memoised on
 * the Program object).
 */
import type { EntityKind, Located, Program, Ref } from '../model';
import type { Span } from '../source';

/** An entity with an id: a task, person, team, risk, action, issue, decision or stakeholder. */
export interface Definition {
  readonly role: 'definition';
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
  readonly role: 'reference';
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

export type Occurrence = Definition | Reference;

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

type ById<T> = Map<EntityKind, Map<string, T[]>>;

/**
 * Only the definitions, in file order, are collected up front (a keystroke's analysis pays for
 * that alone); a position query reads the references of the one block around it, and the maps
 * by id are built on the first query that needs them.
 */
export function buildSymbolIndex(program: Program): SymbolIndex {
  const definitions: Definition[] = [];
  const collect = (kind: EntityKind, items: readonly (Located & { id: string; idSpan: Span })[]): void => {
    for (let index = 0; index < items.length; index++) {
      const entity = items[index];
      definitions.push({ role: 'definition', kind, id: entity.id, span: entity.idSpan, block: entity.span, index, entity });
    }
  };
  collect('person', program.people);
  collect('team', program.teams);
  collect('task', program.tasks);
  collect('risk', program.risks);
  collect('action', program.actions);
  collect('issue', program.issues);
  collect('decision', program.decisions);
  collect('stakeholder', program.stakeholders);
  // Sections may come in any order in the file; positions decide.
  definitions.sort((a, b) => a.block.start - b.block.start);
  const outside = topLevelReferences(program);

  let definitionsById: ById<Definition> | undefined;
  let referenceCodes: ById<number> | undefined;
  const idLists = new Map<EntityKind, readonly string[]>();
  const byId = (): ById<Definition> => (definitionsById ??= group(definitions));
  // References by id are kept as numbers (block × slot) rather than objects: a big plan has
  // tens of thousands of them, and a query wants the few of one id.
  const blocks = definitions.length + 1; // the last "block" is the top level
  const codesById = (): ById<number> => {
    if (!referenceCodes) {
      const codes: ById<number> = new Map();
      const add = (kind: EntityKind, id: string, code: number): void => {
        let ofKind = codes.get(kind);
        if (!ofKind) codes.set(kind, (ofKind = new Map()));
        const list = ofKind.get(id);
        if (list) list.push(code);
        else ofKind.set(id, [code]);
      };
      outside.forEach((reference, slot) => add(reference.kind, reference.id, slot * blocks + definitions.length));
      for (let block = 0; block < definitions.length; block++) {
        let slot = 0;
        visitReferences(program, definitions[block], (kind, ref) => add(kind, ref.id, slot++ * blocks + block));
      }
      referenceCodes = codes;
    }
    return referenceCodes;
  };
  const referencesTo = (kind: EntityKind, id: string): Reference[] => {
    const codes = codesById().get(kind)?.get(id);
    if (!codes) return [];
    const inBlock = new Map<number, readonly Reference[]>();
    const references = codes.map((code) => {
      const block = code % blocks;
      let list = inBlock.get(block);
      if (!list) inBlock.set(block, (list = block === definitions.length ? outside : referencesIn(program, definitions[block])));
      return list[Math.floor(code / blocks)];
    });
    return references.sort((a, b) => a.span.start - b.span.start);
  };

  const definitionAround = (offset: number): Definition | undefined => {
    const i = lastStartingAtOrBefore(definitions, offset, (d) => d.block.start);
    const found = i >= 0 ? definitions[i] : undefined;
    return found && offset <= found.block.end ? found : undefined;
  };

  return {
    definitions,
    definitionsOf: (kind, id) => byId().get(kind)?.get(id) ?? [],
    referencesTo,
    occurrenceAt(offset) {
      const around = definitionAround(offset);
      if (around && spanHas(around.span, offset)) return around;
      const candidates = around ? referencesIn(program, around) : outside;
      return candidates.find((reference) => spanHas(reference.span, offset));
    },
    definitionAround,
    idsOf(kind) {
      let ids = idLists.get(kind);
      if (!ids) idLists.set(kind, (ids = [...(byId().get(kind)?.keys() ?? [])]));
      return ids;
    },
  };
}

function spanHas(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function group<T extends { kind: EntityKind; id: string }>(items: readonly T[]): ById<T> {
  return addTo(new Map(), items);
}

function addTo<T extends { kind: EntityKind; id: string }>(result: ById<T>, items: readonly T[]): ById<T> {
  for (const item of items) {
    let byId = result.get(item.kind);
    if (!byId) result.set(item.kind, (byId = new Map()));
    const list = byId.get(item.id);
    if (list) list.push(item);
    else byId.set(item.id, [item]);
  }
  return result;
}

type Visit = (kind: EntityKind, ref: Ref, field: string, position?: number) => void;

/** Calls `visit` for each reference written in one entity's block, always in the same order. */
function visitReferences(program: Program, definition: Definition, visit: Visit): void {
  const one = (kind: EntityKind, ref: Ref | undefined, field: string): void => {
    if (ref) visit(kind, ref, field);
  };
  const list = (kind: EntityKind, refs: readonly Ref[], field: string): void => refs.forEach((ref, position) => visit(kind, ref, field, position));
  switch (definition.kind) {
    case 'person':
      return one('team', program.people[definition.index].team, 'team');
    case 'team':
      return one('person', program.teams[definition.index].lead, 'lead');
    case 'task': {
      const task = program.tasks[definition.index];
      one('team', task.team, 'team');
      one('person', task.owner, 'owner');
      list('person', task.accountable, 'accountable');
      list('person', task.consulted, 'consulted');
      list('person', task.informed, 'informed');
      task.dependsOn.forEach((dependency, position) => visit('task', dependency.task, 'dependsOn', position));
      return;
    }
    case 'risk': {
      const risk = program.risks[definition.index];
      one('person', risk.owner, 'owner');
      return list('task', risk.tasks, 'tasks');
    }
    case 'action':
      return one('person', program.actions[definition.index].owner, 'owner');
    case 'issue':
      return one('person', program.issues[definition.index].owner, 'owner');
    case 'decision':
      return one('person', program.decisions[definition.index].owner, 'owner');
    case 'stakeholder':
      return;
  }
}

/** The references written in one entity's block. */
function referencesIn(program: Program, definition: Definition): Reference[] {
  const references: Reference[] = [];
  const from = { kind: definition.kind, index: definition.index };
  visitReferences(program, definition, (kind, ref, field, position) => references.push({ role: 'reference', kind, id: ref.id, span: ref.span, field, from, position }));
  return references;
}

/** References outside any entity block: the program's `accountable` and the launch checklist. */
function topLevelReferences(program: Program): Reference[] {
  const references: Reference[] = program.accountable.map((ref, position) => ({ role: 'reference', kind: 'person', id: ref.id, span: ref.span, field: 'accountable', position }));
  for (const item of program.launch?.checklist ?? []) {
    if (item.owner) references.push({ role: 'reference', kind: 'person', id: item.owner.id, span: item.owner.span, field: 'owner' });
  }
  return references;
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
