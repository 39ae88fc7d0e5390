/** A server store over in-memory files, recording what it published. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ProgramStore, type ProgramEntry } from '../../../src/server/programStore';

export class FakeHost {
  readonly files = new Map<string, string>();
  readonly published: string[] = [];
  readonly removed: string[] = [];
  readonly logs: string[] = [];

  async readFile(uri: string): Promise<string | undefined> {
    return this.files.get(uri);
  }

  analysed(entry: ProgramEntry): void {
    this.published.push(entry.uri);
  }
}

export function newStore(): { store: ProgramStore; host: FakeHost } {
  const host = new FakeHost();
  const store = new ProgramStore({
    readFile: (uri) => host.readFile(uri),
    analysed: (entry) => host.analysed(entry),
    removed: (uri) => host.removed.push(uri),
    log: (message) => host.logs.push(message),
  });
  return { store, host };
}

export function openDocument(uri: string, text: string, languageId = 'program-yaml'): TextDocument {
  return TextDocument.create(uri, languageId, 1, text);
}

/** An open program's current entry. */
export function entryOf(text: string, uri = 'file:///w/a.program.yaml'): ProgramEntry {
  const { store } = newStore();
  store.didOpen(openDocument(uri, text));
  return store.get(uri)!;
}

export const HEAD = 'program: Server test\nstart: 2026-03-02\naccountable: ana\n';
export const PEOPLE = ['people:', '  - { id: ana, name: Ana Lima, role: Tech lead, team: core }', '  - { id: ben, name: Ben Ortiz, team: core }', 'teams:', '  - { id: core, name: Core, lead: ana }', ''].join('\n');
export const lines = (...rows: string[]): string => rows.join('\n') + '\n';

/** The LSP position of the first `needle` in `text`, plus `offsetInNeedle`. */
export function positionIn(text: string, needle: string, offsetInNeedle = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return TextDocument.create('file:///x', 'x', 0, text).positionAt(index + offsetInNeedle);
}
