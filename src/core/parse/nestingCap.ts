/**
 * Nesting capped before text reaches the `yaml` package's parser. The parser closes the block
 * collections a less-indented line ends by recursion, one level inside the other, so a few
 * thousand levels (`- - - …`, a staircase of `key:` lines, `? ? ? …`) overflow the stack before
 * anything could be cut from its tokens.
 *
 * The package's lexer, which is iterative, splits the text into tokens; one pass over them counts
 * the collections each indicator (`-`, `?`, `:` after a key or alone) and bracket opens, closing
 * block collections at each line indented less (the same tokens then feed the parser, so the text
 * is lexed once). Each collection past the cap is blanked: for block style the rest of its line and
 * the lines indented at least as far, for flow style up to its closing bracket. It becomes a null
 * (`~`, then spaces, line breaks kept), so every offset stays where it was, what the package
 * reports stays in place, and the rest of the text is read as usual. Since blanking can change how
 * the text after it is read, the blanked text is counted again.
 *
 * The count follows the parser's own indentation (spaces and indicators, not tabs) and errs
 * towards more levels: on some malformed text the parser nests a level the count misses (a test
 * bounds the parser's depth at twice the cap), and `readYaml` caps lower should that overflow.
 */
import { CST, Lexer } from 'yaml';
import type { YamlProblem } from './readYaml';

/** Far deeper than the format needs (about 5 levels), far shallower than the stack allows. */
export const MAX_NESTING = 64;

/** Passes that blank what each finds before the rest of the text is blanked at once. */
const MAX_PASSES = 4;

export function tooDeep(offset: number, max: number): YamlProblem {
  return {
    span: { start: offset, end: offset + 1 },
    message: `Nested more than ${max} levels deep; the deeper part is ignored. A program file needs only a few levels.`,
    severity: 'error',
  };
}

export interface CappedText {
  /** The text with the too-deep parts blanked; the text itself when nothing is. */
  readonly text: string;
  /** The lexer's tokens of `text`, for `Parser.next`. */
  readonly lexemes: readonly string[];
  /** One per blanked collection, at its first character. */
  readonly problems: readonly YamlProblem[];
}

/**
 * @param topDepth How deep the text's top node sits in the whole file (see `readYaml`).
 */
export function capNesting(text: string, topDepth = 0, max = MAX_NESTING): CappedText {
  const problems: YamlProblem[] = [];
  let current = text;
  for (let pass = 1; ; pass++) {
    const scan = new NestingScan(current, topDepth, max);
    if (scan.cuts.length === 0) return { text: current, lexemes: scan.lexemes, problems };
    for (const cut of scan.cuts) problems.push(tooDeep(cut.start, max));
    current = pass < MAX_PASSES ? blanked(current, scan.cuts) : blanked(current, [{ start: scan.cuts[0].start, end: current.length }]);
  }
}

const SEQ = 0;
const MAP = 1;

interface Cut {
  readonly start: number;
  end: number;
}

class NestingScan {
  readonly lexemes: string[] = [];
  readonly cuts: Cut[] = [];
  /**
   * The open block collections, innermost last: their indentation as the parser counts it (the
   * spaces and indicators before them on their line, not tabs; non-decreasing), and kinds.
   */
  private readonly columns: number[] = [];
  private readonly kinds: number[] = [];
  /** How many of them were open before this line. */
  private openBefore = 0;
  private flowDepth = 0;
  private blockInFlow = false;
  /** In the innermost flow collection: the nodes of the current item, and whether it had its `:`. */
  private itemNodes = 0;
  private itemColon = false;
  private offset = 0;
  private lineStart = 0;
  private atLineStart = true;
  /** Only spaces and indicators so far on this line, and their width: the parser's indentation. */
  private beforeContent = true;
  private indent = 0;
  /** Where the node an implicit key's `:` would follow starts, or -1, and its indentation. */
  private nodeStart = -1;
  private nodeIndent = 0;
  /** Whether nothing but indentation and indicators came before the node on its line. */
  private nodeFirst = false;
  /** A block collection being cut: lines indented at least this far belong to it. */
  private cutColumn = -1;
  /**
   * A flow collection being cut: how many flow collections were open around it; or a block
   * collection inside brackets, cut up to where they close.
   */
  private flowCutLevel = -1;
  private blockCutInFlow = false;

