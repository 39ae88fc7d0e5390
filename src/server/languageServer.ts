/**
 * The Program Pilot language server on a connection: keeps the analysis of every program file
 * (open documents through incremental sync, the workspace folders from disk, following file
 * events) and answers the editor features and the custom requests of `protocol/requests.ts`.
 * Every handler is guarded: a bad file fails one answer, never the server.
 */
import { readFile } from 'node:fs/promises';
import {
  CodeLensRefreshRequest,
  CompletionTriggerKind,
  type CompletionParams,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as protocol from '../protocol/requests';
import { IMPORT_COLUMNS, IMPORT_PLAN } from '../protocol/interchange';
import { assignOwner, ownerChoices } from './assignOwner';
import * as baselineProtocol from '../protocol/baseline';
import { Baselines } from './baseline';
import { baselineTarget, setBaseline } from './setBaseline';
import { Trends } from './trend';
import { COCKPIT } from '../protocol/cockpit';
import { cockpitPrograms } from './cockpit';
import { CODE_ACTION_KINDS, codeActions } from './codeActions';
import { codeLenses, resolveCodeLens, type TaskLensData } from './codeLens';
import { TRIGGER_CHARACTERS, completions, resolveCompletion, type IdCompletionData } from './completion';
import { diagnosticsOf } from './diagnostics';
import { guarded, guardedEvent, type Logger } from './guard';
import { hover } from './hoverProvider';
import { importColumns, importFile } from './interchange';
import { definition, highlights, prepareRename, references, rename } from './navigation';
import { criticalPathView, ganttView } from './panels';
import { isProgramDocument, isProgramPath, ProgramStore, type ProgramEntry } from './programStore';
import { programSummary, taskAtCursor, taskLocation } from './programs';
import { DOCUMENT } from '../protocol/documents';
import { documentPreview } from './documents';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { StatusReports } from './status';
import { BackgroundForecasts, Forecasts } from './forecast';
import { GitTrust, trustedBaselineGit } from './gitTrust';
import { whatIfApplyEdits, whatIfTarget, whatIfView } from './whatif';
import * as decisions from '../protocol/decisions';
import { healthSummary } from './statusBar';
import { documentSymbols, workspaceSymbols } from './symbols';
import { findProgramFiles } from './workspaceScan';

const PROGRAM_GLOB = '**/*.program.{yaml,yml}';

export interface InitializationOptions {
  readonly redHatValidates?: boolean;
  /** The extension's storage folder: where analysed versions of the history are kept. */
  readonly storagePath?: string;
  /** False in Restricted Mode: the server then runs no git (gitTrust.ts). Absent: trusted. */
  readonly workspaceTrusted?: boolean;
}

async function readProgramFile(uri: string): Promise<string | undefined> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return undefined;
  try {
    return await readFile(parsed.fsPath, 'utf8');
  } catch {
    return undefined;
  }
}

