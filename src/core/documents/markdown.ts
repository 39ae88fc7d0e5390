/**
 * The documents' Markdown: the status report's blocks (user text escaped there) plus fenced
 * diagrams, whose source the document builds safe for Mermaid.
 */
import { renderMarkdown, type Block } from '../status/document';

export type DocumentPart = Block | { readonly kind: 'mermaid'; readonly source: string };

export function documentMarkdown(parts: readonly DocumentPart[]): string {
  return `${parts.map((part) => (part.kind === 'mermaid' ? `\`\`\`mermaid\n${part.source}\n\`\`\`` : renderMarkdown([part]).trimEnd())).join('\n\n')}\n`;
}
