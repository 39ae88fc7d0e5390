/**
 * What-if in a real extension host: the command (with the change given, as the pickers would
 * give it) opens the panel with the milestones a slip moves, and Apply writes the minimal edit;
 * the confidence panel opens.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WhatIfView } from '../../src/protocol/decisions';
import { closeAllEditors, openProgram, waitFor } from './support';

const TASK = 'tenant-provisioning-api';

function tabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}

describe('what-if and confidence', () => {
  afterEach(closeAllEditors);

  it('answers a slip on the example with the milestones it moves, without touching the file', async () => {
    const editor = await openProgram('multi-tenancy.program.yaml');
    const before = editor.document.getText();
    const view = await vscode.commands.executeCommand<WhatIfView | undefined>('programPilot.whatIf', editor.document.uri, TASK, { kind: 'slip', days: 5 });
    assert.ok(view, 'no what-if shown');
    assert.equal(view.title, `slip ${TASK} by 5 working days`);
    const ga = view.moves.find((m) => m.id === 'infrastructure-ready');
    assert.deepEqual(ga && [ga.from.date, ga.to.date, ga.days, ga.change], ['2026-05-01', '2026-05-08', 5, '+5 working days, week 18 → week 19']);
    assert.ok(view.moves.some((m) => m.id === 'project end'));
    await waitFor(() => tabs('programPilot.whatIf').length === 1, { describe: () => 'no what-if panel' });
    assert.equal(editor.document.getText(), before);
    assert.equal(editor.document.isDirty, false);
  });

  it('Apply writes the slip as one minimal edit', async () => {
    const editor = await openProgram('multi-tenancy.program.yaml');
    const before = editor.document.getText();
    await vscode.commands.executeCommand('programPilot.whatIf', editor.document.uri, TASK, { kind: 'slip', days: 5 });
    const applied = await vscode.commands.executeCommand<boolean>('programPilot.applyWhatIf', editor.document.uri, 0);
    assert.equal(applied, true);
    // One new line in the task, after its dependencies; everything else, comments included, as it was.
    const dependsOn = '    dependsOn: [tenant-context-service, tenant-data-isolation]\n';
    assert.ok(before.includes(dependsOn));
    assert.equal(editor.document.getText(), before.replace(dependsOn, `${dependsOn}    notBefore: 2026-04-06\n`));
  });

  it('opens the schedule confidence panel', async () => {
    const editor = await openProgram('multi-tenancy.program.yaml');
    await vscode.commands.executeCommand('programPilot.showConfidence', editor.document.uri);
    await waitFor(() => tabs('programPilot.forecast').some((t) => t.label.startsWith('Confidence:')), { describe: () => JSON.stringify(tabs('programPilot.forecast').map((t) => t.label)) });
  });
});
