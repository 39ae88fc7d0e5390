/**
 * Minimal edits to YAML text that keep the author's layout: a new key goes on its own line
 * at the block's indentation (or into the `{…}` of a flow map), a removed list item takes its
 * line or its comma with it, and nothing else in the file moves. Comments stay where they are.
 */
import type { FieldSpan, Located } from '../model';
import type { Span } from '../source';
import type { TextEdit } from './textEdit';

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break that ends the line holding `offset` (or the text's end). */
function nextLineStartOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** The offset after the last non-blank character of a span (block scalars end with line breaks). */
function trimmedEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The span without surrounding quotes, for replacing an id that was written quoted. */
export function unquotedSpan(text: string, span: Span): Span {
  const first = text[span.start];
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && text[span.end - 1] === first) {
    return { start: span.start + 1, end: span.end - 1 };
  }
  return span;
}

/** True when the node at `span` is written as a flow collection (`{…}` or `[…]`). */
function isFlow(text: string, span: Span, open: '{' | '['): boolean {
  let i = span.start;
  if (text[i] === '-') i++; // a list item's span starts at its dash
  while (i < span.end && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === open;
}

/** Where the closing bracket of a flow collection ending at `end` is. */
function closingBracket(text: string, span: Span): number {
  let i = trimmedEnd(text, span) - 1;
  while (i > span.start && text[i] !== '}' && text[i] !== ']') i--;
  return i;
}

/**
 * Adds `key: value` to a map. In a block map it goes on a new line after the field `after`
 * (the last existing field when absent), at the indentation of the map's keys; in a flow map
 * it goes before the closing brace. `snippetValue` is the value in snippet syntax, if different.
 */
export function insertField(
  text: string,
  entity: Located,
  key: string,
  value: string,
  options: { after?: string; snippetValue?: string } = {},
): TextEdit {
  const snippetPair = `${key}: ${options.snippetValue ?? value}`;
  const pair = `${key}: ${value}`;
  if (isFlow(text, entity.span, '{')) {
    const brace = closingBracket(text, entity.span);
    let at = brace;
    while (at > entity.span.start && /\s/.test(text[at - 1])) at--;
    const empty = text[at - 1] === '{';
    const prefix = empty ? '' : ', ';
    return { span: { start: at, end: at }, newText: prefix + pair, snippet: prefix + snippetPair };
  }
  const fields = Object.values(entity.fields);
  const anchor = (options.after ? entity.fields[options.after] : undefined) ?? lastField(fields);
  const column = keyColumn(text, entity, fields);
  const indent = ' '.repeat(column);
  const eol = lineBreakOf(text);
  const anchorEnd = anchor ? Math.max(trimmedEnd(text, anchor.value), anchor.key.end) : trimmedEnd(text, entity.span);
  const at = nextLineStartOf(text, anchorEnd);
  const needsBreak = at === text.length && !text.endsWith('\n');
  const lead = needsBreak ? eol : '';
  const tail = needsBreak ? '' : eol;
  return {
    span: { start: at, end: at },
    newText: `${lead}${indent}${pair}${tail}`,
    snippet: `${lead}${indent}${snippetPair}${tail}`,
  };
}

function lastField(fields: readonly FieldSpan[]): FieldSpan | undefined {
  let last: FieldSpan | undefined;
  for (const field of fields) if (!last || field.key.start > last.key.start) last = field;
  return last;
}

/** The column of a block map's keys (after the `- ` of a list item). */
function keyColumn(text: string, entity: Located, fields: readonly FieldSpan[]): number {
  const first = fields.reduce<FieldSpan | undefined>((best, f) => (!best || f.key.start < best.key.start ? f : best), undefined);
  if (first) return first.key.start - lineStartOf(text, first.key.start);
  const start = entity.span.start;
  return start - lineStartOf(text, start) + (text[start] === '-' ? 2 : 0);
}

/**
 * Removes some items of a sequence (`items` are all of its items in order, each the item's
 * node or its `- …` entry), keeping the others and their layout. When every item goes, the
 * whole `field` goes (or becomes `[]` when it cannot be cut out as whole lines).
 */
export function removeSequenceItems(text: string, field: FieldSpan, items: readonly Span[], remove: ReadonlySet<number>): TextEdit[] {
  if (remove.size === 0) return [];
  if (items.every((_, i) => remove.has(i))) return [removeWholeField(text, field)];
  if (isFlow(text, field.value, '[')) return removeFlowItems(items, remove);
  return [...remove].sort((a, b) => a - b).map((i) => {
    const item = items[i];
    return { span: { start: lineStartOf(text, item.start), end: nextLineStartOf(text, trimmedEnd(text, item)) }, newText: '' };
  });
}

/** Deletes runs of flow items together with the commas between them and their neighbours. */
function removeFlowItems(items: readonly Span[], remove: ReadonlySet<number>): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let i = 0; i < items.length; i++) {
    if (!remove.has(i)) continue;
    let last = i;
    while (last + 1 < items.length && remove.has(last + 1)) last++;
    const span =
      last + 1 < items.length
        ? { start: items[i].start, end: items[last + 1].start } // "a, b, " up to the next kept item
        : { start: items[i - 1].end, end: items[last].end }; // ", y" after the previous kept item
    edits.push({ span, newText: '' });
    i = last;
  }
  return edits;
}

