/**
 * The TPM opens the stakeholder map and the launch readiness from the palette: the map draws
 * its quadrant chart (a Mermaid SVG naming the stakeholders), the launch shows its verdict first.
 */
import * as assert from 'node:assert/strict';
import { launchVerdict } from '../../src/core/documents/launch';
import { example } from './support/expected';
import { useSession } from './support/session';
import { waitForValue } from './support/workbench';

describe('Documents', () => {
  const workbench = useSession();
  after(() => workbench().closeEditorsAndPanel());

  it('draws the stakeholder map as a quadrant chart naming each stakeholder', async () => {
    const { program } = example('multi-tenancy.program.yaml').analysis;
    const name = program.stakeholders[0]?.name;
    assert.ok(name, 'the example lists stakeholders');
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Stakeholder Map');
    const preview = await workbench().webview('.diagram svg', 'the stakeholder map with its chart');
    const chart = await waitForValue(() => preview.locator('.diagram svg').first().textContent().then((t) => t ?? ''), (t) => t.includes(name), `the chart to name ${name}`);
    assert.ok(chart.includes('Manage closely'), `the chart labels its quadrants:\n${chart.slice(0, 400)}`);
    assert.equal(await preview.locator('#save-html').count(), 1, 'the toolbar offers Save as HTML');
  });

  it('shows the launch verdict first, with its reasons', async () => {
    const verdict = launchVerdict(example('multi-tenancy.program.yaml').analysis);
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Launch Readiness');
    const preview = await workbench().webview('.verdict', 'the launch readiness with its verdict');
    const banner = await preview.locator('.verdict').innerText();
    assert.match(banner, verdict.go ? /Verdict: GO/ : /Verdict: NO-GO/);
    for (const reason of verdict.reasons.slice(0, 3)) assert.ok(banner.includes(reason), `the banner gives the reason "${reason}":\n${banner}`);
    const first = await preview.locator('#report > *').nth(1).getAttribute('class');
    assert.match(first ?? '', /\bverdict\b/, 'the verdict comes right after the title');
  });

  it('brings both previews back after the window reloads', async () => {
    // The two previous scenarios left the stakeholder map and the launch readiness open.
    await workbench().reloadWindow();
    const launch = await workbench().webview('.verdict', 'the launch readiness after the reload');
    assert.match(await launch.locator('.verdict').innerText(), /Verdict: (GO|NO-GO)/);
    // A restored tab in the background draws only once shown.
    await workbench().page.locator('.tabs-container .tab', { hasText: 'Stakeholder map' }).first().click();
    const map = await workbench().webview('.diagram svg', 'the stakeholder map after the reload');
    assert.equal(await map.locator('.diagram svg').count(), 1);
  });
});
