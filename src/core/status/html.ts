/**
 * The report's blocks as one self-contained HTML page, ready to paste into an email or a wiki:
 * inline styles only (mail clients drop `<style>` and scripts), tables with the attributes
 * Outlook honours (`border`, `cellpadding`, `align`), and every piece of user text escaped.
 */
import type { Block, Inline } from './document';

const FONT = "font-family:'Segoe UI',Helvetica,Arial,sans-serif;";
const BORDER = '1px solid #d0d7de';
const CELL = `border:${BORDER};padding:6px 10px;vertical-align:top;`;
const HEADING_STYLE: Readonly<Record<1 | 2 | 3, string>> = {
  1: `${FONT}font-size:24px;margin:16px 0 4px;`,
  2: `${FONT}font-size:18px;margin:20px 0 6px;padding-bottom:4px;border-bottom:${BORDER};`,
  3: `${FONT}font-size:15px;margin:16px 0 6px;`,
};

/** Text made literal in HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderHtml(blocks: readonly Block[], title: string): string {
  return htmlPage(title, blocks.map(blockHtml));
}

/** The page around body markup already built (each piece escaped by whoever built it). */
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    `<body style="margin:0;padding:16px;background:#ffffff;color:#1f2328;${FONT}font-size:14px;line-height:1.45;">`,
    '<div style="max-width:1000px;">',
    ...body,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} style="${HEADING_STYLE[block.level]}">${inlineHtml(block.content)}</h${block.level}>`;
    case 'paragraph':
      return `<p style="margin:6px 0;">${inlineHtml(block.content)}</p>`;
    case 'note':
      return boxed(inlineHtml(block.content), '#8c959f', '#f6f8fa');
    case 'alert': {
      const items = block.items.length ? `<ul style="margin:6px 0 0;padding-left:22px;">${block.items.map(itemHtml).join('')}</ul>` : '';
      return boxed(`${inlineHtml(block.content)}${items}`, '#cf222e', '#ffebe9');
    }
    case 'list':
      return `<ul style="margin:6px 0 10px;padding-left:22px;">${block.items.map(itemHtml).join('')}</ul>`;
    case 'table': {
      const align = (i: number): string => (block.numeric?.[i] ? ' align="right"' : '');
      const textAlign = (i: number): string => (block.numeric?.[i] ? 'text-align:right;' : 'text-align:left;');
      const head = block.header.map((h, i) => `<th${align(i)} style="${CELL}${textAlign(i)}background:#f6f8fa;">${escapeHtml(h)}</th>`).join('');
      const rows = block.rows.map((cells) => `<tr>${cells.map((cell, i) => `<td${align(i)} style="${CELL}${textAlign(i)}">${inlineHtml(cell)}</td>`).join('')}</tr>`);
      return [
        `<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:${BORDER};margin:6px 0 12px;${FONT}font-size:14px;">`,
        `<thead><tr>${head}</tr></thead>`,
        `<tbody>${rows.join('')}</tbody>`,
        '</table>',
      ].join('');
    }
  }
}

/** A coloured box as a one-cell table: Outlook draws table cells' borders and backgrounds, not a div's. */
export function boxed(content: string, edge: string, background: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:8px 0;"><tr><td style="border-left:4px solid ${edge};background:${background};padding:8px 12px;">${content}</td></tr></table>`;
}

function itemHtml(item: Inline): string {
  return `<li style="margin:2px 0;">${inlineHtml(item)}</li>`;
}

export function inlineHtml(inline: Inline): string {
  return inline
    .map((run) => {
      const body = escapeHtml(run.text.replace(/\s+/g, ' '));
      if (run.style === 'strong') return `<strong>${body}</strong>`;
      if (run.style === 'em') return `<em>${body}</em>`;
      if (run.style === 'code') return `<code style="font-family:Consolas,'Courier New',monospace;background:#f6f8fa;padding:0 3px;">${body}</code>`;
      return body;
    })
    .join('');
}
