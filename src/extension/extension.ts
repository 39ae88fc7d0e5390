/**
 * Activation: starts the language client, which runs the analysis in the Program Pilot language
 * server's own process, and registers what only the editor has: panels, the status bar,
 * commands and pickers. Activation does not wait for the server, so it stays fast.
 */
import type * as vscode from 'vscode';
import { ProgramServer } from './programServer';
import { registerSetBaseline } from './baseline/setBaseline';
import { registerTrendPanel } from './baseline/trendPanel';
import { registerAssignOwner } from './editor/assignOwner';
import { registerImportPlan } from './interchange/importPlan';
import { registerCockpit } from './cockpit/cockpitViews';
import { registerStatusBar } from './editor/statusBar';
import { registerPanels } from './panels/registerPanels';
import { registerStatusReport } from './status/registerStatusReport';
import { registerDecisions } from './decisions/registerDecisions';
import { registerDocuments } from './documents/registerDocuments';

let running: ProgramServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const server = (running = new ProgramServer(context));
  context.subscriptions.push(server, registerAssignOwner(server), registerStatusBar(server), registerImportPlan(server));
  registerPanels(context, server);
  registerStatusReport(context, server);
  registerDocuments(context, server);
  context.subscriptions.push(registerSetBaseline(server), registerTrendPanel(context, server));
  registerCockpit(context, server);
  registerDecisions(context, server);
  void server.start().catch(() => undefined); // the client reports a failed start in its output channel
}

/** Lets the server shut down cleanly before the extension host goes. */
export function deactivate(): Promise<void> | undefined {
  return running?.stop();
}
