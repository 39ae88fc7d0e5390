/**
 * Core spans (UTF-16 offsets) ↔ LSP ranges. LSP counts characters in UTF-16 code units, as the
 * core does, so only lines need mapping; the document is the text the analysis was made from.
 */
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../core/source';

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function spanOf(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
