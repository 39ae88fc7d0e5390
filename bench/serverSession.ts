/**
 * A minimal LSP client for the built language server (`dist/server.js --stdio`): starts it as a
 * child process, initializes it like an editor would, and waits for published diagnostics. Used
 * by the language server bench.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type Diagnostic,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';

export const SERVER = join(__dirname, '..', 'dist', 'server.js');

export class ServerSession {
  private readonly waiting = new Map<string, (diagnostics: Diagnostic[]) => void>();
  private version = 0;

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      const resolve = this.waiting.get(uri);
      this.waiting.delete(uri);
      resolve?.(diagnostics);
    });
  }

  /** A started, initialized server with no workspace folder (nothing to scan) and no analysis delay. */
  static async start(): Promise<ServerSession> {
    if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first');
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(child.stdout!, child.stdin!);
    connection.listen();
    const session = new ServerSession(child, connection);
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {},
      initializationOptions: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { programPilot: { analysisDelay: 0 } } });
    return session;
  }

  /** The diagnostics published next for `uri`. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiting.set(uri, resolve));
  }

  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'program-yaml', version: ++this.version, text } });
    return published;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++this.version }, contentChanges: changes });
    return published;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
    await new Promise((resolve) => (this.child.exitCode !== null ? resolve(undefined) : this.child.once('exit', resolve)));
  }
}
