/** Core spans (UTF-16 offsets) ↔ VS Code ranges, through the store's line index of the analysed text. */
import * as vscode from 'vscode';
import type { LineIndex, Span } from '../../core/source';

export function rangeOf(lines: LineIndex, span: Span): vscode.Range {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function spanOf(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The document selector of every provider: program files, whatever language mode they are in. */
export const PROGRAM_SELECTOR: vscode.DocumentSelector = [{ pattern: '**/*.program.{yaml,yml}' }];
