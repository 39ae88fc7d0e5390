/**
 * A fast reader for the block-style YAML program files are written in: block mappings and
 * sequences, plain and quoted scalars (including plain text continued over several lines), `|`
 * and `>` block scalars, and one-line flow lists and mappings of scalars (`[a, b]`,
 * `{task: a, lag: 2}`), anchors and aliases of values, and merge keys (`<<: *defaults`). It reads in one pass over the lines, about ten times faster than the
 * `yaml` package, which builds a document model with comments that analysis never uses.
 *
 * It gives up (returns undefined) on anything else — anchors on keys, tags, tabs, directives, several
 * documents, quoted text over several lines, syntax errors, a layout it is not sure about — and
 * the caller then reads the text with the `yaml` package, whose tree it must equal whenever it
 * gives one (a property test compares the two on many texts).
 *
 * Recursion follows the nesting of the text, which is capped at {@link MAX_NESTING}.
 */
import { mergedPairs, type ScalarStyle, type YamlAlias, type YamlMap, type YamlNode, type YamlPair, type YamlScalar, type YamlSeq } from './yamlNodes';

/** Program files nest about five levels; deeper text is left to the `yaml` path and its cap. */
const MAX_NESTING = 32;
/** The YAML limit on an implicit key's length is 1024; longer keys are left to the `yaml` path. */
const MAX_KEY_LENGTH = 1000;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Line kinds. */
const CONTENT = 0;
const BLANK = 1;
const COMMENT = 2;

/** Characters that cannot start a plain scalar (`-`, `?` and `:` can, before a non-space). */
const INDICATORS = new Set([...',[]{}#&*!|>\'"%@`']);
/** Flow indicators end a plain scalar inside `[…]` and `{…}`. */
const FLOW_INDICATORS = new Set([...',[]{}']);

/** Control characters, a byte order mark, tabs and line breaks other than LF / CRLF. */
const UNSUPPORTED_CHARACTERS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\ufeff\u2028\u2029]/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/;
/** Directives and document markers: `%YAML`, `---`, `...`. */
const DOCUMENT_SYNTAX = /^(?:%|---(?:[ \r\n]|$)|\.\.\.(?:[ \r\n]|$))/m;

/** Thrown when the text leaves the subset; caught in {@link readBlockYaml}. */
class OutsideSubset extends Error {}

export interface BlockYaml {
  readonly root: YamlNode;
  /** Whether the text uses anchors or aliases. */
  readonly anchors: boolean;
}

/**
 * The tree of a block-style text, or undefined to read it with the `yaml` package instead.
 * @param depth How deep the text's top node sits in the whole file.
 */
