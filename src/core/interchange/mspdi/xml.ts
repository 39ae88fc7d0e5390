/**
 * Reads XML text into plain objects, safely and in one pass with `saxes`, a conformant
 * non-validating parser that checks well-formedness as it goes (line and column of the first
 * fault) and never reads a file or the network, so external entities are never resolved. A
 * DOCTYPE that declares entities or names an external DTD is refused before parsing with a
 * message that says why (entity expansion is how a 1 KB file becomes gigabytes: "billion
 * laughs"); `saxes` itself expands only the five predefined entities and character references.
 *
 * The objects have the shape importers read (`nodes.ts`): an element with only text is its
 * trimmed text; otherwise an object of attributes (`@name`), child elements (a list when
 * repeated, always for the names in `repeated`) and its text under `#text`. Built on an explicit
 * stack: no recursion, whatever the depth.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

export type XmlNode = Record<string, unknown>;

export type XmlResult = { readonly ok: true; readonly root: XmlNode; readonly rootName: string; readonly namespace?: string } | { readonly ok: false; readonly error: string };

/** Deepest element nesting read: MSPDI needs 6 levels; far deeper is not a project file. */
const MAX_DEPTH = 64;

/** An element being read: its children so far and its text. */
interface OpenElement {
  readonly name: string;
  readonly node: XmlNode;
  hasContent: boolean;
  text: string;
}

/** Thrown from the parser's handlers to stop at the first fault; never leaves `parseXml`. */
class Stop {
  constructor(readonly error: string) {}
}

export function parseXml(text: string, repeated: ReadonlySet<string>): XmlResult {
  const refused = refusedDoctype(text);
  if (refused) return { ok: false, error: refused };
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };

  const parser = new SaxesParser({ xmlns: false, position: true } as const);
  const open: OpenElement[] = [];
  let document: { name: string; value: unknown } | undefined;
  parser.on('error', (error) => {
    // A reference to an undeclared entity stays text as written, as planning tools would show it.
    if (error.message.endsWith('undefined entity.')) return;
    // Text before the root is found at its end; the reader wants where it starts: the file's first character.
    const where = document === undefined && error.message.endsWith('text data outside of root node.') ? startOfText(text) : { line: parser.line, column: Math.max(1, parser.column) };
    throw new Stop(faultMessage(error.message, where.line, where.column));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (open.length >= MAX_DEPTH) throw new Stop(`elements nested more than ${MAX_DEPTH} deep, far deeper than in a project file: refused`);
    const node: XmlNode = {};
    let hasAttributes = false;
    for (const name in tag.attributes) {
      node[`@${name}`] = tag.attributes[name];
      hasAttributes = true;
    }
    const parent = open.at(-1);
    if (parent) parent.hasContent = true;
    open.push({ name: tag.name, node, hasContent: hasAttributes, text: '' });
  });
  const addText = (value: string) => {
    const element = open.at(-1);
    if (element) element.text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = open.pop();
    if (!element) return;
    const text = element.text.trim();
    if (text !== '' && element.hasContent) element.node['#text'] = text;
    const value = element.hasContent ? element.node : text;
    const parent = open.at(-1);
    if (parent) addChild(parent.node, element.name, value, repeated.has(element.name));
    else document = { name: element.name, value };
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    throw error;
  }
  if (!document) return { ok: false, error: 'the XML has no root element' };
  const node = typeof document.value === 'object' && document.value !== null ? (document.value as XmlNode) : {};
  const namespace = typeof node['@xmlns'] === 'string' ? node['@xmlns'] : undefined;
  return { ok: true, root: node, rootName: document.name, namespace };
}

function addChild(parent: XmlNode, name: string, value: unknown, alwaysList: boolean): void {
  const existing = parent[name];
  if (Array.isArray(existing)) existing.push(value);
  else if (existing !== undefined) parent[name] = [existing, value];
  else parent[name] = alwaysList ? [value] : value;
}

function startOfText(text: string): { line: number; column: number } {
  const before = text.slice(0, text.search(/\S/));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].replace(/^\uFEFF/, '').length + 1 };
}

/** The parser's message ("12:7: unclosed tag: Task") as a sentence that says where and what. */
function faultMessage(message: string, line: number, column: number): string {
  const what = message.replace(/^\d+:\d+: /, '');
  if (what.startsWith('unclosed tag') || what === 'unexpected end.') return 'the XML ends before its elements are closed: the file is truncated or incomplete';
  if (what === 'text data outside of root node.') return `not well-formed XML at line ${line}, column ${column}: text outside the root element (is this an XML file?)`;
  if (what === 'document must contain a root element.') return 'the XML has no complete root element: the file is truncated or is not XML';
  return `not well-formed XML at line ${line}, column ${column}: ${what.replace(/\.$/, '')}`;
}

/**
 * Why the document's DOCTYPE is refused, if it is: one that declares entities (`<!ENTITY`) or
 * refers to an external DTD (`SYSTEM`/`PUBLIC`). Only the prolog is scanned (declaration,
 * comments, processing instructions), so the text of a task can never be mistaken for it.
 */
export function refusedDoctype(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else break;
  }
  if (!text.startsWith('<!DOCTYPE', i)) return undefined;
  const body = doctypeText(text, i);
  if (/<!ENTITY/.test(body)) {
    return 'the file declares XML entities (<!ENTITY> in its DOCTYPE), which are refused: they can expand a small file to gigabytes or read other files. Project files have no DOCTYPE; save the file again from the planning tool';
  }
  const head = body.split('[')[0];
  if (/\b(?:SYSTEM|PUBLIC)\b/.test(head)) {
    return 'the file refers to an external DTD (SYSTEM or PUBLIC in its DOCTYPE), which is never fetched: refused. Project files have no DOCTYPE; save the file again from the planning tool';
  }
  return undefined;
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? text.length : at + end.length;
}

/** The DOCTYPE from `<!DOCTYPE` to its closing `>`, its internal subset `[…]` included. */
function doctypeText(text: string, start: number): string {
  const open = text.indexOf('[', start);
  const close = text.indexOf('>', start);
  if (open >= 0 && (close < 0 || open < close)) return text.slice(start, after(text, ']', open));
  return text.slice(start, close < 0 ? text.length : close + 1);
}