function removeWholeField(text: string, field: FieldSpan): TextEdit {
  const lineStart = lineStartOf(text, field.key.start);
  const onOwnLine = text.slice(lineStart, field.key.start).trim() === '';
  if (onOwnLine) return { span: { start: lineStart, end: nextLineStartOf(text, Math.max(field.key.end, trimmedEnd(text, field.value))) }, newText: '' };
  return replaceValue(text, field, '[]');
}

/** Replaces a field's value, keeping the key and any comment after the value. */
export function replaceValue(text: string, field: FieldSpan, value: string): TextEdit {
  const colon = text.indexOf(':', field.key.end);
  const valueOnKeyLine = text.lastIndexOf('\n', field.value.start - 1) < colon;
  if (valueOnKeyLine && field.value.end > field.value.start) return { span: { start: field.value.start, end: trimmedEnd(text, field.value) }, newText: value };
  return { span: { start: colon + 1, end: Math.max(colon + 1, trimmedEnd(text, field.value)) }, newText: ` ${value}` };
}

/**
 * Appends an item to the list under a top-level key, shaped like the list's last item (block
 * `- id: …` lines or a `{…}` flow item), or starts the list at the end of the file.
 */
export function appendListItem(
  text: string,
  field: FieldSpan | undefined,
  listKey: string,
  last: Located | undefined,
  pairs: readonly (readonly [key: string, value: string])[],
): TextEdit {
  const eol = lineBreakOf(text);
  if (!field) {
    const lead = text.length === 0 || text.endsWith('\n') ? '' : eol;
    const [first, ...rest] = pairs;
    const lines = [`${listKey}:`, `  - ${first[0]}: ${first[1]}`, ...rest.map(([k, v]) => `    ${k}: ${v}`)];
    return { span: { start: text.length, end: text.length }, newText: lead + lines.join(eol) + eol };
  }
  if (isFlow(text, field.value, '[')) {
    const bracket = closingBracket(text, field.value);
    let at = bracket;
    while (at > field.value.start && /\s/.test(text[at - 1])) at--;
    const item = `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
    return { span: { start: at, end: at }, newText: (text[at - 1] === '[' ? '' : ', ') + item };
  }
  const anchorEnd = last ? trimmedEnd(text, last.span) : trimmedEnd(text, field.value);
  const at = nextLineStartOf(text, Math.max(anchorEnd, field.key.end));
  const dashColumn = last ? last.span.start - lineStartOf(text, last.span.start) : field.key.start - lineStartOf(text, field.key.start) + 2;
  const dash = ' '.repeat(dashColumn);
  const needsBreak = at === text.length && !text.endsWith('\n');
  let item: string;
  if (last && isFlow(text, last.span, '{')) {
    const pad = /\{\s/.test(text.slice(last.span.start, last.span.end)) ? ' ' : ''; // `{ id: a }` or `{id: a}`
    item = `${dash}- {${pad}${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}${pad}}`;
  } else {
    const keys = ' '.repeat(last ? keyColumn(text, last, Object.values(last.fields)) : dashColumn + 2);
    const [first, ...rest] = pairs;
    item = [`${dash}- ${first[0]}: ${first[1]}`, ...rest.map(([k, v]) => `${keys}${k}: ${v}`)].join(eol);
  }
  return { span: { start: at, end: at }, newText: needsBreak ? eol + item : item + eol };
}
