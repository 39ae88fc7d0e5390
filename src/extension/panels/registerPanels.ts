/**
 * The Gantt and critical-path commands, and the serializers that bring their panels back after
 * a window reload.
 */
import * as vscode from 'vscode';
import { isProgramDocument, isProgramUri, type ProgramStore } from '../programStore';
import { ChartPanel, VIEW_TYPES } from './chartPanel';
import type { PanelKind, PanelState } from './protocol';

const COMMANDS: Record<PanelKind, string> = {
  gantt: 'programPilot.showGantt',
  criticalPath: 'programPilot.showCriticalPath',
};

export function registerPanels(context: vscode.ExtensionContext, store: ProgramStore): void {
  for (const kind of Object.keys(COMMANDS) as PanelKind[]) {
    context.subscriptions.push(
      vscode.commands.registerCommand(COMMANDS[kind], async (resource?: unknown) => {
        const uri = await programToShow(store, resource);
        return uri ? ChartPanel.show(context, store, kind, uri) : undefined;
      }),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPES[kind], {
        async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
          const saved = state as Partial<PanelState> | undefined;
          if (typeof saved?.documentUri !== 'string') {
            panel.dispose(); // nothing says which file it showed
            return;
          }
          ChartPanel.restore(context, store, panel, kind, { ...saved, kind, documentUri: saved.documentUri });
        },
      }),
    );
  }
}

/**
 * The program file a command is about: the one it was invoked on (editor title, explorer), the
 * active editor's, the only one in the workspace, or the user's pick.
 */
async function programToShow(store: ProgramStore, resource: unknown): Promise<vscode.Uri | undefined> {
  if (resource instanceof vscode.Uri && isProgramUri(resource)) return resource;
  const active = vscode.window.activeTextEditor?.document;
  if (active && isProgramDocument(active)) return active.uri;
  const known = store.uris().sort((a, b) => a.path.localeCompare(b.path));
  if (known.length === 1) return known[0];
  if (known.length === 0) {
    void vscode.window.showInformationMessage('Open a *.program.yaml file to see its chart.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    known.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: 'Which program?' },
  );
  return picked?.uri;
}
