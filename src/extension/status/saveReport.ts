/** Saving the report: the conventional file by default, never replacing a file without asking. */
import * as vscode from 'vscode';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Writes the Markdown to `target` (or where the user chooses) and opens it for editing. */
export async function saveReport(target: vscode.Uri, markdown: string): Promise<vscode.Uri | undefined> {
  let uri: vscode.Uri | undefined = target;
  if (await exists(target)) {
    const name = vscode.workspace.asRelativePath(target);
    const choice = await vscode.window.showWarningMessage(
      `${name} already exists.`,
      { modal: true, detail: 'Replace it with this report, or save the report under another name?' },
      'Replace',
      'Save As…',
    );
    if (choice === 'Save As…') {
      // The save dialog asks before it replaces an existing file.
      uri = await vscode.window.showSaveDialog({ defaultUri: target, filters: { Markdown: ['md'] }, saveLabel: 'Save Report' });
    } else if (choice !== 'Replace') {
      uri = undefined;
    }
  }
  if (!uri) return undefined;
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(markdown));
  // The saved report is the TPM's to edit before sending.
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
