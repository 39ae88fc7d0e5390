/**
 * The day a milestone is dated on, one case per kind of driver, worked out by hand from README
 * "Dates shown to people". January 2026: Mon 5 Tue 6 Wed 7 Thu 8 Fri 9 | Mon 12 Tue 13 Wed 14
 * Thu 15 Fri 16 (offsets 0–9 from a Monday 5 January start).
 */
import { strict as assert } from 'node:assert';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { scheduleDiagnostics } from '../../../src/core/schedule/scheduleDiagnostics';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import type { Schedule } from '../../../src/core/schedule/types';
import { plan, scheduled as schedule, scheduledTask as task, type ProgramSpec, type TaskSpec } from './build';

/** A milestone's one date, after checking that its start and finish agree. */
function dayOf(s: Schedule, id: string): string {
  const m = task(s, id);
  assert.equal(m.startDate, m.finishDate, `${id} is one day`);
  return m.finishDate;
}

describe('milestone dates', () => {
  it('FS: the day the predecessor finishes, its offset unchanged', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: ['a'] });
    assert.equal(dayOf(s, 'm'), '2026-01-07', 'a runs Mon 5 – Wed 7');
    assert.deepEqual([task(s, 'm').es, task(s, 'm').tf], [3, 0]);
    assert.equal(task(s, 'm').finishDay, 2);
  });

  it('FS with a lag: the lag counted from the end of the finish day', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: [{ task: 'a', lag: 2 }] });
    // End of Wed 7 + 2 working days = end of Fri 9 (ES offset 5 is Mon 12).
    assert.equal(dayOf(s, 'm'), '2026-01-09');
    assert.equal(task(s, 'm').es, 5);
  });

  it('FS with a lead: the days taken off the finish day', () => {
    const s = schedule({}, { id: 'a', d: 5 }, { id: 'm', milestone: true, deps: [{ task: 'a', lag: -2 }] });
    assert.equal(dayOf(s, 'm'), '2026-01-07', 'a ends Fri 9; two days earlier is the end of Wed 7');
  });

  it('FF: the day the predecessor finishes, plus the lag', () => {
    const s = schedule(
      {},
      { id: 'a', d: 3 },
      { id: 'm', milestone: true, deps: [{ task: 'a', type: 'FF' }] },
      { id: 'n', milestone: true, deps: [{ task: 'a', type: 'FF', lag: 1 }] },
    );
    assert.equal(dayOf(s, 'm'), '2026-01-07');
    assert.equal(dayOf(s, 'n'), '2026-01-08');
  });

  it('SS: the day the predecessor starts, plus the lag', () => {
    const s = schedule(
      {},
      { id: 'a', d: 3 },
      { id: 'b', d: 2, deps: ['a'] },
      { id: 'm', milestone: true, deps: [{ task: 'b', type: 'SS' }] },
      { id: 'n', milestone: true, deps: [{ task: 'a', type: 'SS', lag: 2 }] },
    );
    assert.equal(dayOf(s, 'm'), '2026-01-08', 'b starts Thu 8: the milestone is that morning, not Wed 7');
    assert.equal(dayOf(s, 'n'), '2026-01-07');
  });

  it('SF: the day the predecessor starts, plus the lag', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: [{ task: 'a', type: 'SF', lag: 4 }] });
    assert.equal(dayOf(s, 'm'), '2026-01-09');
  });

  it('notBefore: its own day, also when a predecessor ends the evening before', () => {
    const s = schedule(
      {},
      { id: 'a', d: 3 },
      { id: 'alone', milestone: true, notBefore: '2026-01-07' },
      { id: 'weekend', milestone: true, notBefore: '2026-01-10' },
      { id: 'tie', milestone: true, deps: ['a'], notBefore: '2026-01-08' },
    );
    assert.equal(dayOf(s, 'alone'), '2026-01-07');
    assert.equal(dayOf(s, 'weekend'), '2026-01-12', 'a Saturday notBefore is the Monday after');
    // a ends the evening of Wed 7, the same instant as the morning of Thu 8: notBefore Thu 8 names the later day.
    assert.equal(dayOf(s, 'tie'), '2026-01-08');
  });

  it('the program start: its first working day', () => {
    assert.equal(dayOf(schedule({}, { id: 'm', milestone: true }), 'm'), '2026-01-05');
    assert.equal(dayOf(schedule({ start: '2026-01-03' }, { id: 'm', milestone: true }), 'm'), '2026-01-05', 'a Saturday start');
    // A lead that would put the milestone before the start leaves it on the start.
    const s = schedule({}, { id: 'a', d: 2 }, { id: 'm', milestone: true, deps: [{ task: 'a', lag: -2 }] });
    assert.deepEqual([task(s, 'm').es, dayOf(s, 'm')], [0, '2026-01-05']);
  });

  it('a milestone after a milestone: the same day as the one before', () => {
    const s = schedule(
      {},
      { id: 'a', d: 3 },
      { id: 'm1', milestone: true, deps: ['a'] },
      { id: 'm2', milestone: true, deps: ['m1'] },
      { id: 'm3', milestone: true, deps: [{ task: 'm2', lag: 1 }] },
      { id: 'gate', milestone: true, notBefore: '2026-01-08' },
      { id: 'after-gate', milestone: true, deps: ['gate'] },
      { id: 'ss', milestone: true, deps: [{ task: 'm1', type: 'SS' }] },
    );
    assert.equal(dayOf(s, 'm1'), '2026-01-07');
    assert.equal(dayOf(s, 'm2'), '2026-01-07');
    assert.equal(dayOf(s, 'm3'), '2026-01-08');
    assert.equal(dayOf(s, 'after-gate'), '2026-01-08', 'a milestone on the morning of Thu 8 is followed that morning');
    assert.equal(dayOf(s, 'ss'), '2026-01-07');
  });

  it('over a weekend or a holiday: the Friday the work ends, not the next working day', () => {
    const week = schedule({}, { id: 'a', d: 5 }, { id: 'm', milestone: true, deps: ['a'] });
    assert.equal(dayOf(week, 'm'), '2026-01-09');
    assert.equal(week.projectEndDate, '2026-01-09');
    // Mon 12 is a holiday and a ends Fri 9: still Fri 9.
    const holiday = schedule({ holidays: ['2026-01-12'] }, { id: 'a', d: 5 }, { id: 'm', milestone: true, deps: ['a'] });
    assert.equal(dayOf(holiday, 'm'), '2026-01-09');
    // Fri 9 is a holiday: a runs Mon 5 – Mon 12.
    const friday = schedule({ holidays: ['2026-01-09'] }, { id: 'a', d: 5 }, { id: 'm', milestone: true, deps: ['a'] });
    assert.equal(dayOf(friday, 'm'), '2026-01-12');
  });

  it('late dates read like early ones, so they differ by the float', () => {
    const s = schedule({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: ['a'] }, { id: 'long', d: 5 });
    const m = task(s, 'm');
    assert.equal(m.tf, 2);
    assert.deepEqual([m.startDate, m.lateStartDate, m.lateFinishDate], ['2026-01-07', '2026-01-09', '2026-01-09']);
  });

  it('the status date: an open milestone waits for the next working day, a done one without dates is done by it', () => {
    const s = schedule(
      { statusDate: '2026-01-07' },
      { id: 'a', d: 3, status: 'done', actualStart: '2026-01-05', actualFinish: '2026-01-07' },
      { id: 'open', milestone: true, deps: ['a'] },
      { id: 'long', d: 10 },
      { id: 'done', milestone: true, deps: ['long'], status: 'done' },
      { id: 'on-a-day', milestone: true, deps: ['long'], status: 'done', actualFinish: '2026-01-06' },
    );
    assert.equal(dayOf(s, 'open'), '2026-01-08', 'not reached by the end of Wed 7, so Thu 8 at the earliest');
    assert.equal(dayOf(s, 'done'), '2026-01-07');
    assert.equal(dayOf(s, 'on-a-day'), '2026-01-06');
  });

  it('planned dates follow the same rule', () => {
    const s = schedule(
      { statusDate: '2026-01-09' },
      { id: 'a', d: 3, status: 'in-progress', progress: 50, actualStart: '2026-01-05' },
      { id: 'm', milestone: true, deps: ['a'] },
    );
    const m = task(s, 'm');
    // Forecast: 2 days left from Mon 12 → a ends Tue 13. Plan alone: a ends Wed 7.
    assert.equal(dayOf(s, 'm'), '2026-01-13');
    assert.deepEqual([m.planned?.startDate, m.planned?.finishDate], ['2026-01-07', '2026-01-07']);
  });

  describe('deadline (PP501) and launch (PP502) compare the day shown', () => {
    const diagnose = (spec: ProgramSpec, ...tasks: TaskSpec[]) => {
      const program = plan(spec, ...tasks);
      return scheduleDiagnostics(program, scheduleProgram(program));
    };

    it('a milestone on its deadline meets it; a day later misses it by one', () => {
      assert.deepEqual(diagnose({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: ['a'], deadline: '2026-01-07' }), []);
      const [d] = diagnose({}, { id: 'a', d: 3 }, { id: 'm', milestone: true, deps: ['a'], deadline: '2026-01-06' });
      assert.equal(d.code, 'PP501');
      assert.match(d.message, /misses its deadline 2026-01-06 by 1 working day: its earliest finish is 2026-01-07/);
    });

    it('a milestone a start drives, dated the day after its deadline, misses it', () => {
      const [d] = diagnose({}, { id: 'm', milestone: true, notBefore: '2026-01-08', deadline: '2026-01-07' });
      assert.equal(d.code, 'PP501');
      assert.deepEqual(d.data, { taskId: 'm', days: 1, chain: ['m'] });
    });

    it('a chain from a milestone done by the status date names the day work resumes', () => {
      const [d] = diagnose(
        { statusDate: '2026-01-07' },
        { id: 'long', d: 10 },
        { id: 'done', milestone: true, deps: ['long'], status: 'done' },
        { id: 'next', d: 1, deps: ['done'], deadline: '2026-01-07' },
      );
      assert.equal(d.code, 'PP501');
      assert.match(d.message, /Driven by: done → next, whose work resumes on 2026-01-08, after the status date\./);
    });

    it('the Gantt chart marks a milestone late exactly when PP501 does', () => {
      const program = plan(
        {},
        { id: 'a', d: 3 },
        { id: 'on-time', milestone: true, deps: ['a'], deadline: '2026-01-07' },
        { id: 'gate', milestone: true, notBefore: '2026-01-08', deadline: '2026-01-07' },
      );
      const s = scheduleProgram(program);
      const late = ganttChart(program, s).bars.filter((b) => b.late).map((b) => b.taskId);
      assert.deepEqual(late, ['gate']);
      assert.deepEqual(scheduleDiagnostics(program, s).map((d) => d.data?.taskId), ['gate']);
    });

    it('no PP502 for a launch on the day the last work ends (on-call until Mon 6 Jul)', () => {
      // Mon 29 Jun + 6 working days: on-call runs until Mon 6 Jul, and the launch milestone is that day.
      const tasks: TaskSpec[] = [{ id: 'on-call', d: 6 }, { id: 'launch', milestone: true, deps: ['on-call'] }];
      const s = schedule({ start: '2026-06-29' }, ...tasks);
      assert.equal(dayOf(s, 'launch'), '2026-07-06');
      assert.equal(s.projectEndDate, '2026-07-06');
      assert.deepEqual(diagnose({ start: '2026-06-29', launch: '2026-07-06' }, ...tasks), []);
      const [early] = diagnose({ start: '2026-06-29', launch: '2026-07-03' }, ...tasks);
      assert.equal(early.code, 'PP502');
      assert.match(early.message, /launch date 2026-07-03 is before the projected finish of the work, 2026-07-06 \(1 working day later\)/);
    });
  });
});