  constructor(
    private readonly text: string,
    private readonly topDepth: number,
    private readonly max: number,
  ) {
    let atScalar = false;
    for (const lexeme of new Lexer().lex(text)) {
      this.lexemes.push(lexeme);
      // As `Parser.next` counts offsets: a scalar marker and mode switches take no text.
      const type: CST.TokenType | null = atScalar ? 'scalar' : CST.tokenType(lexeme);
      const marker = !atScalar && (type === 'scalar' || type === 'doc-mode' || type === 'flow-error-end');
      atScalar = !atScalar && type === 'scalar';
      if (marker) {
        if (type === 'flow-error-end') this.endFlow();
        continue;
      }
      this.token(type, lexeme.length);
      const newline = lexeme.lastIndexOf('\n');
      this.offset += lexeme.length;
      if (newline < 0) continue;
      this.lineStart = this.offset - lexeme.length + newline + 1;
      // A line break ends the token (a newline, a block scalar): the next token starts a line.
      if (newline === lexeme.length - 1) {
        this.atLineStart = true;
        this.beforeContent = true;
        this.indent = 0;
        if (this.flowDepth === 0) this.nodeStart = -1;
      }
    }
    this.endFlow();
    this.endCut(text.length);
  }

  private token(type: CST.TokenType | null, length: number): void {
    if (type === 'newline' || type === 'byte-order-mark') return;
    if (type === 'space') {
      if (this.beforeContent && this.text.charCodeAt(this.offset) === 32) this.indent += length;
      return;
    }
    if (type === 'comment') return;
    if (this.atLineStart) {
      this.atLineStart = false;
      if (!this.lineStarts()) return;
    }
    const indicator = type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind';
    const indent = this.indent;
    const first = this.beforeContent;
    if (indicator && this.beforeContent) this.indent += length;
    else this.beforeContent = false;
    if (type === 'doc-start' || type === 'doc-end') {
      this.endFlow();
      this.columns.length = 0;
      this.kinds.length = 0;
      this.openBefore = 0;
      return;
    }
    if (this.cutColumn >= 0) return;
    if (this.flowCutLevel >= 0) {
      if (type === 'flow-map-start' || type === 'flow-seq-start') this.flowDepth++;
      else if ((type === 'flow-map-end' || type === 'flow-seq-end') && --this.flowDepth === this.flowCutLevel) {
        this.endFlowCut(this.blockCutInFlow ? this.offset : this.offset + length);
        if (this.flowDepth === 0) this.blockInFlow = false;
      }
      return;
    }
    if (this.flowDepth > 0 && !this.blockInFlow && !this.flowToken(type)) return;
    switch (type) {
      case 'seq-item-ind':
      case 'explicit-key-ind':
        this.open(this.offset, indent, type === 'seq-item-ind' ? SEQ : MAP, first);
        this.nodeStart = -1;
        return;
      case 'map-value-ind':
        // After a key, the mapping starts at the key; alone (`: x`), at the indicator.
        if (this.nodeStart >= 0) this.open(this.nodeStart, Math.min(this.nodeIndent, indent), MAP, this.nodeFirst);
        else this.open(this.offset, indent, MAP, first);
        this.nodeStart = -1;
        return;
      case 'flow-map-start':
      case 'flow-seq-start':
        this.startNode(indent, first);
        if (this.depth() > this.max) {
          this.cuts.push({ start: this.offset, end: this.offset });
          this.flowCutLevel = this.flowDepth;
          this.blockCutInFlow = false;
        }
        this.flowDepth++;
        return;
      case 'flow-map-end':
      case 'flow-seq-end':
        if (this.flowDepth > 0 && --this.flowDepth === 0) this.blockInFlow = false;
        // The collection is a node of the item around it, perhaps its second (see `flowToken`).
        this.itemNodes = 2;
        return;
      default:
        // A scalar, an alias, a tag or an anchor: the start of a node (a key, perhaps).
        this.startNode(indent, first);
    }
  }

