/**
 * The TPM runs "Program Pilot: Generate Weekly Status" from the palette and reads the report
 * in the preview.
 */
import * as assert from 'node:assert/strict';
import { example } from './support/expected';
import { useSession } from './support/session';

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
