/** Saving a document: the conventional file by default, never replacing a file without asking. */
import * as vscode from 'vscode';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

const FILTERS: Record<'md' | 'html', Record<string, string[]>> = { md: { Markdown: ['md'] }, html: { HTML: ['html', 'htm'] } };

/**
 * Writes `content` to `target` (or where the user chooses). Markdown opens for editing: it is
 * the TPM's to edit before sending; an HTML page is for a browser or a mail, so it is only named.
 */
export async function saveDocument(target: vscode.Uri, content: string, format: 'md' | 'html'): Promise<vscode.Uri | undefined> {
  let uri: vscode.Uri | undefined = target;
  if (await exists(target)) {
    const name = vscode.workspace.asRelativePath(target);
    const choice = await vscode.window.showWarningMessage(
      `${name} already exists.`,
      { modal: true, detail: 'Replace it with this document, or save the document under another name?' },
      'Replace',
      'Save As…',
    );
    if (choice === 'Save As…') {
      // The save dialog asks before it replaces an existing file.
      uri = await vscode.window.showSaveDialog({ defaultUri: target, filters: FILTERS[format], saveLabel: 'Save' });
    } else if (choice !== 'Replace') {
      uri = undefined;
    }
  }
  if (!uri) return undefined;
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  if (format === 'md') await vscode.window.showTextDocument(uri, { preview: false });
  else vscode.window.setStatusBarMessage(`Saved ${vscode.workspace.asRelativePath(uri)}`, 5000);
  return uri;
}
