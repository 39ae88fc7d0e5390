/**
 * The `yaml` package's document as our YAML tree (`yamlNodes.ts`). This is the path for every
 * text the fast block reader leaves alone: anchors and aliases, tags, unusual layouts, and text
 * with syntax errors, which the package reads as far as it can.
 *
 * Merge keys (`<<: *defaults`, `<<: [*a, *b]`) are applied here: the mapping gets the merged
 * mappings' pairs whose keys it does not write itself (the first merged mapping wins), located
 * where they are written, so a value shared through an anchor is reported at the anchor.
 *
 * Recursion follows the document's nesting, which `readYaml` caps (`MAX_NESTING`) before the
 * document is composed.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { mergedPairs, type ScalarStyle, type YamlMap, type YamlNode, type YamlPair, type YamlSeq } from './yamlNodes';

export interface ConvertedDocument {
  readonly root: YamlNode | null;
  /** Whether the text uses anchors or aliases, which tie distant parts of it together. */
  readonly anchors: boolean;
}

const STYLES: Readonly<Record<string, ScalarStyle>> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'block',
  BLOCK_FOLDED: 'block',
};

export function fromYamlDocument(doc: Document.Parsed, text: string): ConvertedDocument {
  const converter = new Converter(text);
  const root = converter.node(doc.contents as Node | null);
  return { root, anchors: converter.anchors.size > 0 || converter.aliases };
}

class Converter {
  /** Anchored nodes by name, the latest first: an alias names the last anchor before it. */
  readonly anchors = new Map<string, YamlNode>();
  aliases = false;

  constructor(private readonly text: string) {}

  node(node: Node | Pair | null | undefined): YamlNode | null {
    if (node == null) return null;
    if (isPair(node)) return this.singlePairMap(node);
    const [start, rawEnd] = node.range ?? [0, 0];
    if (isAlias(node)) {
      this.aliases = true;
      return { kind: 'alias', start, end: this.trimmed(start, rawEnd), name: node.source, target: this.anchors.get(node.source) };
    }
    if (isScalar(node)) {
      return this.anchored(node.anchor, { kind: 'scalar', start, end: this.trimmed(start, rawEnd), value: node.value, style: STYLES[node.type ?? 'PLAIN'] ?? 'plain' });
    }
    if (isMap(node)) {
      // Registered before its contents, so that an alias inside names the mapping itself.
      const pairs: YamlPair[] = [];
      const map: { -readonly [K in keyof YamlMap]: YamlMap[K] } = { kind: 'map', start, end: rawEnd, flow: Boolean(node.flow), pairs };
      this.anchored(node.anchor, map);
      const merged: (YamlNode | null)[] = [];
      let last: YamlNode | null | undefined;
      for (const pair of node.items) {
        const key = this.node(pair.key as Node | null);
        const value = this.node(pair.value as Node | null);
        // With merge keys on, the package reads `<<` as a symbol.
        if (isScalar(pair.key) && typeof pair.key.value === 'symbol') merged.push(value);
        else pairs.push({ key, value });
        last = value ?? key;
      }
      map.end = this.collectionEnd(map, last);
      pairs.push(...mergedPairs(pairs, merged));
      return map;
    }
    if (isSeq(node)) {
      const items: (YamlNode | null)[] = [];
      const seq: { -readonly [K in keyof YamlSeq]: YamlSeq[K] } = { kind: 'seq', start, end: rawEnd, flow: Boolean(node.flow), items };
      this.anchored(node.anchor, seq);
      for (const item of node.items) items.push(this.node(item as Node | Pair | null));
      seq.end = this.collectionEnd(seq, items.length > 0 ? items[items.length - 1] : undefined);
      return seq;
    }
    return null;
  }

  /** `[a: 1]`: a sequence entry written as one key and value is a mapping of that one pair. */
  private singlePairMap(pair: Pair): YamlMap {
    const key = this.node(pair.key as Node | null);
    const value = this.node(pair.value as Node | null);
    const start = key?.start ?? value?.start ?? 0;
    return { kind: 'map', start, end: (value ?? key)?.end ?? start, flow: true, pairs: [{ key, value }] };
  }

  private anchored<T extends YamlNode>(anchor: string | undefined, node: T): T {
    if (anchor) this.anchors.set(anchor, node);
    return node;
  }

  /**
   * A block collection ends where its last value does: the package's own end of a block
   * collection depends on what follows it (a trailing comment may or may not be included).
   * Flow collections end at their bracket.
   */
  private collectionEnd(node: { start: number; end: number; flow: boolean }, last: YamlNode | null | undefined): number {
    if (node.flow || !last) return this.trimmed(node.start, node.end);
    return this.trimmed(node.start, last.end);
  }

  /** An end without the spaces and line breaks before it. */
  private trimmed(start: number, end: number): number {
    let at = Math.max(start, end);
    while (at > start && isSpace(this.text.charCodeAt(at - 1))) at--;
    return at;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
