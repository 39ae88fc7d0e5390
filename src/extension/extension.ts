/**
 * Activation: wires the core's analysis into VS Code. Activation does no analysis itself; the
 * workspace scan starts right after, so activation stays fast.
 */
import * as vscode from 'vscode';
import { ProgramStore } from './programStore';
import { registerDiagnostics } from './diagnostics';
import { registerLanguageFeatures } from './languageFeatures';
import { registerPanels } from './panels/registerPanels';
import { registerStatusReport } from './status/registerStatusReport';

export function activate(context: vscode.ExtensionContext): void {
  const store = new ProgramStore();
  context.subscriptions.push(store);
  registerDiagnostics(context, store);
  registerLanguageFeatures(context, store);
  registerPanels(context, store);
  registerStatusReport(context, store);
  void store.scanWorkspace();
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
