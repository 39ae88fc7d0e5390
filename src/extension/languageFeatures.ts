/**
 * The editor features of program files: hover, quick fixes, navigation, completion, symbols,
 * CodeLens and the status bar. Each provider reads the store's cached analysis.
 */
import type * as vscode from 'vscode';
import type { ProgramStore } from './programStore';
import { registerCodeActions } from './editor/codeActions';
import { registerCodeLens } from './editor/codeLens';
import { registerCompletion } from './editor/completion';
import { registerHover } from './editor/hoverProvider';
import { registerNavigation } from './editor/navigation';
import { registerStatusBar } from './editor/statusBar';
import { registerSymbols } from './editor/symbols';

export function registerLanguageFeatures(context: vscode.ExtensionContext, store: ProgramStore): void {
  context.subscriptions.push(
    registerHover(store),
    registerCodeActions(store),
    registerNavigation(store),
    registerCompletion(store),
    registerSymbols(store),
    registerCodeLens(store),
    registerStatusBar(store),
  );
}
