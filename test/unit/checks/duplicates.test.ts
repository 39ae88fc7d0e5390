import { strict as assert } from 'node:assert';
import { HEADER, diagnosticsOf, placesOf, where } from './helpers';

describe('checks: duplicate ids (PP101)', () => {
  it('flags the second task with an id at its id, pointing back to the first', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana }
  - { id: b, name: B, owner: ana }
  - id: a
    name: Other A
    owner: ben
`;
    assert.deepEqual(placesOf(yaml, 'PP101'), ['13:9 a']);
    const [d] = diagnosticsOf(yaml, 'PP101');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /Duplicate task id 'a'/);
    assert.deepEqual(d.related?.map((r) => where(yaml, r.span)), ['11:11 a']);
    assert.deepEqual(d.data, { kind: 'task', id: 'a' });
  });

  it('checks people, teams and every RAID list separately', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana }
risks:
  - { id: R1, title: One, status: closed }
  - { id: R1, title: Two, status: closed }
actions:
  - { id: a, title: Same id as a task is fine, owner: ana, due: 2026-04-01, status: open }
  - { id: X, title: One, owner: ana, due: 2026-04-01, status: open }
  - { id: X, title: Two, owner: ana, due: 2026-04-01, status: open }
stakeholders:
  - { id: cto, name: CTO }
  - { id: cto, name: CTO again }
`;
    assert.deepEqual(placesOf(yaml, 'PP101'), ['14:11 R1', '18:11 X', '21:11 cto']);
  });

  it('flags every later duplicate, not only the second', () => {
    const yaml = HEADER.replace('  - { id: chloe, name: Chloe Martin }\n', '  - { id: ben, name: B2 }\n  - { id: ben, name: B3 }\n');
    assert.deepEqual(placesOf(yaml, 'PP101'), ['7:11 ben', '8:11 ben']);
  });
});
