// PLACEHOLDER until the status report lands.
import type * as vscode from 'vscode';
import type { ProgramStore } from '../programStore';

export function registerStatusReport(_context: vscode.ExtensionContext, _store: ProgramStore): void {}
