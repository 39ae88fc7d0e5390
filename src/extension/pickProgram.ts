/**
 * The program file a command is about: the one it was invoked on (editor title, explorer, a
 * CodeLens), the active editor's, the only one the server knows, or the user's pick.
 */
import * as vscode from 'vscode';
import { PROGRAMS } from '../protocol/requests';
import { isProgramDocument, isProgramUri, type ProgramServer } from './programServer';

export async function pickProgram(
  server: ProgramServer,
  resource: unknown,
  purpose: { readonly title: string; readonly whenNone: string },
): Promise<vscode.Uri | undefined> {
  // A CodeLens from the server passes the file's URI as text.
  const given = typeof resource === 'string' ? vscode.Uri.parse(resource) : resource;
  if (given instanceof vscode.Uri && isProgramUri(given)) return given;
  const active = vscode.window.activeTextEditor?.document;
  if (active && isProgramDocument(active)) return active.uri;
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
