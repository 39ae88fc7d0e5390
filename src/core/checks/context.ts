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

export interface CheckContext {
  readonly program: Program;
  readonly asOf: IsoDate;
  readonly graph: DependencyGraph;
  readonly personIds: ReadonlySet<string>;
  /** The first team with each id. */
  readonly teams: ReadonlyMap<string, Team>;
  /** The closest existing id of this kind to a missing one, if any is close enough. */
  suggest(kind: IdKind, missing: string): string | undefined;
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
  let budget = COMPARISON_BUDGET;
  return {
    program,
    asOf,
    graph,
    personIds,
    teams,
    suggest(kind, missing) {
      const { ids, count } = candidates[kind]();
      if (missing === '' || count > budget) return undefined;
      budget -= count;
      return closest(missing, ids);
    },
  };
}

/** The value of `key` in an entity, else the fallback (usually the entity's id). */
export function valueSpan(entity: Located, key: string, fallback: Span): Span {
  return field(entity, key)?.value ?? fallback;
}

/** A field's key and value spans, when the key is written in the file. */
export function field(entity: Located, key: string): FieldSpan | undefined {
  return Object.prototype.hasOwnProperty.call(entity.fields, key) ? entity.fields[key] : undefined;
}

/** " Did you mean 'x'?" or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`;
}

/** True when text is missing or only whitespace. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Adds `suggestion` to a diagnostic's data only when there is one (data is plain JSON). */
export function withSuggestion(data: Record<string, string>, suggestion: string | undefined): Record<string, string> {
  return suggestion === undefined ? data : { ...data, suggestion };
}
