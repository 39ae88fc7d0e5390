/** Hover on program files: the core's Markdown for the task, dependency, person, team or risk under the cursor. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { hoverAt } from '../core/hover/hoverAt';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';
import type { BaselineInfo } from './baseline';
import { withBaselineLine } from './baselineVariance';

export function hover(entry: ProgramEntry, position: Position, baseline?: BaselineInfo): Hover | null {
  const offset = entry.document.offsetAt(position);
  const content = hoverAt(entry.analysis, offset);
  if (!content) return null;
  const markdown = withBaselineLine(content.markdown, entry.analysis, offset, baseline);
  return { contents: { kind: MarkupKind.Markdown, value: markdown }, range: rangeOf(entry.document, content.span) };
}
