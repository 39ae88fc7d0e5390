/**
 * The program file a command is about: the one it was invoked on (editor title, explorer, a
 * CodeLens), the active editor's, else (a webview such as a chart has the focus) the program
 * editor visible beside it or the one last active, the only one the server knows, or the user's
 * pick.
 */
import * as vscode from 'vscode';
import { PROGRAMS } from '../protocol/requests';
import { isProgramDocument, isProgramUri, type ProgramServer } from './programServer';

/**
 * The program editor the user was in last: when a webview (a chart, the status preview) has the
 * focus, `activeTextEditor` is undefined, yet the user still means that file. The listener lives
 * as long as the extension host, like this module.
 */
let lastActive: vscode.Uri | undefined;
function remember(editor: vscode.TextEditor | undefined): void {
  if (editor && isProgramDocument(editor.document)) lastActive = editor.document.uri;
}
remember(vscode.window.activeTextEditor);
vscode.window.onDidChangeActiveTextEditor(remember);

export async function pickProgram(
  server: ProgramServer,
  resource: unknown,
  purpose: { readonly title: string; readonly whenNone: string },
): Promise<vscode.Uri | undefined> {
  // A CodeLens from the server passes the file's URI as text, a Program view node holds it as text.
  const node = typeof resource === 'object' && resource !== null && !(resource instanceof vscode.Uri) ? (resource as { uri?: unknown }).uri : undefined;
  const text = typeof resource === 'string' ? resource : typeof node === 'string' ? node : undefined;
  const given = text !== undefined ? vscode.Uri.parse(text) : resource;
  if (given instanceof vscode.Uri && isProgramUri(given)) return given;
  const active = vscode.window.activeTextEditor?.document;
  if (active && isProgramDocument(active)) return active.uri;
  const inSight = programInSight();
  if (inSight) return inSight;
  const programs = (await server.request(PROGRAMS, undefined)).sort((a, b) => a.uri.localeCompare(b.uri));
  if (programs.length === 1) return vscode.Uri.parse(programs[0].uri);
  if (programs.length === 0) {
    void vscode.window.showInformationMessage(purpose.whenNone);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    programs.map((p) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(p.uri)), description: p.name || undefined, uri: vscode.Uri.parse(p.uri) })),
    { title: purpose.title, placeHolder: 'Which program?' },
  );
  return picked?.uri;
}

/**
 * With no program editor active: the visible program editor (the last active one if several are
 * visible), else the last active program editor if its tab is still open.
 */
function programInSight(): vscode.Uri | undefined {
  const last = lastActive;
  const visible = vscode.window.visibleTextEditors.map((e) => e.document).filter(isProgramDocument).map((d) => d.uri);
  if (last && visible.some((uri) => uri.toString() === last.toString())) return last;
  const distinct = new Set(visible.map((uri) => uri.toString()));
  if (distinct.size === 1) return visible[0];
  if (distinct.size === 0 && last && isOpenInTab(last)) return last;
  return undefined;
}

function isOpenInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
}
