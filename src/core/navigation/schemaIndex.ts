/**
 * The program schema as the editor needs it: for a path of keys (and list items), what may
 * be written there — the keys of a mapping, the schema of a list's items, allowed values,
 * defaults, descriptions and snippets. `$ref`s and `anyOf` alternatives are merged once per
 * node, lazily, and kept, so a completion or hover request only walks its own path.
 */
import { PROGRAM_SCHEMA, type Schema } from '../parse/schemaValidator';
import type { JsonType } from '../parse/yamlNodes';

/** The parts of JSON Schema that document a value (ignored by validation). */
interface DocumentedSchema extends Schema {
  readonly markdownDescription?: string;
  readonly default?: unknown;
  readonly defaultSnippets?: readonly DefaultSnippet[];
  readonly items?: DocumentedSchema;
  readonly properties?: Readonly<Record<string, DocumentedSchema>>;
  readonly patternProperties?: Readonly<Record<string, DocumentedSchema>>;
  readonly anyOf?: readonly DocumentedSchema[];
}

export interface DefaultSnippet {
  readonly label: string;
  readonly description?: string;
  /** The value to insert; strings are snippet text (`$1`, `${2|a,b|}`). */
  readonly body: unknown;
}

/** A list item in a path: `['tasks', ITEM, 'status']` is the status of any task. */
export const ITEM: unique symbol = Symbol('list item');
export type PathSegment = string | typeof ITEM;

/** How a few definitions read in hovers and completion details. */
const DEFINITION_LABELS: Readonly<Record<string, string>> = {
  date: 'date (YYYY-MM-DD)',
  duration: 'working days (`5`, `3d`, `2w`)',
  id: 'id',
  personRef: 'person id',
  teamRef: 'team id',
  taskRef: 'task id',
  personRefs: 'list of person ids',
  accountable: 'person id',
  dependency: 'task id or `{task, type, lag}`',
  holiday: 'date or `{date, name}`',
};
const TYPE_LABELS: Readonly<Record<JsonType, string>> = {
  null: 'nothing',
  string: 'text',
  integer: 'whole number',
  number: 'number',
  boolean: 'true or false',
  array: 'list',
  object: 'mapping',
};
/** `$ref` chains are short in our schema; the bound only guards against a cycle. */
const MAX_REF_HOPS = 32;

export class SchemaNode {
  /** Markdown: the description written where the value is, else that of what it refers to. */
  readonly description: string | undefined;
  readonly types: ReadonlySet<JsonType>;
  readonly enumValues: readonly unknown[];
  readonly defaultValue: unknown;
  readonly snippets: readonly DefaultSnippet[];
  readonly required: ReadonlySet<string>;
  /** Property names in the schema's order (all alternatives merged). */
  readonly keys: readonly string[];
  private readonly alternatives: readonly DocumentedSchema[];
  private readonly children = new Map<string, SchemaNode | undefined>();
  private itemsNode: SchemaNode | null | undefined;
  private label: string | undefined;
  private readonly site: readonly DocumentedSchema[];
  private readonly flat: readonly Flat[];

  constructor(site: readonly DocumentedSchema[]) {
    const flat = site.flatMap((schema) => flatten(schema));
    this.site = site;
    this.flat = flat;
    this.alternatives = flat.map((f) => f.schema);
    this.description = site.map(describe).find((text) => text !== undefined);
    const types = new Set<JsonType>();
    const enumValues: unknown[] = [];
    const keys: string[] = [];
    const required = new Set<string>();
    for (const schema of this.alternatives) {
      for (const type of typesOf(schema)) types.add(type);
      for (const value of schema.enum ?? []) if (!enumValues.includes(value)) enumValues.push(value);
      for (const key of Object.keys(schema.properties ?? {})) if (!keys.includes(key)) keys.push(key);
      for (const key of schema.required ?? []) required.add(key);
    }
    this.types = types;
    this.enumValues = enumValues;
    this.keys = keys;
    this.required = required;
    this.defaultValue = [...site, ...this.alternatives].find((schema) => schema.default !== undefined)?.default;
    this.snippets = [...new Set([...site, ...flat.map((f) => f.via)])].flatMap((schema) => schema?.defaultSnippets ?? []);
  }

  /** Short type text, e.g. `date (YYYY-MM-DD)` or `list of mappings`. */
  get typeLabel(): string {
    return (this.label ??= labelOf(this.site, this.flat, () => this.items()));
  }

  get isList(): boolean {
    return this.types.has('array');
  }

  get isMapping(): boolean {
    return this.keys.length > 0;
  }

  /** Whether a plain scalar (text, number, boolean) is a valid value here. */
  get acceptsScalar(): boolean {
    return [...this.types].some((type) => type !== 'array' && type !== 'object' && type !== 'null');
  }

