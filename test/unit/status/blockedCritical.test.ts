/**
 * What makes a blocked task RED: being on the critical path and either due to resume soon (its
 * late start within `blockedRiskDays` working days) or without buffer to the target end or its
 * deadline. Blocked with buffer is AMBER. Also: plan errors and launch week.
 */
import { strict as assert } from 'node:assert';
import { assessHealth } from '../../../src/core/status/health';
import type { Launch } from '../../../src/core/model';
import { program, schedule, task } from './builders';

// 2026-03-02 is a Monday; the program starts then.
const AS_OF = '2026-03-16';
const NO_SPAN = { start: 0, end: 0 };

/** A blocked critical task starting on `start` (tf 0, so its late start is its start), finishing 5 working days later. */
function blockedCritical(start: string, finish: string, fields: Parameters<typeof program>[0] = {}, taskFields: Parameters<typeof task>[1] = {}) {
  const p = program({ ...fields, tasks: [task('a', { status: 'blocked', blocker: 'Vendor contract unsigned. Legal is on it.', ...taskFields })] });
  return { p, s: schedule(p, { a: { start, finish, tf: 0 } }) };
}

describe('health of blocked critical work', () => {
  it('is RED when the late start is within 10 working days, naming the day to resume', () => {
    const { p, s } = blockedCritical('2026-03-27', '2026-04-02', { targetEnd: '2026-06-30' });
    const h = assessHealth(p, s, AS_OF);
    assert.equal(h.status, 'red');
    assert.equal(h.reason, 'Critical task “A” is blocked (it must resume by 2026-03-27, in 9 working days): Vendor contract unsigned.');
  });

  it('is RED when its late start has passed', () => {
    const { p, s } = blockedCritical('2026-03-09', '2026-03-13');
    assert.equal(assessHealth(p, s, AS_OF).reason, 'Critical task “A” is blocked (its late start 2026-03-09 has passed): Vendor contract unsigned.');
  });

  it('is AMBER when it has time and buffer, saying how much', () => {
    const { p, s } = blockedCritical('2026-04-06', '2026-04-10', { targetEnd: '2026-05-08' });
    const h = assessHealth(p, s, AS_OF);
    assert.equal(h.status, 'amber');
    assert.deepEqual(h.findings.map((f) => f.rule), ['blocked']);
    assert.equal(h.reason, 'Critical task “A” is blocked (late start 2026-04-06, in 15 working days; 20 working days of buffer to the target end 2026-05-08): Vendor contract unsigned.');
  });

  it('is RED without buffer to the target end, however far the late start', () => {
    const { p, s } = blockedCritical('2026-04-06', '2026-04-10', { targetEnd: '2026-04-10' });
    const h = assessHealth(p, s, AS_OF);
    assert.equal(h.status, 'red');
    assert.equal(h.findings.find((f) => f.taskId === 'a')?.message, 'Critical task “A” is blocked (no buffer left to the target end 2026-04-10): Vendor contract unsigned.');
  });

  it('is RED without buffer to its own deadline', () => {
    const { p, s } = blockedCritical('2026-04-06', '2026-04-10', { targetEnd: '2026-06-30' }, { deadline: '2026-04-10' });
    const h = assessHealth(p, s, AS_OF);
    assert.equal(h.status, 'red');
    assert.equal(h.findings[0].message, 'Critical task “A” is blocked (no buffer left to its deadline 2026-04-10): Vendor contract unsigned.');
  });

  it('takes the window from the option, else the plan’s reporting.blockedRiskDays', () => {
    const { p, s } = blockedCritical('2026-04-06', '2026-04-10', { targetEnd: '2026-05-08' });
    assert.equal(assessHealth(p, s, AS_OF, { blockedRiskDays: 15 }).status, 'red');
    assert.equal(assessHealth(p, s, AS_OF, { blockedRiskDays: 14 }).status, 'amber');
    const configured = { ...p, reporting: { blockedRiskDays: 15 } };
    assert.equal(assessHealth(configured, s, AS_OF).status, 'red');
    assert.equal(assessHealth(configured, s, AS_OF, { blockedRiskDays: 3 }).status, 'amber', 'the option wins');
  });

  it('is AMBER when blocked off the critical path, whatever the dates', () => {
    const p = program({ tasks: [task('a', { status: 'blocked' })] });
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 3, critical: false } }), AS_OF);
    assert.equal(h.status, 'amber');
    assert.equal(h.reason, 'Task “A” is blocked');
  });
});

describe('health with plan errors', () => {
  it('is never GREEN when the plan has errors', () => {
    const p = program({ targetEnd: '2026-04-30', tasks: [task('a')] });
    const s = schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 20 } });
    assert.equal(assessHealth(p, s, AS_OF).status, 'green');
    const h = assessHealth(p, s, AS_OF, { errorCount: 19 });
    assert.equal(h.status, 'amber');
    assert.equal(h.reason, 'The plan has 19 errors, so its dates leave out what the errors break');
    assert.equal(assessHealth(p, s, AS_OF, { errorCount: 1 }).reason, 'The plan has 1 error, so its dates leave out what the errors break');
  });

  it('keeps RED findings ahead of the errors', () => {
    const p = program({ targetEnd: '2026-03-18', tasks: [task('a')] });
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20' } }), AS_OF, { errorCount: 2 });
    assert.deepEqual(h.findings.map((f) => f.rule), ['target-end-missed', 'plan-errors']);
  });
});

describe('health in launch week', () => {
  const launch = (date: string, done: readonly boolean[]): Launch => ({
    date,
    span: NO_SPAN,
    fields: {},
    rollout: [],
    rollbackTriggers: [],
    postLaunch: [],
    checklist: done.map((d, i) => ({ item: `Item ${i}`, done: d, span: NO_SPAN, fields: {} })),
  });
  const health = (l: Launch) => {
    const p = program({ launch: l, tasks: [task('a')] });
    return assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 30 } }), AS_OF);
  };

  it('is RED with items open on launch day or the 4 working days before it', () => {
    assert.equal(health(launch('2026-03-20', [true, false, false])).reason, '2 launch checklist items still open 4 working days before launch (2026-03-20)');
    assert.equal(health(launch('2026-03-16', [false])).reason, '1 launch checklist item still open on launch day');
  });

  it('is not RED earlier, once everything is done, or after launch', () => {
    assert.equal(health(launch('2026-03-23', [false])).status, 'green', '5 working days away');
    assert.equal(health(launch('2026-03-18', [true, true])).status, 'green');
    assert.equal(health(launch('2026-03-13', [false])).status, 'green');
  });
});
