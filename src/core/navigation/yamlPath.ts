/**
 * Where the cursor is in the YAML structure — the path of keys and list items to the mapping
 * or value it is in, and whether a key or a value goes there — read from the indentation of
 * the cursor's line and the lines above it. While typing the file is rarely valid YAML
 * (`  ow`, `status: `), so no parse tree is used. The walk goes up once, never back down:
 * lines deeper than the mapping it is looking for (or sibling list items) are skipped after
 * reading their first columns, other lines are read in full, and both counts are bounded.
 */
import type { Program } from '../model';
import type { Span } from '../source';
import { ITEM, type PathSegment } from './schemaIndex';

export type YamlPath = readonly PathSegment[];

export type CursorPlace = KeyPlace | ValuePlace;

/** The cursor is where a key of a mapping goes (or is written). */
export interface KeyPlace {
  readonly at: 'key';
  /** The mapping's path; on a new item of a list (`- ¦`) it ends with {@link ITEM}. */
  readonly path: YamlPath;
  /** Keys the mapping already has, above and below the cursor. */
  readonly keys: ReadonlySet<string>;
  /** The partial key under the cursor (empty when nothing is typed yet). */
  readonly span: Span;
  /** The word under the cursor is already a key (`:` follows it). */
  readonly written: boolean;
  /** Inside `{ … }` on the line. */
  readonly inFlow: boolean;
  /** Column of the key, and of the line's first character (snippet lines are relative to it). */
  readonly keyColumn: number;
  readonly lineIndent: number;
}

/** The cursor is where the value of `path` (its last segment is the key, or an item) goes. */
export interface ValuePlace {
  readonly at: 'value';
  readonly path: YamlPath;
  /** The partial value under the cursor. */
  readonly span: Span;
  readonly inFlow: boolean;
}

/** A top-level key where the last analysis saw it; lets the walk skip the rest of a long list. */
export interface TopLevelKey {
  readonly key: string;
  /** Offset of the key (the start of its line). */
  readonly start: number;
}

/** The top-level keys of an analysed program, for {@link cursorPlaceAt}. */
export function topLevelKeysOf(program: Program | undefined): TopLevelKey[] {
  return program ? Object.entries(program.fields).map(([key, field]) => ({ key, start: field.key.start })) : [];
}

/** Lines read in full, going up or down (keys of one mapping, parents). */
const MAX_LINES_READ = 2000;
/** Lines only glanced at (their indentation): nested content and sibling items. A 20,000-task plan has about 200,000 lines. */
const MAX_LINES_SKIPPED = 300_000;
/** After glancing at this many lines, try the top-level keys of the last analysis. */
const JUMP_AFTER_LINES = 500;

const WORD = /[A-Za-z0-9_.-]/;

/**
 * The place at `offset`. `topKeys` (from the last analysis, possibly a few edits old) are
 * trusted only where the text still has them, and only to shorten a walk that is long.
 */
