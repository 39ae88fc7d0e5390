/**
 * Two CodeLenses above each task: "critical · float 0d · 3 Mar → 12 Mar", which opens the
 * critical-path diagram (critical work) or the Gantt chart, and "Show in Gantt", which opens the
 * Gantt chart filtered to the task, its predecessors and its successors. Lenses are placed for every task but
 * their titles are computed only for the ones the editor shows (resolve), so a 20,000-task file
 * costs little. The setting `programPilot.codeLens.enabled` turns them off.
 */
import type { CodeLens } from 'vscode-languageserver';
import { scheduledTask, taskLensTitle } from '../core/hover/taskLens';
import type { ProgramEntry } from './programStore';
import type { BaselineInfo } from './baseline';
import { withBaselineSuffix } from './baselineVariance';

/** What a lens carries from provide to resolve: the task by place and id (the analysis may be newer by then). */
export interface TaskLensData {
  readonly uri: string;
  readonly index: number;
  readonly id: string;
  /** The "Show in Gantt" lens (else the schedule summary). */
  readonly gantt?: true;
}

export function codeLenses(entry: ProgramEntry): CodeLens[] {
  return entry.analysis.program.tasks.flatMap((task) => {
    const line = entry.document.positionAt(task.span.start).line;
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const data: TaskLensData = { uri: entry.uri, index: task.index, id: task.id };
    return [
      { range, data },
      { range, data: { ...data, gantt: true } satisfies TaskLensData },
    ];
  });
}

export function resolveCodeLens(lens: CodeLens, entry: ProgramEntry | undefined, baseline?: BaselineInfo): CodeLens {
  const data = lens.data as TaskLensData;
  const tasks = entry?.analysis.program.tasks ?? [];
  const task = tasks[data.index]?.id === data.id ? tasks[data.index] : tasks.find((t) => t.id === data.id);
  if (!entry || !task) return { ...lens, command: { title: '', command: '' } }; // the task was removed meanwhile; the next lenses drop it
  if (data.gantt) return { ...lens, command: { title: 'Show in Gantt', command: 'programPilot.showInGantt', arguments: [entry.uri, task.id], tooltip: 'The Gantt chart of this task, what it waits for and what waits for it' } };
  const { program, schedule } = entry.analysis;
  const title = withBaselineSuffix(taskLensTitle(program, schedule, task), baseline, task.id);
  // A click shows the task in context: the critical path for critical work, else the Gantt chart.
  const critical = schedule.ok && scheduledTask(schedule, task.index)?.critical;
  const command = critical
    ? { title, command: 'programPilot.showCriticalPath', arguments: [entry.uri], tooltip: 'Show the critical path' }
    : { title, command: 'programPilot.showGantt', arguments: [entry.uri], tooltip: 'Show the Gantt chart' };
  return { ...lens, command };
}
