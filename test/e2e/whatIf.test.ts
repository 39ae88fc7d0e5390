/** The TPM asks "What if…" on a task from the light bulb and reads the impact in the panel. */
import * as assert from 'node:assert/strict';
import { useSession } from './support/session';
import { example } from './support/expected';

describe('What if', () => {
  const workbench = useSession();

  it('slips a task from its light bulb and shows the milestones that move, side by side with the plan', async () => {
    const plan = example('multi-tenancy.program.yaml');
    const task = plan.analysis.program.tasks.find((t) => t.id === 'tenant-provisioning-api');
    assert.ok(task, 'the example has the task');
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().goTo(plan.at(task.span.start).line + 1, 5);
    await workbench().quickFix('What if');
    const page = workbench().page;
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Slip' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    // The input box proposes 5 working days. The pick's own filter box is an input too: wait for the
    // days prompt itself, or Enter can land on the pick before the input box replaces it (seen under load).
    await page.locator('.quick-input-widget', { hasText: 'Working days it starts later' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    const panel = await workbench().webview('.column table', 'the what-if panel');
    const text = await panel.locator('body').innerText();
    assert.match(text, /What if: slip tenant-provisioning-api by 5 working days/, text.slice(0, 800));
    assert.match(text, /Infrastructure ready for pilot\s+2026-05-01\s+2026-05-08\s+\+5 working days, week 18 → week 19/, text.slice(0, 800));
    assert.equal(await panel.locator('button', { hasText: 'Apply' }).count(), 1);

    // After a window reload the panel comes back with the same what-if, recomputed on the plan.
    await workbench().reloadWindow();
    const restored = await workbench().webview('.column table', 'the what-if panel after the reload');
    const again = await restored.locator('body').innerText();
    assert.match(again, /What if: slip tenant-provisioning-api by 5 working days/, again.slice(0, 800));
    assert.match(again, /week 18 → week 19/);
    await workbench().closeEditorsAndPanel();
  });
});