export function readBlockYaml(text: string, depth = 0): BlockYaml | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text) || (text.includes('\r') && LONE_CARRIAGE_RETURN.test(text)) || DOCUMENT_SYNTAX.test(text)) return undefined;
  try {
    const reader = new BlockReader(text);
    const root = reader.root(depth);
    return { root, anchors: reader.usesAnchors };
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

function outside(): never {
  throw new OutsideSubset();
}

class BlockReader {
  /** Per line: where it starts, where its content ends (before `\r\n` / `\n`), its indentation and kind. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly indents: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly lineCount: number;
  /** The first line not yet read by the last node read. */
  private next = 0;
  /** Anchored nodes by name, the latest definition (an alias names the last one before it); null while its node is read. */
  private readonly anchors = new Map<string, YamlNode | null>();
  usesAnchors = false;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) count++;
    this.lineCount = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    this.indents = new Int32Array(count);
    this.kinds = new Uint8Array(count);
    let start = 0;
    for (let line = 0; line < count; line++) {
      const newline = text.indexOf('\n', start);
      const lineBreak = newline < 0 ? text.length : newline;
      const end = lineBreak > start && text.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === SPACE) indent++;
      this.starts[line] = start;
      this.ends[line] = end;
      this.indents[line] = indent;
      this.kinds[line] = start + indent === end ? BLANK : text.charCodeAt(start + indent) === HASH ? COMMENT : CONTENT;
      start = lineBreak + 1;
    }
  }

  root(depth: number): YamlNode {
    const first = this.nextContent(0);
    if (first === this.lineCount) outside();
    const at = this.starts[first] + this.indents[first];
    // A lone scalar is no program file; the `yaml` path reports it.
    if (!this.isSeqIndicator(at, this.ends[first]) && !this.readKey(first, at)) outside();
    const node = this.block(first, at, -1, depth + 1);
    if (this.nextContent(this.next) !== this.lineCount) outside();
    return node;
  }

  /** The first line at or after `line` with content (not blank, not only a comment). */
  private nextContent(line: number): number {
    while (line < this.lineCount && this.kinds[line] !== CONTENT) line++;
    return line;
  }

  private column(line: number, at: number): number {
    return at - this.starts[line];
  }

  private isSeqIndicator(at: number, lineEnd: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  private skipSpaces(at: number, lineEnd: number): number {
    while (at < lineEnd && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /** An end moved back over spaces, not before `start`. */
  private trimmed(start: number, end: number): number {
    while (end > start && this.text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /** A node at `at` in `line`: a sequence, a mapping, or a scalar continued on lines indented more than `parentColumn`. */
  private block(line: number, at: number, parentColumn: number, depth: number): YamlNode {
    if (depth > MAX_NESTING) outside();
    if (this.isSeqIndicator(at, this.ends[line])) return this.sequence(line, at, depth);
    const key = this.readKey(line, at);
    return key ? this.mapping(line, key, depth) : this.inline(line, at, parentColumn, depth);
  }

  private sequence(firstLine: number, firstAt: number, depth: number): YamlSeq {
    const column = this.column(firstLine, firstAt);
    const items: YamlNode[] = [];
    for (let line = firstLine; ; ) {
      const lineEnd = this.ends[line];
      const at = this.skipSpaces(this.starts[line] + column + 1, lineEnd);
      items.push(this.valueAfterIndicator(line, at, column, false, depth));
      const following = this.nextContent(this.next);
      if (following === this.lineCount || this.indents[following] < column) break;
      if (this.indents[following] > column) outside();
      // A list at its mapping's indentation ends at the mapping's next key.
      if (!this.isSeqIndicator(this.starts[following] + column, this.ends[following])) break;
      line = following;
    }
    const start = this.starts[firstLine] + column;
    return { kind: 'seq', start, end: this.trimmed(start, items[items.length - 1].end), flow: false, items };
  }

  /** A block mapping whose first key, on `firstLine`, `block` has read already. */
  private mapping(firstLine: number, firstKey: Key, depth: number): YamlMap {
    const column = this.column(firstLine, firstKey.node.start);
    const pairs: YamlPair[] = [];
    const merged: YamlNode[] = [];
    const keys = new Set<unknown>();
    const start = firstKey.node.start;
    let last: YamlNode | undefined;
    for (let line = firstLine, key: Key = firstKey; ; key = this.readKey(line, this.starts[line] + column) ?? outside()) {
      // The `yaml` path reports a repeated key.
      if (keys.has(key.node.value)) outside();
      keys.add(key.node.value);
      const at = this.skipSpaces(key.colon + 1, this.ends[line]);
      last = this.valueAfterIndicator(line, at, column, true, depth);
      if (key.node.style === 'plain' && key.node.value === '<<') {
        // A merge key: one alias of a mapping here; other forms are left to the `yaml` path.
        if (last.kind !== 'alias' || last.target?.kind !== 'map') outside();
        merged.push(last);
      } else {
        pairs.push({ key: key.node, value: last });
      }
      const following = this.nextContent(this.next);
      if (following === this.lineCount || this.indents[following] < column) break;
      if (this.indents[following] > column) outside();
      line = following;
    }
    const end = this.trimmed(start, (last as YamlNode).end);
    if (merged.length > 0) pairs.push(...mergedPairs(pairs, merged));
    return { kind: 'map', start, end, flow: false, pairs };
  }

  /**
   * The value after a key's `:` or an item's `-` at `column`, with `at` past the spaces after
   * the indicator: on the same line, on the lines below, or nothing (a null at `at`).
   */
  private valueAfterIndicator(line: number, indicatorEnd: number, column: number, inMapping: boolean, depth: number): YamlNode {
    const lineEnd = this.ends[line];
    let at = indicatorEnd;
    const code = this.text.charCodeAt(at);
    if (code === 42 /* * */) return this.alias(line, at);
    if (code !== 38 /* & */) return this.unanchoredValue(line, at, column, inMapping, depth);
    const name = this.anchorName(at + 1, lineEnd);
    at = this.skipSpaces(name.end, lineEnd);
    // Aliases inside the anchored node would name the node itself: left to the `yaml` path.
    this.anchors.set(name.text, null);
    this.usesAnchors = true;
    // On the anchor's line only a scalar may follow (a collection there is the `yaml` path's).
    const inline = at < lineEnd && this.text.charCodeAt(at) !== HASH;
    const value = inline ? this.inline(line, at, column, depth + 1) : this.unanchoredValue(line, at, column, inMapping, depth);
    if (value.kind === 'scalar' && value.value === null && value.start === at) outside(); // an anchored empty value
    this.anchors.set(name.text, value);
    return value;
  }

  /** `&name` or `*name` from `at` (after the sigil): up to a space or the line's end. */
  private anchorName(at: number, lineEnd: number): { text: string; end: number } {
    let end = at;
    while (end < lineEnd && this.text.charCodeAt(end) !== SPACE) {
      if (FLOW_INDICATORS.has(this.text[end]) || this.text.charCodeAt(end) === COLON) outside();
      end++;
    }
    if (end === at) outside();
    return { text: this.text.slice(at, end), end };
  }

  /** `*name`, alone on its line after the indicator; an alias of an anchor not (yet) read is left to the `yaml` path. */
  private alias(line: number, at: number): YamlAlias {
    const name = this.anchorName(at + 1, this.ends[line]);
    const target = this.anchors.get(name.text) ?? outside();
    this.endOfLine(name.end, this.ends[line]);
    this.usesAnchors = true;
    this.next = line + 1;
    return { kind: 'alias', start: at, end: name.end, name: name.text, target };
  }

  private unanchoredValue(line: number, at: number, column: number, inMapping: boolean, depth: number): YamlNode {
    const lineEnd = this.ends[line];
    if (at < lineEnd && this.text.charCodeAt(at) !== HASH) {
      // A mapping value on the key's line is a scalar; a sequence item can open a collection.
      return inMapping ? this.inline(line, at, column, depth + 1) : this.block(line, at, column, depth + 1);
    }
    const below = this.nextContent(line + 1);
    if (below < this.lineCount) {
      const indent = this.indents[below];
      const belowAt = this.starts[below] + indent;
      // A mapping's list may sit at the mapping's own indentation (`key:` then `- item`).
      if (indent > column || (inMapping && indent === column && this.isSeqIndicator(belowAt, this.ends[below]))) {
        const value = this.block(below, belowAt, column, depth + 1);
        // A comment before a scalar on the lines below is read differently; left to the `yaml` path.
        if (value.kind === 'scalar' && this.nextNonBlank(line + 1) !== below) outside();
        return value;
      }
    }
    this.next = line + 1;
    return scalar(at, at, null, 'plain');
  }

  /** A scalar or flow collection starting at `at`, which a key or an item indicator precedes. */
  private inline(line: number, at: number, parentColumn: number, depth: number): YamlNode {
    const code = this.text.charCodeAt(at);
    const lineEnd = this.ends[line];
    let node: YamlNode;
    if (code === 34 /* " */ || code === 39 /* ' */) {
      const quoted = this.quoted(at, lineEnd);
      node = scalar(at, quoted.end, quoted.value, code === 34 ? 'double' : 'single');
    } else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (depth + 1 > MAX_NESTING) outside();
      node = this.flow(at, lineEnd);
    } else if (code === 124 /* | */ || code === 62 /* > */) {
      return this.blockScalar(line, at, parentColumn);
    } else {
      return this.plain(line, at, parentColumn);
    }
    this.endOfLine(node.end, lineEnd);
    this.next = line + 1;
    return node;
  }

  /** After a value only spaces and a comment may follow on its line. */
  private endOfLine(at: number, lineEnd: number): void {
    const rest = this.skipSpaces(at, lineEnd);
    if (rest < lineEnd && !(this.text.charCodeAt(rest) === HASH && rest > at)) outside();
  }

  /** A key at `at` (plain or quoted, then `:` and a space or the line's end), or undefined. */
  private readKey(line: number, at: number): Key | undefined {
    const text = this.text;
    const lineEnd = this.ends[line];
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39) {
      const quoted = this.quotedOrUndefined(at, lineEnd);
      if (!quoted) return undefined;
      const colon = this.skipSpaces(quoted.end, lineEnd);
      if (!this.isValueIndicator(colon, lineEnd)) return undefined;
      if (quoted.end - at > MAX_KEY_LENGTH) outside();
      return { node: scalar(at, quoted.end, quoted.value, code === 34 ? 'double' : 'single'), colon };
    }
    if (!this.canStartPlain(at, lineEnd)) return undefined;
    for (let i = at; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
      if (c === COLON && this.isValueIndicator(i, lineEnd)) {
        const end = this.trimmed(at, i);
        if (end - at > MAX_KEY_LENGTH) outside();
        return { node: scalar(at, end, coreSchemaValue(text.slice(at, end)), 'plain'), colon: i };
      }
    }
    return undefined;
  }

  private isValueIndicator(at: number, lineEnd: number): boolean {
    return this.text.charCodeAt(at) === COLON && (at + 1 === lineEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  private canStartPlain(at: number, lineEnd: number): boolean {
    const c = this.text[at];
    if (c === '-' || c === '?' || c === ':') return at + 1 < lineEnd && this.text.charCodeAt(at + 1) !== SPACE;
    return !INDICATORS.has(c);
  }

  /** Plain text from `at`, continued on the following lines indented more than `parentColumn`. */
  private plain(line: number, at: number, parentColumn: number): YamlScalar {
    if (!this.canStartPlain(at, this.ends[line])) outside();
    const first = this.plainLine(line, at);
    this.next = line + 1;
    if (first.commented) return scalar(at, first.end, coreSchemaValue(this.text.slice(at, first.end)), 'plain');
    let value = this.text.slice(at, first.end);
    let end = first.end;
    let blankLines = 0;
    for (let next = line + 1; next < this.lineCount; next++) {
      const kind = this.kinds[next];
      if (kind === BLANK) {
        blankLines++;
        continue;
      }
      if (kind === COMMENT || this.indents[next] <= parentColumn) break;
      const from = this.starts[next] + this.indents[next];
      if (INDICATORS.has(this.text[from]) || this.text[from] === '-' || this.text[from] === '?' || this.text[from] === ':') outside();
      const part = this.plainLine(next, from);
      if (part.commented) outside();
      value += (blankLines === 0 ? ' ' : '\n'.repeat(blankLines)) + this.text.slice(from, part.end);
      end = part.end;
      blankLines = 0;
      this.next = next + 1;
    }
    return scalar(at, end, coreSchemaValue(value), 'plain');
  }

  /** The end of plain text on one line, before a comment; a `: ` inside would make it a key. */
  private plainLine(line: number, at: number): { end: number; commented: boolean } {
    const text = this.text;
    const lineEnd = this.ends[line];
    let i = at;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON && this.isValueIndicator(i, lineEnd)) outside();
    }
    return { end: this.trimmed(at, i), commented: i < lineEnd };
  }

  private quoted(at: number, lineEnd: number): { value: string; end: number } {
    return this.quotedOrUndefined(at, lineEnd) ?? outside();
  }

  /** Quoted text closed on its own line; undefined when it is not. */
  private quotedOrUndefined(at: number, lineEnd: number): { value: string; end: number } | undefined {
    const text = this.text;
    const quote = text.charCodeAt(at);
    let value = '';
    let from = at + 1;
    for (let i = from; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === 39 && text.charCodeAt(i + 1) === 39) {
          value += text.slice(from, i + 1);
          from = ++i + 1;
          continue;
        }
        return { value: value + text.slice(from, i), end: i + 1 };
      }
      if (c === 92 /* \ */ && quote === 34) {
        const escape = unescape(text, i + 1, lineEnd) ?? outside();
        value += text.slice(from, i) + escape.value;
        i = escape.end - 1;
        from = escape.end;
      }
    }
    return undefined;
  }

  /** A one-line flow list or mapping of scalars. */
  private flow(at: number, lineEnd: number): YamlMap | YamlSeq {
    const isMap = this.text.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const items: YamlNode[] = [];
    const pairs: YamlPair[] = [];
    let i = this.skipSpaces(at + 1, lineEnd);
    if (this.text.charCodeAt(i) !== close) {
      for (;;) {
        const entry = this.flowScalar(i, lineEnd, isMap);
        i = this.skipSpaces(entry.end, lineEnd);
        if (isMap) {
          if (!this.isValueIndicator(i, lineEnd) || pairs.some((pair) => (pair.key as YamlScalar).value === entry.value)) outside();
          const value = this.flowScalar(this.skipSpaces(i + 1, lineEnd), lineEnd, false);
          pairs.push({ key: entry, value });
          i = this.skipSpaces(value.end, lineEnd);
        } else {
          items.push(entry);
        }
        const c = this.text.charCodeAt(i);
        if (c === close) break;
        if (c !== 44 /* , */) outside();
        i = this.skipSpaces(i + 1, lineEnd);
      }
    }
    const end = i + 1;
    return isMap ? { kind: 'map', start: at, end, flow: true, pairs } : { kind: 'seq', start: at, end, flow: true, items };
  }

  /** A scalar inside `[…]` / `{…}`; a key stops before its `:`. */
  private flowScalar(at: number, lineEnd: number, isKey: boolean): YamlScalar {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === 34 || code === 39) {
      const quoted = this.quoted(at, lineEnd);
      return scalar(at, quoted.end, quoted.value, code === 34 ? 'double' : 'single');
    }
    if (at >= lineEnd || !this.canStartPlain(at, lineEnd)) outside();
    // `-`, `?` and `:` start plain text only before a character that can continue it.
    if ((code === DASH || code === COLON || code === 63) && FLOW_INDICATORS.has(text[at + 1])) outside();
    let i = at;
    for (; i < lineEnd; i++) {
      const c = text[i];
      if (FLOW_INDICATORS.has(c)) break;
      if (c === ':') {
        if (!isKey) outside();
        break;
      }
      if (c === '#' && text.charCodeAt(i - 1) === SPACE) outside();
    }
    const end = this.trimmed(at, i);
    return scalar(at, end, coreSchemaValue(text.slice(at, end)), 'plain');
  }

  /**
   * A `|` (literal) or `>` (folded) block scalar, with `-` / `+` chomping. Its lines are those
   * indented as its first line; folded text with more-indented lines is left to the `yaml` path.
   */
  private blockScalar(line: number, at: number, parentColumn: number): YamlScalar {
    const text = this.text;
    const folded = text.charCodeAt(at) === 62;
    let headerEnd = at + 1;
    const chomping = text[headerEnd] === '-' || text[headerEnd] === '+' ? text[headerEnd++] : '';
    if (this.skipSpaces(headerEnd, this.ends[line]) !== this.ends[line]) outside();
    const first = this.nextNonBlank(line + 1);
    if (first === this.lineCount || this.indents[first] <= parentColumn) {
      if (first !== line + 1 || chomping === '+') outside();
      this.next = line + 1;
      return scalar(at, headerEnd, '', 'block');
    }
    if (first !== line + 1) outside(); // leading empty lines
    const indent = this.indents[first];
    const lines: string[] = [];
    let last = first;
    let next = first;
    for (; next < this.lineCount; next++) {
      if (this.kinds[next] === BLANK) {
        // Spaces beyond the indentation on an empty line are text, left to the `yaml` path.
        if (this.ends[next] - this.starts[next] > indent) outside();
        lines.push('');
        continue;
      }
      if (this.indents[next] < indent) break;
      if (folded && this.indents[next] > indent) outside();
      lines.push(text.slice(this.starts[next] + indent, this.ends[next]));
      last = next;
    }
    // Without a line break after the text (or, kept, after its last empty line) the `yaml` path decides.
    if (this.ends[last] === text.length || (chomping === '+' && next === this.lineCount && !text.endsWith('\n'))) outside();
    const trailing = next - 1 - last;
    lines.length -= trailing;
    let value = folded ? fold(lines) : lines.join('\n');
    if (chomping === '') value += '\n';
    else if (chomping === '+') value += '\n'.repeat(trailing + 1);
    this.next = last + 1;
    return scalar(at, this.trimmed(this.starts[last], this.ends[last]), value, 'block');
  }

  private nextNonBlank(line: number): number {
    while (line < this.lineCount && this.kinds[line] === BLANK) line++;
    return line;
  }
}

