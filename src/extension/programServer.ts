/**
 * The extension's side of the language server, which runs the analysis in its own process:
 * typed access to the custom requests and notifications of `protocol/requests.ts` for the
 * panels, the status bar and the commands. The standard editor features (diagnostics, hover,
 * fixes, navigation, …) are wired by the language client itself.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DID_ANALYSE, DID_REMOVE, YAML_VALIDATION, WORKSPACE_TRUSTED, type ParamsOf, type Range, type Request, type ResultOf, type UriParams } from '../protocol/requests';
import { YamlValidation } from './yamlValidation';

export function isProgramUri(uri: vscode.Uri): boolean {
  return /\.program\.ya?ml$/i.test(uri.path);
}

export function isProgramDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'program-yaml' || isProgramUri(document.uri);
}

/** A server range (line/character, UTF-16 as the editor counts) as an editor range. */
export function asRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export class ProgramServer implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private started: Promise<LanguageClient> | undefined;
  private readonly yamlValidation = new YamlValidation();
  private readonly analysed = new vscode.EventEmitter<vscode.Uri>();
  private readonly removed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.analysed, this.removed, this.yamlValidation];

  /** Fires when the server analysed a program file again (debounced after edits). */
  readonly onDidAnalyse = this.analysed.event;
  /** Fires when a program file was deleted. */
  readonly onDidRemove = this.removed.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables.push(
      this.yamlValidation.onDidChange((redHatValidates) => {
        if (this.client?.isRunning()) void this.client.sendNotification(YAML_VALIDATION.method, { redHatValidates } satisfies ParamsOf<typeof YAML_VALIDATION>);
      }),
      // Restricted Mode ends: the server may run git now (src/server/gitTrust.ts).
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        if (this.client?.isRunning()) void this.client.sendNotification(WORKSPACE_TRUSTED.method, {});
      }),
    );
  }

  /** Loads the language client and starts the server process; requests made meanwhile wait for it. */
  start(): Promise<LanguageClient> {
    this.started ??= (async () => {
      // A separate bundle (dist/languageClient.js), loaded once activation has returned and the
      // extension host had a turn, rather than with the extension.
      await new Promise((resolve) => setImmediate(resolve));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createLanguageClient } = require('./languageClient') as typeof import('./languageClient');
      const client = (this.client = createLanguageClient(this.context, () => this.yamlValidation.redHatValidates, () => vscode.workspace.isTrusted));
      const parse = (params: UriParams) => vscode.Uri.parse(params.uri);
      this.disposables.push(
        client.onNotification(DID_ANALYSE.method, (params: UriParams) => this.analysed.fire(parse(params))),
        client.onNotification(DID_REMOVE.method, (params: UriParams) => this.removed.fire(parse(params))),
      );
      await client.start();
      return client;
    })();
    return this.started;
  }

  stop(): Promise<void> {
    return this.client?.isRunning() ? this.client.stop() : Promise.resolve();
  }

  async request<T extends Request<unknown, unknown>>(request: T, params: ParamsOf<T>): Promise<ResultOf<T>> {
    const client = await this.start();
    return client.sendRequest(request.method, params);
  }

  /** The server's text edits of one file as a workspace edit. */
  workspaceEdit(uri: vscode.Uri, edits: readonly { range: Range; newText: string }[]): vscode.WorkspaceEdit {
    const edit = new vscode.WorkspaceEdit();
    edit.set(uri, edits.map((e) => new vscode.TextEdit(asRange(e.range), e.newText)));
    return edit;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    void this.client?.dispose();
  }
}