export function cursorPlaceAt(text: string, offset: number, topKeys: readonly TopLevelKey[] = []): CursorPlace | undefined {
  offset = Math.max(0, Math.min(offset, text.length));
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  if (offset > lineEnd) return undefined; // between \r and \n
  let wordStart = offset;
  while (wordStart > lineStart && WORD.test(text[wordStart - 1])) wordStart--;
  let wordEnd = offset;
  while (wordEnd < lineEnd && WORD.test(text[wordEnd])) wordEnd++;
  const span = { start: wordStart, end: wordEnd };
  if (text.slice(wordStart, offset) === '-') return undefined; // a list marker being typed

  let indent = lineStart;
  while (indent < wordStart && text[indent] === ' ') indent++;
  let keyColumn = indent;
  let dashColumn: number | undefined;
  if (text[indent] === '-' && indent < wordStart && (indent + 1 === lineEnd || text[indent + 1] === ' ')) {
    dashColumn = indent - lineStart;
    keyColumn = indent + 1;
    while (keyColumn < wordStart && text[keyColumn] === ' ') keyColumn++;
  }
  const lineIndent = indent - lineStart;
  const rest = text.slice(keyColumn, wordStart);
  const after = text.slice(wordEnd, lineEnd);
  const itemPath = (column: number) => withItem(pathAbove(text, lineStart, { list: true, column }, undefined, topKeys));
  const mapPath = (keys?: Set<string>) =>
    dashColumn !== undefined ? itemPath(dashColumn) : pathAbove(text, lineStart, { list: false, column: keyColumn - lineStart }, keys, topKeys);

  if (rest === '') {
    // A key being typed (or written) at the start of the line.
    const written = /^\s*:(\s|$)/.test(after);
    if (!written && !/^\s*(#.*)?$/.test(after)) return undefined;
    const keys = new Set<string>();
    const path = mapPath(keys);
    if (!path) return undefined;
    if (dashColumn === undefined || !written) keysBelow(text, lineEnd, keyColumn - lineStart, keys, topKeys);
    return { at: 'key', path, keys, span, written, inFlow: false, keyColumn: keyColumn - lineStart, lineIndent };
  }
  const flow = readFlowLine(rest);
  if (!flow) return undefined;
  const { blockKey, frames } = flow;
  if (frames.length === 0) {
    // `key: partial` — a single word, then nothing but a comment.
    if (blockKey === undefined || !/^\s*(#.*)?$/.test(after)) return undefined;
    const path = mapPath();
    return path && { at: 'value', path: [...path, blockKey], span, inFlow: false };
  }
  let path = blockKey !== undefined ? withKey(mapPath(), blockKey) : dashColumn !== undefined ? itemPath(dashColumn) : undefined;
  for (let i = 0; path && i < frames.length - 1; i++) {
    const frame = frames[i];
    path = frame.type === '[' ? [...path, ITEM] : frame.key !== undefined ? [...path, frame.key] : undefined;
  }
  if (!path) return undefined;
  const top = frames[frames.length - 1];
  if (top.type === '[') return { at: 'value', path: [...path, ITEM], span, inFlow: true };
  if (top.key !== undefined) return { at: 'value', path: [...path, top.key], span, inFlow: true };
  const written = /^\s*:(\s|[,}\]]|$)/.test(after);
  const keys = new Set(top.keys);
  for (const key of flowKeysAfter(after)) keys.add(key);
  return { at: 'key', path, keys, span, written, inFlow: true, keyColumn: wordStart - lineStart, lineIndent };
}

function withItem(path: PathSegment[] | undefined): PathSegment[] | undefined {
  return path && [...path, ITEM];
}

function withKey(path: PathSegment[] | undefined, key: string): PathSegment[] | undefined {
  return path && [...path, key];
}

interface Frame {
  readonly type: '{' | '[';
  /** In a mapping: the key whose value comes next. */
  key?: string;
  readonly keys: string[];
}

/**
 * Reads the cursor's line after its indentation and list marker, up to the partial word:
 * a block `key:` and the flow collections still open. Undefined in a comment, a quoted
 * string, after a value or where the text is not one of these shapes.
 */
function readFlowLine(rest: string): { blockKey?: string; frames: Frame[] } | undefined {
  let blockKey: string | undefined;
  const frames: Frame[] = [];
  let tokenStart = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    const top = frames[frames.length - 1];
    if (c === '"' || c === "'") {
      const close = closingQuote(rest, i);
      if (close < 0) return undefined; // in a string
      i = close;
    } else if (c === ':' && (i + 1 === rest.length || ' ,]}'.includes(rest[i + 1]))) {
      const key = unquote(rest.slice(tokenStart, i).trim());
      if (key === '') return undefined;
      if (!top) {
        if (blockKey !== undefined) return undefined;
        blockKey = key;
      } else if (top.type === '{') {
        top.key = key;
        top.keys.push(key);
      }
      tokenStart = i + 1;
    } else if (c === '{' || c === '[') {
      if (rest.slice(tokenStart, i).trim() !== '') return undefined;
      frames.push({ type: c, keys: [] });
      tokenStart = i + 1;
    } else if (c === '}' || c === ']') {
      frames.pop();
      if (frames.length === 0) return undefined; // after a closed collection
      tokenStart = i + 1;
      frames[frames.length - 1].key = undefined; // the next thing is a comma or the end
    } else if (c === ',') {
      if (!top) return undefined;
      if (top.type === '{') top.key = undefined;
      tokenStart = i + 1;
    }
  }
  // Only spaces may stand between the last `:`, `,` or bracket and the partial word (so not a comment's `#`).
  if (rest.slice(tokenStart).trim() !== '') return undefined;
  if (!blockKey && frames.length === 0) return undefined;
  return { blockKey, frames };
}

function closingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let i = open + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

/** The keys written in the same flow mapping after the cursor, up to its `}`. */
function flowKeysAfter(after: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let tokenStart = 0;
  for (let i = 0; i < after.length; i++) {
    const c = after[i];
    if (c === '"' || c === "'") {
      const close = closingQuote(after, i);
      if (close < 0) break;
      i = close;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth-- === 0) break;
    } else if (depth === 0 && c === ',') tokenStart = i + 1;
    else if (depth === 0 && c === ':' && (i + 1 === after.length || ' ,]}'.includes(after[i + 1]))) {
      const key = unquote(after.slice(tokenStart, i).trim());
      if (key) keys.push(key);
      tokenStart = i + 1;
    } else if (c === '#' && after[i - 1] === ' ') break;
  }
  return keys;
}

