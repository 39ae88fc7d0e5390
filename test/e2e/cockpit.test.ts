/**
 * The Program view in a real VS Code: the Attention view lists the example's blocked task with
 * its blocker, and clicking it selects the task's id in the editor; New Program writes a plan
 * that checks clean and opens it.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
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
    // The editor keeps its scroll position for the file: leave it at the top for the next suites.
    await workbench().page.keyboard.press('Control+Home');
    await waitForValue(() => workbench().cursorPosition(), (p) => p.startsWith('Ln 1, Col 1'), 'the cursor back at the top');
    await workbench().closeEditorsAndPanel();
  });

  it('creates a new program from three answers, opens it, and it checks clean', async () => {
    const file = join(workbench().workspace, 'e2e-kickoff.program.yaml');
    const page = workbench().page;
    const input = page.locator('.quick-input-widget input');
    try {
      // Not `runCommand`: that waits for the palette to close, and the command's first box takes its place.
      await page.keyboard.press('F1');
      await input.fill('>Program Pilot: New Program');
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Program Pilot: New Program…' }).first().click();
      const title = page.locator('.quick-input-widget .quick-input-title');
      const answers = ['E2E Kickoff', '2026-06-01', 'Platform, Data'];
      for (const [i, answer] of answers.entries()) {
        // Each answer goes to its own box: wait for "(n/3)" before typing.
        await waitForValue(() => title.innerText(), (text) => text.includes(`(${i + 1}/3)`), `the New Program box ${i + 1}/3`);
        await input.fill(answer);
        await waitForValue(() => input.inputValue(), (value) => value === answer, `the answer “${answer}” in the box`);
        await input.press('Enter');
      }
      await page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: 'e2e-kickoff.program.yaml' }).waitFor({ timeout: 15_000 });
      await workbench().screenshot('new-program', { publishAs: 'new-program' });
      assert.ok(existsSync(file), 'the command wrote no file');
      const problems = analyze(readFileSync(file, 'utf8')).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(problems.map((d) => `${d.code} ${d.message}`), []);
    } finally {
      if (await input.isVisible()) await page.keyboard.press('Escape');
      await workbench().closeEditorsAndPanel();
      rmSync(file, { force: true });
    }
  });
});
