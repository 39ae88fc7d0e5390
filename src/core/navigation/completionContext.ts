/**
 * Which kind of id the user is typing at an offset, read from the text around the cursor
 * rather than the model: while typing, the file is usually not valid YAML (`dependsOn: [a, `),
 * yet completion must work. Only the cursor's line and the few lines above that hold its
 * parent keys are read, so the cost does not grow with the file.
 */
import type { EntityKind } from '../model';
import type { Span } from '../source';

export interface CompletionContext {
  readonly kind: EntityKind;
  /** The field the id is for: `owner`, `dependsOn`, `tasks`, … */
  readonly field: string;
  /** The partial id under the cursor, to be replaced by the chosen one (empty when nothing typed yet). */
  readonly span: Span;
}

const PERSON_FIELDS = new Set(['owner', 'accountable', 'consulted', 'informed', 'lead']);
const ID_CHAR = /[A-Za-z0-9_.-]/;
/** How many lines up to look for a parent key before giving up (a dependency list is rarely longer). */
const MAX_LINES_UP = 400;

export function completionContextAt(text: string, offset: number): CompletionContext | undefined {
  offset = Math.max(0, Math.min(offset, text.length));
  let wordStart = offset;
  while (wordStart > 0 && ID_CHAR.test(text[wordStart - 1])) wordStart--;
  let wordEnd = offset;
  while (wordEnd < text.length && ID_CHAR.test(text[wordEnd])) wordEnd++;
  const lineStart = text.lastIndexOf('\n', wordStart - 1) + 1;
  const before = text.slice(lineStart, wordStart);
  // A lone `-` right before the cursor is a list marker being typed, not an id.
  if (text.slice(wordStart, offset) === '-' && /^\s*$/.test(before)) return undefined;

  const line = readLinePrefix(before);
  if (!line || !line.valueIsEmpty) return undefined;
  const span = { start: wordStart, end: wordEnd };
  /** The key owning the block map of the cursor's line (e.g. `dependsOn` for `- task: …`). */
  const blockParent = (): string | undefined =>
    line.blockKey !== undefined
      ? parentKeyOfMapAt(text, lineStart, line.blockKeyColumn, line.dashColumn)
      : line.dashColumn !== undefined
        ? parentKeyOfItemAt(text, lineStart, line.dashColumn)
        : undefined;

  const top = line.stack[line.stack.length - 1];
  if (top?.type === '{') {
    // `{task: |}`: the map's parent is the key of the list (or block item) that holds it.
    if (top.key === undefined) return undefined; // typing a key
    const outer = line.stack[line.stack.length - 2];
    const parent = () => top.owner ?? (outer ? outer.owner : line.blockKey ?? blockParent());
    return contextFor(top.key, false, parent, span);
  }
  if (top?.type === '[') {
    if (top.owner === undefined) return undefined;
    return contextFor(top.owner, line.stack.length === 1 && line.blockKeyColumn === 0, noParent, span);
  }
  if (line.blockKey !== undefined) return contextFor(line.blockKey, line.blockKeyColumn === 0, blockParent, span);
  if (line.dashColumn === undefined) return undefined;
  const list = parentKeyLineOfItemAt(text, lineStart, line.dashColumn);
  return list ? contextFor(list.key, list.column === 0, noParent, span) : undefined;
}

const noParent = (): undefined => undefined;

function contextFor(field: string, topLevel: boolean, parent: () => string | undefined, span: Span): CompletionContext | undefined {
  const kind = kindFor(field, topLevel, parent);
  return kind ? { kind, field, span } : undefined;
}

function kindFor(field: string, topLevel: boolean, parent: () => string | undefined): EntityKind | undefined {
  if (PERSON_FIELDS.has(field)) return 'person';
  if (field === 'team') return 'team';
  if (field === 'dependsOn') return 'task';
  // `tasks` at the top is the task list itself; nested (in a risk) it lists task ids.
  if (field === 'tasks' && !topLevel) return 'task';
  if (field === 'task' && parent() === 'dependsOn') return 'task';
  return undefined;
}

interface Frame {
  readonly type: '[' | '{';
  /** The key whose value this collection is, when written on this line. */
  readonly owner?: string;
  /** In a map: the key whose value comes next. */
  key?: string;
}

interface LinePrefix {
  /** A block-level `key:` on the line. */
  readonly blockKey?: string;
  readonly blockKeyColumn: number;
  /** The column of a leading `- `. */
  readonly dashColumn?: number;
  /** Open flow collections, outermost first. */
  readonly stack: Frame[];
  /** Nothing but spaces after the last `key:` or `- ` (the cursor starts the value). */
  readonly valueIsEmpty: boolean;
}

