/**
 * The Program view in a real VS Code: the Attention view lists the example's blocked task with
 * its blocker, and clicking it selects the task's id in the editor.
 */
import * as assert from 'node:assert/strict';
import { example } from './support/expected';
import { useSession } from './support/session';
import { waitForValue } from './support/workbench';

describe('Program view', () => {
  const workbench = useSession();

  after(async () => {
    // The other suites expect the editors to have the width.
    if (await workbench().page.locator('.part.sidebar').isVisible()) await workbench().runCommand('View: Close Primary Side Bar');
  });

  it('lists the blocked task under Attention, and clicking it selects the task', async () => {
    const { analysis, at } = example('multi-tenancy.program.yaml');
    const task = analysis.program.tasks.find((t) => t.status === 'blocked');
    assert.ok(task, 'the example should have a blocked task');
    const { line, column } = at(task.idSpan.start);

    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('View: Show Program');
    const page = workbench().page;
    const attention = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Attention' }) });
    const row = attention.locator('.monaco-list-row', { hasText: task.name });
    await waitForValue(() => row.count(), (n) => n > 0, `the Attention view to list “${task.name}”`, 30_000);
    const tooltipless = await row.first().innerText();
    assert.match(tooltipless, /blocked/);
    await workbench().screenshot('attention', { publishAs: 'cockpit' });

    await row.first().click();
    const position = await waitForValue(
      () => workbench().cursorPosition(),
      (p) => p.includes(`(${task.id.length} selected)`),
      `the task id ${task.id} to be selected`,
    );
    assert.match(position, new RegExp(`^Ln ${line}, Col ${column + task.id.length}\\b`));
  });
});
