/**
 * Helpers for integration tests that run inside the extension host. The workspace is a
 * throw-away copy of `examples/` (plus `test/integration/fixtures/`), so tests may edit files.
 * Everything waits for a condition with a timeout and says what it last saw when it gives up.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'program-pilot.program-pilot';
/** `Diagnostic.source` of everything the extension reports. */
export const DIAGNOSTIC_SOURCE = 'program-pilot';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  await extension.activate();
  return extension;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opened no workspace folder');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a workspace file in an editor (and activates the extension first). */
export async function openProgram(relativePath: string): Promise<vscode.TextEditor> {
  await activateExtension();
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

let scratchCount = 0;

/**
 * Runs `body` on a new program file with this text, open in an editor; closes and deletes it
 * afterwards. For tests that need a specific program rather than an example.
 */
export async function withProgram(text: string, body: (editor: vscode.TextEditor) => Promise<void>): Promise<void> {
  const name = `scratch-${process.pid}-${++scratchCount}.program.yaml`;
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  try {
    await body(await openProgram(name));
  } finally {
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  }
}

/** Closes every editor, discarding unsaved changes first so no "Save?" dialog blocks the run. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Calls `probe` until it returns something other than `undefined`/`false`, and returns that.
 * Probing is cheap and the extension reacts to events we cannot see, so poll briefly.
 */
export async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeoutMs?: number; describe: () => string },
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`Timed out after ${options.timeoutMs ?? 10_000} ms: ${options.describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/** The `PPxxx` code of a diagnostic, whether it is given plainly or with a link target. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(no diagnostics)';
  return diagnostics
    .map((d) => `${d.source ?? '?'} ${codeOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`)
    .join('\n  ');
}

/** Waits until the extension's diagnostics for `uri` satisfy `condition`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = ourDiagnostics(uri);
      return condition(diagnostics) && diagnostics;
    },
    { timeoutMs, describe: () => `diagnostics of ${uri.path} never matched; last seen:\n  ${describeDiagnostics(vscode.languages.getDiagnostics(uri))}` },
  );
}

/** The position of the first occurrence of `needle` in the document, plus `offsetInNeedle`. */
export function positionOf(document: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" does not occur in ${document.uri.path}`);
  return document.positionAt(index + offsetInNeedle);
}

/** Plain text of the hovers VS Code collects from every provider at `position`. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Code actions at `range` (quick fixes included), resolved so their edits are present. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, undefined, 100);
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was not applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
