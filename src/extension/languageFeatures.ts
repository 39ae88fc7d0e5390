// PLACEHOLDER until the editor work lands.
import type * as vscode from 'vscode';
import type { ProgramStore } from './programStore';

export function registerLanguageFeatures(_context: vscode.ExtensionContext, _store: ProgramStore): void {}
