/**
 * The TPM runs "Program Pilot: Generate Weekly Status" from the palette and reads the report
 * in the preview.
 */
import * as assert from 'node:assert/strict';
import { isPlanError } from '../../src/core/status/planErrors';
import { example } from './support/expected';
import { useSession } from './support/session';
import { waitForValue } from './support/workbench';

describe('Weekly status', () => {
  const workbench = useSession();

  it('previews the report of the program as of its status date', async () => {
    const { program, asOf } = example('multi-tenancy.program.yaml').analysis;
    assert.ok(program.statusDate, 'the example records a status date, so the report is reproducible');

    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Generate Weekly Status');
    const preview = await workbench().webview('h1, h2', 'the status preview');
    const report = await preview.locator('body').innerText();
    // The preview full width, as a reader of the report sees it (VS Code reloads it when maximized).
    await workbench().maximized(`Status: ${program.name}`, async () => {
      await workbench().webview('h1, h2', 'the status preview');
      await workbench().screenshot('status-preview', { publishAs: 'status' });
    });
    assert.match(report, /Program Status — Week \d+/);
    assert.ok(report.includes(program.name), `the report names the program "${program.name}":\n${report.slice(0, 500)}`);
    assert.ok(report.includes(asOf), `the report is as of ${asOf}:\n${report.slice(0, 500)}`);
    assert.match(report, /On track|At risk|Blocked or off track/);
  });

  it('says first that a broken plan has errors, and a click on one shows its line', async () => {
    const broken = example('broken.program.yaml');
    const errors = broken.analysis.diagnostics.filter(isPlanError);
    assert.ok(errors.length > 0, 'the broken example has errors');
    await workbench().openFile('broken.program.yaml');
    await workbench().runCommand('Program Pilot: Generate Weekly Status');
    const preview = await workbench().webview('.line-link', 'the status preview with links to the errors');
    const report = await preview.locator('body').innerText();
    const banner = `The plan has ${errors.length} errors`;
    assert.ok(report.indexOf(banner) >= 0 && report.indexOf(banner) < report.indexOf('Overall status'), `the banner comes before the overall status:\n${report.slice(0, 800)}`);
    assert.doesNotMatch(report, /On track/, 'a plan with errors is never reported on track');
    assert.equal(await preview.locator('#copy-html').count(), 1, 'the toolbar offers Copy as HTML');

    const first = broken.at(errors[0].span.start).line;
    await preview.locator('.line-link').first().click();
    await waitForValue(() => workbench().cursorLine(), (line) => line === first, `the cursor on line ${first} of the plan`);
    // The next test reloads the window and reads the one preview it restores.
    await workbench().closeEditorsAndPanel();
  });

  it('brings the preview back, for the same file and date, after the window reloads', async () => {
    const { program, asOf } = example('multi-tenancy.program.yaml').analysis;
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Generate Weekly Status');
    await workbench().webview('h1, h2', 'the status preview');
    await workbench().reloadWindow();
    const restored = await workbench().webview('h1, h2', 'the status preview after the reload');
    const report = await restored.locator('body').innerText();
    assert.ok(report.includes(program.name), `the restored report names the program:\n${report.slice(0, 500)}`);
    assert.ok(report.includes(`As of ${asOf}`), `the restored report keeps its date:\n${report.slice(0, 500)}`);
  });
});
