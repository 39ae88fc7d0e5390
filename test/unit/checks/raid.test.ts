import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { HEADER, diagnosticsOf, placesOf } from './helpers';

describe('checks: RAID hygiene', () => {
  const risks = `${HEADER}  - { id: a, name: A, owner: ana }
risks:
  - id: R1
    title: High probability, nothing done
    probability: high
    impact: low
    status: open
  - id: R2
    title: High impact, mitigated but unowned
    probability: low
    impact: high
    mitigation: Fallback vendor
    status: open
  - { id: R3, title: High but closed, probability: high, impact: high, status: closed }
  - { id: R4, title: Medium, probability: medium, impact: medium, status: open }
  - { id: R5, title: Blank mitigation, probability: high, impact: high, owner: ana, mitigation: '  ', status: open }
`;

  it('PP301: open high risk without mitigation, at the risk id', () => {
    assert.deepEqual(placesOf(risks, 'PP301'), ['13:9 R1', '26:11 R5']);
    const [r1, r5] = diagnosticsOf(risks, 'PP301');
    assert.match(r1.message, /high probability/);
    assert.match(r5.message, /high probability and high impact/);
    assert.deepEqual(r1.data, { riskId: 'R1', missing: 'mitigation' });
  });

  it('PP302: open high risk without owner', () => {
    assert.deepEqual(placesOf(risks, 'PP302'), ['13:9 R1', '18:9 R2']);
    assert.match(diagnosticsOf(risks, 'PP302')[1].message, /high impact/);
  });

  it('PP303: open action past its due date as of the analysis date, at the due value', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana }
actions:
  - { id: A1, title: Late, owner: ana, due: 2026-03-13, status: open }
  - { id: A2, title: Due today, owner: ana, due: 2026-03-20, status: open }
  - { id: A3, title: Late but done, owner: ana, due: 2026-03-01, status: done }
`;
    assert.deepEqual(placesOf(yaml, 'PP303'), ['13:45 2026-03-13']);
    assert.match(diagnosticsOf(yaml, 'PP303')[0].message, /still open 7 days later \(as of 2026-03-20\)/);
    assert.deepEqual(placesOf(yaml, 'PP303', '2026-03-13'), [], 'not late on its due date');
  });

  it('uses the statusDate as "now" when no as-of date is given', () => {
    const yaml = `${HEADER.replace('start: 2026-03-02\n', 'start: 2026-03-02\nstatusDate: 2026-03-10\n')}  - { id: a, name: A, owner: ana }
actions:
  - { id: A1, title: Late, owner: ana, due: 2026-03-09, status: open }
`;
    const found = analyze(yaml).diagnostics.filter((d) => d.code === 'PP303');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /as of 2026-03-10/);
  });

  it('PP304: decision pending after its needBy, at the needBy value', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana }
decisions:
  - id: D1
    title: Read-only old system?
    status: pending
    needBy: 2026-03-16
  - { id: D2, title: Made, status: made, needBy: 2026-03-01 }
  - { id: D3, title: Not yet due, status: pending, needBy: 2026-04-01 }
`;
    assert.deepEqual(placesOf(yaml, 'PP304'), ['16:13 2026-03-16']);
  });

  it('PP305: blocked task without blocker text, at its status value', () => {
    const yaml = `${HEADER}  - id: a
    name: A
    owner: ana
    status: blocked
  - { id: b, name: B, owner: ana, status: blocked, blocker: Waiting on vendor quota }
`;
    assert.deepEqual(placesOf(yaml, 'PP305'), ['14:13 blocked']);
    assert.deepEqual(diagnosticsOf(yaml, 'PP305')[0].data, { taskId: 'a' });
  });
});
