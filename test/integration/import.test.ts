import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, workspaceUri } from './support';

/** Runs the command on a file written into the workspace for the test, removed afterwards. */
async function importFile(name: string, content: string, options?: { map?: Record<string, string> }): Promise<vscode.TextDocument | undefined> {
  await activateExtension();
  const source = workspaceUri(name);
  await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(content));
  try {
    return await vscode.commands.executeCommand<vscode.TextDocument | undefined>('programPilot.importPlan', source, options);
  } finally {
    await vscode.workspace.fs.delete(source).then(undefined, () => undefined);
  }
}

const TASK_LIST = 'Task Name,Duration,Predecessors,Assigned To\nDesign the API,5d,,Ana Lopez\nBuild it,10d,1,Ben Ode\nShip,0d,2,Ana Lopez\n';

describe('import plan', () => {
  afterEach(closeAllEditors);

  it('opens a task list as an unsaved Program YAML document beside the source', async () => {
    const document = await importFile('tasks-it.csv', TASK_LIST, { map: { name: 'Task Name', duration: 'Duration', dependsOn: 'Predecessors', owner: 'Assigned To' } });
    assert.ok(document, 'the command returned the document it opened');
    assert.equal(document.uri.scheme, 'untitled');
    assert.match(document.uri.path, /\/tasks-it\.program\.yaml$/);
    assert.equal(document.languageId, 'program-yaml');
    assert.ok(document.isDirty, 'the import is left unsaved for review');
    const text = document.getText();
    assert.match(text, /^# Imported from tasks-it\.csv \(CSV\)/);
    assert.match(text, /name: Build it/);
    assert.match(text, /Ana Lopez/);
    assert.equal(vscode.window.activeTextEditor?.document, document);
  });

  it('says why a file cannot be imported and opens nothing', async () => {
    const document = await importFile('not-a-plan-it.xml', '<html><body>nothing to see</body></html>');
    assert.equal(document, undefined);
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').length, 0);
  });
});
