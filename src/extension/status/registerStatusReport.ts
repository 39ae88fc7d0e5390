/**
 * "Program Pilot: Generate Weekly Status": picks the plan (the editor's, the one clicked, or
 * one from a list), settles the as-of date (the file's statusDate, else today, or asks), and
 * opens or refreshes that plan's preview panel.
 */
import * as vscode from 'vscode';
import { todayIso } from '../../core/dates';
import { pickProgram } from '../pickProgram';
import type { ProgramStore } from '../programStore';
import { askForDate } from './asOfDate';
import { STATUS_VIEW_TYPE, StatusPanel } from './statusPanel';

export function registerStatusReport(context: vscode.ExtensionContext, store: ProgramStore): void {
  const panels = new Map<string, StatusPanel>();
  context.subscriptions.push(
    { dispose: () => [...panels.values()].forEach((p) => p.dispose()) },
    vscode.commands.registerCommand('programPilot.generateStatus', async (resource?: unknown) => {
      const uri = await pickProgram(store, resource, { title: 'Generate Weekly Status', whenNone: 'Open a *.program.yaml file to generate its weekly status.' });
      if (!uri) return;
      const document = await vscode.workspace.openTextDocument(uri);
      const analysis = store.get(document);
      const proposed = analysis.program.statusDate ?? todayIso();
      const ask = vscode.workspace.getConfiguration('programPilot').get<boolean>('status.askForDate', false);
      const asOf = ask ? await askForDate(proposed) : proposed;
      if (!asOf) return;

      const key = uri.toString();
      const existing = panels.get(key);
      if (existing) return existing.show(asOf);
      const panel = vscode.window.createWebviewPanel(
        STATUS_VIEW_TYPE,
        'Weekly status',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] },
      );
      panel.iconPath = new vscode.ThemeIcon('report');
      panels.set(key, new StatusPanel(panel, context.extensionUri, uri, asOf, store, () => panels.delete(key)));
    }),
  );
}
