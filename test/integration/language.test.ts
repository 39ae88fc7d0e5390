/**
 * The Program YAML language in a real VS Code: program files open in it, use its comment and
 * indentation rules, and still get our diagnostics when a user maps them back to plain YAML.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, openProgram, waitForDiagnostics, workspaceUri } from './support';

/**
 * Opens a new program file with this text. Its name is this suite's own: every suite bundles
 * its own copy of the support module, so scratch names from `withProgram` repeat across suites
 * and VS Code may still hold an earlier suite's document under the same name.
 */
async function openNewProgram(text: string): Promise<vscode.TextEditor> {
  const name = `language-${process.pid}-${Date.now()}.program.yaml`;
  await vscode.workspace.fs.writeFile(workspaceUri(name), new TextEncoder().encode(text));
  return openProgram(name);
}

describe('Program YAML language', () => {
  afterEach(closeAllEditors);

  it('is the language of *.program.yaml files', async () => {
    const editor = await openProgram('multi-tenancy.program.yaml');
    assert.equal(editor.document.languageId, 'program-yaml');
    assert.ok((await vscode.languages.getLanguages()).includes('program-yaml'));
  });

  it('comments lines with # and indents with two spaces', async () => {
    const editor = await openNewProgram('program: P\nstart: 2026-03-02\ntasks:');
    try {
      assert.deepEqual([editor.options.insertSpaces, editor.options.tabSize], [true, 2]);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('editor.action.commentLine');
      assert.equal(editor.document.lineAt(0).text, '# program: P');
      // What Enter does is checked on the language configuration's rules in
      // test/unit/language/programYaml.test.ts: typed through the `type` command here it raced
      // the workbench and failed one run in three.
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(editor.document.uri);
    }
  });

  it('still reports our diagnostics when the file is switched back to YAML', async () => {
    const editor = await openProgram('broken.program.yaml');
    const yaml = await vscode.languages.setTextDocumentLanguage(editor.document, 'yaml');
    assert.equal(yaml.languageId, 'yaml');
    const diagnostics = await waitForDiagnostics(yaml.uri, (ds) => ds.length > 0);
    assert.ok(diagnostics.every((d) => /^PP\d{3}$/.test(codeOf(d))));
  });
});
