/**
 * Source locations. Everything in the core is located by UTF-16 character offsets into the
 * file's text (the same unit as VS Code's `TextDocument.offsetAt`), so the extension can map
 * them with `positionAt` and the CLI with a {@link LineIndex}.
 */

/** A half-open range `[start, end)` of character offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line and character, as VS Code counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Maps offsets to line/character positions in one text, in O(log lines). */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[position.line] + Math.max(0, position.character), this.text.length);
  }
}

export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
