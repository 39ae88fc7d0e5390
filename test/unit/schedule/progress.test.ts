/**
 * Progress rules, hand-checked. Status date Friday 2026-01-09 (end of that day), so remaining and
 * unstarted work resumes on Monday 2026-01-12 = offset 5.
 */
import { strict as assert } from 'node:assert';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import type { TaskSchedule } from '../../../src/core/schedule/types';
import { plan, type TaskSpec } from './build';

const STATUS = { start: '2026-01-05', statusDate: '2026-01-09' };

function scheduled(spec: Parameters<typeof plan>[0], ...tasks: TaskSpec[]): Map<string, TaskSchedule> {
  const s = scheduleProgram(plan(spec, ...tasks));
  assert.ok(s.ok);
  return new Map(s.tasks.map((t) => [t.id, t]));
}

describe('scheduler: recorded progress', () => {
  it('places a done task on its actual dates and starts open work after the status date', () => {
    const s = scheduled(
      STATUS,
      { id: 'a', d: 3, status: 'done', actualStart: '2026-01-05', actualFinish: '2026-01-08' },
      { id: 'b', d: 2, deps: ['a'] },
    );
    const a = s.get('a')!;
    assert.deepEqual([a.es, a.ef, a.duration, a.driverKind], [0, 4, 4, 'actual']);
    assert.deepEqual([a.startDate, a.finishDate], ['2026-01-05', '2026-01-08']);
    assert.deepEqual(a.planned, { es: 0, ef: 3, startDate: '2026-01-05', finishDate: '2026-01-07' });
    assert.equal(a.critical, false, 'done work can no longer delay anything');
    const b = s.get('b')!;
    assert.deepEqual([b.es, b.ef, b.driverKind], [5, 7, 'statusDate']);
    assert.equal(b.startDate, '2026-01-12');
    assert.deepEqual(b.planned, { es: 3, ef: 5, startDate: '2026-01-08', finishDate: '2026-01-09' }, 'the plan alone would have started b on Thursday');
  });

  it('runs the remaining work of an in-progress task from the first working day after the status date', () => {
    const s = scheduled(STATUS, { id: 'c', d: 10, status: 'in-progress', progress: 40, actualStart: '2026-01-06' }, { id: 'half', d: 3, status: 'in-progress', progress: 50, actualStart: '2026-01-05' });
    const c = s.get('c')!;
    // remaining = ceil(10 × 0.6) = 6 → EF = 5 + 6 = 11
    assert.deepEqual([c.es, c.ef, c.duration, c.driverKind], [1, 11, 10, 'actual']);
    assert.deepEqual([c.startDate, c.finishDate], ['2026-01-06', '2026-01-19']);
    assert.deepEqual(c.planned, { es: 0, ef: 10, startDate: '2026-01-05', finishDate: '2026-01-16' });
    // remaining = ceil(3 × 0.5) = 2, rounded up
    assert.equal(s.get('half')!.ef, 7);
  });

  it('treats progress or an actual start on a task not marked in progress as started', () => {
    const s = scheduled(STATUS, { id: 'p', d: 4, progress: 25 }, { id: 'q', d: 4, actualStart: '2026-01-07', status: 'at-risk' });
    assert.deepEqual([s.get('p')!.ef, s.get('p')!.driverKind], [5 + 3, 'statusDate']);
    assert.deepEqual([s.get('q')!.es, s.get('q')!.ef], [2, 9]);
  });

  it('does not start open work before the status date, even with no predecessor', () => {
    const s = scheduled(STATUS, { id: 'open', d: 2 }, { id: 'later', d: 1, notBefore: '2026-01-20' });
    assert.deepEqual([s.get('open')!.es, s.get('open')!.driverKind], [5, 'statusDate']);
    assert.deepEqual([s.get('later')!.es, s.get('later')!.driverKind], [11, 'notBefore'], 'a later notBefore (Tuesday 20 = offset 11) still wins');
    assert.equal(s.get('later')!.planned, undefined, 'no planned dates where the forecast equals the plan');
  });

  it('resumes on Monday when the status date is a Saturday, and after a holiday', () => {
    const sat = scheduled({ start: '2026-01-05', statusDate: '2026-01-10' }, { id: 'x', d: 1 });
    assert.equal(sat.get('x')!.startDate, '2026-01-12');
    const holiday = scheduled({ start: '2026-01-05', statusDate: '2026-01-09', holidays: ['2026-01-12'] }, { id: 'x', d: 1 });
    assert.equal(holiday.get('x')!.startDate, '2026-01-13');
  });

  it('dates a done milestone on its actual day', () => {
    const s = scheduled(STATUS, { id: 'm', milestone: true, status: 'done', actualFinish: '2026-01-07' });
    assert.deepEqual([s.get('m')!.es, s.get('m')!.ef, s.get('m')!.startDate], [2, 2, '2026-01-07']);
  });

  it('keeps a done task without dates where the plan has it, finished by the status date', () => {
    const s = scheduled(STATUS, { id: 'a', d: 2, status: 'done' }, { id: 'b', d: 5, status: 'done', deps: ['a'] });
    assert.deepEqual([s.get('a')!.es, s.get('a')!.ef], [0, 2]);
    assert.deepEqual([s.get('b')!.es, s.get('b')!.ef], [0, 5], 'plan says 2–7; done means finished by offset 5');
  });

  it('ignores recorded progress without a statusDate: the plan alone, never today', () => {
    const tasks: TaskSpec[] = [
      { id: 'a', d: 3, status: 'done', actualStart: '2026-01-05', actualFinish: '2026-01-08' },
      { id: 'b', d: 2, deps: ['a'], status: 'in-progress', progress: 50, actualStart: '2026-01-12' },
    ];
    const s = scheduleProgram(plan({ start: '2026-01-05' }, ...tasks));
    assert.equal(s.usesProgress, false);
    assert.deepEqual(s.tasks.map((t) => [t.es, t.ef, t.planned]), [[0, 3, undefined], [3, 5, undefined]]);
    assert.equal(scheduleProgram(plan(STATUS, ...tasks)).usesProgress, true);
  });
});
