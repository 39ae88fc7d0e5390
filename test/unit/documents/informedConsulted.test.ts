/**
 * PP307, off by default: a person informed or consulted on a task who is not on the stakeholder
 * map, while the plan has one. The analysis finds it; the editor (a setting) and `check` (a flag)
 * show it only when asked.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { withoutOptional } from '../../../src/core/diagnostics';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/server/settings';
import { diagnosticsOf } from '../../../src/server/diagnostics';
import { entryOf } from '../server/support';
import { runCli } from '../cli/runCli';

const PLAN = (stakeholders: string): string => `program: P
start: 2026-03-02
accountable: ann
people:
  - { id: ann, name: Ann }
  - { id: bob, name: Bob Stone }
  - { id: cat, name: Cat }
tasks:
  - { id: a, name: A, owner: ann, duration: 2, consulted: [bob], informed: [cat, ann] }
  - { id: b, name: B, owner: ann, duration: 2, informed: [cat], status: cancelled }
${stakeholders}`;

const LISTED = 'stakeholders:\n  - { id: ann, name: Ann }\n  - { id: sponsor, name: bob stone, influence: high, strategy: s }\n';

describe('informed or consulted, not a stakeholder (PP307)', () => {
  it('reports each place such a person is written, matching stakeholders by id or by name', () => {
    const text = PLAN(LISTED);
    const found = analyze(text).diagnostics.filter((d) => d.code === 'PP307');
    assert.deepEqual(
      found.map((d) => [text.slice(d.span.start, d.span.end), d.severity, d.message]),
      [['cat', 'info', "'cat' is informed on task 'a' but is not a stakeholder. Add them to `stakeholders` with their interest and influence, or take them off the task."]],
      'bob is the stakeholder named Bob Stone, ann one by id, the cancelled task does not count',
    );
  });

  it('says nothing while the plan lists no stakeholders', () => {
    assert.equal(analyze(PLAN('')).diagnostics.filter((d) => d.code === 'PP307').length, 0);
  });

  it('is hidden unless asked for: withoutOptional, the setting, the check flag', async () => {
    const text = PLAN(LISTED);
    const all = analyze(text).diagnostics;
    assert.equal(withoutOptional(all).filter((d) => d.code === 'PP307').length, 0);
    assert.equal(withoutOptional(all, ['PP307']).filter((d) => d.code === 'PP307').length, 1);

    assert.deepEqual(DEFAULT_SETTINGS.optionalCodes, []);
    assert.deepEqual(readSettings({ stakeholders: { checkInformedConsulted: true } }).optionalCodes, ['PP307']);
    assert.deepEqual(readSettings({ stakeholders: { checkInformedConsulted: 'yes' } }).optionalCodes, []);
    const entry = entryOf(text);
    const policy = { mode: 'always', redHatValidates: false } as const;
    assert.equal(diagnosticsOf(entry, policy).filter((d) => d.code === 'PP307').length, 0);
    assert.equal(diagnosticsOf(entry, policy, [], ['PP307']).filter((d) => d.code === 'PP307').length, 1);

    const files = { 'p.program.yaml': text };
    assert.doesNotMatch((await runCli(['check', 'p.program.yaml'], { files })).stdout, /PP307/);
    const asked = await runCli(['check', '--informed-consulted', 'p.program.yaml'], { files });
    assert.match(asked.stdout, /p\.program\.yaml:9:\d+: info PP307 'cat' is informed on task 'a'/);
    assert.equal(asked.code, 0, 'information never fails the check');
  });
});
