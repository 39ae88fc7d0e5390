/** The TPM opens "Program Pilot: Show Schedule Confidence" and reads the forecast in its panel. */
import * as assert from 'node:assert/strict';
import { useSession } from './support/session';

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
  });
});