function folderPaths(folders: readonly { uri: string }[]): string[] {
  return folders.map((f) => URI.parse(f.uri)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
}

export function startServer(connection: Connection): void {
  const logger: Logger = { error: (message) => connection.console.error(message) };
  const documents = new TextDocuments(TextDocument);
  const trust = new GitTrust();
  const reports = new StatusReports(trust);
  const forecasts = new Forecasts((token, done, total) => void connection.sendNotification(decisions.FORECAST_PROGRESS.method, { token, done, total }));
  let settings: Settings = DEFAULT_SETTINGS;
  let redHatValidates = false;
  let capabilities: ClientCapabilities = {};
  let folders: string[] = [];
  let trends = new Trends(undefined, trust);
  const publish = (entry: ProgramEntry): void =>
    void connection.sendDiagnostics({ uri: entry.uri, diagnostics: diagnosticsOf(entry, { mode: settings.schemaDiagnostics, redHatValidates }, baselines.diagnostics(entry), settings.optionalCodes) });
  const background = new BackgroundForecasts(forecasts, () => settings, (uri) => documents.get(uri) !== undefined);
  const baselines = new Baselines({
    changed: (uri) => {
      const entry = store.get(uri);
      if (entry) publish(entry);
      // The charts show the variance too: they ask for their views again.
      void connection.sendNotification(protocol.DID_ANALYSE.method, { uri } satisfies protocol.UriParams);
      if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type);
    },
    log: logger.error,
  }, trustedBaselineGit(trust));

  const store = new ProgramStore({
    readFile: readProgramFile,
    analysed: (entry) => {
      forecasts.cancel(entry.uri);
      background.schedule(entry);
      baselines.track(entry);
      publish(entry);
      void connection.sendNotification(protocol.DID_ANALYSE.method, { uri: entry.uri } satisfies protocol.UriParams);
    },
    removed: (uri) => {
      baselines.forget(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      void connection.sendNotification(protocol.DID_REMOVE.method, { uri } satisfies protocol.UriParams);
    },
    log: logger.error,
  });

  const applySettings = (next: Settings): void => {
    const before = settings;
    settings = next;
    store.delay = next.analysisDelay;
    if (before.schemaDiagnostics !== next.schemaDiagnostics || before.optionalCodes.join() !== next.optionalCodes.join()) store.republish();
    if (before.codeLensEnabled !== next.codeLensEnabled && capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type);
  };
  const pullSettings = async (): Promise<void> => {
    if (!capabilities.workspace?.configuration) return;
    applySettings(readSettings(await connection.workspace.getConfiguration('programPilot')));
  };

  const scan = async (roots: readonly string[]): Promise<void> => {
    for (const path of await findProgramFiles(roots)) await store.reload(URI.file(path).toString());
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    const options = params.initializationOptions as InitializationOptions | undefined;
    redHatValidates = options?.redHatValidates === true;
    if (typeof options?.storagePath === 'string') trends = new Trends(options.storagePath, trust);
    trust.set(options?.workspaceTrusted !== false);
    folders = folderPaths(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
        codeLensProvider: { resolveProvider: true },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: 'Program Pilot' },
        workspaceSymbolProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'Program Pilot' },
    };
  });

  connection.onInitialized(
    guardedEvent(logger, 'initialized', async () => {
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PROGRAM_GLOB }] });
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guardedEvent(logger, 'workspace folders', async ({ added, removed }) => {
            const gone = folderPaths(removed).map((path) => URI.file(path).toString() + '/');
            for (const uri of store.uris()) if (!store.openDocument(uri) && gone.some((folder) => uri.startsWith(folder))) store.forget(uri);
            await scan(folderPaths(added));
          }),
        );
      }
      await pullSettings();
      await scan(folders);
    }),
  );

  connection.onDidChangeConfiguration(
    guardedEvent(logger, 'configuration', async ({ settings: pushed }) => {
      const section = (pushed as { programPilot?: unknown } | null | undefined)?.programPilot;
      if (section !== undefined) applySettings(readSettings(section));
      else await pullSettings();
    }),
  );
  connection.onNotification(
    protocol.WORKSPACE_TRUSTED.method,
    guardedEvent(logger, protocol.WORKSPACE_TRUSTED.method, async () => {
      if (!trust.set(true)) return;
      // What Restricted Mode refused is read now: baselines load, reports and trends read git.
      reports.forgetAll();
      await Promise.all(store.uris().map((uri) => baselines.refresh(uri)));
    }),
  );
  connection.onNotification(
    protocol.YAML_VALIDATION.method,
    guardedEvent(logger, protocol.YAML_VALIDATION.method, (params: protocol.YamlValidationParams) => {
      const next = params?.redHatValidates === true;
      if (next === redHatValidates) return;
      redHatValidates = next;
      store.republish();
    }),
  );

  documents.onDidOpen(guardedEvent(logger, 'didOpen', ({ document }) => isProgramDocument(document) && store.didOpen(document)));
  documents.onDidChangeContent(guardedEvent(logger, 'didChange', ({ document }) => isProgramDocument(document) && store.didChange(document)));
  documents.onDidSave(
    guardedEvent(logger, 'didSave', ({ document }) => {
      if (!isProgramDocument(document)) return;
      reports.forgetHistory(document.uri);
      return baselines.refresh(document.uri);
    }),
  );
  documents.onDidClose(guardedEvent(logger, 'didClose', ({ document }) => isProgramDocument(document) && store.didClose(document.uri)));
  connection.onDidChangeWatchedFiles(
    guardedEvent(logger, 'watched files', async ({ changes }) => {
      for (const change of changes) {
        if (!isProgramPath(URI.parse(change.uri).path)) continue;
        if (change.type === FileChangeType.Deleted) store.forget(change.uri);
        else {
          await store.reload(change.uri);
          void baselines.refresh(change.uri);
        }
      }
    }),
  );

  /** A handler on one document's current analysis; `fallback` when the server has none for it. */
  const onDocument = <P extends { textDocument: { uri: string } }, R>(name: string, handler: (entry: ProgramEntry, params: P) => R, fallback: R) =>
    guarded(logger, name, (params: P) => {
      const entry = store.get(params.textDocument.uri);
      return entry ? handler(entry, params) : fallback;
    });
  const programs = { all: () => store.all() };

  connection.onHover(onDocument('hover', (entry, p: TextDocumentPositionParams) => hover(entry, p.position, baselines.info(entry), background.forecastOf(entry)), null));
  connection.onCompletion(
    guarded(logger, 'completion', (params: CompletionParams) => {
      const document = store.openDocument(params.textDocument.uri);
      // The last analysis, even if the text moved on since: typing does not wait for one.
      const analysis = document && (store.peek(document.uri) ?? store.get(document.uri)?.analysis);
      const options = {
        snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
        afterSpace: params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && params.context.triggerCharacter === ' ',
      };
      return document && analysis ? completions(document, analysis, params.position, options) : null;
    }),
  );
  connection.onCompletionResolve(guarded(logger, 'completionItem/resolve', (item) => resolveCompletion(item, store.peek((item.data as IdCompletionData | undefined)?.uri ?? ''))));
  connection.onCodeAction(onDocument('codeAction', (entry, p) => codeActions(entry, p, capabilities.workspace?.workspaceEdit?.snippetEditSupport === true), []));
  connection.onCodeLens(onDocument('codeLens', (entry) => (settings.codeLensEnabled ? codeLenses(entry) : []), []));
  connection.onCodeLensResolve(guarded(logger, 'codeLens/resolve', (lens) => {
    const entry = store.get((lens.data as TaskLensData).uri);
    return resolveCodeLens(lens, entry, entry && baselines.info(entry));
  }));
  connection.onDefinition(onDocument('definition', (entry, p) => definition(programs, entry, p.position), []));
  connection.onReferences(onDocument('references', (entry, p) => references(programs, entry, p.position, p.context.includeDeclaration), []));
  connection.onDocumentHighlight(onDocument('documentHighlight', (entry, p) => highlights(entry, p.position), []));
  connection.onPrepareRename(onDocument('prepareRename', (entry, p) => prepareRename(entry, p.position), null));
  connection.onRenameRequest(onDocument('rename', (entry, p) => rename(programs, entry, p.position, p.newName), null));
  connection.onDocumentSymbol(onDocument('documentSymbol', (entry) => documentSymbols(entry), []));
  connection.onWorkspaceSymbol(guarded(logger, 'workspaceSymbol', ({ query }) => workspaceSymbols(store.all(), query)));

  const onRequest = <P, R>(request: protocol.Request<P, R>, handler: (params: P) => R | Promise<R>) => connection.onRequest(request.method, guarded(logger, request.method, handler));
  /** A custom request on one file, read from disk if the server did not know it. */
  const onProgram = <P extends protocol.UriParams, R>(request: protocol.Request<P, R | null>, handler: (entry: ProgramEntry, params: P) => R | Promise<R>) =>
    onRequest(request, async (params: P) => {
      const entry = typeof params?.uri === 'string' ? await store.load(params.uri) : undefined;
      return entry ? handler(entry, params) : null;
    });

  onRequest(protocol.PROGRAMS, () => store.all().map(programSummary));
  onProgram(protocol.PROGRAM, (entry) => programSummary(entry));
  onProgram(protocol.GANTT, (entry, params) => ganttView(entry, params, baselines.info(entry)));
  onProgram(protocol.CRITICAL_PATH, (entry, params) => criticalPathView(entry, params, baselines.info(entry)));
  onProgram(protocol.HEALTH, (entry) => healthSummary(entry.analysis));
  onProgram(protocol.TASK_LOCATION, (entry, params) => taskLocation(entry, params.taskId));
  onProgram(protocol.TASK_AT, (entry, params) => taskAtCursor(entry, params.position));
  onProgram(DOCUMENT, (entry, params) => documentPreview(entry, params));
  onProgram(protocol.STATUS, (_entry, params) => reports.report(params, () => store.get(params.uri), baselines));
  onProgram(baselineProtocol.BASELINE_TARGET, (entry, params) => (trust.refusal() ? { refused: trust.refusal()! } : baselineTarget(entry, params)));
  onRequest(baselineProtocol.SET_BASELINE, (params) => (trust.refusal() ? { refused: trust.refusal()! } : setBaseline(params, () => store.get(params.uri))));
  onRequest(baselineProtocol.TREND, (params) => trends.trend(params.uri));
  onRequest(protocol.OWNER_CHOICES, async (params) => {
    const entry = typeof params?.uri === 'string' ? await store.load(params.uri) : undefined;
    return entry ? ownerChoices(entry, params.taskId, params.position) : { message: 'Open a program file to assign an owner.' };
  });
  onProgram(protocol.ASSIGN_OWNER, (entry, params) => assignOwner(entry, params));
  onRequest(IMPORT_COLUMNS, importColumns);
  onRequest(IMPORT_PLAN, importFile);
  onRequest(COCKPIT, (params) => cockpitPrograms(store.all(), params));
  onProgram(decisions.WHAT_IF_TARGET, (entry, params) => whatIfTarget(entry, params.taskId, params.position));
  onProgram(decisions.WHAT_IF, (entry, params) => whatIfView(entry, params));
  onProgram(decisions.WHAT_IF_EDITS, (entry, params) => whatIfApplyEdits(entry, params));
  onProgram(decisions.FORECAST, (entry, params) => forecasts.run(entry, params));

  connection.onShutdown(() => {
    store.dispose();
    background.dispose();
    forecasts.dispose();
  });
  documents.listen(connection);
  connection.listen();
}
