/**
 * The what-if and confidence commands: "What if…" (the code action on a task, or the palette on
 * the task at the cursor), the Apply behind the panel's button, and "Show Schedule Confidence".
 * One panel of each kind per program file; both come back after a window reload.
 */
import * as vscode from 'vscode';
import { WHAT_IF_TARGET, type WhatIfChangeParams, type WhatIfQuestion, type WhatIfView } from '../../protocol/decisions';
import { restoredDecisionPanel } from './panelState';
import { pickProgram } from '../pickProgram';
import type { ProgramServer } from '../programServer';
import { askWhatIf } from './askWhatIf';
import { FORECAST_VIEW_TYPE, ForecastPanel } from './forecastPanel';
import { WHAT_IF_VIEW_TYPE, WhatIfPanel } from './whatIfPanel';

export function registerDecisions(context: vscode.ExtensionContext, server: ProgramServer): void {
  const whatIfs = new Map<string, WhatIfPanel>();
  const forecasts = new Map<string, ForecastPanel>();
  const webviewOptions = { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
  const adoptWhatIf = (webview: vscode.WebviewPanel, uri: vscode.Uri, questions: readonly WhatIfQuestion[] = []): WhatIfPanel => {
    const key = uri.toString();
    webview.iconPath = new vscode.ThemeIcon('beaker');
    const panel = new WhatIfPanel(webview, context.extensionUri, uri, server, () => whatIfs.delete(key), questions);
    whatIfs.set(key, panel);
    return panel;
  };
  const whatIfPanel = (uri: vscode.Uri): WhatIfPanel =>
    whatIfs.get(uri.toString()) ?? adoptWhatIf(vscode.window.createWebviewPanel(WHAT_IF_VIEW_TYPE, 'What if', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions), uri);
  const adoptForecast = (webview: vscode.WebviewPanel, uri: vscode.Uri): void => {
    const key = uri.toString();
    webview.iconPath = new vscode.ThemeIcon('graph');
    forecasts.set(key, new ForecastPanel(webview, context, uri, server, () => forecasts.delete(key)));
  };
  /** Restores a panel of the kind after a window reload, unless its file is already shown in one. */
  const restore = (shown: Map<string, unknown>, adopt: (webview: vscode.WebviewPanel, uri: vscode.Uri, questions: readonly WhatIfQuestion[]) => void): vscode.WebviewPanelSerializer => ({
    async deserializeWebviewPanel(webview: vscode.WebviewPanel, state: unknown) {
      const restored = restoredDecisionPanel(state);
      if (!restored || shown.has(restored.documentUri)) {
        webview.dispose();
        return;
      }
      webview.webview.options = webviewOptions;
      adopt(webview, vscode.Uri.parse(restored.documentUri), restored.questions);
    },
  });

  context.subscriptions.push(
    { dispose: () => [...whatIfs.values(), ...forecasts.values()].forEach((p) => p.dispose()) },
    /**
     * (file, task) from the code action; a `change` too skips the pickers (for scripts and tests).
     * Returns the what-if shown.
     */
    vscode.commands.registerCommand('programPilot.whatIf', async (resource?: unknown, taskId?: string, change?: Omit<WhatIfChangeParams, 'task'>): Promise<WhatIfView | undefined> => {
      const uri = await pickProgram(server, resource, { title: 'What if…', whenNone: 'Open a *.program.yaml file to ask what if a task changes.' });
      if (!uri) return undefined;
      const editor = vscode.window.activeTextEditor;
      const position = taskId === undefined && editor?.document.uri.toString() === uri.toString() ? editor.selection.active : undefined;
      const target = await server.request(WHAT_IF_TARGET, { uri: uri.toString(), taskId, position });
      if ('message' in target) {
        void vscode.window.showInformationMessage(target.message);
        return undefined;
      }
      const question = change ? { change: { ...change, task: target.taskId } } : await askWhatIf(target);
      return question && whatIfPanel(uri).show(question, false);
    }),
    /** Writes column `index` (default the first) of the file's what-if panel. */
    vscode.commands.registerCommand('programPilot.applyWhatIf', async (resource?: unknown, index = 0): Promise<boolean> => {
      const uri = typeof resource === 'string' ? vscode.Uri.parse(resource) : resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
      const panel = uri && whatIfs.get(uri.toString());
      return panel ? panel.apply(index) : false;
    }),
    vscode.commands.registerCommand('programPilot.showConfidence', async (resource?: unknown) => {
      const uri = await pickProgram(server, resource, { title: 'Show Schedule Confidence', whenNone: 'Open a *.program.yaml file to forecast its schedule.' });
      if (!uri) return;
      const key = uri.toString();
      const existing = forecasts.get(key);
      if (existing) return existing.reveal();
      adoptForecast(vscode.window.createWebviewPanel(FORECAST_VIEW_TYPE, 'Schedule confidence', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions), uri);
    }),
    vscode.window.registerWebviewPanelSerializer(WHAT_IF_VIEW_TYPE, restore(whatIfs, adoptWhatIf)),
    vscode.window.registerWebviewPanelSerializer(FORECAST_VIEW_TYPE, restore(forecasts, adoptForecast)),
  );
}
