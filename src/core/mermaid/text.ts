/**
 * Makes user text safe inside Mermaid source. Mermaid reads `#<code>;` as a character
 * reference (it turns it into `&#<code>;` in the SVG, which the browser shows as that
 * character), so every character that means something to Mermaid's lexers, its directive scan
 * or HTML is written that way. Nothing the user types can then end a statement (`:` `;` a
 * line break), start a comment or directive (`%`), open an entity (`#`), close a label (`"`)
 * or become markup (`<` `>` `&`).
 */

/** Characters with a meaning to Mermaid or HTML, plus the private markers Mermaid uses for entities. */
const SPECIAL = /[:#;%"'<>&{}\\`\uFB02\u00B0\u00B6\u00DF]/g;
/** Line breaks, other control characters and white space runs: a label is one line. */
const SPACES = /[\s\u0000-\u001F\u007F-\u009F]+/g;
/** Invisible direction overrides, which could make a label read differently from what it is. */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A surrogate half without its partner is not a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Words the gantt lexer matches before task text (case-insensitively, at the start of a line):
 * a task named `Section review` or `2026-01-05 cut-over` would otherwise become a statement.
 */
const LEADING_KEYWORD =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|section|click|href|call|\d)/i;

export interface MermaidTextOptions {
  /** Longer text is cut and ends with `…` (in UTF-16 units of the cleaned-up text). */
  readonly maxLength?: number;
  /** Encode the first character too when the text starts with a word the gantt lexer knows. */
  readonly guardLeadingKeyword?: boolean;
}

/** Most names: letters, digits, spaces and harmless punctuation (checked for runs of spaces apart). */
const PLAIN = /^[A-Za-z0-9 ,.()/+\-_!?=@*$~^|[\]]*$/;

/** `text` as it may appear in a Mermaid label; empty when nothing printable is left. */
export function mermaidText(text: string, options: MermaidTextOptions = {}): string {
  if (
    PLAIN.test(text) &&
    !text.startsWith(' ') &&
    !text.endsWith(' ') &&
    !text.includes('  ') &&
    (options.maxLength === undefined || text.length <= options.maxLength)
  ) {
    return options.guardLeadingKeyword && LEADING_KEYWORD.test(text) ? entity(text[0]) + text.slice(1) : text;
  }
  let clean = text.replace(BIDI, '').replace(SPACES, ' ').trim().replace(LONE_SURROGATE, '\uFFFD');
  const max = options.maxLength;
  if (max !== undefined && clean.length > max) clean = `${cutAt(clean, Math.max(1, max - 1)).trimEnd()}…`;
  let out = clean.replace(SPECIAL, entity);
  if (options.guardLeadingKeyword && LEADING_KEYWORD.test(out)) out = entity(out[0]) + out.slice(1);
  return out;
}

/** The Mermaid character reference of one character. */
function entity(char: string): string {
  return `#${char.codePointAt(0)};`;
}

/** The first `length` UTF-16 units, without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

/** What Mermaid shows for a label written by {@link mermaidText}: its character references decoded. */
export function shownText(label: string): string {
  return label.replace(/#(\d{1,7});/g, (whole, code: string) => (Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : whole));
}
