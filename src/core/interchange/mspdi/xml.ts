/**
 * Reads XML text into plain objects with `fast-xml-parser`, safely: the parser is told to expand
 * no entity at all (`processEntities: false`; it never reads a file or the network, so external
 * entities are never resolved), a DOCTYPE that declares entities or names an external DTD is
 * refused before parsing with a message that says why (entity expansion is how a 1 KB file
 * becomes gigabytes: "billion laughs"), and the five predefined entities and character
 * references are decoded here, once, without recursion. Malformed or truncated XML is reported
 * with its line and column by the library's validator.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

export type XmlResult = { readonly ok: true; readonly root: XmlNode; readonly rootName: string; readonly namespace?: string } | { readonly ok: false; readonly error: string };

/** Deepest element nesting read: MSPDI needs 6 levels; far deeper is not a project file. */
const MAX_DEPTH = 64;

export function parseXml(text: string, repeated: ReadonlySet<string>): XmlResult {
  const refused = refusedDoctype(text);
  if (refused) return { ok: false, error: refused };
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    // The validator names the open elements as a JSON list when the text stops before their end tags.
    if (valid.err.code === 'InvalidXml' && valid.err.msg.startsWith("Invalid '[")) return { ok: false, error: 'the XML ends before its elements are closed: the file is truncated or incomplete' };
    return { ok: false, error: `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}` };
  }
  const parser = new XMLParser({
    processEntities: false,
    htmlEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    parseAttributeValue: false,
    // Trimmed text skips the white space between elements (a large share of the time); a name's
    // own leading and trailing spaces go with it, as planning tools trim them anyway.
    trimValues: true,
    jPath: false,
    maxNestedTags: MAX_DEPTH,
    isArray: (name) => repeated.has(name),
    tagValueProcessor: (_name, value) => decodeReferences(value),
  });
  let document: XmlNode;
  try {
    document = parser.parse(text) as XmlNode;
  } catch (error) {
    return { ok: false, error: `cannot read the XML: ${error instanceof Error ? error.message : String(error)}` };
  }
  const rootName = Object.keys(document).find((key) => !key.startsWith('#'));
  const root = rootName === undefined ? undefined : document[rootName];
  if (rootName === undefined) return { ok: false, error: 'the XML has no root element' };
  const node = typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as XmlNode) : {};
  const namespace = typeof node['@xmlns'] === 'string' ? node['@xmlns'] : undefined;
  return { ok: true, root: node, rootName, namespace };
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

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** `&amp;` and the other four, `&#65;` and `&#x41;`; anything else is left as written. */
export function decodeReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, decimal?: string, name?: string) => {
    if (name) return PREDEFINED[name];
    const code = hex ? parseInt(hex, 16) : Number(decimal);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
