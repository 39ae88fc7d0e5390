/**
 * Quick fixes and "Fix all" for program files, from the core's fixes of the diagnostics under
 * the cursor. "Assign owner…" is a command of the client (it shows a picker), offered here.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic as LspDiagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../core/diagnostics';
import { fixAllEdits, fixesFor, type FixInput } from '../core/fixes/quickFixes';
import type { TextEdit } from '../core/fixes/textEdit';
import type { Span } from '../core/source';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { ProgramEntry } from './programStore';
import { rangeOf, spanOf } from './positions';

export const ASSIGN_OWNER_COMMAND = 'programPilot.assignOwner';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.programPilot`;
export const WHAT_IF_COMMAND = 'programPilot.whatIf';
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Refactor];

/** `snippets`: the client applies snippet edits (LSP 3.18), so inserted placeholders are selected. */
export function codeActions(entry: ProgramEntry, params: CodeActionParams, snippets: boolean): CodeAction[] {
  const { analysis, document } = entry;
  const input: FixInput = { text: document.getText(), program: analysis.program, asOf: analysis.asOf };
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (only?.some((kind) => overlaps(kind, FIX_ALL_KIND))) {
    const edits = fixAllEdits(input, analysis.diagnostics);
    if (edits.length > 0) actions.push({ title: 'Fix all safe Program Pilot problems', kind: FIX_ALL_KIND, edit: workspaceEdit(document, edits, false) });
  }
  const span = spanOf(document, params.range);
  // On a problem the light bulb is for its fixes; "What if…" is offered elsewhere in the task (and as a command).
  if (params.context.diagnostics.length === 0 && (!only || only.some((kind) => overlaps(kind, CodeActionKind.Refactor)))) actions.push(...whatIfActions(entry, span));
  if (only && !only.some((kind) => overlaps(kind, CodeActionKind.QuickFix))) return actions;
  for (const diagnostic of analysis.diagnostics) {
    if (!touches(diagnostic.span, span)) continue;
    const shown = params.context.diagnostics.filter((d) => matches(document, d, diagnostic));
    for (const fix of fixesFor(input, diagnostic)) {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(document, fix.edits, snippets), diagnostics: shown, isPreferred: fix.preferred });
    }
    if (diagnostic.code === 'PP201' && typeof diagnostic.data?.taskId === 'string') {
      const title = 'Assign owner…';
      actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: ASSIGN_OWNER_COMMAND, arguments: [entry.uri, diagnostic.data.taskId] }, diagnostics: shown });
    }
  }
  return actions;
}

/** "What if…" on the task the cursor is in: the client asks which change and shows its impact. */
function whatIfActions(entry: ProgramEntry, span: Span): CodeAction[] {
  const task = entry.analysis.program.tasks.find((t) => t.span.start <= span.start && span.end <= t.span.end);
  if (!task) return [];
  const title = 'What if… (slip, change duration, cancel, add after)';
  return [{ title, kind: CodeActionKind.Refactor, command: { title, command: WHAT_IF_COMMAND, arguments: [entry.uri, task.id] } }];
}

/** Code action kinds are hierarchical ("source.fixAll" holds "source.fixAll.programPilot"): either one contains the other. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** Diagnostics touch the cursor when it is anywhere on them, ends included. */
function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function matches(document: TextDocument, shown: LspDiagnostic, diagnostic: Diagnostic): boolean {
  if (shown.source !== DIAGNOSTIC_SOURCE || shown.code !== diagnostic.code) return false;
  const span = spanOf(document, shown.range);
  return span.start === diagnostic.span.start && span.end === diagnostic.span.end;
}

export function workspaceEdit(document: TextDocument, edits: readonly TextEdit[], snippets: boolean): WorkspaceEdit {
  const change: TextDocumentEdit = {
    textDocument: { uri: document.uri, version: document.version },
    edits: edits.map((e) =>
      snippets && e.snippet !== undefined && e.snippet !== e.newText
        ? { range: rangeOf(document, e.span), snippet: { kind: 'snippet', value: e.snippet } }
        : { range: rangeOf(document, e.span), newText: e.newText },
    ),
  };
  return { documentChanges: [change] };
}
