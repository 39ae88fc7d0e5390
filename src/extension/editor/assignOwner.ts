/**
 * "Program Pilot: Assign Owner…": picks an owner for a task from everyone in the plan (the
 * server lists them, team lead and members first) and applies the server's edit. Without
 * arguments it works on the task at the cursor; the quick fix passes the file and the task.
 */
import * as vscode from 'vscode';
import { ASSIGN_OWNER, OWNER_CHOICES } from '../../protocol/requests';
import type { ProgramServer } from '../programServer';

export const ASSIGN_OWNER_COMMAND = 'programPilot.assignOwner';

export function registerAssignOwner(server: ProgramServer): vscode.Disposable {
  return vscode.commands.registerCommand(ASSIGN_OWNER_COMMAND, (target?: vscode.Uri | string, taskId?: string) => assignOwner(server, target, taskId));
}

async function assignOwner(server: ProgramServer, target?: vscode.Uri | string, taskId?: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : (target ?? editor?.document.uri);
  if (!uri) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const position = taskId === undefined && editor?.document === document ? editor.selection.active : undefined;
  const options = await server.request(OWNER_CHOICES, { uri: uri.toString(), taskId, position });
  if ('message' in options) {
    void vscode.window.showInformationMessage(options.message);
    return false;
  }
  const picked = await vscode.window.showQuickPick([...options.choices], { title: options.title, placeHolder: 'Who is responsible for this task?', matchOnDescription: true });
  if (!picked) return false;
  // Asked after the pick: the text may have changed while it was open.
  const edits = await server.request(ASSIGN_OWNER, { uri: uri.toString(), taskId: options.taskId, personId: picked.id });
  return edits !== null && vscode.workspace.applyEdit(server.workspaceEdit(uri, edits));
}
