/**
 * A CodeLens above each task: "critical · float 0d · 3 Mar → 12 Mar"; clicking it opens the
 * critical-path diagram (critical work) or the Gantt chart. Lenses are placed for every task
 * but their titles are computed only for the ones VS Code shows (resolve), so a 20,000-task
 * file costs little. The setting `programPilot.codeLens.enabled` turns them off.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import { scheduledTask, taskLensTitle } from '../../core/hover/taskLens';
import type { ProgramStore } from '../programStore';
import { PROGRAM_SELECTOR } from './positions';

class TaskLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly uri: vscode.Uri,
    readonly analysis: Analysis,
    readonly taskIndex: number,
  ) {
    super(range);
  }
}

export function registerCodeLens(store: ProgramStore): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const enabled = () => vscode.workspace.getConfiguration('programPilot').get<boolean>('codeLens.enabled', true);
  const provider: vscode.CodeLensProvider<TaskLens> = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      if (!enabled()) return [];
      const analysis = store.get(document);
      return analysis.program.tasks.map((task) => {
        const line = document.positionAt(task.span.start).line;
        return new TaskLens(new vscode.Range(line, 0, line, 0), document.uri, analysis, task.index);
      });
    },
    resolveCodeLens(lens) {
      const { program, schedule } = lens.analysis;
      const title = taskLensTitle(program, schedule, program.tasks[lens.taskIndex]);
      // A click shows the task in context: the critical path for critical work, else the Gantt chart.
      const critical = schedule.ok && scheduledTask(schedule, lens.taskIndex)?.critical;
      lens.command = critical
        ? { title, command: 'programPilot.showCriticalPath', arguments: [lens.uri], tooltip: 'Show the critical path' }
        : { title, command: 'programPilot.showGantt', arguments: [lens.uri], tooltip: 'Show the Gantt chart' };
      return lens;
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerCodeLensProvider(PROGRAM_SELECTOR, provider),
    store.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('programPilot.codeLens.enabled') && changed.fire()),
  );
}
