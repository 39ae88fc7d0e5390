/**
 * The weekly status command in a real extension host: it opens one preview per plan, titled
 * with the program's name, and running it again reuses that preview.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openProgram, waitFor } from './support';

function statusTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('programPilot.status'));
}

describe('weekly status', () => {
  afterEach(closeAllEditors);

  it('is registered', async () => {
    await openProgram('multi-tenancy.program.yaml');
    assert.ok((await vscode.commands.getCommands(true)).includes('programPilot.generateStatus'));
  });

  it('opens one preview per plan, named after the program', async () => {
    const editor = await openProgram('multi-tenancy.program.yaml');
    await vscode.commands.executeCommand('programPilot.generateStatus', editor.document.uri);
    const tab = await waitFor(() => statusTabs().find((t) => t.label === 'Status: Multi-tenancy platform'), {
      describe: () => `status tabs: ${JSON.stringify(statusTabs().map((t) => t.label))}`,
    });
    assert.ok(tab);
    await vscode.commands.executeCommand('programPilot.generateStatus', editor.document.uri);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(statusTabs().length, 1, 'the second run reuses the preview');
  });
});
