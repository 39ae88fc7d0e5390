/**
 * Incremental parsing for keystroke-speed re-analysis. In block-style YAML every item of a
 * top-level list (`tasks`, `people`, the RAID lists…) is an independent block of lines, so the
 * text is cut into those items, each parsed, validated and built on its own and cached by its
 * text; after a one-character edit only the edited item is parsed again. Everything else (the
 * scalar fields, `charter`, `calendar`, `launch`…) is parsed from the skeleton of the file, the
 * text without the list items' lines, which an edit inside an item leaves unchanged.
 *
 * A parser that has seen the previous text gives exactly what a fresh one gives (`parseProgram`),
 * only faster; the tests compare them after random edits. For a valid file, reading items on
 * their own gives what reading the whole document gives. A syntax error inside an item stays in
 * the item, and one outside the items (a line of stray text at the left margin, a key being
 * typed) in the skeleton or the item above it: the rest of the file is read as usual. Whenever
 * the split could differ from reading the whole document otherwise — anchors and aliases, tabs
 * in indentation, unusual layout — the whole file is read as one document.
 */
import type { Diagnostic } from '../diagnostics';
import type { Program } from '../model';
import type { Span } from '../source';
import { LIST_BUILDERS, LIST_DEFINITIONS, LIST_KEYS, type ListKey } from './buildEntities';
import { MappingReader } from './modelReader';
import { inTextOrder, parseWholeFile, syntaxDiagnostics, type ParsedProgram } from './wholeFile';
import { readYaml } from './readYaml';
import { mapSpans, moveSpans, SkeletonParser } from './skeleton';
import { definition, Validation } from './schemaValidator';
import { isMapNode, isSeqNode, itemSpan, type Source } from './yamlNodes';

/** One item of a top-level list, parsed on its own with offsets relative to its text. */
interface ItemResult {
  readonly entity: object | undefined;
  readonly span: Span;
  readonly diagnostics: readonly Diagnostic[];
  /** Messages name the item by its position (`tasks[3]`) only when it is not a mapping. */
  readonly namesIndex: boolean;
}

/** An item result placed in the file: shifted to `base`, with its position among the entities. */
interface PlacedItem {
  readonly key: ListKey;
  readonly result: ItemResult;
  readonly base: number;
  /** Length of the item's text. */
  readonly length: number;
  /** Position among the list's items, and among the entities kept (`Task.index`). */
  readonly position: number;
  readonly index: number;
  readonly entity: object | undefined;
  readonly span: Span;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Whether the entity's and the diagnostics' spans are this item's own copies (not shared with
   * the cached result), which a later edit before the item may move in place.
   */
  readonly ownsSpans: boolean;
}

/** A previous item found for an item of the new text. */
interface Match {
  readonly item: PlacedItem;
  /** Found by its offset, so no other item of the new text matches it: it may be moved in place. */
  readonly exclusive: boolean;
}

interface Section {
  readonly key: ListKey;
  /** Offsets where each item's block of lines starts; the last entry is where the list ends. */
  readonly bounds: number[];
}

