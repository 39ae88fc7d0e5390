/**
 * The program file a command is about: the one it was invoked on (editor title, explorer), the
 * active editor's, the only one in the workspace, or the user's pick.
 */
import * as vscode from 'vscode';
import { isProgramDocument, isProgramUri, type ProgramStore } from './programStore';

export async function pickProgram(
  store: ProgramStore,
  resource: unknown,
  purpose: { readonly title: string; readonly whenNone: string },
): Promise<vscode.Uri | undefined> {
  if (resource instanceof vscode.Uri && isProgramUri(resource)) return resource;
  const active = vscode.window.activeTextEditor?.document;
  if (active && isProgramDocument(active)) return active.uri;
  const uris = store.uris().sort((a, b) => a.path.localeCompare(b.path));
  if (uris.length === 1) return uris[0];
  if (uris.length === 0) {
    void vscode.window.showInformationMessage(purpose.whenNone);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    uris.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: store.peek(uri)?.program.name, uri })),
    { title: purpose.title, placeHolder: 'Which program?' },
  );
  return picked?.uri;
}
