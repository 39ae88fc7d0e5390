/**
 * Smoke tests: the extension loads in a real VS Code, contributes its commands, and reports
 * diagnostics from its own source for the example programs.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CODES } from '../../src/core/diagnostics';
import manifest from '../../package.json';
import { activateExtension, closeAllEditors, codeOf, describeDiagnostics, openProgram, waitForDiagnostics, workspaceRoot } from './support';

describe('smoke', () => {
  afterEach(closeAllEditors);

  it('activates', async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.name, manifest.name);
  });

  it('registers every command of the manifest', async () => {
    await activateExtension();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `commands declared in package.json but not registered: ${missing.join(', ')}`);
  });

  it('reports located diagnostics with known codes for the broken example', async () => {
    const editor = await openProgram('broken.program.yaml');
    const document = editor.document;
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    for (const d of diagnostics) {
      assert.ok(codeOf(d) in CODES, `unknown code in: ${describeDiagnostics([d])}`);
      assert.ok(document.validateRange(d.range).isEqual(d.range), `range outside the file: ${describeDiagnostics([d])}`);
      assert.ok(!d.range.isEqual(document.validateRange(new vscode.Range(0, 0, document.lineCount, 0))), `whole-file range: ${describeDiagnostics([d])}`);
    }
  });

  it('finds the example programs in the workspace', async () => {
    const found = await vscode.workspace.findFiles('*.program.yaml');
    const names = found.map((u) => u.path.slice(workspaceRoot().path.length + 1)).sort();
    assert.ok(names.includes('multi-tenancy.program.yaml') && names.includes('broken.program.yaml'), `workspace has: ${names.join(', ')}`);
  });
});
