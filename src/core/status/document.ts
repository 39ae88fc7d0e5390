/**
 * A tiny document model for the report: headings, paragraphs, lists and tables of styled text
 * runs. The report is built once as blocks; the Markdown file, the HTML export and the preview
 * panel all render these blocks, so the preview shows exactly what is saved and user text is
 * escaped in one place per output (Markdown here, `html.ts`, the DOM's `textContent` in the panel).
 */

export interface Run {
  readonly text: string;
  readonly style?: 'strong' | 'em' | 'code';
  /** A line of the plan file (1-based) the text points at: the preview makes it a link there. */
  readonly line?: number;
}

/** A line of text: a sequence of runs. */
export type Inline = readonly Run[];

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly content: Inline }
  | { readonly kind: 'paragraph'; readonly content: Inline }
  | { readonly kind: 'note'; readonly content: Inline }
  /** A warning that must be read before anything else (the plan's errors), with its details. */
  | { readonly kind: 'alert'; readonly content: Inline; readonly items: readonly Inline[] }
  | { readonly kind: 'list'; readonly items: readonly Inline[] }
  | {
      readonly kind: 'table';
      readonly header: readonly string[];
      /** Right-aligned columns (numbers). */
      readonly numeric?: readonly boolean[];
      readonly rows: readonly (readonly Inline[])[];
    };

export const text = (value: string): Run => ({ text: value });
export const strong = (value: string): Run => ({ text: value, style: 'strong' });
export const em = (value: string): Run => ({ text: value, style: 'em' });
export const code = (value: string): Run => ({ text: value, style: 'code' });
/** `file:line` text that the preview links to that line of the plan. */
export const sourceLink = (value: string, line: number): Run => ({ text: value, style: 'code', line });

/** Plain text of an inline, for tests and accessible labels. */
export function plainText(inline: Inline): string {
  return inline.map((r) => r.text).join('');
}

export function renderMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockMarkdown).join('\n\n')}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.content)}`;
    case 'paragraph':
      return inlineMarkdown(block.content);
    case 'note':
      return `> ${inlineMarkdown(block.content)}`;
    case 'alert':
      return [`> ${inlineMarkdown(block.content)}`, ...(block.items.length ? ['>'] : []), ...block.items.map((item) => `> - ${inlineMarkdown(item)}`)].join('\n');
    case 'list':
      return block.items.map((item) => `- ${inlineMarkdown(item)}`).join('\n');
    case 'table': {
      const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
      const rule = block.header.map((_, i) => (block.numeric?.[i] ? '--:' : '---'));
      return [
        row(block.header.map((h) => escapeMarkdown(h))),
        row(rule),
        ...block.rows.map((cells) => row(cells.map((cell) => inlineMarkdown(cell, true) || ' '))),
      ].join('\n');
    }
  }
}

function inlineMarkdown(inline: Inline, inTable = false): string {
  return inline
    .map((run, i) => {
      if (run.style === 'code') return codeSpan(run.text, inTable);
      // A table cell holds inline text only: nothing at its start can open a block.
      const escaped = escapeMarkdown(run.text, i === 0 && !inTable);
      if (escaped.trim() === '') return escaped;
      if (run.style === 'strong') return `**${escaped}**`;
      if (run.style === 'em') return `_${escaped}_`;
      return escaped;
    })
    .join('');
}

/**
 * Makes user text literal in Markdown: one line, inline syntax backslash-escaped, and at the
 * start of a line nothing that would open a heading, list or quote. `&` is escaped only where
 * it would start an entity, so "R&D" stays readable in the file.
 */
export function escapeMarkdown(value: string, atLineStart = true): string {
  const out = value
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  return atLineStart ? out.replace(/^([#+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : out;
}

/** A code span that survives backticks in the text, and `|` inside a table cell. */
function codeSpan(value: string, inTable: boolean): string {
  const oneLine = value.replace(/\s+/g, ' ');
  const longest = (oneLine.match(/`+/g) ?? []).reduce((max, m) => Math.max(max, m.length), 0);
  const fence = '`'.repeat(longest + 1);
  const body = inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
