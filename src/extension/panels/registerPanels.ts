/**
 * The Gantt and critical-path commands, and the serializers that bring their panels back after
 * a window reload.
 */
import * as vscode from 'vscode';
import { pickProgram } from '../pickProgram';
import type { ProgramServer } from '../programServer';
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
}