interface LineShape {
  readonly indent: number;
  /** Nothing but spaces or a comment. */
  readonly blank: boolean;
  /** Starts with a list marker `- `. */
  readonly dash: boolean;
  /** Column of what follows the list marker (the indent when there is none). */
  readonly keyColumn: number;
  readonly key?: string;
  /** Nothing but an anchor, a tag or a comment follows `key:` (or a bare `-`): its value is the block below. */
  readonly opensBlock: boolean;
}

/** Reads one line's indentation, list marker and block key. Linear in the line's length. */
export function shapeOfLine(text: string, start: number, end: number): LineShape {
  let i = start;
  while (i < end && text[i] === ' ') i++;
  const indent = i - start;
  if (i === end || text[i] === '#' || (text[i] === '\r' && i + 1 === end)) return { indent, blank: true, dash: false, keyColumn: indent, opensBlock: false };
  let dash = false;
  if (text[i] === '-' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\r')) {
    dash = true;
    i++;
    while (i < end && text[i] === ' ') i++;
  }
  const keyColumn = i - start;
  const key = readKey(text, i, end);
  const valueStart = key ? key.end : i;
  return { indent, blank: false, dash, keyColumn, key: key?.key, opensBlock: (key !== undefined || dash) && opensBlock(text, valueStart, end) };
}

