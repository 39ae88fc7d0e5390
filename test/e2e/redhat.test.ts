/**
 * Program Pilot beside Red Hat's YAML extension, as most people who edit YAML have it: program
 * files are ours (their own language), so no problem is listed twice, the schema errors of a file
 * not opened are still listed, the example has no false error, and our hover shows the float
 * without scrolling. Needs the Red Hat YAML build in `../shared/vsix/` (CI has it); skipped
 * without it.
 */
import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/code-server/extension';
import { withoutOptional } from '../../src/core/diagnostics';
import { SCHEMA_CODES } from '../../src/server/schemaDiagnostics';
import { example } from './support/expected';
import { useSession } from './support/session';
import { waitForValue } from './support/workbench';

/** Beside the clone in CI (`../shared/vsix/`); `PROGRAM_PILOT_RED_HAT_VSIX` names another copy. */
const RED_HAT_VSIX = process.env.PROGRAM_PILOT_RED_HAT_VSIX ?? join(ROOT, '..', 'shared', 'vsix', 'redhat.vscode-yaml-1.24.0.vsix');
const present = existsSync(RED_HAT_VSIX);

describe('Beside Red Hat YAML', function () {
  if (!present) {
    it(`runs only with Red Hat YAML at ${RED_HAT_VSIX} (not on this machine)`, function () {
      this.skip();
    });
    return;
  }
  const workbench = useSession({ vsix: [RED_HAT_VSIX], settings: { 'redhat.telemetry.enabled': false } });

  it('lists each problem once, the schema errors of unopened files too, and none on the example', async () => {
    // A plain YAML file makes Red Hat's extension start and validate, as in a real workspace.
    writeFileSync(join(workbench().workspace, 'settings.yaml'), 'name: demo\nitems:\n  - one\n');
    await workbench().openFile('settings.yaml');
    await workbench().openFile('multi-tenancy.program.yaml');
    const broken = example('broken.program.yaml');
    const schemaProblems = broken.analysis.diagnostics.filter((d) => SCHEMA_CODES.has(d.code));
    assert.ok(schemaProblems.length > 0, 'the broken example has schema problems');
    const header = /^(\d+) problems? in file broken\.program\.yaml/;
    await workbench().problems((rows) => rows.some((r) => header.test(r)));
    const rows = await workbench().allProblems();

    const count = Number(rows.map((r) => header.exec(r)?.[1]).find(Boolean));
    // Optional problems (PP307) are off by default, so the editor lists the others.
    const shown = withoutOptional(broken.analysis.diagnostics);
    assert.equal(count, shown.length, `broken.program.yaml (not opened) has exactly our problems:\n${rows.join('\n')}`);
    for (const d of schemaProblems) {
      const line = broken.at(d.span.start).line;
      assert.ok(rows.some((r) => r.includes(`[${d.code}]`) && r.includes(`at line ${line} `)), `${d.code} at line ${line} is listed:\n${rows.join('\n')}`);
    }
    const problemRows = rows.filter((r) => !/problems? in file/.test(r));
    assert.equal(new Set(problemRows).size, problemRows.length, `no problem listed twice:\n${rows.join('\n')}`);
    assert.ok(!rows.some((r) => /in file multi-tenancy\.program\.yaml/.test(r)), `no problem in the example:\n${rows.join('\n')}`);
  });

  it('shows our hover on a task, with the float, without scrolling', async () => {
    const { analysis } = example('multi-tenancy.program.yaml');
    const scheduled = analysis.schedule.tasks.find((t) => t.tf > 0)!;
    const task = analysis.program.tasks[scheduled.index];
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().goTo(example('multi-tenancy.program.yaml').at(task.idSpan.start).line);
    const text = await workbench().hover(task.id, (shown) => /float/i.test(shown));
    assert.match(text, new RegExp(`Total float: ${scheduled.tf} working day`), text);
    assert.doesNotMatch(text, /yaml-language-server|Source: program\.schema/i, 'no second hover from the schema');
    const hover = workbench().page.locator('.monaco-hover:visible .monaco-scrollable-element').first();
    const overflow = await waitForValue(() => hover.evaluate((e) => e.scrollHeight - e.clientHeight), () => true, 'the hover laid out');
    assert.ok(overflow <= 1, `the hover fits without scrolling (${overflow} px more than shown)`);
    await workbench().screenshot('hover-beside-red-hat');
  });
});
