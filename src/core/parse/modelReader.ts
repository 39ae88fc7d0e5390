/**
 * Reads model values out of validated YAML nodes. Values the validator marked invalid are read as
 * absent, so the model holds only well-typed data while every item with an id is kept.
 */
import type { FieldSpan, Ref } from '../model';
import type { Span } from '../source';
import { isMapNode, isScalarNode, isSeqNode, itemSpan, nodeSpan, pairsByKey, resolved, textSpan, valueSpan, type Source, type ValueNode, type YamlMap, type YamlPair } from './yamlNodes';

/** One mapping being read: its pairs by key, with the file's source and the invalid nodes. */
export class MappingReader {
  private readonly pairs: Map<string, YamlPair>;

  constructor(
    readonly source: Source,
    readonly invalid: ReadonlySet<unknown>,
    readonly map: YamlMap,
  ) {
    this.pairs = pairsByKey(map);
  }

  /** Key and value ranges of every field, by key name. */
  fieldSpans(): Record<string, FieldSpan> {
    const fields: Record<string, FieldSpan> = {};
    for (const [key, pair] of this.pairs) {
      const keySpan = nodeSpan(this.source, pair.key);
      if (keySpan) fields[key] = { key: keySpan, value: valueSpan(this.source, pair) };
    }
    return fields;
  }

  /** The usable value node of a field (aliases followed), or undefined. */
  node(key: string): ValueNode {
    const pair = this.pairs.get(key);
    if (!pair || this.invalid.has(pair.value)) return undefined;
    return resolved(pair.value);
  }

  /** The written value node of a field, for its location (an alias stays the alias). */
  writtenNode(key: string): ValueNode {
    return this.pairs.get(key)?.value;
  }

  scalar(key: string): unknown {
    const node = this.node(key);
    return isScalarNode(node) ? node.value : undefined;
  }

  text(key: string): string | undefined {
    const value = this.scalar(key);
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  }

  number(key: string): number | undefined {
    const value = this.scalar(key);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  boolean(key: string): boolean | undefined {
    const value = this.scalar(key);
    return typeof value === 'boolean' ? value : undefined;
  }

  /** An enum field: the schema already rejected values outside `allowed`. */
  choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
    const value = this.scalar(key);
    return allowed.includes(value as T) ? (value as T) : undefined;
  }

  /** A reference field written as one id. */
  ref(key: string): Ref | undefined {
    return refOf(this.source, this.invalid, this.writtenNode(key));
  }

  /** A reference field written as one id or as a list of ids. */
  refs(key: string): Ref[] {
    const node = this.node(key);
    if (isSeqNode(node)) return this.items(key).flatMap((item) => refOf(this.source, this.invalid, item) ?? []);
    const one = this.ref(key);
    return one ? [one] : [];
  }

  /** The usable items of a list field. */
  items(key: string): ValueNode[] {
    const node = this.node(key);
    return isSeqNode(node) ? node.items.filter((item) => !this.invalid.has(item)) : [];
  }

  /** The text items of a list field. */
  texts(key: string): string[] {
    return this.items(key).flatMap((item) => {
      const node = resolved(item);
      return isScalarNode(node) && typeof node.value === 'string' ? [node.value] : [];
    });
  }

  /** A nested mapping, read the same way. */
  mapping(key: string): MappingReader | undefined {
    const node = this.node(key);
    return isMapNode(node) ? new MappingReader(this.source, this.invalid, node) : undefined;
  }

  span(): Span {
    return itemSpan(this.source, this.map) ?? { start: this.source.base, end: this.source.base };
  }
}

/** A reference from a scalar id (text or a whole number), located at the id's text. */
export function refOf(source: Source, invalid: ReadonlySet<unknown>, written: ValueNode): Ref | undefined {
  if (written == null || invalid.has(written)) return undefined;
  const node = resolved(written);
  if (!isScalarNode(node)) return undefined;
  const value = node.value;
  if ((typeof value !== 'string' && typeof value !== 'number') || value === '') return undefined;
  const span = isScalarNode(written) ? textSpan(source, written) : nodeSpan(source, written);
  return span ? { id: String(value), span } : undefined;
}
