/**
 * The Program YAML language in a real VS Code: program files open in it, use its comment and
 * indentation rules, and still get our diagnostics when a user maps them back to plain YAML.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, openProgram, waitForDiagnostics, withProgram } from './support';

describe('Program YAML language', () => {
  afterEach(closeAllEditors);

  it('is the language of *.program.yaml files', async () => {
    const editor = await openProgram('multi-tenancy.program.yaml');
    assert.equal(editor.document.languageId, 'program-yaml');
    assert.ok((await vscode.languages.getLanguages()).includes('program-yaml'));
  });

  it('comments lines with # and indents after a key that opens a block', async () => {
    await withProgram('program: P\nstart: 2026-03-02\ntasks:', async (editor) => {
      assert.deepEqual([editor.options.insertSpaces, editor.options.tabSize], [true, 2]);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await vscode.commands.executeCommand('editor.action.commentLine');
      assert.equal(editor.document.lineAt(0).text, '# program: P');
      const end = editor.document.lineAt(2).range.end;
      editor.selection = new vscode.Selection(end, end);
      await vscode.commands.executeCommand('type', { text: '\n' });
      assert.equal(editor.document.lineAt(3).text, '  ');
      await vscode.commands.executeCommand('type', { text: '- id: a\n' });
      assert.equal(editor.document.lineAt(4).text, '    ', 'the next key of the item lines up under `id`');
    });
  });

  it('still reports our diagnostics when the file is switched back to YAML', async () => {
    const editor = await openProgram('broken.program.yaml');
    const yaml = await vscode.languages.setTextDocumentLanguage(editor.document, 'yaml');
    assert.equal(yaml.languageId, 'yaml');
    const diagnostics = await waitForDiagnostics(yaml.uri, (ds) => ds.length > 0);
    assert.ok(diagnostics.every((d) => /^PP\d{3}$/.test(codeOf(d))));
  });
});
