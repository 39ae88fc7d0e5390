/** Text edits as the fixes produce them: offsets into the text the analysis was made from. */
import type { Span } from '../source';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
  /**
   * The same insertion as a snippet (`${1:placeholder}`), for editors that support them; the
   * plain `newText` is what gets inserted elsewhere (and what fix-all uses).
   */
  readonly snippet?: string;
}

/** Applies non-overlapping edits to a text (the order given does not matter). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.span.end > limit) throw new Error('applyEdits: overlapping edits');
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
    limit = edit.span.start;
  }
  return result;
}

/** Whether two edits touch the same text (two insertions at one offset count as touching). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  return (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
}
