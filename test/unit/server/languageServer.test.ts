/**
 * The server on a real LSP connection (in-process streams): it answers initialize, publishes
 * diagnostics on open and after an incremental edit, answers a failing handler with an error
 * (logged to the client's console) and goes on serving.
 */
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  LSPErrorCodes,
  ProposedFeatures,
  PublishDiagnosticsNotification,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  type Diagnostic,
  type ProtocolConnection,
} from 'vscode-languageserver/node';
import { GANTT } from '../../../src/protocol/requests';
import { startServer } from '../../../src/server/languageServer';
import { HEAD, PEOPLE, lines, positionIn } from './support';

const URI = 'file:///w/a.program.yaml';
const TEXT = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    duration: 1d');

describe('language server over a connection', () => {
  let client: ProtocolConnection;
  const logs: string[] = [];
  const published: { uri: string; diagnostics: Diagnostic[] }[] = [];
  let waiters: (() => void)[] = [];
  const nextPublish = () => new Promise<void>((resolve) => waiters.push(resolve));

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Readers and writers, not streams: the node connection exits the process when its input stream ends.
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(LogMessageNotification.method, ({ message }: { message: string }) => void logs.push(message));
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      published.push(params);
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    });
    client.listen();
    const result = await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} });
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
    assert.equal(result.capabilities.hoverProvider, true);
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification('workspace/didChangeConfiguration', { settings: { programPilot: { analysisDelay: 0 } } });
  });

  after(() => client.dispose());

  it('publishes diagnostics on open and after an incremental edit', async () => {
    let publish = nextPublish();
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'program-yaml', version: 1, text: TEXT } });
    await publish;
    assert.deepEqual(published.at(-1), { uri: URI, diagnostics: [] });

    const at = positionIn(TEXT, 'owner: ana', 7);
    publish = nextPublish();
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: 'anna' }],
    });
    await publish;
    const [unknown] = published.at(-1)!.diagnostics;
    assert.equal(unknown.code, 'PP203');
    assert.deepEqual(unknown.range, { start: at, end: { line: at.line, character: at.character + 4 } });
  });

  it('answers a handler that throws with an error, logs it, and keeps serving', async () => {
    await assert.rejects(
      client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: null as never }),
      (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestFailed,
    );
    assert.ok(logs.some((m) => m.startsWith('hover failed:')), logs.join('\n'));
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: positionIn(TEXT, 'id: build', 5) });
    assert.ok(hover, 'the next request is answered');
  });

  it('answers a custom request for a file it cannot read with null', async () => {
    assert.equal(await client.sendRequest(GANTT.method, { uri: 'untitled:nothing', groupBy: 'phase' }), null);
  });
});
