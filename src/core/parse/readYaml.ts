/**
 * YAML text to a tree (`yamlNodes.ts`), fast and safely. Block-style text is read by our own
 * reader (`blockYaml.ts`); anything else by the `yaml` package, which also reports syntax errors.
 *
 * The package parses and composes nested collections recursively, so absurdly deep nesting
 * (`- - - - …` a thousand times) would exhaust the stack. The text's nesting is capped before the
 * package's parser sees it (`nestingCap.ts`, from the lexer's tokens, which the parser then
 * reads); collections the cap's estimate missed are cut off the parser's tokens before the
 * composer sees them and reported, and the document is composed from the same tokens, so the text is lexed only once.
 */
import { Composer, Parser, type CST, type Document } from 'yaml';
import type { Span } from '../source';
import { readBlockYaml } from './blockYaml';
import { capNesting, MAX_NESTING, tooDeep } from './nestingCap';
import { fromYamlDocument } from './yamlDocument';
import type { YamlNode } from './yamlNodes';

/** Deeper than any program file (about 5 levels); see {@link parseCapped}. */
const FALLBACK_NESTING = 8;

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
export function readWithYamlPackage(fullText: string, depth = 0): ReadYaml {
  const { text, tokens, problems } = parseCapped(fullText, depth);
  const unclosedQuotes: CST.FlowScalar[] = [];
  for (const token of tokens) if (token.type === 'document') walkDocument(token, depth, problems, unclosedQuotes);
  for (const quote of unclosedQuotes) problems.push(unclosedQuoteProblem(quote));

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
    // Unclosed quotes are reported from the tokens (above), at their opening quote.
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) continue;
    problems.push({ span: errorSpan(error.pos, text.length), message: firstLineOf(error.message), severity: 'error' });
  }
  for (const warning of parsed.warnings) problems.push({ span: errorSpan(warning.pos, text.length), message: firstLineOf(warning.message), severity: 'warning' });
  problems.sort((a, b) => a.span.start - b.span.start);
  return { ...fromYamlDocument(parsed, text), problems };
}

/**
 * The parser's tokens of the text with its nesting capped. The cap's count errs towards more
 * levels, except on some malformed text where the parser nests levels the count does not see (a
 * test bounds that at twice the count); should that still overflow the stack, the text is capped
 * far lower, and at last every collection is cut.
 */
function parseCapped(fullText: string, depth: number): { text: string; tokens: CST.Token[]; problems: YamlProblem[] } {
  for (const max of [MAX_NESTING, FALLBACK_NESTING, 0]) {
    const capped = capNesting(fullText, depth, max);
    const parser = new Parser();
    const tokens: CST.Token[] = [];
    try {
      for (const lexeme of capped.lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
      for (const token of parser.end()) tokens.push(token);
    } catch (error) {
      if (error instanceof RangeError && max > 0) continue;
      throw error;
    }
    return { text: capped.text, tokens, problems: [...capped.problems] };
  }
  throw new Error('unreachable: a text with every collection cut has no nesting');
}

/**
 * One pass over the document's tokens, without recursion: cuts collections nested deeper than
 * {@link MAX_NESTING}, and finds the quoted scalars that never close.
 */
function walkDocument(document: CST.Document, topDepth: number, problems: YamlProblem[], unclosedQuotes: CST.FlowScalar[]): void {
  const stack: { token: CST.Token; depth: number }[] = [];
  if (document.value) stack.push({ token: document.value, depth: topDepth + 1 });
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { token, depth } = entry;
    if (isUnclosedQuote(token)) unclosedQuotes.push(token);
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    for (const item of token.items as CST.CollectionItem[]) {
      for (const part of ['key', 'value'] as const) {
        const child = item[part];
        if (!child) continue;
        const isCollection = child.type === 'block-map' || child.type === 'block-seq' || child.type === 'flow-collection';
        if (isCollection && depth + 1 > MAX_NESTING) {
          if (part === 'key') item.key = null;
          else delete item.value;
          problems.push(tooDeep(child.offset, MAX_NESTING));
        } else {
          stack.push({ token: child, depth: depth + 1 });
        }
      }
    }
  }
}

/**
 * Whether a quoted scalar token lacks its closing quote. The package notices only a missing last
 * character: a token that ends in an escaped quote (`"x\"`, `'x''`) passes, which happens when a
 * line indented no further than the key ends the quoted text (`a: "x\"` then `b: "y"`: the
 * package reads `a` as `x"` and then `b`, without an error).
 */
function isUnclosedQuote(token: CST.Token): token is CST.FlowScalar {
  if (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar') return false;
  const source = token.source;
  const quote = source[0];
  if (source.length < 2 || source[source.length - 1] !== quote) return true;
  // The last quote closes unless escaped: by a backslash in double quotes, by a quote before it
  // in single quotes (`''` is one quote). Either way an odd run of escapes before it escapes it.
  const escape = quote === '"' ? '\\' : "'";
  let run = 0;
  for (let i = source.length - 2; i > 0 && source[i] === escape; i--) run++;
  return run % 2 === 1;
}

function unclosedQuoteProblem(token: CST.FlowScalar): YamlProblem {
  // The package notices a missing closing quote at the end of the text (or of the quoted
  // lines); the place to fix is the opening quote, where the user was typing.
  const escaped = token.source.length > 1 && token.source[token.source.length - 1] === token.source[0];
  const message = escaped
    ? `This quoted text has no closing quote: its last ${token.source[0] === '"' ? '`\\"`' : "`''`"} is an escaped quote, not the end of the text. Add the closing quote.`
    : 'This quoted text has no closing quote, so everything after it is read as part of it. Add the closing quote.';
  return { span: { start: token.offset, end: token.offset + 1 }, message, severity: 'error' };
}

function errorSpan(pos: readonly [number, number], length: number): Span {
  const start = Math.max(0, Math.min(pos[0], length));
  return { start, end: Math.max(start, Math.min(pos[1], length)) };
}

function firstLineOf(message: string): string {
  const line = message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
  return line.endsWith('.') ? line : `${line}.`;
}
