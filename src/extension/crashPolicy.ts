/**
 * What happens when the language server process dies: the client's default policy restarts it
 * (up to five times in three minutes), and the user hears of it once, not at every restart.
 */
import * as vscode from 'vscode';
import { CloseAction, type ErrorHandler, type LanguageClient } from 'vscode-languageclient/node';

export function crashPolicy(client: LanguageClient): ErrorHandler {
  const defaults = client.createDefaultErrorHandler();
  let told = false;
  return {
    error: (error, message, count) => defaults.error(error, message, count),
    closed: async () => {
      const result = await defaults.closed();
      if (result.action !== CloseAction.Restart) return result; // the client says it gave up, once
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage('The Program Pilot language server stopped unexpectedly and was restarted. The "Program Pilot" output channel says why.');
      }
      return { ...result, handled: true };
    },
  };
}
