/**
 * A document as one self-contained HTML page for email and wikis, like the status report's:
 * inline styles, no script, every user string escaped (`status/html.ts`). A diagram is written as
 * its fallback (a table) between markers, which the preview's rendered chart may replace
 * ({@link withDiagrams}): the server has no browser to draw Mermaid with.
 */
import { blockHtml, boxed, htmlPage, inlineHtml } from '../status/html';
import { verdictBlocks, type DocumentPart } from './markdown';

const open = (index: number): string => `<!--pp-diagram:${index}-->`;
const close = (index: number): string => `<!--/pp-diagram:${index}-->`;

export function documentHtml(parts: readonly DocumentPart[], title: string): string {
  let diagrams = 0;
  return htmlPage(
    title,
    parts.map((part) => {
      if (part.kind === 'mermaid') {
        const index = diagrams++;
        return `${open(index)}${part.fallback.map(blockHtml).join('\n')}${close(index)}`;
      }
      if (part.kind === 'verdict') return verdictHtml(part);
      return blockHtml(part);
    }),
  );
}

function verdictHtml(verdict: Extract<DocumentPart, { kind: 'verdict' }>): string {
  const [line, reasons] = verdictBlocks(verdict);
  const list = reasons ? blockHtml(reasons) : '';
  const body = `<p style="margin:0;font-size:18px;">${line.kind === 'paragraph' ? inlineHtml(line.content) : ''}</p>${list}`;
  return verdict.go ? boxed(body, '#1a7f37', '#dafbe1') : boxed(body, '#cf222e', '#ffebe9');
}

/** At most this much SVG per chart: a quadrant chart is tens of kilobytes. */
const MAX_SVG = 2_000_000;

/**
 * Whether a chart's SVG (from the preview's Mermaid, which escapes the labels it draws) can go
 * into a page that must run nothing and load nothing: no script, no event handler, no foreign
 * HTML, no link or reference to anything outside the picture.
 */
export function isSafeSvg(svg: string): boolean {
  const trimmed = svg.trim();
  return (
    trimmed.length <= MAX_SVG &&
    /^<svg[\s>]/i.test(trimmed) &&
    /<\/svg>$/i.test(trimmed) &&
    !/<\s*(?:script|foreignObject|iframe|object|embed|image|a)[\s>/]|\son[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=|url\(\s*['"]?\s*(?!#)|@import/i.test(trimmed)
  );
}

/** The page with each diagram's fallback replaced by its rendered SVG, where there is a safe one. */
export function withDiagrams(html: string, svgs: readonly (string | undefined)[]): string {
  let out = html;
  svgs.forEach((svg, index) => {
    if (svg === undefined || !isSafeSvg(svg)) return;
    const start = out.indexOf(open(index));
    const end = out.indexOf(close(index));
    if (start < 0 || end < start) return;
    out = `${out.slice(0, start + open(index).length)}<div style="margin:8px 0;">${svg.trim()}</div>${out.slice(end)}`;
  });
  return out;
}