/** A block key at `from` (`key:`, `"key":`), and the offset after its colon. */
function readKey(text: string, from: number, end: number): { key: string; end: number } | undefined {
  const c = text[from];
  if (c === '"' || c === "'") {
    const line = text.slice(from, end);
    const close = closingQuote(line, 0);
    if (close < 0) return undefined;
    let i = from + close + 1;
    while (i < end && text[i] === ' ') i++;
    return text[i] === ':' && (i + 1 === end || text[i + 1] === ' ') ? { key: line.slice(1, close), end: i + 1 } : undefined;
  }
  if (c === undefined || '{[&*!|>%@`#,'.includes(c)) return undefined;
  for (let i = from; i < end; i++) {
    if (text[i] === ':' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\r')) return { key: text.slice(from, i).trim(), end: i + 1 };
    if (text[i] === '#' && text[i - 1] === ' ') return undefined;
  }
  return undefined;
}

/** A `|` or `>` text block is a value like any other: the lines below it are text, not keys. */
function opensBlock(text: string, from: number, end: number): boolean {
  const value = text.slice(from, end).replace(/(^|\s)#.*$/, '').trim();
  return value === '' || /^[&!]\S*$/.test(value);
}

/** What the upward walk looks for: the owner of a mapping whose keys, or a list whose dashes, are at `column`. */
interface Target {
  readonly list: boolean;
  readonly column: number;
}

/**
 * The path of the mapping (or list) `target` describes, from the lines above `lineStart`;
 * collects into `keys` the keys of that mapping written above. Undefined when the lines do
 * not lead to the top level (bad indentation, a text block, a bound reached).
 */
function pathAbove(text: string, lineStart: number, target: Target, keys: Set<string> | undefined, topKeys: readonly TopLevelKey[]): PathSegment[] | undefined {
  const reversed: PathSegment[] = [];
  let read = 0;
  let skipped = 0;
  let jumpAt = JUMP_AFTER_LINES;
  let collect = keys;
  let start = lineStart;
  while (start > 0) {
    const end = start - 1;
    start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    if (glanceSkips(text, start, end, target)) {
      if (++skipped > MAX_LINES_SKIPPED) return undefined;
      if (skipped === jumpAt && topKeys.length > 0) {
        if (!target.list && target.column === 0) {
          // At the top level: the keys above are those the analysis saw.
          for (const key of topKeys) if (key.start < start) collect?.add(key.key);
          return reversed.reverse();
        }
        const owner = topLevelOwner(text, start, target, topKeys);
        if (owner !== undefined) return [...reversed, owner].reverse();
      }
      continue;
    }
    if (++read > MAX_LINES_READ) return undefined;
    const line = shapeOfLine(text, start, end);
    if (line.blank || line.indent > target.column) continue;
    if (line.indent === 0 && !line.dash && /^(---|\.\.\.)(\s|$)/.test(text.slice(start, start + 4))) break; // the document's start
    if (!target.list && line.indent === target.column) {
      if (!line.dash && line.key !== undefined) collect?.add(line.key);
      if (line.dash || line.key !== undefined) continue; // a sibling key, or a list at its key's column
      return undefined;
    }
    if (target.list && line.dash && line.indent === target.column) continue; // a sibling item
    if (!target.list && line.dash && line.keyColumn === target.column) {
      // The first key of a list item: the mapping is that item.
      if (line.key !== undefined) collect?.add(line.key);
      collect = undefined;
      reversed.push(ITEM);
      target = { list: true, column: line.indent };
      continue;
    }
    collect = undefined;
    // The line holds the mapping's (or list's) parent: `key:` or `- key:` with nothing after, or a bare `-`.
    if (!line.opensBlock) return undefined;
    if (line.key !== undefined) reversed.push(line.key);
    else if (!line.dash) return undefined;
    if (line.dash) {
      if (line.key === undefined && target.list && line.keyColumn !== target.column) return undefined;
      reversed.push(ITEM);
    }
    target = { list: line.dash, column: line.indent };
    jumpAt = skipped + JUMP_AFTER_LINES;
  }
  return !target.list && target.column === 0 ? reversed.reverse() : undefined;
}

/**
 * The top-level key that owns the list or mapping `target` (the walk is at `before`), if the
 * analysis saw one above and the text still agrees: the key is on its own line at the left
 * margin and its first line below is the start of that list or mapping.
 */
function topLevelOwner(text: string, before: number, target: Target, topKeys: readonly TopLevelKey[]): string | undefined {
  let owner: TopLevelKey | undefined;
  for (const key of topKeys) if (key.start < before && (!owner || key.start > owner.start)) owner = key;
  if (!owner || (owner.start > 0 && text[owner.start - 1] !== '\n')) return undefined;
  let end = lineEndFrom(text, owner.start);
  const line = shapeOfLine(text, owner.start, end);
  if (line.indent !== 0 || line.dash || line.key !== owner.key || !line.opensBlock) return undefined;
  for (let read = 0; end < text.length && read < MAX_LINES_READ; read++) {
    const start = end + 1;
    end = lineEndFrom(text, start);
    const first = shapeOfLine(text, start, end);
    if (!first.blank) return first.indent === target.column && first.dash === target.list ? owner.key : undefined;
  }
  return undefined;
}

function lineEndFrom(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/** True when a glance at its first columns shows the line is nested below the target (or a sibling item of a list). */
function glanceSkips(text: string, start: number, end: number, target: Target): boolean {
  const column = target.column;
  if (end - start <= column) return false;
  for (let i = start; i < start + column; i++) if (text.charCodeAt(i) !== 32) return false;
  const c = text[start + column];
  if (c === ' ') return true;
  const next = text[start + column + 1];
  return target.list && c === '-' && (start + column + 1 === end || next === ' ' || next === '\r');
}

/** Adds the keys of the mapping at `column` written below the line ending at `lineEnd`. */
function keysBelow(text: string, lineEnd: number, column: number, keys: Set<string>, topKeys: readonly TopLevelKey[]): void {
  const target = { list: false, column };
  let read = 0;
  let skipped = 0;
  let start = text.indexOf('\n', lineEnd) + 1;
  while (start > 0 && start < text.length) {
    const end = lineEndFrom(text, start);
    const next = end + 1;
    if (glanceSkips(text, start, end, target)) {
      if (++skipped > MAX_LINES_SKIPPED) return;
      if (skipped === JUMP_AFTER_LINES && column === 0 && topKeys.length > 0) {
        // Far enough from the edit for the last analysis to know the top-level keys further down.
        for (const key of topKeys) if (key.start > start) keys.add(key.key);
        return;
      }
    } else {
      if (++read > MAX_LINES_READ) return;
      const line = shapeOfLine(text, start, end);
      if (!line.blank) {
        if (line.indent < column || (line.indent === column && !line.dash && line.key === undefined)) return;
        if (line.indent === column && !line.dash && line.key !== undefined) keys.add(line.key);
      }
    }
    start = next;
  }
}
