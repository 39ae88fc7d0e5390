/**
 * Go to definition, find references, occurrence highlights and rename for task, person, team and
 * risk ids (and the other RAID ids). People and teams are shared by the programs of one
 * organisation, so their references and renames reach every program file the server knows; a
 * task, risk or action id means something only in its own file, so it stays there.
 */
import { DocumentHighlightKind, LSPErrorCodes, ResponseError, type DocumentHighlight, type Location, type LocationLink, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { EntityKind } from '../core/model';
import { renameEdits, renameProblem, renameTargetAt } from '../core/navigation/rename';
import { symbolIndexOf } from '../core/navigation/symbolIndex';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';

/** The files navigation looks at: the current analysis of every program, or only this one. */
export interface Programs {
  all(): ProgramEntry[];
}

const SHARED_KINDS: ReadonlySet<EntityKind> = new Set<EntityKind>(['person', 'team']);

const NOT_RENAMABLE = 'Only ids of tasks, people, teams, risks and other plan items can be renamed.';

/** The program files where ids of this kind live, this one first. */
function programsFor(programs: Programs, first: ProgramEntry, kind: EntityKind): ProgramEntry[] {
  if (!SHARED_KINDS.has(kind)) return [first];
  return [first, ...programs.all().filter((p) => p.uri !== first.uri)];
}

function occurrenceAt(entry: ProgramEntry, position: Position) {
  return symbolIndexOf(entry.analysis.program).occurrenceAt(entry.document.offsetAt(position));
}

export function definition(programs: Programs, entry: ProgramEntry, position: Position): LocationLink[] {
  const occurrence = occurrenceAt(entry, position);
  if (!occurrence) return [];
  const originSelectionRange = rangeOf(entry.document, occurrence.span);
  // The definition in the same file; another program's only when this one has none.
  for (const other of programsFor(programs, entry, occurrence.kind)) {
    const definitions = symbolIndexOf(other.analysis.program).definitionsOf(occurrence.kind, occurrence.id);
    if (definitions.length === 0) continue;
    return definitions.map((d) => ({ originSelectionRange, targetUri: other.uri, targetRange: rangeOf(other.document, d.block), targetSelectionRange: rangeOf(other.document, d.span) }));
  }
  return [];
}

export function references(programs: Programs, entry: ProgramEntry, position: Position, includeDeclaration: boolean): Location[] {
  const occurrence = occurrenceAt(entry, position);
  if (!occurrence) return [];
  const locations: Location[] = [];
  for (const other of programsFor(programs, entry, occurrence.kind)) {
    const index = symbolIndexOf(other.analysis.program);
    const spans = [...(includeDeclaration ? index.definitionsOf(occurrence.kind, occurrence.id) : []), ...index.referencesTo(occurrence.kind, occurrence.id)].map((o) => o.span);
    for (const span of spans.sort((a, b) => a.start - b.start)) locations.push({ uri: other.uri, range: rangeOf(other.document, span) });
  }
  return locations;
}

/** Every occurrence of the id under the cursor in this file: its definition as written, its references as read. */
export function highlights(entry: ProgramEntry, position: Position): DocumentHighlight[] {
  const index = symbolIndexOf(entry.analysis.program);
  const occurrence = index.occurrenceAt(entry.document.offsetAt(position));
  if (!occurrence) return [];
  return [
    ...index.definitionsOf(occurrence.kind, occurrence.id).map((d) => ({ range: rangeOf(entry.document, d.span), kind: DocumentHighlightKind.Write })),
    ...index.referencesTo(occurrence.kind, occurrence.id).map((r) => ({ range: rangeOf(entry.document, r.span), kind: DocumentHighlightKind.Read })),
  ];
}

function renameTarget(entry: ProgramEntry, position: Position) {
  const target = renameTargetAt(entry.document.getText(), entry.analysis.program, entry.document.offsetAt(position));
  // The client shows this message instead of renaming.
  if (!target) throw new ResponseError(LSPErrorCodes.RequestFailed, NOT_RENAMABLE);
  return target;
}

export function prepareRename(entry: ProgramEntry, position: Position): { range: Range; placeholder: string } {
  const target = renameTarget(entry, position);
  return { range: rangeOf(entry.document, target.span), placeholder: target.id };
}

export function rename(programs: Programs, entry: ProgramEntry, position: Position, newName: string): WorkspaceEdit {
  const target = renameTarget(entry, position);
  const files = programsFor(programs, entry, target.kind);
  for (const other of files) {
    const problem = renameProblem(other.analysis.program, target, newName);
    if (problem) throw new ResponseError(LSPErrorCodes.RequestFailed, problem);
  }
  const changes: Record<string, TextEdit[]> = {};
  for (const other of files) {
    const edits = renameEdits(other.document.getText(), other.analysis.program, target.kind, target.id, newName);
    if (edits.length > 0) changes[other.uri] = edits.map((e) => ({ range: rangeOf(other.document, e.span), newText: e.newText }));
  }
  return { changes };
}