  /** The schema of a key of this mapping (`x-…` keys match the pattern properties); undefined when unknown. */
  property(key: string): SchemaNode | undefined {
    if (this.children.has(key)) return this.children.get(key);
    const sites: DocumentedSchema[] = [];
    for (const schema of this.alternatives) {
      const own = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      if (own) sites.push(own);
      else for (const [pattern, value] of Object.entries(schema.patternProperties ?? {})) if (new RegExp(pattern, 'u').test(key)) sites.push(value);
    }
    const child = sites.length > 0 ? new SchemaNode(sites) : undefined;
    this.children.set(key, child);
    return child;
  }

  /** The schema of this list's items. */
  items(): SchemaNode | undefined {
    if (this.itemsNode === undefined) {
      const sites = this.alternatives.flatMap((schema) => (schema.items ? [schema.items] : []));
      this.itemsNode = sites.length > 0 ? new SchemaNode(sites) : null;
    }
    return this.itemsNode ?? undefined;
  }

  /** The node at a path below this one, or undefined where the schema says nothing. */
  at(path: readonly PathSegment[]): SchemaNode | undefined {
    return path.reduce<SchemaNode | undefined>((node, segment) => (segment === ITEM ? node?.items() : node?.property(segment)), this);
  }
}

let root: SchemaNode | undefined;

/** The whole program file's schema (built on first use). */
export function programSchema(): SchemaNode {
  return (root ??= new SchemaNode([PROGRAM_SCHEMA as DocumentedSchema]));
}

interface Flat {
  readonly schema: DocumentedSchema;
  /** The definition it was reached through, if any (where `defaultSnippets` live). */
  readonly via?: DocumentedSchema;
  readonly definitionName?: string;
}

/** The concrete alternatives of a schema: `$ref`s followed, `anyOf` spread out. */
function flatten(schema: DocumentedSchema): Flat[] {
  const out: Flat[] = [];
  const pending: { schema: DocumentedSchema; via?: DocumentedSchema; name?: string; hops: number }[] = [{ schema, hops: 0 }];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next || next.hops > MAX_REF_HOPS) continue;
    const target = next.schema.$ref ? definitionOf(next.schema.$ref) : undefined;
    if (target) {
      pending.push({ schema: target.schema, via: target.schema, name: next.name ?? target.name, hops: next.hops + 1 });
    } else if (next.schema.anyOf) {
      for (const branch of [...next.schema.anyOf].reverse()) pending.push({ schema: branch, via: next.via, hops: next.hops + 1 });
    } else {
      out.push({ schema: next.schema, via: next.via, definitionName: next.name });
    }
  }
  return out;
}

function definitionOf(ref: string): { schema: DocumentedSchema; name: string } | undefined {
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
  const definitions = (PROGRAM_SCHEMA as DocumentedSchema).definitions as Readonly<Record<string, DocumentedSchema>> | undefined;
  const schema = name !== undefined && definitions && Object.hasOwn(definitions, name) ? definitions[name] : undefined;
  return schema && name !== undefined ? { schema, name } : undefined;
}

/** The site's own description, else the one of the definition it refers to. */
function describe(site: DocumentedSchema): string | undefined {
  let schema: DocumentedSchema | undefined = site;
  for (let hops = 0; schema && hops <= MAX_REF_HOPS; hops++) {
    const text = schema.markdownDescription ?? schema.description;
    if (text !== undefined) return text;
    schema = schema.$ref ? definitionOf(schema.$ref)?.schema : undefined;
  }
  return undefined;
}

function typesOf(schema: DocumentedSchema): JsonType[] {
  const declared = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : [...schema.type];
  if (schema.properties && !declared.includes('object')) declared.push('object');
  if (schema.items && !declared.includes('array')) declared.push('array');
  if (declared.length === 0 && schema.enum) declared.push('string');
  return declared;
}

function labelOf(site: readonly DocumentedSchema[], flat: readonly Flat[], items: () => SchemaNode | undefined): string {
  const refName = site.map((schema) => (schema.$ref ? definitionOf(schema.$ref)?.name : undefined)).find((name) => name !== undefined);
  if (refName && DEFINITION_LABELS[refName]) return DEFINITION_LABELS[refName];
  const labels: string[] = [];
  for (const { schema, definitionName } of flat) {
    const named = definitionName && DEFINITION_LABELS[definitionName];
    const own = named ? [named] : typesOf(schema).filter((type) => type !== 'null').map((type) => (type === 'array' ? `list of ${listItemLabel(items())}` : TYPE_LABELS[type]));
    for (const label of own) if (!labels.includes(label)) labels.push(label);
  }
  return labels.join(' or ') || 'any value';
}

function listItemLabel(items: SchemaNode | undefined): string {
  if (!items) return 'values';
  return items.isMapping && !items.acceptsScalar ? 'mappings' : items.typeLabel;
}
