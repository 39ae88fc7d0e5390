/**
 * From an analysis to what a panel shows. Pure (no `vscode` import), so it is unit-tested and
 * the CLI could share it.
 */
import type { Analysis } from '../core/analyze';
import { ganttChart, type GanttGrouping } from '../core/mermaid/gantt';
import { criticalPathDiagram, type CriticalPathScope } from '../core/mermaid/criticalPath';
import type { EmptyReason, PanelKind, PanelView } from '../protocol/panels';
import type { BaselineInfo } from './baseline';

export interface ViewOptions {
  readonly documentUri: string;
  readonly fileName: string;
  readonly groupBy: GanttGrouping;
  readonly scope: CriticalPathScope;
  readonly nearCriticalThreshold: number;
  /** The plan's variance against its baseline, or why there is none; undefined when it names none. */
  readonly baseline?: BaselineInfo;
}

export function buildView(kind: PanelKind, analysis: Analysis, options: ViewOptions): PanelView {
  const base = {
    documentUri: options.documentUri,
    fileName: options.fileName,
    errorCount: analysis.diagnostics.filter((d) => d.severity === 'error').length,
  };
  const baseline = options.baseline && 'comparison' in options.baseline ? options.baseline : undefined;
  const baselineNote = options.baseline && 'note' in options.baseline ? options.baseline.note : undefined;
  if (kind === 'gantt') {
    const chart = ganttChart(analysis.program, analysis.schedule, { groupBy: options.groupBy, graph: analysis.graph, baseline });
    const empty = chart.bars.length === 0 ? emptyReason(analysis) : undefined;
    return { ...base, kind, chart, groupBy: options.groupBy, nearCriticalThreshold: options.nearCriticalThreshold, empty, baselineNote };
  }
  const diagram = criticalPathDiagram(analysis.program, analysis.schedule, {
    scope: options.scope,
    nearCriticalThreshold: options.nearCriticalThreshold,
    graph: analysis.graph,
    slips: baseline && new Map(baseline.comparison.tasks.filter((t) => t.finishVariance > 0).map((t) => [t.id, t.finishVariance])),
  });
  const empty =
    diagram.total === 0
      ? emptyReason(analysis)
      : diagram.nodes.length === 0
        ? { title: 'No task in this view', detail: 'Choose "All tasks" to see the whole dependency network.' }
        : undefined;
  return { ...base, kind, diagram, scope: options.scope, empty, baselineNote };
}

/** Why nothing could be drawn, and what to do about it. */
export function emptyReason(analysis: Analysis): EmptyReason {
  const { program, schedule } = analysis;
  if (!schedule.ok) {
    return {
      title: 'Nothing can be scheduled yet',
      detail: program.start
        ? 'The schedule could not be computed; see the problems reported in the file.'
        : 'The program needs a valid `start` date (YYYY-MM-DD) before its tasks can be placed on a calendar.',
    };
  }
  if (program.tasks.length === 0) return { title: 'No tasks yet', detail: 'Add tasks under `tasks:` and they appear here as you type.' };
  return {
    title: 'No task could be scheduled',
    detail: 'Every task lies on a dependency cycle or depends on one. Break the cycle reported in the file.',
  };
}