/** A key read from its line, and where its `:` is. */
interface Key {
  readonly node: YamlScalar;
  readonly colon: number;
}

function scalar(start: number, end: number, value: unknown, style: ScalarStyle): YamlScalar {
  return { kind: 'scalar', start, end, value, style };
}

/** Folded lines: one line break between two lines is a space, more keep all but the first. */
function fold(lines: readonly string[]): string {
  let value = lines[0];
  let blank = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') {
      blank++;
      continue;
    }
    value += (blank === 0 ? ' ' : '\n'.repeat(blank)) + lines[i];
    blank = 0;
  }
  return value;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** The escape after a `\` at `at - 1` in double-quoted text; undefined when invalid. */
function unescape(text: string, at: number, lineEnd: number): { value: string; end: number } | undefined {
  if (at >= lineEnd) return undefined;
  const letter = text[at];
  const simple = ESCAPES[letter];
  if (simple !== undefined) return { value: simple, end: at + 1 };
  const length = HEX_LENGTHS[letter];
  if (length === undefined) return undefined;
  const digits = text.slice(at + 1, at + 1 + length);
  if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
  const code = parseInt(digits, 16);
  return code > 0x10ffff ? undefined : { value: String.fromCodePoint(code), end: at + 1 + length };
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCTAL = /^0o[0-7]+$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const HEXADECIMAL = /^0x[0-9a-fA-F]+$/;
const INFINITY_OR_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FRACTION = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Plain text that can only be a string: it starts with a letter other than those of null, true or false. */
const SURELY_TEXT = /^[A-EG-MO-SU-Za-eg-mo-su-z]/;

/** A plain scalar as the YAML 1.2 core schema reads it. */
export function coreSchemaValue(text: string): unknown {
  if (SURELY_TEXT.test(text)) return text;
  if (NULL.test(text)) return null;
  if (BOOLEAN.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (DECIMAL.test(text)) return parseInt(text, 10);
  if (HEXADECIMAL.test(text)) return parseInt(text.slice(2), 16);
  if (INFINITY_OR_NAN.test(text)) return text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN') ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (EXPONENT.test(text) || FRACTION.test(text)) return parseFloat(text);
  return text;
}
