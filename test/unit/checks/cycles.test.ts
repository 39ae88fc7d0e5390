import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { HEADER, diagnosticsOf, placesOf, where } from './helpers';

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

  it('marks each edge of the cycle at the id text and names the whole loop', () => {
    assert.deepEqual(placesOf(yaml, 'PP104'), ['11:47 c', '12:47 a', '17:17 b']);
    for (const d of diagnosticsOf(yaml, 'PP104')) {
      assert.equal(d.severity, 'error');
      assert.match(d.message, /a → b → c → a/);
      assert.deepEqual(d.data?.cycle, ['a', 'b', 'c']);
      assert.deepEqual(
        d.related?.map((r) => where(yaml, r.span)),
        ['12:47 a', '17:17 b', '11:47 c'],
        'related information lists every edge of the cycle',
      );
    }
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
    assert.deepEqual(messages, [
      'Dependency cycle: a → b → a',
      'Dependency cycle: a → b → a',
      'Dependency cycle: x → y → x',
      'Dependency cycle: x → y → x',
    ]);
  });

  it('keeps messages and related lists bounded on a 5,000-task cycle', () => {
    const lines = [HEADER];
    const n = 5000;
    for (let i = 0; i < n; i++) lines.push(`  - { id: t${i}, name: T, owner: ana, dependsOn: [t${(i + n - 1) % n}] }\n`);
    const diagnostics = analyze(lines.join(''), { asOf: '2026-03-20' }).diagnostics.filter((d) => d.code === 'PP104');
    assert.equal(diagnostics.length, n);
    assert.ok(diagnostics.every((d) => d.message.length < 400 && (d.related?.length ?? 0) <= 20));
    assert.match(diagnostics[0].message, /t0 → t1 → .*more.* → t4999 → t0/);
  });
});
