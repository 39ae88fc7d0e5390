/**
 * The documents' parts: the status report's blocks (user text escaped there) plus fenced
 * diagrams, whose source the document builds safe for Mermaid, and the launch verdict, which the
 * preview and the HTML export show as a banner and Markdown as a paragraph and a list.
 */
import { renderMarkdown, type Block, type Inline } from '../status/document';

export type DocumentPart =
  | Block
  /** `fallback` is what a page without the rendered chart shows instead (the HTML export). */
  | { readonly kind: 'mermaid'; readonly source: string; readonly fallback: readonly Block[] }
  | { readonly kind: 'verdict'; readonly go: boolean; readonly content: Inline; readonly reasons: readonly Inline[] };

/** The verdict as plain blocks: its line, then its reasons as a list. */
export function verdictBlocks(verdict: Extract<DocumentPart, { kind: 'verdict' }>): Block[] {
  return [{ kind: 'paragraph', content: verdict.content }, ...(verdict.reasons.length > 0 ? [{ kind: 'list', items: verdict.reasons } as const] : [])];
}

function partMarkdown(part: DocumentPart): string {
  if (part.kind === 'mermaid') return `\`\`\`mermaid\n${part.source}\n\`\`\``;
  return renderMarkdown(part.kind === 'verdict' ? verdictBlocks(part) : [part]).trimEnd();
}

export function documentMarkdown(parts: readonly DocumentPart[]): string {
  return `${parts.map(partMarkdown).join('\n\n')}\n`;
}
