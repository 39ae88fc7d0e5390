/**
 * Hand-checked schedules. January 2026: Mon 5 … Fri 9, Mon 12 … Fri 16, Mon 19 … Fri 23.
 * Each expectation was worked out on paper from the rules in the README.
 */
import { strict as assert } from 'node:assert';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import type { Schedule } from '../../../src/core/schedule/types';
import { plan, scheduled as schedule, scheduledTask as task } from './build';

/** The offsets of a task as `[es, ef, ls, lf, tf, ff]`. */
function offsets(s: Schedule, id: string): number[] {
  const t = task(s, id);
  return [t.es, t.ef, t.ls, t.lf, t.tf, t.ff];
}

function dates(s: Schedule, id: string): string[] {
  const t = task(s, id);
  return [t.startDate, t.finishDate, t.lateStartDate, t.lateFinishDate];
}

describe('scheduler: calendar and display dates', () => {
  it('starts a program that begins on a Saturday on the Monday after', () => {
    const s = schedule({ start: '2026-01-03' }, { id: 'a', d: 1 });
    assert.deepEqual(offsets(s, 'a'), [0, 1, 0, 1, 0, 0]);
    assert.deepEqual(dates(s, 'a'), ['2026-01-05', '2026-01-05', '2026-01-05', '2026-01-05'], 'a 1-day task finishes the day it starts');
    assert.equal(s.projectEnd, 1);
    assert.equal(s.projectEndDate, '2026-01-05');
  });

  it('skips a holiday Monday at the start and inside a task', () => {
    const s = schedule({ start: '2026-01-05', holidays: ['2026-01-05', '2026-01-12'] }, { id: 'a', d: 5 });
    assert.deepEqual(dates(s, 'a').slice(0, 2), ['2026-01-06', '2026-01-13']);
  });

  it('dates a milestone after a task on the day the task ends, for early and late dates', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: ['a'] });
    assert.deepEqual(offsets(s, 'm'), [3, 3, 3, 3, 0, 0]);
    assert.deepEqual(dates(s, 'm'), ['2026-01-07', '2026-01-07', '2026-01-07', '2026-01-07']);
    assert.equal(s.projectEndDate, '2026-01-07');
  });

  it('puts notBefore on a non-working day to the next working day', () => {
    const s = schedule(
      { holidays: ['2026-01-12'] },
      { id: 'sunday', d: 1, notBefore: '2026-01-11' },
      { id: 'saturday', d: 1, notBefore: '2026-01-10' },
      { id: 'holiday', d: 1, notBefore: '2026-01-12' },
      { id: 'before-start', d: 1, notBefore: '2025-12-01' },
    );
    for (const id of ['sunday', 'saturday', 'holiday']) {
      assert.equal(task(s, id).es, 5, id);
      assert.equal(task(s, id).startDate, '2026-01-13', id);
      assert.equal(task(s, id).driverKind, 'notBefore', id);
    }
    assert.equal(task(s, 'before-start').es, 0);
    assert.equal(task(s, 'before-start').driverKind, 'start');
  });

  it('applies notBefore in the forward pass only', () => {
    const s = schedule({}, { id: 'a', d: 2, notBefore: '2026-01-07' }, { id: 'long', d: 10 });
    assert.deepEqual(offsets(s, 'a'), [2, 4, 8, 10, 6, 6]);
  });
});

