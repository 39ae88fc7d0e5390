/** Hover on program files: the core's Markdown for the task, dependency, person, team or risk under the cursor. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { hoverAt } from '../core/hover/hoverAt';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';

export function hover(entry: ProgramEntry, position: Position): Hover | null {
  const content = hoverAt(entry.analysis, entry.document.offsetAt(position));
  if (!content) return null;
  return { contents: { kind: MarkupKind.Markdown, value: content.markdown }, range: rangeOf(entry.document, content.span) };
}
