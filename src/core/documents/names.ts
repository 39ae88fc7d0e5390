/** Names and dates the documents share: people by name, dates as the schedule shows them. */
import type { Analysis } from '../analyze';
import type { Ref } from '../model';
import type { Span } from '../source';
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

export interface DocumentOptions {
  /** The 1-based line of an offset of the plan: names then link to where they are written (the preview). */
  readonly lineOf?: (offset: number) => number;
}

/** `content` linked to the line where `span` starts, when the document knows lines. */
export function at(content: Inline, span: Span | undefined, options: DocumentOptions): Inline {
  const line = span && options.lineOf?.(span.start);
  return line === undefined ? content : content.map((run) => ({ ...run, line }));
}