describe('scheduler: dependencies and lags', () => {
  it('chains milestones without adding time', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'm1', milestone: true, deps: ['a'] }, { id: 'm2', milestone: true, deps: ['m1'] }, { id: 'b', d: 2, deps: ['m2'] });
    assert.deepEqual([task(s, 'm1').es, task(s, 'm2').es, task(s, 'b').es, task(s, 'b').ef], [3, 3, 3, 5]);
    assert.deepEqual(dates(s, 'b').slice(0, 2), ['2026-01-08', '2026-01-09']);
    assert.equal(task(s, 'b').driver, 'm2');
    assert.equal(task(s, 'm2').driver, 'm1');
    assert.ok(['a', 'm1', 'm2', 'b'].every((id) => task(s, id).critical));
  });

  it('counts a lag in working days over the weekend (Friday finish + 1 day lag → Tuesday)', () => {
    const s = schedule({}, { id: 'a', d: 5 }, { id: 'b', d: 1, deps: [{ task: 'a', lag: 1 }] });
    assert.equal(task(s, 'a').finishDate, '2026-01-09');
    assert.equal(task(s, 'b').es, 6);
    assert.equal(task(s, 'b').startDate, '2026-01-13');
  });

  it('lets a negative lag (lead) overlap the predecessor, but never before offset 0', () => {
    const s = schedule({}, { id: 'a', d: 5 }, { id: 'b', d: 2, deps: [{ task: 'a', lag: -2 }] }, { id: 'c', d: 1 }, { id: 'd', d: 1, deps: [{ task: 'c', lag: -5 }] });
    assert.deepEqual(offsets(s, 'b'), [3, 5, 3, 5, 0, 0]);
    assert.equal(task(s, 'b').startDate, '2026-01-08');
    assert.equal(task(s, 'd').es, 0);
    assert.equal(task(s, 'd').driverKind, 'start');
    assert.equal(task(s, 'd').driver, undefined);
  });

  it('bounds start-to-start, finish-to-finish and start-to-finish with their lags', () => {
    const s = schedule(
      {},
      { id: 'a', d: 5 },
      { id: 'ss', d: 1, deps: [{ task: 'a', type: 'SS', lag: 2 }] },
      { id: 'ff', d: 2, deps: [{ task: 'a', type: 'FF', lag: 1 }] },
      { id: 'late', d: 1, notBefore: '2026-01-08' },
      { id: 'sf', d: 4, deps: [{ task: 'late', type: 'SF', lag: 2 }] },
    );
    // Project end = max EF = ff's 6.
    assert.deepEqual(offsets(s, 'ss'), [2, 3, 5, 6, 3, 3]);
    assert.deepEqual(offsets(s, 'ff'), [4, 6, 4, 6, 0, 0]);
    assert.deepEqual(offsets(s, 'sf'), [1, 5, 2, 6, 1, 1]);
    // a: LF bounded by FF (LF_ff − 1 = 5) and by SS (LS_ss − 2 + 5 = 8) → 5.
    assert.deepEqual(offsets(s, 'a'), [0, 5, 0, 5, 0, 0]);
    // late: LS bounded by SF: LF_sf − 2 = 4 → LF 5, LS 4.
    assert.deepEqual(offsets(s, 'late'), [3, 4, 4, 5, 1, 0]);
    assert.equal(task(s, 'ff').driver, 'a');
    assert.equal(task(s, 'sf').driver, 'late');
  });

  it('computes total and free float and marks the critical tasks', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'b', d: 5 }, { id: 'c', d: 1, deps: ['a'] }, { id: 'd', d: 1, deps: ['b', 'c'] }, { id: 'e', d: 2 });
    assert.equal(s.projectEnd, 6);
    assert.deepEqual(offsets(s, 'a'), [0, 3, 1, 4, 1, 0]);
    assert.deepEqual(offsets(s, 'c'), [3, 4, 4, 5, 1, 1]);
    assert.deepEqual(offsets(s, 'b'), [0, 5, 0, 5, 0, 0]);
    assert.deepEqual(offsets(s, 'd'), [5, 6, 5, 6, 0, 0]);
    assert.deepEqual(offsets(s, 'e'), [0, 2, 4, 6, 4, 4]);
    assert.deepEqual(s.tasks.filter((t) => t.critical).map((t) => t.id), ['b', 'd']);
    assert.equal(task(s, 'd').driver, 'b');
  });

  it('names the critical predecessor as driver when several set the same start', () => {
    const s = schedule({}, { id: 'x', d: 2 }, { id: 'y0', d: 1 }, { id: 'y', d: 1, deps: ['y0'] }, { id: 'z', d: 1, deps: ['x', 'y'] }, { id: 'w', d: 1, deps: ['y'] }, { id: 'v', d: 1, deps: ['w'] }, { id: 'u', d: 1, deps: ['v'] });
    // x and y both end at 2 and x is listed first, but y is critical through w → v → u (end 5)
    // while x has float 2 (z may finish at 5).
    assert.equal(task(s, 'x').tf, 2);
    assert.equal(task(s, 'y').tf, 0);
    assert.equal(task(s, 'z').driver, 'y');
  });

  it('schedules tasks declared before their predecessors', () => {
    const s = schedule({}, { id: 'late', d: 1, deps: ['early'] }, { id: 'early', d: 4 });
    assert.deepEqual(offsets(s, 'late'), [4, 5, 4, 5, 0, 0]);
    assert.deepEqual(s.tasks.map((t) => t.id), ['late', 'early'], 'results stay in file order');
  });
});

