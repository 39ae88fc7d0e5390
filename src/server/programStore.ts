/**
 * The analysis of every program file the server knows: open documents from their (unsaved)
 * text, files that are not open from disk. One incremental analyzer per file, so after a
 * keystroke only the edited items are parsed again; edits are analysed after a quiet time
 * (`programPilot.analysisDelay`), or at once when a request needs the current text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../core/analyze';
import { ProgramAnalyzer } from '../core/analyzer';
import { describeError } from './guard';

export function isProgramPath(path: string): boolean {
  return /\.program\.ya?ml$/i.test(path);
}

/**
 * A document the server analyses: in the Program YAML language, or a YAML file named as a
 * program. Editors that attach the server to every YAML file (Zed, a broad Neovim set-up) send
 * other documents too; a docker-compose.yaml is not a plan.
 */
export function isProgramDocument(document: { readonly uri: string; readonly languageId: string }): boolean {
  if (document.languageId === 'program-yaml') return true;
  const path = document.uri.replace(/[?#].*$/, '');
  return isProgramPath(path);
}

export interface ProgramEntry {
  readonly uri: string;
  /** The text the analysis is of (for an open document, its current text). */
  readonly document: TextDocument;
  readonly analysis: Analysis;
  /** The language mode of an open document; undefined for a file read from disk. */
  readonly languageId?: string;
}

export interface StoreHost {
  /** The file's text on disk; undefined when it cannot be read (deleted, not a file). */
  readFile(uri: string): Promise<string | undefined>;
  /** A file's analysis changed: publish it. */
  analysed(entry: ProgramEntry): void;
  /** A file is gone: clear what was published for it. */
  removed(uri: string): void;
  log(message: string): void;
}

interface Stored extends ProgramEntry {
  /** The document version analysed; -1 for a file read from disk. */
  readonly version: number;
}

export class ProgramStore {
  private readonly entries = new Map<string, Stored>();
  private readonly analyzers = new Map<string, ProgramAnalyzer>();
  private readonly open = new Map<string, TextDocument>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Milliseconds of quiet after an edit before it is analysed. */
  delay = 150;

  constructor(private readonly host: StoreHost) {}

  didOpen(document: TextDocument): void {
    this.open.set(document.uri, document);
    this.refresh(document.uri);
  }

  didChange(document: TextDocument): void {
    this.open.set(document.uri, document);
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        this.refresh(document.uri);
      }, this.delay),
    );
  }

  /** A closed file is analysed from disk again: its unsaved changes are gone. */
  didClose(uri: string): Promise<void> {
    this.open.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    return this.reload(uri, true);
  }

  /** The file changed on disk (or was found by the scan); an open document's text wins. */
  async reload(uri: string, publishUnchanged = false): Promise<void> {
    if (this.open.has(uri)) return this.refresh(uri);
    const text = await this.host.readFile(uri);
    if (this.open.has(uri)) return this.refresh(uri); // opened while reading
    if (text === undefined) return this.forget(uri);
    const known = this.entries.get(uri);
    if (known?.version === -1 && known.document.getText() === text && !publishUnchanged) return;
    this.guarded(uri, () => this.host.analysed(this.analyse(uri, TextDocument.create(uri, 'program-yaml', 0, text), -1, undefined)));
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.analyzers.delete(uri);
    if (this.entries.delete(uri)) this.host.removed(uri);
  }

  /** The current analysis of a file: an open document's pending edit is analysed now. */
  get(uri: string): ProgramEntry | undefined {
    const document = this.open.get(uri);
    if (!document) return this.entries.get(uri);
    const entry = this.entries.get(uri);
    if (entry && entry.version === document.version && entry.document === document) return entry;
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const fresh = this.analyse(uri, document, document.version, document.languageId);
    this.host.analysed(fresh);
    return fresh;
  }

  /** The last analysis of a file, even if its document changed since (completion reads ids from it while typing). */
  peek(uri: string): Analysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  /** The open document's current text, if the file is open. */
  openDocument(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  /** The current analysis, reading the file from disk when the server did not know it (a panel restored after a reload). */
  async load(uri: string): Promise<ProgramEntry | undefined> {
    const known = this.get(uri);
    if (known) return known;
    await this.reload(uri);
    return this.get(uri);
  }

  uris(): string[] {
    return [...new Set([...this.entries.keys(), ...this.open.keys()])];
  }

  /** The current analysis of every file. */
  all(): ProgramEntry[] {
    return this.uris().flatMap((uri) => this.get(uri) ?? []);
  }

  /** Publishes every file again (after a setting that decides what is shown changed). */
  republish(): void {
    for (const entry of this.all()) this.host.analysed(entry);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private refresh(uri: string): void {
    this.guarded(uri, () => this.get(uri));
  }

  /** Work outside a request (timers, file events) logs its failure instead of throwing it nowhere. */
  private guarded(uri: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.host.log(`Analysis of ${uri} failed: ${describeError(error)}`);
    }
  }

  private analyse(uri: string, document: TextDocument, version: number, languageId: string | undefined): Stored {
    let analyzer = this.analyzers.get(uri);
    if (!analyzer) this.analyzers.set(uri, (analyzer = new ProgramAnalyzer()));
    const text = document.getText();
    let analysis: Analysis;
    try {
      analysis = analyzer.update(text);
    } catch (error) {
      // A bug in the incremental path must not leave the file without diagnostics: analyse it
      // whole (as the CLI does) and start the next edit from a fresh analyzer.
      this.host.log(`Incremental analysis of ${uri} failed; analysing the whole file. ${describeError(error)}`);
      this.analyzers.delete(uri);
      analysis = analyze(text);
    }
    const entry: Stored = { uri, document, analysis, version, languageId };
    this.entries.set(uri, entry);
    return entry;
  }
}
