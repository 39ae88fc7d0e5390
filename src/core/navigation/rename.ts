/**
 * Renaming an id: where it can start, whether the new id is acceptable, and the edits in one
 * file (the extension applies them to every program file of the workspace). The new id is
 * written in the quoting style of each occurrence, quoted only when YAML needs it.
 */
import type { EntityKind, Program } from '../model';
import type { Span } from '../source';
import type { TextEdit } from '../fixes/textEdit';
import { unquotedSpan } from '../fixes/yamlLayout';
import { symbolIndexOf } from './symbolIndex';

export interface RenameTarget {
  readonly kind: EntityKind;
  readonly id: string;
  /** The id text under the cursor, without quotes. */
  readonly span: Span;
}

/** The id under the cursor that can be renamed, if any. */
export function renameTargetAt(text: string, program: Program, offset: number): RenameTarget | undefined {
  const occurrence = symbolIndexOf(program).occurrenceAt(offset);
  return occurrence && { kind: occurrence.kind, id: occurrence.id, span: unquotedSpan(text, occurrence.span) };
}

/** Why `newId` cannot replace an id of this kind in this program, or undefined when it can. */
export function renameProblem(program: Program, target: RenameTarget, newId: string): string | undefined {
  if (newId.length === 0) return 'An id cannot be empty.';
  if (newId !== newId.trim()) return 'An id cannot start or end with a space.';
  if (/[\r\n]/.test(newId)) return 'An id is one line of text.';
  if (newId !== target.id && symbolIndexOf(program).definitionsOf(target.kind, newId).length > 0) {
    return `There is already a ${target.kind} with the id '${newId}'.`;
  }
  return undefined;
}

/** The edits renaming every definition of and reference to `kind:id` in one file. */
export function renameEdits(text: string, program: Program, kind: EntityKind, id: string, newId: string): TextEdit[] {
  const index = symbolIndexOf(program);
  const spans = [...index.definitionsOf(kind, id), ...index.referencesTo(kind, id)].map((o) => o.span);
  return spans.map((span) => ({ span, newText: idText(text.slice(span.start, span.end), newId) }));
}

/** The new id as YAML, in the quoting style of the occurrence it replaces. */
function idText(written: string, newId: string): string {
  if (written.startsWith("'")) return `'${newId.replace(/'/g, "''")}'`;
  if (written.startsWith('"') || !isPlainSafe(newId)) return JSON.stringify(newId);
  return newId;
}

/** Text that YAML reads back as the same string when written without quotes, in block or flow context. */
function isPlainSafe(value: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.\-/]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
}
