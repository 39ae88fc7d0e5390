/**
 * The skeleton of a program file: everything but the items of its top-level lists (the scalar
 * fields, `charter`, `calendar`, `launch`, the list keys themselves). It is parsed from the text
 * with the items' lines cut out, so a keystroke inside an item, which changes the item's length
 * and moves what follows, leaves the skeleton's text as it was: its parse is reused and only
 * moved to the new offsets. Cutting whole lines of a list's items leaves the list key with no
 * value, exactly as blanking them would, and changes nothing else the parser sees.
 */
import { parseWholeFile, type ParsedProgram } from './wholeFile';

/** The lines of one list's items, `[start, end)`, in text order and not overlapping. */
export interface CutRegion {
  readonly start: number;
  readonly end: number;
}

export class SkeletonParser {
  /** The last skeleton text and its parse, in offsets of that text. */
  private last: { readonly text: string; readonly parsed: ParsedProgram } | undefined;

  /** `parseWholeFile` of the text without the regions, with every span at its offset in `text`. */
  parse(text: string, regions: readonly CutRegion[]): ParsedProgram {
    const pieces: string[] = [];
    /** Where each kept piece starts, in the skeleton and in the file. */
    const skeletonStarts: number[] = [];
    const fileStarts: number[] = [];
    let pos = 0;
    let length = 0;
    for (const region of [...regions, { start: text.length, end: text.length }]) {
      skeletonStarts.push(length);
      fileStarts.push(pos);
      pieces.push(text.slice(pos, region.start));
      length += region.start - pos;
      pos = region.end;
    }
    const skeleton = pieces.join('');
    if (this.last?.text !== skeleton) this.last = { text: skeleton, parsed: parseWholeFile(skeleton) };
    if (regions.length === 0) return this.last.parsed;
    return mapSpans(this.last.parsed, (offset) => {
      // Spans never end on a cut (they end after a character, a cut starts a line), so the
      // piece an offset starts in is the piece it belongs to.
      let lo = 0;
      let hi = skeletonStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (skeletonStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return offset - skeletonStarts[lo] + fileStarts[lo];
    });
  }
}

/**
 * A copy of a model object (or diagnostic) with every span's offsets mapped. Model objects nest a
 * fixed few levels (program → task → dependency → ref → span), so the recursion depth is bounded
 * by the model's shape, not by the file.
 */
export function mapSpans<T>(value: T, map: (offset: number) => number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = mapSpans(value[i], map);
    return copy as T;
  }
  // Plain JSON-like objects only (no maps, no prototypes with enumerable keys): `for…in` is
  // their own keys, without the array `Object.keys` would allocate on this per-keystroke path.
  const object = value as Record<string, unknown>;
  const start = object.start;
  if (isSpanStart(start)) return { start: map(start), end: map(object.end as number) } as T;
  const copy: Record<string, unknown> = {};
  for (const key in object) copy[key] = mapSpans(object[key], map);
  return copy as T;
}

/** Adds `delta` to every span's offsets of a model object (or diagnostic), in place. */
export function moveSpans(value: object, delta: number): void {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) moveSpans(item as object, delta);
    return;
  }
  const object = value as Record<string, unknown>;
  const start = object.start;
  if (isSpanStart(start)) {
    object.start = start + delta;
    object.end = (object.end as number) + delta;
    return;
  }
  for (const key in object) {
    const property = object[key];
    if (typeof property === 'object' && property !== null) moveSpans(property, delta);
  }
}

/** A span is an object with numeric `start` and `end`; no other model object has a numeric `start` (dates are text). */
function isSpanStart(start: unknown): start is number {
  return typeof start === 'number';
}
