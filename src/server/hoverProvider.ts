/**
 * Hover on program files: the core's Markdown for the task, dependency, person, team, risk or
 * program under the cursor (with the baseline variance when the plan has a baseline, and a
 * milestone's P80 and chance to meet when the server has forecast the text), and on a key
 * what the schema says it means, below that: the schedule stays first, so its float and dates
 * show without scrolling.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { hoverAt } from '../core/hover/hoverAt';
import { schemaHoverAt } from '../core/hover/schemaHover';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';
import type { BaselineInfo } from './baseline';
import { withBaselineLine } from './baselineVariance';
import type { ForecastView } from '../protocol/decisions';
import { withConfidenceLine } from './forecastHover';

/** `forecast`: the forecast of the entry's current text, when the server has made one. */
export function hover(entry: ProgramEntry, position: Position, baseline?: BaselineInfo, forecast?: ForecastView): Hover | null {
  const offset = entry.document.offsetAt(position);
  const key = schemaHoverAt(entry.document.getText(), offset, entry.analysis);
  const content = hoverAt(entry.analysis, offset);
  // Confidence first, so that the baseline line ends up just under the dates, above it.
  const task = content && withBaselineLine(withConfidenceLine(content.markdown, entry.analysis, offset, forecast), entry.analysis, offset, baseline);
  const parts = [task, key?.markdown].filter((part) => part !== undefined);
  const span = key?.span ?? content?.span;
  if (parts.length === 0 || !span) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: rangeOf(entry.document, span) };
}
