/**
 * The language server as any editor runs it: its own process, `--stdio`, a plain LSP client (no
 * VS Code). Initialize, open the broken example and get its diagnostics at the ranges the core
 * computes, hover a task for its float, apply a quick fix and see its diagnostic go.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { analyze } from '../../../src/core/analyze';
import { withoutOptional } from '../../../src/core/diagnostics';
import { LineIndex } from '../../../src/core/source';

const ROOT = join(__dirname, '../../..');
const EXAMPLES = join(ROOT, 'examples');
const BROKEN = URI.file(join(EXAMPLES, 'broken.program.yaml')).toString();
const EXAMPLE = URI.file(join(EXAMPLES, 'multi-tenancy.program.yaml')).toString();
const read = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');
const messageOf = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const summary = (d: Pick<Diagnostic, 'code' | 'range'>) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

describe('language server over stdio, in its own process', function () {
  // Starting Node with tsx compiles the server; a guard, not a measurement.
  this.timeout(60_000);
  let child: ChildProcess;
  let client: ProtocolConnection;
  const latest = new Map<string, PublishDiagnosticsParams>();
  let waiters: (() => void)[] = [];

  /** The next diagnostics of `uri` that satisfy `accept`. */
  async function diagnosticsOf(uri: string, accept: (ds: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    for (;;) {
      const seen = latest.get(uri);
      if (seen && accept(seen.diagnostics)) return seen.diagnostics;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }

  before(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server', 'main.ts'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    client.onNotification(PublishDiagnosticsNotification.type, (params) => {
      latest.set(params.uri, params);
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    });
    client.listen();
    const folder = URI.file(EXAMPLES).toString();
    const result = await client.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'examples' }],
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    });
    assert.equal(result.serverInfo?.name, 'Program Pilot');
    await client.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    await client.sendRequest(ShutdownRequest.type);
    await client.sendNotification(ExitNotification.type);
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    client.dispose();
  });

  it('publishes the diagnostics of an opened file at the ranges the core computes', async () => {
    const text = read('broken.program.yaml');
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: BROKEN, languageId: 'program-yaml', version: 1, text } });
    const lines = new LineIndex(text);
    // The optional codes (PP307) are off unless the settings turn them on.
    const expected = withoutOptional(analyze(text).diagnostics).map((d) => summary({ code: d.code, range: { start: lines.positionAt(d.span.start), end: lines.positionAt(d.span.end) } }));
    const published = await diagnosticsOf(BROKEN, (ds) => ds.length === expected.length);
    assert.ok(expected.length > 10, 'the broken example has many problems');
    assert.deepEqual(published.map(summary).sort(), expected.sort());
  });

  it('hovers a task with its float', async () => {
    const text = read('multi-tenancy.program.yaml');
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: EXAMPLE, languageId: 'program-yaml', version: 1, text } });
    const { schedule, program } = analyze(text);
    const scheduled = schedule.tasks.find((t) => t.tf > 0)!;
    const task = program.tasks[scheduled.index];
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: EXAMPLE }, position: new LineIndex(text).positionAt(task.idSpan.start + 1) });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, new RegExp(`Total float: \\*\\*${scheduled.tf} working day`));
  });

  it('fixes a misspelt dependency with its quick fix, and the problem goes', async () => {
    const document = TextDocument.create(BROKEN, 'program-yaml', 1, read('broken.program.yaml'));
    const problem = (await diagnosticsOf(BROKEN)).find((d) => d.code === 'PP102' && /Did you mean 'design'/.test(messageOf(d)));
    assert.ok(problem, 'the broken example depends on a misspelt task');
    const actions = (await client.sendRequest(CodeActionRequest.type, { textDocument: { uri: BROKEN }, range: problem.range, context: { diagnostics: [problem] } })) as CodeAction[];
    const fix = actions.find((a) => a.title.includes("'design'"));
    assert.ok(fix?.edit, `a fix to 'design' among: ${actions.map((a) => a.title).join('; ')}`);
    const edits = fix.edit.changes?.[BROKEN] ?? fix.edit.documentChanges?.flatMap((change) => ('edits' in change ? change.edits : [])) ?? [];
    const fixed = TextDocument.applyEdits(document, edits as { range: Diagnostic['range']; newText: string }[]);
    assert.notEqual(fixed, document.getText());
    await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: BROKEN, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await diagnosticsOf(BROKEN, (ds) => !ds.some((d) => d.code === 'PP102' && /'desing'/.test(messageOf(d))));
    assert.ok(after.length > 0, 'the other problems stay');
  });
});
