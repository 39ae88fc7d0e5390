/** Names and dates the documents share: people by name, dates as the schedule shows them. */
import type { Analysis } from '../analyze';
import type { Ref } from '../model';
import { ownerName } from '../status/report';
import { text, type Inline } from '../status/document';

/** Person id → name, for every document's owner column. */
export function personNames(analysis: Analysis): ReadonlyMap<string, string> {
  return new Map(analysis.program.people.map((p) => [p.id, p.name || p.id]));
}

/** The person's name (or the id as written when unknown), empty when there is none. */
export function who(ref: Ref | undefined, names: ReadonlyMap<string, string>): Inline {
  return [text(ownerName(ref, names) ?? '')];
}

/** A cell of text; `fallback` when there is none. */
export function cell(value: string | undefined, fallback = ''): Inline {
  return [text(value?.trim() ? value : fallback)];
}
