/**
 * The YAML tree the rest of the parser reads: scalars, mappings, sequences and aliases with their
 * place in the text. Two readers build it: a fast one for the block style program files are
 * written in (`blockYaml.ts`), and the `yaml` package for everything else (`yamlDocument.ts`).
 * Both give the same tree for the same text; the tests compare them.
 *
 * Offsets are relative to the text given to the reader; `Source.base` shifts them to offsets in
 * the whole file, so that one top-level item can be read on its own.
 */
import type { Span } from '../source';

/** `plain`, quoted (`single` / `double`) or a block scalar (`|`, `>`). */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/**
 * `start` is where the node's text begins (a quote, a bracket, the first key, the first `-`);
 * `end` is where it ends, without trailing spaces and comments: for a block collection, where
 * its last value ends.
 */
interface Located {
  readonly start: number;
  readonly end: number;
}

export interface YamlScalar extends Located {
  readonly kind: 'scalar';
  /** As the YAML 1.2 core schema reads it: text, number, true/false or null. */
  readonly value: unknown;
  readonly style: ScalarStyle;
}

export interface YamlPair {
  readonly key: YamlNode | null;
  readonly value: YamlNode | null;
}

export interface YamlMap extends Located {
  readonly kind: 'map';
  readonly flow: boolean;
  readonly pairs: readonly YamlPair[];
}

export interface YamlSeq extends Located {
  readonly kind: 'seq';
  readonly flow: boolean;
  readonly items: readonly (YamlNode | null)[];
}

export interface YamlAlias extends Located {
  readonly kind: 'alias';
  /** The anchor's name, without the `*`. */
  readonly name: string;
  /** The anchored node, or undefined when no anchor of that name comes before the alias. */
  readonly target: YamlNode | undefined;
}

export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

/** The text a YAML tree was read from, and where that text starts in the file. */
export interface Source {
  readonly text: string;
  readonly base: number;
}

export type JsonType = 'null' | 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A value position in a mapping or sequence: a node, or nothing. */
export type ValueNode = YamlNode | null | undefined;

export function isScalarNode(node: ValueNode): node is YamlScalar {
  return node?.kind === 'scalar';
}

export function isMapNode(node: ValueNode): node is YamlMap {
  return node?.kind === 'map';
}

export function isSeqNode(node: ValueNode): node is YamlSeq {
  return node?.kind === 'seq';
}

/** Follows an alias to the node it names; other nodes are returned as they are. */
export function resolved(node: ValueNode): ValueNode {
  return node?.kind === 'alias' ? node.target : node;
}

export function jsonTypeOf(node: ValueNode): JsonType | undefined {
  if (node == null) return 'null';
  if (node.kind === 'map') return 'object';
  if (node.kind === 'seq') return 'array';
  if (node.kind !== 'scalar') return undefined;
  const value = node.value;
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

/** Where a node is in the file; undefined for no node. */
export function nodeSpan(source: Source, node: ValueNode): Span | undefined {
  return node ? { start: source.base + node.start, end: source.base + node.end } : undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * The span of a scalar's text: inside the quotes when the quoted text is exactly the value, so
 * that an id can be replaced without touching its quotes; else the whole scalar.
 */
export function textSpan(source: Source, node: YamlScalar): Span {
  const span = { start: source.base + node.start, end: source.base + node.end };
  if (node.style !== 'double' && node.style !== 'single') return span;
  const inner = source.text.slice(node.start + 1, node.end - 1);
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
export function keyText(pair: YamlPair): string | undefined {
  const key = pair.key;
  if (key?.kind !== 'scalar') return undefined;
  const value = key.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/**
 * A merge key's pairs (`<<: *defaults`, `<<: [*a, *b]`): those of the merged mappings whose keys
 * are neither written in the mapping nor merged before (the first merged mapping wins).
 */
export function mergedPairs(written: readonly YamlPair[], sources: readonly (YamlNode | null)[]): YamlPair[] {
  const keys = new Set(written.map(keyText));
  const merged: YamlPair[] = [];
  for (const source of sources) {
    const target = resolved(source);
    const maps = target?.kind === 'seq' ? target.items.map(resolved) : [target];
    for (const map of maps) {
      if (map?.kind !== 'map') continue;
      for (const pair of map.pairs) {
        const key = keyText(pair);
        if (key === undefined || keys.has(key)) continue;
        keys.add(key);
        merged.push(pair);
      }
    }
  }
  return merged;
}

/** The pairs of a mapping by key text; the first pair wins when a key repeats. */
export function pairsByKey(map: YamlMap): Map<string, YamlPair> {
  const pairs = new Map<string, YamlPair>();
  for (const pair of map.pairs) {
    const key = keyText(pair);
    if (key !== undefined && !pairs.has(key)) pairs.set(key, pair);
  }
  return pairs;
}

/** Where the value of a pair is, or just after its key when the value is missing (`owner:`). */
export function valueSpan(source: Source, pair: YamlPair): Span {
  const value = nodeSpan(source, pair.value);
  if (value) return value;
  const key = nodeSpan(source, pair.key);
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
