/**
 * The Gantt and critical-path commands, and the serializers that bring their panels back after
 * a window reload.
 */
import * as vscode from 'vscode';
import { pickProgram } from '../pickProgram';
import { isProgramDocument, type ProgramServer } from '../programServer';
import { TASK_AT } from '../../protocol/requests';
import { ChartPanel, VIEW_TYPES } from './chartPanel';
import type { PanelKind, PanelState } from '../../protocol/panels';

const COMMANDS: Record<PanelKind, string> = {
  gantt: 'programPilot.showGantt',
  criticalPath: 'programPilot.showCriticalPath',
};

const TITLES: Record<PanelKind, string> = {
  gantt: 'Show Gantt Chart',
  criticalPath: 'Show Critical Path',
};

export function registerPanels(context: vscode.ExtensionContext, server: ProgramServer): void {
  for (const kind of Object.keys(COMMANDS) as PanelKind[]) {
    context.subscriptions.push(
      vscode.commands.registerCommand(COMMANDS[kind], async (resource?: unknown) => {
        const uri = await pickProgram(server, resource, { title: TITLES[kind], whenNone: 'Open a *.program.yaml file to see its chart.' });
        return uri ? ChartPanel.show(context, server, kind, uri) : undefined;
      }),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPES[kind], {
        async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
          const saved = state as Partial<PanelState> | undefined;
          if (typeof saved?.documentUri !== 'string') {
            panel.dispose(); // nothing says which file it showed
            return;
          }
          ChartPanel.restore(context, server, panel, kind, { ...saved, kind, documentUri: saved.documentUri });
        },
      }),
    );
  }
  context.subscriptions.push(vscode.commands.registerCommand('programPilot.showInGantt', (resource?: unknown, taskId?: unknown) => showInGantt(context, server, resource, taskId)));
}

/**
 * "Show in Gantt": the Gantt chart filtered to a task and what it waits for and what waits for
 * it. A CodeLens names the task; the editor's context menu means the task at the cursor.
 */
async function showInGantt(context: vscode.ExtensionContext, server: ProgramServer, resource: unknown, taskId: unknown): Promise<ChartPanel | undefined> {
  const editor = vscode.window.activeTextEditor;
  const given = typeof resource === 'string' ? vscode.Uri.parse(resource) : resource instanceof vscode.Uri ? resource : undefined;
  let id = typeof taskId === 'string' ? taskId : undefined;
  let uri = given;
  if (id === undefined) {
    // The editor the command came from (the context menu passes its file): the active one, else one showing the file.
    const shown = !given || editor?.document.uri.toString() === given.toString() ? editor : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === given.toString());
    const document = shown?.document;
    if (!document || !shown || !isProgramDocument(document)) {
      void vscode.window.showInformationMessage('Put the cursor on a task in a *.program.yaml file to show it in the Gantt chart.');
      return undefined;
    }
    uri = document.uri;
    const found = await server.request(TASK_AT, { uri: uri.toString(), position: shown.selection.active });
    if (!found) {
      void vscode.window.showInformationMessage('Put the cursor on a task to show it and the tasks it depends on and that depend on it in the Gantt chart.');
      return undefined;
    }
    id = found.taskId;
  }
  if (!uri) return undefined;
  const panel = ChartPanel.show(context, server, 'gantt', uri);
  panel.focusTask(id);
  return panel;
}
