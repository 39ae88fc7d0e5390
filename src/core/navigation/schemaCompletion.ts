/**
 * Completion from the program schema: the keys a mapping may still take (with snippets for
 * their values), whole new list items from the schema's `defaultSnippets`, and the allowed
 * values of a field. Where an id goes (`owner`, `dependsOn`, …) the id completion of
 * `completionContext.ts` applies instead; {@link completionAt} says which one does.
 */
import type { Program } from '../model';
import type { Span } from '../source';
import { keyDocumentation, valueDocumentation } from '../hover/schemaHover';
import { completionContextAt, type CompletionContext } from './completionContext';
import { programSchema, type DefaultSnippet, type SchemaNode } from './schemaIndex';
import { cursorPlaceAt, topLevelKeysOf, type KeyPlace } from './yamlPath';

export interface SchemaCompletionItem {
  readonly label: string;
  readonly kind: 'key' | 'value' | 'snippet';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /**
   * Snippet syntax (`$1`, `${1|a,b|}`, `$0`). Lines after the first are indented relative to the
   * cursor's line: add that line's indentation to each, as editors do for snippets.
   */
  readonly insertText: string;
  /** The partial word the item replaces. */
  readonly replaceRange: Span;
  /** Orders the items: required keys first, then the schema's order. */
  readonly sortText: string;
}

export type Completion =
  | { readonly source: 'ids'; readonly context: CompletionContext }
  | { readonly source: 'schema'; readonly items: readonly SchemaCompletionItem[] };

const INDENT = '  ';

/**
 * What completes at `offset`: ids of the plan's items, or what the schema allows. The last
 * analysis of the file, when given, only makes the answer faster deep in a long list.
 */
export function completionAt(text: string, offset: number, analysis?: { readonly program: Program }): Completion | undefined {
  const context = completionContextAt(text, offset);
  if (context) return { source: 'ids', context };
  const items = schemaCompletions(text, offset, analysis);
  return items.length > 0 ? { source: 'schema', items } : undefined;
}

/** The schema's completions at `offset`; none where an id goes (see {@link completionAt}). */
export function schemaCompletions(text: string, offset: number, analysis?: { readonly program: Program }): SchemaCompletionItem[] {
  if (completionContextAt(text, offset)) return [];
  const place = cursorPlaceAt(text, offset, topLevelKeysOf(analysis?.program));
  if (!place) return [];
  const node = programSchema().at(place.path);
  if (!node) return [];
  if (place.at === 'value') return valueItems(node, place.span);
  if (place.written) return [];
  // A key at a list's column (`tasks:` then `  ¦`) starts a new item of it.
  if (node.isList && !node.isMapping && !place.inFlow) {
    const items = node.items();
    return items ? keyItems(items, { ...place, keyColumn: place.keyColumn + 2 }, '- ') : [];
  }
  return keyItems(node, place, '');
}

function keyItems(node: SchemaNode, place: KeyPlace, prefix: string): SchemaCompletionItem[] {
  const relative = ' '.repeat(Math.max(0, place.keyColumn - place.lineIndent));
  const out: SchemaCompletionItem[] = [];
  if (place.keys.size === 0 && !place.inFlow) {
    node.snippets.forEach((snippet, i) =>
      out.push({
        label: snippet.label,
        kind: 'snippet',
        detail: snippet.description,
        documentation: node.description,
        insertText: prefix + snippetBody(snippet, relative),
        replaceRange: place.span,
        sortText: `0${i}`,
      }),
    );
  }
  node.keys.forEach((key, i) => {
    if (place.keys.has(key)) return;
    const child = node.property(key);
    if (!child) return;
    const required = node.required.has(key);
    out.push({
      label: key,
      kind: 'key',
      detail: `${child.typeLabel}${required ? ' · required' : ''}`,
      documentation: keyDocumentation(key, child, required),
      insertText: prefix + `${yamlKey(key)}:${valueSnippet(child, relative, place.inFlow)}`,
      replaceRange: place.span,
      sortText: `${required ? 1 : 2}${String(i).padStart(3, '0')}`,
    });
  });
  return out;
}

/** What follows `key:` when the key is chosen: a choice of values, or the start of the block it holds. */
function valueSnippet(node: SchemaNode, relative: string, inFlow: boolean): string {
  const choices = scalarChoices(node);
  if (choices.length > 0) return ` \${1|${choices.map(escapeChoice).join(',')}|}`;
  if (node.acceptsScalar) return ' $0';
  if (node.isList) {
    const items = node.items();
    return inFlow || !items || items.acceptsScalar ? ' [$0]' : `\n${relative}${INDENT}- $0`;
  }
  if (node.isMapping) return inFlow ? ' { $0 }' : `\n${relative}${INDENT}$0`;
  return ' $0';
}

function valueItems(node: SchemaNode, span: Span): SchemaCompletionItem[] {
  const documentation = valueDocumentation(node);
  return scalarChoices(node).map((value, i) => ({
    label: value,
    kind: 'value' as const,
    detail: value === String(node.defaultValue) ? 'default' : undefined,
    documentation,
    insertText: escapeSnippetText(value),
    replaceRange: span,
    sortText: String(i).padStart(3, '0'),
  }));
}

/** The values a field allows when they can be listed: its enum, or true and false. */
function scalarChoices(node: SchemaNode): string[] {
  const values = node.enumValues.map(String);
  if (node.types.has('boolean')) values.push('true', 'false');
  return values;
}

/** A `defaultSnippets` body as block YAML, its lines after the first `relative` deeper. */
function snippetBody(snippet: DefaultSnippet, relative: string): string {
  const body = snippet.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return String(body);
  return Object.entries(body)
    .map(([key, value]) => `${yamlKey(key)}: ${Array.isArray(value) ? `[${value.map(String).join(', ')}]` : String(value)}`)
    .join(`\n${relative}`);
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) ? key : JSON.stringify(key);
}

function escapeChoice(value: string): string {
  return value.replace(/[\\,|$}]/g, '\\$&');
}

function escapeSnippetText(value: string): string {
  return value.replace(/[\\$}]/g, '\\$&');
}
