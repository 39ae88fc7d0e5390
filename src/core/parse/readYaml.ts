/**
 * YAML text to a tree (`yamlNodes.ts`), fast and safely. Block-style text is read by our own
 * reader (`blockYaml.ts`); anything else by the `yaml` package, which also reports syntax errors.
 *
 * The package composes nested collections recursively; absurdly deep nesting (`- - - - …` a
 * thousand times) can exhaust the stack in a way V8 cannot always turn into an exception. So the
 * text is first tokenised with the (iterative) CST parser, collections nested deeper than any
 * program file needs are cut off and reported, and the document is composed from the same
 * tokens, so the text is lexed only once.
 */
import { Composer, Parser, type CST, type Document } from 'yaml';
import type { Span } from '../source';
import { readBlockYaml } from './blockYaml';
import { fromYamlDocument } from './yamlDocument';
import type { YamlNode } from './yamlNodes';

/** Far deeper than the format needs (about 5 levels), far shallower than the stack allows. */
const MAX_NESTING = 64;

/** YAML 1.2 core schema (`2026-01-05`, `on` and `yes` stay strings), with `<<` merge keys. */
const YAML_OPTIONS = { version: '1.2', schema: 'core', prettyErrors: false, uniqueKeys: true, strict: true, merge: true } as const;

export interface YamlProblem {
  readonly span: Span;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export interface ReadYaml {
  /** The document's top node; null for an empty document. */
  readonly root: YamlNode | null;
  /** Whether the text uses anchors or aliases. */
  readonly anchors: boolean;
  /** Syntax errors and warnings, in text order. */
  readonly problems: readonly YamlProblem[];
}

/**
 * @param depth How deep the text's top node sits in the whole file (a list item parsed on its
 *   own sits two levels down), so that nesting is cut at the same place either way.
 */
export function readYaml(text: string, depth = 0): ReadYaml {
  const block = readBlockYaml(text, depth);
  return block ? { ...block, problems: [] } : readWithYamlPackage(text, depth);
}

/** {@link readYaml} by the `yaml` package alone. */
export function readWithYamlPackage(text: string, depth = 0): ReadYaml {
  const tokens = Array.from(new Parser().parse(text));
  const problems: YamlProblem[] = [];
  const unclosedQuotes: number[] = [];
  for (const token of tokens) if (token.type === 'document') walkDocument(token, depth, problems, unclosedQuotes);

  let doc: Document.Parsed | undefined;
  for (const next of new Composer(YAML_OPTIONS).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      const [start, end] = next.range;
      problems.push({ span: { start, end: Math.min(end, start + 3) }, message: 'A program file holds one YAML document; remove this second document (and its `---`).', severity: 'error' });
      break;
    }
  }
  // `compose(…, forceDoc = true)` always yields a document, even for an empty text.
  const parsed = doc as Document.Parsed;
  for (const error of parsed.errors) {
    // The parser notices a missing closing quote only at the end of the text; the place to fix
    // is the opening quote, where the user was typing.
    const opening = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? unclosedQuotes.shift() : undefined;
    if (opening !== undefined) {
      problems.push({ span: { start: opening, end: opening + 1 }, message: 'This quoted text has no closing quote, so everything after it is read as part of it. Add the closing quote.', severity: 'error' });
    } else {
      problems.push({ span: errorSpan(error.pos, text.length), message: firstLineOf(error.message), severity: 'error' });
    }
  }
  for (const warning of parsed.warnings) problems.push({ span: errorSpan(warning.pos, text.length), message: firstLineOf(warning.message), severity: 'warning' });
  problems.sort((a, b) => a.span.start - b.span.start);
  return { ...fromYamlDocument(parsed, text), problems };
}

/**
 * One pass over the document's tokens, without recursion: cuts collections nested deeper than
 * {@link MAX_NESTING}, and notes where quoted scalars that never close begin.
 */
function walkDocument(document: CST.Document, topDepth: number, problems: YamlProblem[], unclosedQuotes: number[]): void {
  const stack: { token: CST.Token; depth: number }[] = [];
  if (document.value) stack.push({ token: document.value, depth: topDepth + 1 });
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { token, depth } = entry;
    if (isUnclosedQuote(token)) unclosedQuotes.push(token.offset);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    for (const item of token.items as CST.CollectionItem[]) {
      for (const part of ['key', 'value'] as const) {
        const child = item[part];
        if (!child) continue;
        const isCollection = child.type === 'block-map' || child.type === 'block-seq' || child.type === 'flow-collection';
        if (isCollection && depth + 1 > MAX_NESTING) {
          if (part === 'key') item.key = null;
          else delete item.value;
          problems.push({
            span: { start: child.offset, end: child.offset + 1 },
            message: `Nested more than ${MAX_NESTING} levels deep; the deeper part is ignored. A program file needs only a few levels.`,
            severity: 'error',
          });
        } else {
          stack.push({ token: child, depth: depth + 1 });
        }
      }
    }
  }
  unclosedQuotes.sort((a, b) => a - b);
}

function isUnclosedQuote(token: CST.Token): token is CST.FlowScalar {
  if (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar') return false;
  const source = token.source;
  const quote = source[0];
  if (source.length < 2 || source[source.length - 1] !== quote) return true;
  if (quote === "'") return false; // '' inside single quotes is an escaped quote, the last one closes
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

function errorSpan(pos: readonly [number, number], length: number): Span {
  const start = Math.max(0, Math.min(pos[0], length));
  return { start, end: Math.max(start, Math.min(pos[1], length)) };
}

function firstLineOf(message: string): string {
  const line = message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
  return line.endsWith('.') ? line : `${line}.`;
}
