/**
 * The language client: starts `dist/server.js` in its own process over IPC, for program files in
 * our language mode (or in the YAML mode, for a user who mapped them back). A bundle of its own
 * (`dist/languageClient.js`, most of the extension's code), loaded after activation, so
 * activation stays fast.
 */
import type * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { crashPolicy } from './crashPolicy';

export const PROGRAM_SELECTOR = [
  { language: 'program-yaml' },
  { language: 'yaml', pattern: '**/*.program.{yaml,yml}' },
];

/** `trusted`: whether the workspace is trusted now; in Restricted Mode the server runs no git. */
export function createLanguageClient(context: vscode.ExtensionContext, redHatValidates: () => boolean, trusted: () => boolean): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: PROGRAM_SELECTOR,
    outputChannelName: 'Program Pilot',
    // Failed requests are logged in the output channel; a crash is told once (crashPolicy).
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // A function: a restarted server is told the state of now.
    initializationOptions: () => ({ redHatValidates: redHatValidates(), storagePath: context.globalStorageUri.fsPath, workspaceTrusted: trusted() }),
    synchronize: { configurationSection: 'programPilot' },
    markdown: { isTrusted: false, supportHtml: false },
  };
  const client = new LanguageClient('programPilot', 'Program Pilot', serverOptions, clientOptions);
  client.clientOptions.errorHandler = crashPolicy(client);
  return client;
}
