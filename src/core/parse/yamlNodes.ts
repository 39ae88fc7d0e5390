/**
 * Small helpers over the `yaml` package's document nodes: what type a node has in JSON terms,
 * where it sits in the text, and how to find a mapping's pairs by key.
 *
 * Node ranges are relative to the text given to the YAML parser; `Source.base` shifts them to
 * offsets in the whole file, so that one top-level item can be parsed on its own.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../source';

/** The text a YAML document was parsed from, and where that text starts in the file. */
export interface Source {
  readonly text: string;
  readonly base: number;
  readonly doc: Document.Parsed;
}

export type JsonType = 'null' | 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A value position in a mapping or sequence: a node, or nothing (`key:` with no value). */
export type ValueNode = Node | null | undefined;

/** Follows an alias to the node it names; other nodes are returned as they are. */
export function resolved(source: Source, node: ValueNode): ValueNode {
  if (!isAlias(node)) return node;
  const target = node.resolve(source.doc);
  return isAlias(target) ? undefined : target;
}

export function jsonTypeOf(node: ValueNode): JsonType | undefined {
  if (node == null) return 'null';
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isPair(node)) return 'object';
  if (!isScalar(node)) return undefined;
  const value: unknown = node.value;
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'bigint':
      return 'integer';
    case 'object':
      return value === null ? 'null' : undefined;
    default:
      return undefined;
  }
}

/** The range of a node in the file, without trailing comments; undefined when it has none. */
export function nodeSpan(source: Source, node: ValueNode): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  let end = Math.max(range[0], blockContentEnd(node) ?? range[1]);
  while (end > range[0] && isSpace(source.text.charCodeAt(end - 1))) end--;
  return { start: source.base + range[0], end: source.base + end };
}

/**
 * Where a block collection's last value ends. The parser's own end of a block collection depends
 * on what follows it (a trailing comment may or may not be included), so it is derived from the
 * innermost last value instead; flow collections end at their bracket.
 */
function blockContentEnd(node: ValueNode): number | undefined {
  let last: ValueNode = node;
  while ((isMap(last) || isSeq(last)) && !last.flow && last.items.length > 0) {
    const item = last.items[last.items.length - 1] as unknown;
    last = isPair(item) ? ((item.value ?? item.key) as ValueNode) : (item as ValueNode);
  }
  return last === node ? undefined : last?.range?.[1];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * The span of a scalar's text: inside the quotes when the quoted text is exactly the value, so
 * that an id can be replaced without touching its quotes; else the whole scalar.
 */
export function textSpan(source: Source, node: Scalar): Span | undefined {
  const span = nodeSpan(source, node);
  if (!span || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return span;
  const inner = source.text.slice(span.start - source.base + 1, span.end - source.base - 1);
  return inner === String(node.value) ? { start: span.start + 1, end: span.end - 1 } : span;
}

/**
 * The span of a sequence item: from its `-` indicator (when it has one) to the end of its value,
 * so that deleting the span removes the whole item.
 */
export function itemSpan(source: Source, node: ValueNode): Span | undefined {
  const span = nodeSpan(source, node);
  if (!span) return undefined;
  let i = span.start - source.base - 1;
  while (i >= 0 && isSpace(source.text.charCodeAt(i))) i--;
  // An item indicator stands alone (`- x`, `- - x`); the last dash of `---` is not one.
  const isIndicator = i >= 0 && source.text[i] === '-' && (i === 0 || isSpace(source.text.charCodeAt(i - 1)));
  return isIndicator ? { start: source.base + i, end: span.end } : span;
}

/** The key of a pair as text: scalar keys only (`1:` is the key `1`). */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) {
    const value: unknown = key.value;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  }
  return undefined;
}

/** The pairs of a mapping by key text; the first pair wins when a key repeats. */
export function pairsByKey(map: YAMLMap): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  for (const pair of map.items) {
    const key = keyText(pair);
    if (key !== undefined && !pairs.has(key)) pairs.set(key, pair);
  }
  return pairs;
}

/** Where the value of a pair is, or just after its key when the value is missing (`owner:`). */
export function valueSpan(source: Source, pair: Pair): Span {
  const value = nodeSpan(source, pair.value as ValueNode);
  if (value && (value.end > value.start || pair.value != null)) return value;
  const key = nodeSpan(source, pair.key as ValueNode);
  return key ? { start: key.end, end: key.end } : { start: source.base, end: source.base };
}

/** Clips a span to its first line, for diagnostics about a whole block. */
export function firstLine(source: Source, span: Span): Span {
  const text = source.text;
  let end = span.start - source.base;
  const limit = span.end - source.base;
  while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start: span.start, end: source.base + end };
}
