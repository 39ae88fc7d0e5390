/**
 * The variance against the baseline in the words of a hover line and a CodeLens suffix:
 * "Baseline finish Tue 3 Mar · forecast Wed 18 Mar · +11 working days", "+11d vs baseline".
 */
import { withLineAfterDates } from './hoverLines';
import type { Analysis } from '../core/analyze';
import type { BaselineComparison, TaskVariance } from '../core/baseline/compare';
import { weekdayDate } from '../core/hover/dateText';
import type { Program } from '../core/model';
import { symbolIndexOf } from '../core/navigation/symbolIndex';
import { escapeMarkdown } from '../core/status/document';
import { signedWorkingDays, varianceBadge } from '../core/baseline/varianceText';
import type { BaselineInfo } from './baseline';

function varianceOf(comparison: BaselineComparison, taskId: string): TaskVariance | undefined {
  return comparison.tasks.find((t) => t.id === taskId);
}

/** The hover's baseline line (Markdown) for a task, or undefined when the plan has no baseline. */
export function baselineHoverLine(info: BaselineInfo | undefined, taskId: string, currentYear?: string): string | undefined {
  if (!info) return undefined;
  if ('note' in info) return `*${escapeMarkdown(info.note)}*`;
  const { comparison } = info;
  const variance = varianceOf(comparison, taskId);
  if (variance) {
    const finish = `Baseline finish ${weekdayDate(variance.baselineFinish, currentYear)} · forecast ${weekdayDate(variance.forecastFinish, currentYear)}`;
    return `${finish} · ${signedWorkingDays(variance.finishVariance)}`;
  }
  if (comparison.added.some((t) => t.id === taskId)) return 'New since the baseline';
  if (comparison.cancelled.some((t) => t.id === taskId)) return 'Cancelled since the baseline';
  return undefined;
}

/** "+11d vs baseline" / "−2d vs baseline" for the CodeLens; undefined when on the baseline or not compared. */
export function baselineLensSuffix(info: BaselineInfo | undefined, taskId: string): string | undefined {
  const variance = info && 'comparison' in info ? varianceOf(info.comparison, taskId) : undefined;
  if (!variance || variance.finishVariance === 0) return undefined;
  return `${varianceBadge(variance.finishVariance)} vs baseline`;
}

/** The task a hover at `offset` is about: its id or block, or a reference to it (a dependency's hover is about the link). */
export function hoveredTaskId(program: Program, offset: number): string | undefined {
  const index = symbolIndexOf(program);
  const occurrence = index.occurrenceAt(offset);
  if (occurrence) return occurrence.kind === 'task' && !(occurrence.role === 'reference' && occurrence.field === 'dependsOn') ? occurrence.id : undefined;
  const around = index.definitionAround(offset);
  return around?.kind === 'task' ? around.id : undefined;
}

/** A task hover's Markdown with the baseline line under its dates. */
export function withBaselineLine(markdown: string, analysis: Pick<Analysis, 'program' | 'asOf'>, offset: number, baseline: BaselineInfo | undefined): string {
  const taskId = baseline && hoveredTaskId(analysis.program, offset);
  const line = taskId !== undefined ? baselineHoverLine(baseline, taskId, analysis.asOf.slice(0, 4)) : undefined;
  return line ? withLineAfterDates(markdown, line) : markdown;
}

/** A lens title with " · +11d vs baseline" when the task moved. */
export function withBaselineSuffix(title: string, baseline: BaselineInfo | undefined, taskId: string): string {
  const suffix = baselineLensSuffix(baseline, taskId);
  return suffix ? `${title} · ${suffix}` : title;
}
