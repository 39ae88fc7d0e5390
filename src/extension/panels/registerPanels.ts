// PLACEHOLDER until the panels land.
import type * as vscode from 'vscode';
import type { ProgramStore } from '../programStore';

export function registerPanels(_context: vscode.ExtensionContext, _store: ProgramStore): void {}
