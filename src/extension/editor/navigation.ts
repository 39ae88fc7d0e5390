/**
 * Go to definition, find references, occurrence highlights and rename for task, person, team
 * and risk ids (and the other RAID ids). People and teams are shared by the programs of one
 * organisation, so their references and renames reach every program file of the workspace; a
 * task, risk or action id means something only in its own file, so it stays there.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import type { EntityKind } from '../../core/model';
import { renameEdits, renameProblem, renameTargetAt } from '../../core/navigation/rename';
import { symbolIndexOf } from '../../core/navigation/symbolIndex';
import type { ProgramStore } from '../programStore';
import { PROGRAM_SELECTOR, rangeOf } from './positions';

export function registerNavigation(store: ProgramStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDefinitionProvider(PROGRAM_SELECTOR, { provideDefinition: (document, position) => definition(store, document, position) }),
    vscode.languages.registerReferenceProvider(PROGRAM_SELECTOR, { provideReferences: (document, position, context) => references(store, document, position, context.includeDeclaration) }),
    vscode.languages.registerDocumentHighlightProvider(PROGRAM_SELECTOR, { provideDocumentHighlights: (document, position) => highlights(store, document, position) }),
    vscode.languages.registerRenameProvider(PROGRAM_SELECTOR, {
      prepareRename: (document, position) => prepareRename(store, document, position),
      provideRenameEdits: (document, position, newName) => rename(store, document, position, newName),
    }),
  );
}

const SHARED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'team']);

/**
 * The program files where ids of this kind live, this document first, with their current
 * analysis (open documents are brought up to date first).
 */
function programsFor(store: ProgramStore, first: vscode.TextDocument, kind: EntityKind): { uri: vscode.Uri; analysis: Analysis }[] {
  const programs = [{ uri: first.uri, analysis: store.get(first) }];
  if (!SHARED_KINDS.has(kind)) return programs;
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  for (const uri of store.uris()) {
    if (uri.toString() === first.uri.toString()) continue;
    const document = open.get(uri.toString());
    const analysis = document ? store.get(document) : store.peek(uri);
    if (analysis) programs.push({ uri, analysis });
  }
  return programs;
}

function definition(store: ProgramStore, document: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] {
  const analysis = store.get(document);
  const occurrence = symbolIndexOf(analysis.program).occurrenceAt(document.offsetAt(position));
  if (!occurrence) return [];
  const origin = new vscode.Range(document.positionAt(occurrence.span.start), document.positionAt(occurrence.span.end));
  // The definition in the same file; another program's only when this one has none.
  for (const { uri, analysis: other } of programsFor(store, document, occurrence.kind)) {
    const definitions = symbolIndexOf(other.program).definitionsOf(occurrence.kind, occurrence.id);
    const lines = store.lineIndex(uri);
    if (definitions.length === 0 || !lines) continue;
    return definitions.map((d) => ({ originSelectionRange: origin, targetUri: uri, targetRange: rangeOf(lines, d.block), targetSelectionRange: rangeOf(lines, d.span) }));
  }
  return [];
}

function references(store: ProgramStore, document: vscode.TextDocument, position: vscode.Position, includeDeclaration: boolean): vscode.Location[] {
  const occurrence = symbolIndexOf(store.get(document).program).occurrenceAt(document.offsetAt(position));
  return occurrence ? locationsOf(store, document, occurrence.kind, occurrence.id, includeDeclaration) : [];
}

function locationsOf(store: ProgramStore, document: vscode.TextDocument, kind: EntityKind, id: string, includeDeclaration: boolean): vscode.Location[] {
  const locations: vscode.Location[] = [];
  for (const { uri, analysis } of programsFor(store, document, kind)) {
    const index = symbolIndexOf(analysis.program);
    const lines = store.lineIndex(uri);
    if (!lines) continue;
    const spans = [...(includeDeclaration ? index.definitionsOf(kind, id) : []), ...index.referencesTo(kind, id)].map((o) => o.span);
    for (const span of spans.sort((a, b) => a.start - b.start)) locations.push(new vscode.Location(uri, rangeOf(lines, span)));
  }
  return locations;
}

/** Every occurrence of the id under the cursor in this file: its definition as written, its references as read. */
function highlights(store: ProgramStore, document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
  const index = symbolIndexOf(store.get(document).program);
  const occurrence = index.occurrenceAt(document.offsetAt(position));
  if (!occurrence) return [];
  const range = (span: { start: number; end: number }) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  return [
    ...index.definitionsOf(occurrence.kind, occurrence.id).map((d) => new vscode.DocumentHighlight(range(d.span), vscode.DocumentHighlightKind.Write)),
    ...index.referencesTo(occurrence.kind, occurrence.id).map((r) => new vscode.DocumentHighlight(range(r.span), vscode.DocumentHighlightKind.Read)),
  ];
}

function prepareRename(store: ProgramStore, document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
  const target = renameTargetAt(document.getText(), store.get(document).program, document.offsetAt(position));
  if (!target) throw new Error('Only ids of tasks, people, teams, risks and other plan items can be renamed.');
  return { range: new vscode.Range(document.positionAt(target.span.start), document.positionAt(target.span.end)), placeholder: target.id };
}

function rename(store: ProgramStore, document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
  const target = renameTargetAt(document.getText(), store.get(document).program, document.offsetAt(position));
  if (!target) throw new Error('Only ids of tasks, people, teams, risks and other plan items can be renamed.');
  const programs = programsFor(store, document, target.kind);
  for (const { analysis: other } of programs) {
    const problem = renameProblem(other.program, target, newName);
    if (problem) throw new Error(problem);
  }
  const edit = new vscode.WorkspaceEdit();
  for (const { uri, analysis: other } of programs) {
    const text = store.textOf(uri);
    const lines = store.lineIndex(uri);
    if (text === undefined || !lines) continue;
    for (const e of renameEdits(text, other.program, target.kind, target.id, newName)) edit.replace(uri, rangeOf(lines, e.span), e.newText);
  }
  return edit;
}
