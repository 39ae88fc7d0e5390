/**
 * Keeps the analysis of every program file in the workspace: open documents from their
 * (unsaved) text, files that are not open from disk. Every editor feature reads from here, so
 * a file is analysed once per change, not once per provider.
 */
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/analyze';
import { ProgramAnalyzer } from '../core/analyzer';
import { LineIndex } from '../core/source';

export const PROGRAM_GLOB = '**/*.program.{yaml,yml}';

export function isProgramUri(uri: vscode.Uri): boolean {
  return /\.program\.ya?ml$/i.test(uri.path);
}

export function isProgramDocument(document: vscode.TextDocument): boolean {
  return isProgramUri(document.uri);
}

interface Entry {
  /** The document version the analysis is for; -1 for a file read from disk. */
  version: number;
  readonly analysis: Analysis;
  readonly text: string;
  /** Built on first use: most files are never asked for positions. */
  lines?: LineIndex;
}

export class ProgramStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** One incremental analyzer per file: after a keystroke only the edited items are parsed again. */
  private readonly analyzers = new Map<string, ProgramAnalyzer>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly removed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.removed];

  /** Fires (debounced) after a program file's analysis changed. */
  readonly onDidChange = this.changed.event;
  /** Fires when a program file was deleted. */
  readonly onDidRemove = this.removed.event;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => isProgramDocument(d) && this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => isProgramDocument(e.document) && this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => isProgramDocument(d) && this.closed(d.uri)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(PROGRAM_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.reloadFromDisk(uri)),
      watcher.onDidChange((uri) => void this.reloadFromDisk(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
    );
  }

  /** Analyses every program file in the workspace once; call after activation, not during it. */
  async scanWorkspace(): Promise<void> {
    const uris = await vscode.workspace.findFiles(PROGRAM_GLOB, '**/node_modules/**');
    for (const uri of uris) await this.reloadFromDisk(uri);
    for (const document of vscode.workspace.textDocuments) if (isProgramDocument(document)) this.refresh(document);
  }

  /**
   * The current analysis of an open document, computed now if the text changed since (a
   * provider asked before the debounced analysis ran): every provider of one keystroke shares it.
   */
  get(document: vscode.TextDocument): Analysis {
    return this.current(document).analysis;
  }

  /** Maps the spans of the last analysis of a file to line/character positions. */
  lineIndex(uri: vscode.Uri): LineIndex | undefined {
    const entry = this.entries.get(uri.toString());
    if (entry) entry.lines ??= new LineIndex(entry.text);
    return entry?.lines;
  }

  /** The last analysis of a program file, open or not. */
  peek(uri: vscode.Uri): Analysis | undefined {
    return this.entries.get(uri.toString())?.analysis;
  }

  /**
   * The analysis of a file for a panel: its editor's current text when open, else the last one
   * known, else the file loaded now (a panel restored after a reload may show a file nobody has
   * opened yet, even one outside the workspace); undefined when it cannot be read.
   */
  async analysisOf(uri: vscode.Uri): Promise<Analysis | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (open) return this.get(open);
    const known = this.peek(uri);
    if (known) return known;
    try {
      return this.get(await vscode.workspace.openTextDocument(uri));
    } catch {
      return undefined;
    }
  }

  /** The text the last analysis of this file was made from. */
  textOf(uri: vscode.Uri): string | undefined {
    return this.entries.get(uri.toString())?.text;
  }

  /** All program files analysed so far. */
  uris(): vscode.Uri[] {
    return [...this.entries.keys()].map((k) => vscode.Uri.parse(k));
  }

  private analysisDelay(): number {
    return vscode.workspace.getConfiguration('programPilot').get<number>('analysisDelay', 150);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.refresh(document);
      }, this.analysisDelay()),
    );
  }

  private refresh(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    this.current(document);
    this.changed.fire(document.uri);
  }

  /** The entry for the document's current text; the version decides cheaply, the text when unsure. */
  private current(document: vscode.TextDocument): Entry {
    const entry = this.entries.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry;
    const text = document.getText();
    if (entry && entry.text === text) {
      entry.version = document.version;
      return entry;
    }
    return this.store(document.uri, document.version, text);
  }

  /** A closed file is analysed from disk again: its unsaved changes are gone. */
  private closed(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (entry) entry.version = -1; // a reopened document starts counting versions again
    void this.reloadFromDisk(uri);
  }

  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    const openDocument = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    let open = openDocument();
    if (open) return this.refresh(open);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      open = openDocument(); // opened while reading: the editor's text wins
      if (open) return this.refresh(open);
      const entry = this.entries.get(uri.toString());
      if (entry?.text === text) {
        entry.version = -1;
        return;
      }
      this.store(uri, -1, text);
      this.changed.fire(uri);
    } catch {
      this.forget(uri);
    }
  }

  private store(uri: vscode.Uri, version: number, text: string): Entry {
    const key = uri.toString();
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = new ProgramAnalyzer()));
    let analysis: Analysis;
    try {
      analysis = analyzer.update(text);
    } catch (error) {
      // A bug in the incremental path must not leave the file without diagnostics: analyse it
      // whole (as the CLI does) and start the next edit from a fresh analyzer.
      console.error(`Program Pilot: incremental analysis of ${key} failed; analysing the whole file.`, error);
      this.analyzers.delete(key);
      analysis = analyze(text);
    }
    const entry: Entry = { version, text, analysis };
    this.entries.set(key, entry);
    return entry;
  }

  private forget(uri: vscode.Uri): void {
    this.analyzers.delete(uri.toString());
    if (this.entries.delete(uri.toString())) this.removed.fire(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