const TOP_LEVEL_KEY = /[A-Za-z0-9_$][\w$.-]*[ \t]*:(?=[ \t\r\n]|$)/y;
/** A `:` that could end a key: before a space or the line's end. */
const MAYBE_KEY = /:(?:[ \t]|\r?\n?$)/;
const LIST_HEADER = /^([A-Za-z]+)[ \t]*:[ \t]*(?:#.*)?\r?\n?$/;

/** The previous text's items, found by where they started in it rather than by their text. */
interface Previous {
  readonly text: string;
  /** In text order (increasing `base`), so an item is found by binary search. */
  readonly items: readonly PlacedItem[];
}

export class IncrementalParser {
  private previous: Previous | undefined;
  private readonly skeleton = new SkeletonParser();

  parse(text: string): ParsedProgram {
    const sections = splitLists(text);
    if (!sections) return this.parseWhole(text);
    const skeleton = this.skeleton.parse(text, sections.map(({ bounds }) => ({ start: bounds[0], end: bounds[bounds.length - 1] })));

    const reuse = this.previous && new ItemReuse(this.previous, text);
    const placedItems: PlacedItem[] = [];
    const program: Record<string, unknown> = { ...skeleton.program, fields: { ...skeleton.program.fields } };
    const diagnostics = [...skeleton.diagnostics];
    let end = skeleton.program.span.end;
    for (const section of sections) {
      const entities: object[] = [];
      let firstSpan: Span | undefined;
      let lastSpan: Span | undefined;
      for (let i = 0; i + 1 < section.bounds.length; i++) {
        const base = section.bounds[i];
        const placed = place(section.key, text, base, section.bounds[i + 1], i, entities.length, reuse);
        if (!placed) return this.parseWhole(text);
        placedItems.push(placed);
        if (placed.entity) entities.push(placed.entity);
        for (const diagnostic of placed.diagnostics) diagnostics.push(diagnostic);
        firstSpan ??= placed.span;
        lastSpan = placed.span;
      }
      program[section.key] = entities;
      const field = skeleton.program.fields[section.key];
      if (field && firstSpan && lastSpan) {
        (program.fields as Record<string, unknown>)[section.key] = { key: field.key, value: { start: firstSpan.start, end: lastSpan.end } };
        end = Math.max(end, lastSpan.end);
      }
    }
    program.span = { start: skeleton.program.span.start, end };
    this.previous = { text, items: placedItems };
    return { program: program as unknown as Program, diagnostics: inTextOrder(diagnostics) };
  }

  private parseWhole(text: string): ParsedProgram {
    this.previous = undefined;
    return parseWholeFile(text);
  }
}

/**
 * Finds the previous text's item for an item of the new text. An edit changes one stretch of the
 * text: an item wholly before it is where it was, one wholly after it moved by the length change,
 * and both are found by offset without slicing or hashing their text, which at 20,000 items was
 * a large part of each keystroke. Items in the changed stretch are matched by their text.
 */
class ItemReuse {
  private readonly prefix: number;
  /** Where the unchanged end of the text starts, in the new text. */
  private readonly suffixStart: number;
  private readonly delta: number;
  private byText: Map<string, PlacedItem> | undefined;

  constructor(
    private readonly previous: Previous,
    private readonly text: string,
  ) {
    const old = previous.text;
    const limit = Math.min(old.length, text.length);
    const prefix = commonLength(old, 0, text, 0, limit, 1);
    const suffix = commonLength(old, old.length - 1, text, text.length - 1, limit - prefix, -1);
    this.prefix = prefix;
    this.suffixStart = text.length - suffix;
    this.delta = text.length - old.length;
  }

  /** The previous item with the same key and text as `text[base, end)`, if any. */
  find(key: ListKey, base: number, end: number): Match | undefined {
    const oldBase = end <= this.prefix ? base : base >= this.suffixStart ? base - this.delta : undefined;
    if (oldBase !== undefined) {
      const same = itemAt(this.previous.items, oldBase);
      return same && same.key === key && same.length === end - base ? { item: same, exclusive: true } : undefined;
    }
    this.byText ??= this.changedItemsByText();
    const same = this.byText.get(textKey(key, this.text.slice(base, end)));
    return same && { item: same, exclusive: false };
  }

  /** The previous items that overlap the changed stretch (the others are found by offset). */
  private changedItemsByText(): Map<string, PlacedItem> {
    const old = this.previous.text;
    const changedEnd = this.suffixStart - this.delta;
    const byText = new Map<string, PlacedItem>();
    for (const item of this.previous.items) {
      if (item.base + item.length > this.prefix && item.base < changedEnd) byText.set(textKey(item.key, old.slice(item.base, item.base + item.length)), item);
    }
    return byText;
  }
}

/** Block size for comparing texts: whole blocks compare natively, much faster than by character. */
const COMPARE_BLOCK = 4096;

/**
 * How many characters `a` and `b` have in common walking from `a[aAt]` and `b[bAt]` in `step`
 * direction (1: forwards, -1: backwards), at most `limit`.
 */
function commonLength(a: string, aAt: number, b: string, bAt: number, limit: number, step: 1 | -1): number {
  let length = 0;
  while (length + COMPARE_BLOCK <= limit) {
    // Where the next block starts: after the common part, or (backwards) before it.
    const offset = step === 1 ? length : -length - COMPARE_BLOCK + 1;
    if (a.slice(aAt + offset, aAt + offset + COMPARE_BLOCK) !== b.slice(bAt + offset, bAt + offset + COMPARE_BLOCK)) break;
    length += COMPARE_BLOCK;
  }
  while (length < limit && a.charCodeAt(aAt + step * length) === b.charCodeAt(bAt + step * length)) length++;
  return length;
}

function itemAt(items: readonly PlacedItem[], base: number): PlacedItem | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = items[mid].base;
    if (at === base) return items[mid];
    if (at < base) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function textKey(key: ListKey, itemText: string): string {
  return `${key}\u0000${itemText}`;
}

/** The item `text[base, end)`, reusing what the previous text had; undefined to give up. */
function place(key: ListKey, text: string, base: number, end: number, position: number, index: number, reuse: ItemReuse | undefined): PlacedItem | undefined {
  const match = reuse?.find(key, base, end);
  const cached = match?.item;
  const result = cached && (!cached.result.namesIndex || cached.position === position) ? cached.result : parseItem(key, text.slice(base, end), position);
  if (!result) return undefined;
  if (cached?.result !== result) return placeItem(key, result, base, end - base, position, index);
  if (cached.base === base && cached.index === index && cached.position === position) return cached;
  return match?.exclusive && cached.ownsSpans && cached.base !== base ? moveItem(cached, base, position, index) : placeItem(key, result, base, end - base, position, index);
}

/**
 * An item an edit before it moved, with its spans updated in place rather than copied: at
 * 20,000 tasks an edit in the middle of the file moves 10,000 of them, and copying their half a
 * million span objects on every keystroke cost more than all the rest of the parse. The previous
 * analysis's entities move with it; it described the previous text and is not used again.
 */
function moveItem(item: PlacedItem, base: number, position: number, index: number): PlacedItem {
  const delta = base - item.base;
  if (item.entity) moveSpans(item.entity, delta);
  for (const diagnostic of item.diagnostics) moveSpans(diagnostic, delta);
  let entity = item.entity;
  if (entity && 'index' in entity && entity.index !== index) entity = { ...entity, index };
  const span = { start: item.span.start + delta, end: item.span.end + delta };
  return { key: item.key, result: item.result, base, length: item.length, position, index, entity, span, diagnostics: item.diagnostics, ownsSpans: true };
}

/** Parses one list item on its own; undefined when that might differ from the whole file. */
function parseItem(key: ListKey, sliced: string, position: number): ItemResult | undefined {
  const itemText = detached(sliced);
  // Anchors and aliases tie items together, so such files are parsed whole.
  const { root, anchors, problems } = readYaml(itemText, 1);
  if (anchors) return undefined;
  const source: Source = { text: itemText, base: 0 };
  const item = isSeqNode(root) && root.items.length === 1 ? root.items[0] : undefined;
  const span = itemSpan(source, item);
  if (!item || !span) return undefined;
  const validation = new Validation(source);
  validation.validate(item, definition(LIST_DEFINITIONS[key]), { label: `${key}[${position}]` });
  const usable = isMapNode(item) && !validation.invalid.has(item);
  const entity = usable ? (LIST_BUILDERS[key](new MappingReader(source, validation.invalid, item), 0) as object | undefined) : undefined;
  return { entity, span, diagnostics: [...syntaxDiagnostics(problems), ...validation.diagnostics], namesIndex: !isMapNode(item) };
}

/**
 * A copy of an item's text that does not keep the whole file alive. Engines share a slice's
 * memory with the string it was cut from, and the model keeps slices of the parsed text (ids,
 * names), so a cached item would otherwise hold on to the full text of the version it was first
 * parsed in: one whole file per edit.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

function placeItem(key: ListKey, result: ItemResult, base: number, length: number, position: number, index: number): PlacedItem {
  let entity = result.entity && base !== 0 ? shifted(result.entity, base) : result.entity;
  if (entity && 'index' in entity && entity.index !== index) entity = { ...entity, index };
  return {
    key,
    result,
    base,
    length,
    position,
    index,
    entity,
    span: { start: result.span.start + base, end: result.span.end + base },
    diagnostics: base === 0 ? result.diagnostics : result.diagnostics.map((d) => shifted(d, base)),
    ownsSpans: base !== 0,
  };
}

function shifted<T>(value: T, delta: number): T {
  return mapSpans(value, (offset) => offset + delta);
}

/**
 * Finds the block-style top-level lists and their items' line ranges; undefined when the layout
 * is one the split cannot be sure about.
 */
function splitLists(text: string): Section[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const sections: Section[] = [];
  let current: { key: ListKey; indent: number | undefined; bounds: number[] } | undefined;
  const close = (at: number) => {
    if (current && current.bounds.length > 0) sections.push({ key: current.key, bounds: [...current.bounds, at] });
    current = undefined;
  };
  for (let pos = 0; pos < text.length; ) {
    const newline = text.indexOf('\n', pos);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    let indent = 0;
    while (text.charCodeAt(pos + indent) === 32) indent++;
    const first = text.charCodeAt(pos + indent);
    const blank = pos + indent >= lineEnd || first === 10 || first === 13 || first === 35 /* # */;
    if (first === 9 /* tab */) return undefined;
    if (!blank) {
      if (indent === 0 && first !== 45 /* - */) {
        TOP_LEVEL_KEY.lastIndex = pos;
        if (!TOP_LEVEL_KEY.test(text)) {
          // A key of another form (`"a b": 1`) is the whole file's to read.
          if (MAYBE_KEY.test(text.slice(pos, lineEnd)) || (current && current.bounds.length === 0)) return undefined;
          // Text that is no key (a key being typed, stray words): a syntax error of the item it
          // follows, or of the skeleton, reported there while the rest is read as usual.
          pos = lineEnd;
          continue;
        }
        close(pos);
        const header = LIST_HEADER.exec(text.slice(pos, lineEnd));
        const key = header?.[1];
        if (key && (LIST_KEYS as readonly string[]).includes(key)) current = { key: key as ListKey, indent: undefined, bounds: [] };
      } else if (!current) {
        if (indent === 0) return undefined; // a list at the top, or an item outside any list
      } else {
        current.indent ??= indent;
        const isItem = first === 45 && isItemIndicator(text.charCodeAt(pos + indent + 1));
        if (indent === current.indent) {
          if (!isItem) return undefined;
          current.bounds.push(pos);
        } else if (indent < current.indent || current.bounds.length === 0) {
          return undefined;
        }
      }
    }
    pos = lineEnd;
  }
  close(text.length);
  return sections;
}

function isItemIndicator(next: number): boolean {
  return Number.isNaN(next) || next === 32 || next === 10 || next === 13;
}

