import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { HEADER, diagnosticsOf, where } from './helpers';

describe('checks: dependency cycles (PP104)', () => {
  const yaml = `${HEADER}  - { id: a, name: A, owner: ana, dependsOn: [c] }
  - { id: b, name: B, owner: ana, dependsOn: [a] }
  - id: c
    name: C
    owner: ana
    dependsOn:
      - { task: b, type: FF, lag: 2 }
  - { id: d, name: D, owner: ana, dependsOn: [c] }
`;

  it('reports the loop once, at its dependency written first, with every dependency as related information', () => {
    const [cycle, ...more] = diagnosticsOf(yaml, 'PP104');
    assert.deepEqual(more, [], 'one diagnostic per loop, not one per dependency');
    assert.equal(where(yaml, cycle.span), '11:47 c');
    assert.equal(cycle.severity, 'error');
    assert.match(cycle.message, /a → b → c → a/);
    assert.match(cycle.message, /remove one of the loop's 3 dependencies\. This one makes 'a' wait for 'c'\./);
    assert.deepEqual(cycle.data, { cycle: ['a', 'b', 'c'], taskId: 'a', ref: 'c' });
    assert.deepEqual(
      cycle.related?.map((r) => `${where(yaml, r.span)}: ${r.message}`),
      ["11:47 c: 'a' depends on 'c'", "12:47 a: 'b' depends on 'a'", "17:17 b: 'c' depends on 'b'"],
      'the loop in the order work flows, from the diagnostic’s own dependency',
    );
  });

  it('starts at the dependency written first even when the loop is named from another task', () => {
    const reordered = `${HEADER}  - { id: b, name: B, owner: ana, dependsOn: [a] }
  - { id: c, name: C, owner: ana, dependsOn: [b] }
  - { id: a, name: A, owner: ana, dependsOn: [c] }
`;
    const [other] = diagnosticsOf(reordered, 'PP104');
    assert.match(other.message, /^Dependency cycle: b → c → a → b\./);
    assert.equal(where(reordered, other.span), '11:47 a');
    assert.deepEqual(other.related?.map((r) => r.message), ["'b' depends on 'a'", "'c' depends on 'b'", "'a' depends on 'c'"]);
  });

  it('does not flag tasks that merely depend on a cycle', () => {
    const flagged = diagnosticsOf(yaml, 'PP104').map((d) => d.data?.taskId);
    assert.ok(!flagged.includes('d'));
  });

  it('reports two separate cycles separately', () => {
    const two = `${HEADER}  - { id: a, name: A, owner: ana, dependsOn: [b] }
  - { id: b, name: B, owner: ana, dependsOn: [a] }
  - { id: x, name: X, owner: ana, dependsOn: [y] }
  - { id: y, name: Y, owner: ana, dependsOn: [x] }
`;
    const messages = diagnosticsOf(two, 'PP104').map((d) => d.message.split('.')[0]);
    assert.deepEqual(messages, ['Dependency cycle: a → b → a', 'Dependency cycle: x → y → x']);
  });

  it('reports a 5,000-task cycle once, with a bounded message and related list that say how many more', () => {
    const lines = [HEADER];
    const n = 5000;
    for (let i = 0; i < n; i++) lines.push(`  - { id: t${i}, name: T, owner: ana, dependsOn: [t${(i + n - 1) % n}] }\n`);
    const diagnostics = analyze(lines.join(''), { asOf: '2026-03-20' }).diagnostics.filter((d) => d.code === 'PP104');
    assert.equal(diagnostics.length, 1);
    const [cycle] = diagnostics;
    assert.ok(cycle.message.length < 400, cycle.message);
    assert.equal(cycle.related?.length, 20);
    assert.match(cycle.message, /t0 → t1 → .*more.* → t4999 → t0/);
    assert.match(cycle.message, /remove one of the loop's 5000 dependencies \(the first 20 are listed, 4980 more are not\)\. This one makes 't0' wait for 't4999'\./);
    assert.deepEqual(cycle.related?.slice(0, 2).map((r) => r.message), ["'t0' depends on 't4999'", "'t1' depends on 't0'"]);
  });
});
