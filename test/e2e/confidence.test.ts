/** The TPM opens "Program Pilot: Show Schedule Confidence" and reads the forecast in its panel and in hovers. */
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSession } from './support/session';
import { waitForValue } from './support/workbench';

const UNCERTAIN = 'uncertain.program.yaml';

describe('Schedule confidence', () => {
  const workbench = useSession();

  it('shows the finish dates, and says how to add ranges to a plan without any', async () => {
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Schedule Confidence');
    const panel = await workbench().webview('table', 'the confidence panel');
    const text = await panel.locator('body').innerText();
    assert.match(text, /P50\s+P80\s+P95/, text.slice(0, 600));
    assert.match(text, /Nothing in this plan is uncertain yet/, text.slice(0, 600));
    assert.match(text, /estimate: \{ optimistic, likely, pessimistic \}/);
    await workbench().closeEditorsAndPanel();
  });

  it('with ranges: the end date\'s histogram, P80 and the chance to meet in the milestone hover, and the panel back after a reload', async () => {
    // The example with a range on every two-week task.
    const example = readFileSync(join(workbench().workspace, 'multi-tenancy.program.yaml'), 'utf8');
    const uncertain = example.replace(/^(\s+)duration: 2w\n/gm, '$1duration: 2w\n$1estimate: { optimistic: 8d, pessimistic: 5w }\n');
    assert.notEqual(uncertain, example);
    const file = join(workbench().workspace, UNCERTAIN);
    writeFileSync(file, uncertain);
    try {
      await workbench().openFile(UNCERTAIN);
      await workbench().runCommand('Program Pilot: Show Schedule Confidence');
      const panel = await workbench().webview('svg.end-chart', 'the confidence panel with the end-date chart');
      const bars = await panel.locator('svg.end-chart rect.bar').count();
      assert.ok(bars > 3, `the runs spread over more than three finish days or weeks: ${bars} bars`);
      const text = await panel.locator('body').innerText();
      assert.match(text, /5,000 runs, seed 1/, text.slice(0, 600));
      const chart = panel.locator('svg.end-chart');
      await chart.scrollIntoViewIfNeeded();
      await workbench().screenshot('confidence-end-chart', { target: chart, publishAs: 'confidence-end-chart' });

      // The panel's forecast is the one the hover reads: same text, runs and seed.
      await workbench().goTo(uncertain.split('\n').findIndex((line) => line.includes('name: Infrastructure ready for pilot')) + 1, 1);
      const hover = await workbench().hover('Infrastructure ready for pilot', (h) => /Confidence/.test(h));
      assert.match(hover, /Confidence \(5,000 runs\): P50 \w{3} \d+ \w{3} · P80 \w{3} \d+ \w{3} · \d+% chance to meet the deadline of 8 May/, hover);

      await workbench().reloadWindow();
      const restored = await workbench().webview('svg.end-chart', 'the confidence panel after the reload');
      assert.ok((await restored.locator('svg.end-chart rect.bar').count()) > 3);
      await waitForValue(() => restored.locator('body').innerText(), (t) => t.includes(UNCERTAIN), 'the restored panel names its file');
    } finally {
      await workbench().closeEditorsAndPanel();
      rmSync(file, { force: true });
    }
  });
});