  /**
   * Inside brackets `?` and `:` belong to flow collections, as long as the parser reads them
   * so: a `-` there (an error), or a `:` after an item's second node (`{a b: c}`, `{k: v: w}`),
   * makes it open block collections inside the brackets, where indicators are block indicators
   * again until the brackets close. True when the token opens block collections.
   */
  private flowToken(type: CST.TokenType | null): boolean {
    switch (type) {
      case 'flow-map-start':
      case 'flow-seq-start':
      case 'comma':
        this.itemNodes = 0;
        this.itemColon = false;
        return type !== 'comma';
      case 'map-value-ind':
        if (this.itemNodes > 1 || this.itemColon) break;
        this.itemColon = true;
        return false;
      case 'seq-item-ind':
        break;
      case 'explicit-key-ind':
      case 'anchor':
      case 'tag':
        return false;
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        this.itemNodes++;
        return true;
      default:
        return true;
    }
    this.blockInFlow = true;
    return true;
  }

  private startNode(indent: number, first: boolean): void {
    if (this.nodeStart >= 0) return;
    this.nodeStart = this.offset;
    this.nodeIndent = indent;
    this.nodeFirst = first;
  }

  /**
   * The first token of a line: ends a cut the line is indented too little for, and closes the
   * block collections indented more. False when the line belongs to a cut collection.
   */
  private lineStarts(): boolean {
    const indent = this.indent;
    if (this.cutColumn >= 0) {
      if (indent >= this.cutColumn) return false;
      this.endCut(this.lineStart);
    }
    // Inside brackets, lines do not close block collections.
    if (this.flowDepth === 0) while (this.columns.length > 0 && this.columns[this.columns.length - 1] > indent) this.pop();
    this.openBefore = this.columns.length;
    return true;
  }

  /**
   * Opens a block collection indented `column`, starting at `at`, or cuts it when it goes past
   * the cap. One that starts its line (`first`) may go on from an earlier line instead; after
   * other text on the line (`k: k:`, `*a ?`) the parser nests a new one, as an error.
   */
  private open(at: number, column: number, kind: number, first: boolean): void {
    const continues = (wanted: number) => first && this.columns.length > 0 && this.columns.length <= this.openBefore && this.top() === column && this.kinds[this.kinds.length - 1] === wanted;
    // A list written at its mapping's indentation (`key:` then `- item`) ends at the next key.
    if (kind === MAP && continues(SEQ)) this.pop();
    if (continues(kind)) return;
    if (this.depth() > this.max) {
      this.cuts.push({ start: at, end: at });
      if (this.flowDepth === 0) {
        this.cutColumn = column;
      } else {
        // Inside brackets the cut ends before the bracket that closes them, which stays.
        this.flowCutLevel = this.flowDepth - 1;
        this.blockCutInFlow = true;
      }
      return;
    }
    this.columns.push(column);
    this.kinds.push(kind);
  }

  private top(): number {
    return this.columns.length > 0 ? this.columns[this.columns.length - 1] : -1;
  }

  private pop(): void {
    this.columns.pop();
    this.kinds.pop();
  }

  /** The depth of a collection opened now. */
  private depth(): number {
    return this.topDepth + 1 + this.columns.length + this.flowDepth;
  }

  /** All brackets closed at once: a line indented too little, a document marker, the end. */
  private endFlow(): void {
    this.endFlowCut(this.offset);
    this.flowDepth = 0;
    this.blockInFlow = false;
  }

  private endFlowCut(end: number): void {
    if (this.flowCutLevel < 0) return;
    this.cuts[this.cuts.length - 1].end = end;
    this.flowCutLevel = -1;
  }

  private endCut(end: number): void {
    if (this.cutColumn < 0) return;
    this.cuts[this.cuts.length - 1].end = end;
    this.cutColumn = -1;
  }
}

/** The text with each range's characters but line breaks replaced by spaces, and a `~` first. */
function blanked(text: string, ranges: readonly Cut[]): string {
  const pieces: string[] = [];
  let pos = 0;
  for (const { start, end } of ranges) {
    // A range can begin inside the one before (a collection within one already cut): blank each
    // character once, or the text would grow and every later offset move.
    const from = Math.max(start, pos);
    if (end <= from) continue;
    const head = from === start ? '~' : '';
    pieces.push(text.slice(pos, from), head, text.slice(from + head.length, end).replace(/[^\r\n]/g, ' '));
    pos = end;
  }
  pieces.push(text.slice(pos));
  return pieces.join('');
}
