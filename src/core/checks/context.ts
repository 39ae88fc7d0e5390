/**
 * What every check needs, built once per analysis: the dependency graph, id sets, and a
 * budgeted "did you mean" so that a file full of misspellings stays fast.
 */
import type { FieldSpan, IsoDate, Located, Program, Team } from '../model';
import type { Span } from '../source';
import { buildDependencyGraph, type DependencyGraph } from '../graph/dependencyGraph';
import { closest } from '../text/suggest';

/**
 * Each suggestion compares the missing id with every candidate id. Past this many comparisons in
 * one analysis the remaining misses go without a suggestion, so a badly broken 20,000-task plan
 * (hundreds of misses × 20,000 ids) stays at keystroke speed; a normal file never gets near it.
 */
const COMPARISON_BUDGET = 1_000_000;

export type IdKind = 'task' | 'person' | 'team';

/** An existing id for a missing one: a likely typo of it, or the id of the item whose `name` was written. */
export interface Suggestion {
  readonly id: string;
  readonly byName: boolean;
}

export interface CheckContext {
  readonly program: Program;
  readonly asOf: IsoDate;
  readonly graph: DependencyGraph;
  readonly personIds: ReadonlySet<string>;
  /** The first team with each id. */
  readonly teams: ReadonlyMap<string, Team>;
  /**
   * The id meant by a missing one: the id of the only item of this kind with that `name` (any
   * case: `owner: Ravi Kumar` means `ravi`), else the closest id if any is close enough.
   */
  suggest(kind: IdKind, missing: string): Suggestion | undefined;
}

export function createCheckContext(program: Program, asOf: IsoDate, graph = buildDependencyGraph(program)): CheckContext {
  const personIds = new Set(program.people.map((person) => person.id));
  const teams = new Map<string, Team>();
  for (const team of program.teams) if (!teams.has(team.id)) teams.set(team.id, team);
  const candidates: Record<IdKind, () => { ids: Iterable<string>; count: number }> = {
    task: () => ({ ids: graph.indexById.keys(), count: graph.indexById.size }),
    person: () => ({ ids: personIds, count: personIds.size }),
    team: () => ({ ids: teams.keys(), count: teams.size }),
  };
  const names: Record<IdKind, () => ReadonlyMap<string, string | null>> = {
    task: once(() => idsByName(program.tasks)),
    person: once(() => idsByName(program.people)),
    team: once(() => idsByName(program.teams)),
  };
  let budget = COMPARISON_BUDGET;
  return {
    program,
    asOf,
    graph,
    personIds,
    teams,
    suggest(kind, missing) {
      if (missing === '') return undefined;
      const named = names[kind]().get(missing.trim().toLowerCase());
      if (named) return { id: named, byName: true };
      const { ids, count } = candidates[kind]();
      if (count > budget) return undefined;
      budget -= count;
      const id = closest(missing, ids);
      return id === undefined ? undefined : { id, byName: false };
    },
  };
}

/**
 * Each name, lowercased, to the id of the item that has it; null when two items with different
 * ids share it, so that a name which could mean either suggests neither. Built on the first miss
 * only: a file without unknown references never pays for it.
 */
function idsByName(items: readonly { readonly id: string; readonly name: string; readonly fields: Located['fields'] }[]): Map<string, string | null> {
  const byName = new Map<string, string | null>();
  for (const item of items) {
    // An item without a `name` is named by its id, and an id is no name to suggest.
    if (!item.fields.name) continue;
    const name = item.name.trim().toLowerCase();
    const known = byName.get(name);
    if (known === undefined) byName.set(name, item.id);
    else if (known !== item.id) byName.set(name, null);
  }
  return byName;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The value of `key` in an entity, else the fallback (usually the entity's id). */
export function valueSpan(entity: Located, key: string, fallback: Span): Span {
  return field(entity, key)?.value ?? fallback;
}

/** A field's key and value spans, when the key is written in the file. */
export function field(entity: Located, key: string): FieldSpan | undefined {
  return Object.prototype.hasOwnProperty.call(entity.fields, key) ? entity.fields[key] : undefined;
}

/**
 * What to say about a missing id after the sentence naming it: that it is a name and which id to
 * write, or " Did you mean 'x'?" followed by `otherwise` (how to fix it), or just `otherwise`.
 */
export function advice(kind: IdKind, suggestion: Suggestion | undefined, otherwise: string): string {
  if (suggestion?.byName) return ` That is the name of ${kind} '${suggestion.id}': write the id, '${suggestion.id}'.`;
  return `${suggestion ? ` Did you mean '${suggestion.id}'?` : ''} ${otherwise}`;
}

/** True when text is missing or only whitespace. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Adds the suggested id (and whether a name was written) to a diagnostic's data only when there is one (data is plain JSON). */
export function withSuggestion(data: Record<string, string>, suggestion: Suggestion | undefined): Record<string, string | boolean> {
  if (suggestion === undefined) return data;
  return suggestion.byName ? { ...data, suggestion: suggestion.id, byName: true } : { ...data, suggestion: suggestion.id };
}
