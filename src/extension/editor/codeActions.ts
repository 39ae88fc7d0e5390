/**
 * Quick fixes and "Fix all" for program files, from the core's fixes of the diagnostics under
 * the cursor, plus the "Assign owner…" command that picks any person for a task.
 */
import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/diagnostics';
import { assignOwnerEdit, fixAllEdits, fixesFor, ownerCandidates, personLabel, type FixInput } from '../../core/fixes/quickFixes';
import type { TextEdit } from '../../core/fixes/textEdit';
import { symbolIndexOf } from '../../core/navigation/symbolIndex';
import type { Span } from '../../core/source';
import type { ProgramStore } from '../programStore';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { PROGRAM_SELECTOR, spanOf } from './positions';

export const ASSIGN_OWNER_COMMAND = 'programPilot.assignOwner';
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('programPilot');

export function registerCodeActions(store: ProgramStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(PROGRAM_SELECTOR, new ProgramCodeActions(store), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand(ASSIGN_OWNER_COMMAND, (uri?: vscode.Uri | string, taskId?: string) => assignOwner(store, uri, taskId)),
  );
}

class ProgramCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly store: ProgramStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const analysis = this.store.get(document);
    // The analysed text is the document's (get() made sure); no copy of a big file per cursor move.
    const input: FixInput = { text: this.store.textOf(document.uri) ?? document.getText(), program: analysis.program, asOf: analysis.asOf };
    const actions: vscode.CodeAction[] = [];
    if (context.only?.intersects(FIX_ALL_KIND)) {
      const edits = fixAllEdits(input, analysis.diagnostics);
      if (edits.length > 0) {
        const action = new vscode.CodeAction('Fix all safe Program Pilot problems', FIX_ALL_KIND);
        action.edit = workspaceEdit(document, edits, false);
        actions.push(action);
      }
    }
    if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) return actions;
    const span = spanOf(document, range);
    for (const diagnostic of analysis.diagnostics) {
      if (!touches(diagnostic.span, span)) continue;
      const shown = context.diagnostics.filter((d) => matches(document, d, diagnostic));
      for (const fix of fixesFor(input, diagnostic)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(document, fix.edits, true);
        action.diagnostics = shown;
        action.isPreferred = fix.preferred;
        actions.push(action);
      }
      if (diagnostic.code === 'PP201' && typeof diagnostic.data?.taskId === 'string') {
        const action = new vscode.CodeAction('Assign owner…', vscode.CodeActionKind.QuickFix);
        action.command = { command: ASSIGN_OWNER_COMMAND, title: 'Assign owner…', arguments: [document.uri, diagnostic.data.taskId] };
        action.diagnostics = shown;
        actions.push(action);
      }
    }
    return actions;
  }
}

/** Diagnostics touch the cursor when it is anywhere on them, ends included. */
function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function matches(document: vscode.TextDocument, shown: vscode.Diagnostic, diagnostic: Diagnostic): boolean {
  const code = typeof shown.code === 'object' ? shown.code.value : shown.code;
  if (shown.source !== DIAGNOSTIC_SOURCE || code !== diagnostic.code) return false;
  return document.offsetAt(shown.range.start) === diagnostic.span.start && document.offsetAt(shown.range.end) === diagnostic.span.end;
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[], snippets: boolean): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const range = (e: TextEdit) => new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end));
  edit.set(
    document.uri,
    edits.map((e) => (snippets && e.snippet !== undefined && e.snippet !== e.newText ? new vscode.SnippetTextEdit(range(e), new vscode.SnippetString(e.snippet)) : new vscode.TextEdit(range(e), e.newText))),
  );
  return edit;
}

/**
 * Picks an owner for a task from everyone in the plan (team lead and members first). Without
 * arguments it works on the task at the cursor.
 */
async function assignOwner(store: ProgramStore, target?: vscode.Uri | string, taskId?: string): Promise<boolean> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const analysis = store.get(document);
  const index = symbolIndexOf(analysis.program);
  const editor = vscode.window.activeTextEditor;
  const definition =
    taskId !== undefined
      ? index.definitionsOf('task', taskId)[0]
      : editor?.document === document
        ? index.definitionAround(document.offsetAt(editor.selection.active))
        : undefined;
  if (definition?.kind !== 'task') {
    void vscode.window.showInformationMessage('Put the cursor on a task to assign its owner.');
    return false;
  }
  const task = analysis.program.tasks[definition.index];
  const candidates = ownerCandidates(analysis.program, task);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage('The plan lists no people yet: add them under `people` first.');
    return false;
  }
  const teamId = task.team?.id;
  const lead = analysis.program.teams.find((t) => t.id === teamId)?.lead?.id;
  const items = candidates.map((person) => ({
    label: personLabel(person),
    description: [person.role, person.team?.id].filter(Boolean).join(' · '),
    detail: person.id === lead ? `Lead of the task's team (${teamId})` : teamId && person.team?.id === teamId ? `On the task's team (${teamId})` : undefined,
    id: person.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `Owner of ${task.name || task.id}`, placeHolder: 'Who is responsible for this task?', matchOnDescription: true });
  if (!picked) return false;
  const current = store.get(document); // the text may have changed while the pick was open
  const currentTask = current.program.tasks.find((t) => t.id === task.id);
  if (!currentTask) return false;
  const edit = assignOwnerEdit(document.getText(), currentTask, picked.id);
  return vscode.workspace.applyEdit(workspaceEdit(document, [edit], false));
}