/** Reads a line up to the cursor: its block key, list marker and open flow collections. */
function readLinePrefix(before: string): LinePrefix | undefined {
  let i = 0;
  while (i < before.length && before[i] === ' ') i++;
  let dashColumn: number | undefined;
  if (before[i] === '-' && (i + 1 === before.length || before[i + 1] === ' ')) {
    dashColumn = i;
    i++;
    while (i < before.length && before[i] === ' ') i++;
  }
  let blockKey: string | undefined;
  let blockKeyColumn = 0;
  const stack: Frame[] = [];
  let tokenStart = i;
  let lastStructural = i;
  let quote: string | undefined;
  for (; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || before[i - 1] === ' ')) return undefined; // in a comment
    else if (c === ':' && (i + 1 === before.length || before[i + 1] === ' ' || (top !== undefined && ',]}'.includes(before[i + 1])))) {
      const key = unquote(before.slice(tokenStart, i).trim());
      if (!top) {
        blockKey = key;
        blockKeyColumn = tokenStart;
      } else if (top.type === '{') {
        top.key = key;
      }
      tokenStart = lastStructural = i + 1;
    } else if (c === '[' || c === '{') {
      const owner = !top ? blockKey : top.type === '{' ? top.key : undefined;
      stack.push({ type: c, owner });
      tokenStart = lastStructural = i + 1;
    } else if (c === ']' || c === '}') {
      stack.pop();
      tokenStart = i + 1;
      lastStructural = i; // a value closed here: what follows is not a new value

    } else if (c === ',') {
      if (!top) return undefined; // a comma outside a flow collection: plain text
      if (top.type === '{') top.key = undefined;
      tokenStart = lastStructural = i + 1;
    }
  }
  if (quote) return undefined;
  const valueIsEmpty = before.slice(lastStructural).trim() === '';
  return { blockKey, blockKeyColumn, dashColumn, stack, valueIsEmpty };
}

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

interface LineShape {
  readonly start: number;
  readonly indent: number;
  /** True for a line starting with `- `. */
  readonly dash: boolean;
  /** The block key on the line and its column, if any. */
  readonly key?: string;
  readonly keyColumn: number;
  /** `key:` with nothing after it (its value is the block below). */
  readonly opensBlock: boolean;
}

/** The lines above `lineStart`, nearest first, skipping blank and comment lines. */
function* linesAbove(text: string, lineStart: number): Generator<LineShape> {
  let end = lineStart - 1;
  for (let count = 0; end >= 0 && count < MAX_LINES_UP; count++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const content = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    const trimmed = content.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = content.length - trimmed.length;
    const dash = trimmed === '-' || trimmed.startsWith('- ');
    const afterDash = dash ? trimmed.slice(1).trimStart() : trimmed;
    const keyColumn = indent + (trimmed.length - afterDash.length);
    const match = /^("[^"]*"|'[^']*'|[^\s"'#][^:#]*?)\s*:(?:\s+(#.*)?|$)(.*)$/.exec(afterDash);
    const key = match ? unquote(match[1]) : undefined;
    const opensBlock = match !== null && match[3].trim() === '';
    yield { start, indent, dash, key, keyColumn, opensBlock };
  }
}

/** The `key:` line whose block list holds the item whose `-` is at `dashColumn`. */
function parentKeyLineOfItemAt(
  text: string,
  lineStart: number,
  dashColumn: number,
): { key: string; column: number } | undefined {
  for (const line of linesAbove(text, lineStart)) {
    if (line.indent > dashColumn || (line.indent === dashColumn && line.dash)) continue; // deeper, or a sibling item
    if (!line.key || !line.opensBlock) return undefined;
    return { key: line.key, column: line.keyColumn };
  }
  return undefined;
}

function parentKeyOfItemAt(text: string, lineStart: number, dashColumn: number): string | undefined {
  return parentKeyLineOfItemAt(text, lineStart, dashColumn)?.key;
}

/**
 * The key that owns the block map whose keys sit at `keyColumn` (the map that holds the
 * cursor's line). When the map is a list item (`- id: …`), that is the key of the list.
 */
function parentKeyOfMapAt(text: string, lineStart: number, keyColumn: number, dashColumn: number | undefined): string | undefined {
  if (dashColumn !== undefined) return parentKeyOfItemAt(text, lineStart, dashColumn);
  for (const line of linesAbove(text, lineStart)) {
    if (line.indent >= keyColumn) continue; // a sibling key or deeper
    if (line.dash && line.keyColumn === keyColumn) return parentKeyOfItemAt(text, line.start, line.indent);
    return line.key && line.opensBlock ? line.key : undefined;
  }
  return undefined;
}
