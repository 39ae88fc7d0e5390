/**
 * "Program Pilot: Generate Weekly Status": picks the plan (the editor's, the one clicked, or
 * one from a list), settles the as-of date (the file's statusDate, else today, or asks), and
 * opens or refreshes that plan's preview panel. Previews open when the window reloads come back.
 */
import * as vscode from 'vscode';
import { isValidIsoDate, todayIso } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import { pickProgram } from '../pickProgram';
import { PROGRAM } from '../../protocol/requests';
import type { ProgramServer } from '../programServer';
import { askForDate } from './asOfDate';
import type { StatusPanelState } from '../../protocol/status';
import { STATUS_VIEW_TYPE, StatusPanel } from './statusPanel';

export function registerStatusReport(context: vscode.ExtensionContext, server: ProgramServer): void {
  const panels = new Map<string, StatusPanel>();
  const webviewOptions: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
  const adopt = (panel: vscode.WebviewPanel, uri: vscode.Uri, asOf: IsoDate) => {
    const key = uri.toString();
    panel.iconPath = new vscode.ThemeIcon('report');
    panels.set(key, new StatusPanel(panel, context.extensionUri, uri, asOf, server, () => panels.delete(key)));
  };
  context.subscriptions.push(
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
    vscode.commands.registerCommand('programPilot.generateStatus', async (resource?: unknown) => {
      const uri = await pickProgram(server, resource, { title: 'Generate Weekly Status', whenNone: 'Open a *.program.yaml file to generate its weekly status.' });
      if (!uri) return;
      await vscode.workspace.openTextDocument(uri); // so that the server reports on the editor's text
      const program = await server.request(PROGRAM, { uri: uri.toString() });
      const proposed = program?.statusDate ?? todayIso();
      const ask = vscode.workspace.getConfiguration('programPilot').get<boolean>('status.askForDate', false);
      const asOf = ask ? await askForDate(proposed) : proposed;
      if (!asOf) return;

      const existing = panels.get(uri.toString());
      if (existing) return existing.show(asOf);
      const panel = vscode.window.createWebviewPanel(STATUS_VIEW_TYPE, 'Weekly status', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions);
      adopt(panel, uri, asOf);
    }),
    vscode.window.registerWebviewPanelSerializer(STATUS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const saved = state as Partial<StatusPanelState> | undefined;
        const uri = typeof saved?.documentUri === 'string' ? vscode.Uri.parse(saved.documentUri) : undefined;
        // Without a file to report on (or when it is already shown) there is nothing to restore.
        if (!uri || typeof saved?.asOf !== 'string' || !isValidIsoDate(saved.asOf) || panels.has(uri.toString())) {
          panel.dispose();
          return;
        }
        panel.webview.options = webviewOptions;
        adopt(panel, uri, saved.asOf);
      },
    }),
  );
}