describe('scheduler: deadlines', () => {
  it('leaves LF at the project end when the deadline is met, and goes negative when missed', () => {
    const s = schedule({}, { id: 'a', d: 3, deadline: '2026-01-08' }, { id: 'b', d: 5 });
    assert.equal(task(s, 'a').deadlineLf, 4);
    assert.deepEqual(offsets(s, 'a'), [0, 3, 1, 4, 1, 2]);

    const missed = schedule({}, { id: 'a', d: 5 }, { id: 'b', d: 3, deps: ['a'], deadline: '2026-01-13' });
    assert.equal(task(missed, 'b').deadlineLf, 7);
    assert.deepEqual(offsets(missed, 'b'), [5, 8, 4, 7, -1, 0]);
    assert.deepEqual(offsets(missed, 'a'), [0, 5, -1, 4, -1, 0]);
    assert.ok(task(missed, 'a').critical && task(missed, 'b').critical);
  });

  it('reads a deadline on a non-working day as the working day before it', () => {
    const s = schedule({ holidays: ['2026-01-09'] }, { id: 'sun', d: 1, deadline: '2026-01-11' }, { id: 'sat-after-holiday', d: 1, deadline: '2026-01-10' }, { id: 'long', d: 10 });
    assert.equal(task(s, 'sun').deadlineLf, 4, 'Sunday 11 → Thursday 8 (Friday 9 is a holiday), end of day = offset 4');
    assert.equal(task(s, 'sun').lf, 4);
    assert.equal(task(s, 'sun').lateFinishDate, '2026-01-08');
    assert.equal(task(s, 'sat-after-holiday').deadlineLf, 4);
  });

  it('tightens the predecessors of a task with a deadline', () => {
    const s = schedule({}, { id: 'a', d: 2 }, { id: 'b', d: 2, deps: ['a'], deadline: '2026-01-08' }, { id: 'c', d: 10 });
    assert.deepEqual(offsets(s, 'b'), [2, 4, 2, 4, 0, 6]);
    assert.deepEqual(offsets(s, 'a'), [0, 2, 0, 2, 0, 0]);
  });
});

describe('scheduler: bad input', () => {
  it('cannot schedule without a valid start', () => {
    assert.equal(scheduleProgram(plan({ start: '2026-02-30' }, { id: 'a', d: 1 })).ok, false);
    const none = scheduleProgram({ ...plan({}, { id: 'a', d: 1 }), start: undefined });
    assert.equal(none.ok, false);
    assert.equal(none.tasks.length, 0);
  });

  it('leaves out the tasks on a cycle and schedules the rest, ignoring edges from the cycle', () => {
    const s = schedule({}, { id: 'a', d: 2, deps: ['c'] }, { id: 'b', d: 2, deps: ['a'] }, { id: 'c', d: 2, deps: ['b'] }, { id: 'd', d: 3, deps: ['c', 'ghost', 'd'] }, { id: 'e', d: 1, deps: ['d'] });
    assert.deepEqual(s.tasks.map((t) => t.id), ['d', 'e']);
    assert.deepEqual(offsets(s, 'd'), [0, 3, 0, 3, 0, 0]);
    assert.deepEqual(offsets(s, 'e'), [3, 4, 3, 4, 0, 0]);
  });

  it('treats a cancelled task as zero-length work that constrains nothing', () => {
    const s = schedule({}, { id: 'gone', d: 10, status: 'cancelled' }, { id: 'b', d: 2, deps: ['gone'] }, { id: 'pre', d: 4 }, { id: 'gone2', d: 5, status: 'cancelled', deps: ['pre'] });
    assert.deepEqual(offsets(s, 'b'), [0, 2, 2, 4, 2, 2]);
    assert.equal(s.projectEnd, 4, 'cancelled work does not hold up the end');
    assert.equal(task(s, 'gone').duration, 0);
    assert.equal(task(s, 'gone').critical, false);
    assert.equal(task(s, 'gone2').es, 4, 'shown where it would have started');
    assert.equal(task(s, 'pre').tf, 0, 'its predecessor does not wait for it');
  });

  it('keeps the first task of a duplicated id in byId and schedules both', () => {
    const s = schedule({}, { id: 'a', d: 2 }, { id: 'a', d: 7 }, { id: 'b', d: 1, deps: ['a'] });
    assert.equal(s.tasks.length, 3);
    assert.equal(s.byId.get('a')?.index, 0);
    assert.equal(task(s, 'b').es, 2);
  });

  it('survives durations and lags that are not numbers or absurdly large', () => {
    const s = schedule(
      {},
      { id: 'nan', d: NaN },
      { id: 'inf', d: Infinity },
      { id: 'huge', d: 1e300, deps: [{ task: 'nan', lag: -Infinity }] },
      { id: 'after', d: 1, deps: ['huge'] },
    );
    assert.equal(task(s, 'nan').duration, 0);
    assert.equal(task(s, 'inf').duration, 0);
    assert.ok(Number.isFinite(task(s, 'after').es));
    assert.match(task(s, 'after').startDate, /^\d{4}-\d{2}-\d{2}$/);
  });
});
