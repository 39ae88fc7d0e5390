import { strict as assert } from 'node:assert';
import { assessHealth, projectedEnd } from '../../../src/core/status/health';
import { NO_SCHEDULE, program, risk, schedule, task } from './builders';

// 2026-03-02 is a Monday; the program starts then.
const AS_OF = '2026-03-16';

describe('assessHealth', () => {
  it('is GREEN with the margin to the target end as its reason', () => {
    const p = program({ targetEnd: '2026-04-03', tasks: [task('a', { status: 'in-progress' })] });
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-02', finish: '2026-03-27', tf: 5 } }), AS_OF);
    assert.equal(h.status, 'green');
    assert.equal(h.dataStatus, 'green');
    assert.equal(h.reason, 'Projected end 2026-03-27, 5 working days before the target end 2026-04-03; nothing blocked');
    assert.deepEqual(h.findings, []);
    assert.equal(h.override, undefined);
  });

  it('is RED when the projected end is after the target end, counting working days only', () => {
    const p = program({ targetEnd: '2026-03-31', tasks: [task('a')] });
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-23', finish: '2026-04-03' } }), AS_OF);
    assert.equal(h.status, 'red');
    assert.equal(h.reason, 'Projected end 2026-04-03 is 3 working days after the target end 2026-03-31');
  });

  it('is RED when a milestone is forecast after its deadline', () => {
    const p = program({ tasks: [task('beta', { milestone: true, deadline: '2026-03-20', name: 'Beta' })] });
    const h = assessHealth(p, schedule(p, { beta: { start: '2026-03-24', finish: '2026-03-24', tf: -2 } }), AS_OF);
    assert.equal(h.status, 'red');
    assert.equal(h.reason, 'Milestone “Beta” misses its deadline 2026-03-20 by 2 working days (forecast 2026-03-24)');
    assert.equal(h.findings[0].taskId, 'beta');
  });

  it('treats unfinished work scheduled in the past as finishing no earlier than the as-of date', () => {
    const p = program({ tasks: [task('a', { status: 'in-progress', deadline: '2026-03-11' })] });
    const s = schedule(p, { a: { start: '2026-03-02', finish: '2026-03-06', tf: 3 } });
    const h = assessHealth(p, s, AS_OF);
    assert.equal(h.status, 'red');
    assert.match(h.reason, /misses its deadline 2026-03-11 by 3 working days \(forecast 2026-03-16\)/);
    assert.equal(projectedEnd(p, s, AS_OF), AS_OF);
  });

  it('ignores deadlines of done and cancelled work', () => {
    const p = program({
      tasks: [
        task('a', { status: 'done', deadline: '2026-03-03', actualFinish: '2026-03-06' }),
        task('b', { status: 'cancelled', deadline: '2026-03-03' }),
      ],
    });
    const s = schedule(p, { a: { start: '2026-03-02', finish: '2026-03-06', tf: 9 }, b: { start: '2026-03-02', finish: '2026-03-06', tf: 9 } });
    assert.equal(assessHealth(p, s, AS_OF).status, 'green');
  });

  it('is RED when a critical task is blocked, AMBER when a task with float is', () => {
    const p = program({ tasks: [task('a', { status: 'blocked', blocker: '  vendor contract  ' }), task('b')] });
    const critical = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 0 }, b: { start: '2026-03-16', finish: '2026-03-20', tf: 0 } }), AS_OF);
    assert.equal(critical.status, 'red');
    assert.equal(critical.reason, 'Critical task “A” is blocked (it must resume today, its late start): vendor contract');
    const slack = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 4 }, b: { start: '2026-03-16', finish: '2026-03-27', tf: 0 } }), AS_OF);
    assert.equal(slack.status, 'amber');
    assert.equal(slack.reason, 'Task “A” is blocked: vendor contract');
  });

  it('is AMBER for an open high risk without mitigation only', () => {
    const tasks = [task('a')];
    const dates = { a: { start: '2026-03-16', finish: '2026-03-20', tf: 20 } };
    const health = (r: ReturnType<typeof risk>) => {
      const p = program({ tasks, risks: [r] });
      return assessHealth(p, schedule(p, dates), AS_OF);
    };
    const flagged = health(risk('r1', { title: 'Vendor slips', impact: 'high', mitigation: '   ' }));
    assert.equal(flagged.status, 'amber');
    assert.equal(flagged.reason, 'High risk “Vendor slips” has no mitigation');
    assert.equal(health(risk('r1', { probability: 'high', mitigation: 'second vendor' })).status, 'green');
    assert.equal(health(risk('r1', { probability: 'high', status: 'closed' })).status, 'green');
    assert.equal(health(risk('r1', { probability: 'medium', impact: 'medium' })).status, 'green');
  });

  it('is AMBER for a milestone due within 10 working days with float of 2 or less', () => {
    const p = program({ tasks: [task('ga', { milestone: true, name: 'GA' })] });
    const at = (finish: string, tf: number) => assessHealth(p, schedule(p, { ga: { start: finish, finish, tf } }), AS_OF);
    const tight = at('2026-03-27', 2);
    assert.equal(tight.status, 'amber');
    assert.equal(tight.reason, 'Milestone “GA” is due 2026-03-27 (in 9 working days) with only 2 working days of float');
    assert.match(at('2026-03-30', 0).reason, /in 10 working days\) with no float/);
    assert.equal(at('2026-03-31', 0).status, 'green', '11 working days away');
    assert.equal(at('2026-03-27', 3).status, 'green', 'enough float');
  });

  it('is AMBER when the forecast lands exactly on a deadline, counting a weekend deadline as the Friday before', () => {
    const p = program({ tasks: [task('a', { deadline: '2026-03-21' })] });
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 0 } }), AS_OF);
    assert.equal(h.status, 'amber');
    assert.equal(h.reason, 'Task “A” has no float left against its deadline 2026-03-21');
    const end = program({ targetEnd: '2026-03-20', tasks: [task('a')] });
    assert.equal(
      assessHealth(end, schedule(end, { a: { start: '2026-03-16', finish: '2026-03-20' } }), AS_OF).reason,
      'Projected end 2026-03-20 has no float left against the target end 2026-03-20',
    );
  });

  it('is AMBER when the schedule cannot be computed or tasks sit on a cycle', () => {
    const p = program({ tasks: [task('a'), task('b'), task('c')] });
    assert.equal(assessHealth(p, NO_SCHEDULE, AS_OF).reason, 'The schedule cannot be computed: the plan has no valid start date');
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 30 } }), AS_OF);
    assert.equal(h.status, 'amber');
    assert.equal(h.reason, '2 open tasks cannot be scheduled (dependency cycle)');
  });

  it('lists RED findings before AMBER ones; the reason is the first, whole', () => {
    const p = program({
      targetEnd: '2026-04-30',
      tasks: [task('a', { status: 'at-risk' }), task('b', { status: 'blocked' }), task('c', { deadline: '2026-03-18' })],
      risks: [risk('r', { impact: 'high' })],
    });
    const h = assessHealth(
      p,
      schedule(p, {
        a: { start: '2026-03-16', finish: '2026-03-20', tf: 5 },
        b: { start: '2026-03-16', finish: '2026-03-20', tf: 5 },
        c: { start: '2026-03-16', finish: '2026-03-20', tf: -2 },
      }),
      AS_OF,
    );
    assert.equal(h.status, 'red');
    assert.deepEqual(h.findings.map((f) => [f.rule, f.status]), [
      ['deadline-missed', 'red'],
      ['blocked', 'amber'],
      ['risk-without-mitigation', 'amber'],
      ['at-risk', 'amber'],
    ]);
    assert.equal(h.reason, 'Task “C” misses its deadline 2026-03-18 by 2 working days (forecast 2026-03-20)');
  });

  it('shows the override and keeps what the data says', () => {
    const p = program({ tasks: [task('a', { status: 'blocked' })], statusOverride: { status: 'green', reason: 'Exec accepted the slip' } });
    const h = assessHealth(p, schedule(p, { a: { start: '2026-03-16', finish: '2026-03-20', tf: 0 } }), AS_OF);
    assert.equal(h.status, 'green');
    assert.equal(h.reason, 'Exec accepted the slip');
    assert.equal(h.dataStatus, 'red');
    assert.match(h.dataReason, /blocked/);
    assert.deepEqual(h.override, { status: 'green', reason: 'Exec accepted the slip' });
    const bare = assessHealth({ ...p, statusOverride: { status: 'amber' } }, NO_SCHEDULE, AS_OF);
    assert.equal(bare.reason, 'Set by the plan (statusOverride)');
  });
});
