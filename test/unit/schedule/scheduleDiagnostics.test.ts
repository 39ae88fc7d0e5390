import { strict as assert } from 'node:assert';
import { scheduleDiagnostics } from '../../../src/core/schedule/scheduleDiagnostics';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import { drivingChain, criticalChain } from '../../../src/core/schedule/drivingChain';
import type { Program } from '../../../src/core/model';
import { fieldSpanOf, idSpanOf, LAUNCH_DATE_SPAN, plan } from './build';

function diagnose(program: Program) {
  return scheduleDiagnostics(program, scheduleProgram(program));
}

describe('schedule diagnostics', () => {
  it('PP501: a missed deadline, on the deadline value, with the driving chain', () => {
    const program = plan(
      {},
      { id: 'design', d: 5 },
      { id: 'side', d: 1 },
      { id: 'build', d: 3, deps: ['design', 'side'] },
      { id: 'launch', milestone: true, deps: ['build'], deadline: '2026-01-13' },
    );
    const [d, ...rest] = diagnose(program);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'PP501');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.span, fieldSpanOf(3, 'deadline').value);
    // build ends Wednesday 14th, so launch (offset 8) is dated then; deadline Tuesday 13th: one working day late.
    assert.match(d.message, /'launch' misses its deadline 2026-01-13 by 1 working day:/);
    assert.match(d.message, /earliest finish is 2026-01-14/);
    assert.match(d.message, /Driven by: design → build → launch, from the program start on 2026-01-05\./);
    assert.deepEqual(d.related?.map((r) => r.span), [idSpanOf(0), idSpanOf(2)]);
    assert.match(d.related![0].message, /'design' runs 2026-01-05 – 2026-01-09 and drives 'build'/);
    assert.match(d.related![1].message, /drives 'launch'/);
    assert.deepEqual(d.data, { taskId: 'launch', days: 1, chain: ['design', 'build', 'launch'] });
  });

  it('PP501: counts the days and names a notBefore at the head of the chain', () => {
    const program = plan({}, { id: 'wait', d: 2, notBefore: '2026-01-19' }, { id: 'ship', d: 1, deps: ['wait'], deadline: '2026-01-16' });
    const [d] = diagnose(program);
    // ship finishes at offset 13 (exclusive); deadline Friday 16th → 10: 3 working days late.
    assert.match(d.message, /by 3 working days/);
    assert.match(d.message, /Driven by: wait → ship, which cannot start before 2026-01-19 \(notBefore\)/);
  });

  it('reports nothing when deadlines are met to the day', () => {
    const program = plan({}, { id: 'a', d: 5, deadline: '2026-01-09' }, { id: 'm', milestone: true, deps: ['a'], deadline: '2026-01-09' });
    assert.deepEqual(diagnose(program), []);
  });

  it('PP502: a launch date before the projected finish, on launch.date', () => {
    const program = plan({ launch: '2026-01-14' }, { id: 'a', d: 5 }, { id: 'b', d: 5, deps: ['a'] });
    const [d, ...rest] = diagnose(program);
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'PP502');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.span, LAUNCH_DATE_SPAN);
    assert.match(d.message, /launch date 2026-01-14 is before the projected finish of the work, 2026-01-16 \(2 working days later\)/);
    assert.match(d.message, /Driven by: a → b/);
    assert.deepEqual(d.data, { days: 2, chain: ['a', 'b'] });
  });

  it('PP502 stays quiet when the launch is on or after the last working day', () => {
    assert.deepEqual(diagnose(plan({ launch: '2026-01-16' }, { id: 'a', d: 10 })), []);
    assert.deepEqual(diagnose(plan({ launch: '2026-02-01' }, { id: 'a', d: 10 })), []);
  });

  it('says nothing when the program cannot be scheduled', () => {
    assert.deepEqual(diagnose(plan({ start: 'someday', launch: '2020-01-01' }, { id: 'a', d: 3, deadline: '2020-01-01' })), []);
  });

  it('elides the middle of a long chain and caps related entries', () => {
    const tasks = Array.from({ length: 80 }, (_, i) => ({ id: `t${i}`, d: 1, deps: i === 0 ? [] : [`t${i - 1}`] }));
    const program = plan({}, ...tasks, { id: 'end', milestone: true, deps: ['t79'], deadline: '2026-01-05' });
    const [d] = diagnose(program);
    assert.match(d.message, /Driven by: t0 → t1 → t2 → … \(74 more\) → t77 → t78 → t79 → end,/);
    assert.equal(d.related?.length, 50);
    assert.deepEqual(d.related?.at(-1)?.span, idSpanOf(79));
  });
});

describe('driving chains', () => {
  it('follows drivers back to the start and finds the critical chain to the project end', () => {
    const s = scheduleProgram(plan({}, { id: 'a', d: 1 }, { id: 'b', d: 4 }, { id: 'c', d: 1, deps: ['a', 'b'] }, { id: 'd', d: 1, deps: ['a'] }));
    assert.deepEqual(drivingChain(s, 'c').map((t) => t.id), ['b', 'c']);
    assert.deepEqual(drivingChain(s, 'd').map((t) => t.id), ['a', 'd']);
    assert.deepEqual(criticalChain(s).map((t) => t.id), ['b', 'c']);
    assert.deepEqual(drivingChain(s, 'nope'), []);
  });
});
