/**
 * Hover on a key of a program file: what the schema says about it (description, type,
 * allowed values, default). The schema is our own text, already Markdown.
 */
import { programSchema, type SchemaNode } from '../navigation/schemaIndex';
import type { Program } from '../model';
import { cursorPlaceAt, topLevelKeysOf } from '../navigation/yamlPath';
import type { HoverContent } from './hoverAt';

/** The last analysis of the file, when given, only makes the answer faster deep in a long list. */
export function schemaHoverAt(text: string, offset: number, analysis?: { readonly program: Program }): HoverContent | undefined {
  const place = cursorPlaceAt(text, offset, topLevelKeysOf(analysis?.program));
  if (place?.at !== 'key' || !place.written) return undefined;
  const key = text.slice(place.span.start, place.span.end);
  const parent = programSchema().at(place.path);
  const node = parent?.property(key);
  if (!parent || !node) return undefined;
  const markdown = keyDocumentation(key, node, parent.required.has(key));
  return markdown === undefined ? undefined : { markdown, span: place.span };
}

/** The documentation of a key: a title line with its type, then the schema's text. Undefined when the schema documents nothing. */
export function keyDocumentation(key: string, node: SchemaNode, required: boolean): string | undefined {
  const body = valueDocumentation(node);
  if (body === undefined) return undefined;
  return [`**${key}** · ${node.typeLabel}${required ? ' · required' : ''}`, body].join('\n\n');
}

/** The schema's description of a value, with its allowed values and default. */
export function valueDocumentation(node: SchemaNode): string | undefined {
  const facts: string[] = [];
  if (node.enumValues.length > 0) facts.push(`Values: ${node.enumValues.map(code).join(' · ')}`);
  if (node.defaultValue !== undefined) facts.push(`Default: ${code(node.defaultValue)}`);
  if (node.description === undefined && facts.length === 0) return undefined;
  return [node.description, facts.join('  \n')].filter((part) => part).join('\n\n');
}

function code(value: unknown): string {
  return `\`${String(value)}\``;
}
