/**
 * The confidence line of a milestone's hover, from the forecast the server already made of the
 * file's current text (the panel's, or the background one after an edit pause): "Confidence
 * (5,000 runs): P80 Fri 14 Aug · 62% chance to meet the deadline of 1 Aug". Nothing is forecast
 * here, so a hover never waits for one.
 */
import type { Analysis } from '../core/analyze';
import { shortDate, weekdayDate } from '../core/hover/dateText';
import { chance } from '../core/text/chance';
import type { ForecastView } from '../protocol/decisions';
import { hoveredTaskId } from './baselineVariance';
import { withLineAfterDates } from './hoverLines';

/** The line for a task the forecast tracks (milestones and tasks with a deadline); undefined otherwise. */
export function confidenceHoverLine(view: ForecastView | undefined, taskId: string, currentYear?: string): string | undefined {
  // A plan without ranges or schedule risks has one run: the hover's dates already say it all.
  if (!view?.uncertain) return undefined;
  const row = view.rows.find((r) => r.id === taskId);
  if (!row) return undefined;
  const deadline = row.deadline ? ` · ${chance(row.deadline.probability)} chance to meet the deadline of ${shortDate(row.deadline.date, currentYear)}` : '';
  return `**Confidence** (${view.runs.toLocaleString('en-US')} runs): P50 ${weekdayDate(row.p50, currentYear)} · P80 ${weekdayDate(row.p80, currentYear)}${deadline}`;
}

/** A task hover's Markdown with the confidence line under its dates. */
export function withConfidenceLine(markdown: string, analysis: Pick<Analysis, 'program' | 'asOf'>, offset: number, view: ForecastView | undefined): string {
  const taskId = view?.uncertain ? hoveredTaskId(analysis.program, offset) : undefined;
  const line = taskId !== undefined ? confidenceHoverLine(view, taskId, analysis.asOf.slice(0, 4)) : undefined;
  return line ? withLineAfterDates(markdown, line) : markdown;
}
