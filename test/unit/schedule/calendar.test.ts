import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { WorkingDayCalendar } from '../../../src/core/schedule/calendar';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../../../src/core/dates';

function calendar(start: string, holidays: readonly string[] = []): WorkingDayCalendar {
  const created = WorkingDayCalendar.create(start, holidays);
  assert.ok(created, `calendar for ${start}`);
  return created;
}

/** The reference: walk day by day from the start. */
function workingDaysByWalking(start: string, holidays: readonly string[], count: number): string[] {
  const off = new Set(holidays);
  const days: string[] = [];
  for (let day = dayNumber(start)!; days.length < count; day++) {
    const weekday = weekdayOf(day);
    const iso = isoFromDayNumber(day);
    if (weekday !== 0 && weekday !== 6 && !off.has(iso)) days.push(iso);
  }
  return days;
}

describe('working-day calendar', () => {
  it('starts on the next working day when the program starts on a Saturday', () => {
    const c = calendar('2026-01-03');
    assert.equal(c.startDate, '2026-01-05');
    assert.equal(c.offsetOf('2026-01-03'), 0);
    assert.equal(c.offsetOf('2026-01-03', 'previous'), -1);
    assert.equal(c.dateOf(-1), '2026-01-02');
  });

  it('skips a holiday Monday at the start and in the middle', () => {
    const c = calendar('2026-01-05', ['2026-01-05', '2026-01-12']);
    assert.equal(c.startDate, '2026-01-06');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((k) => c.dateOf(k)), ['2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09', '2026-01-13', '2026-01-14']);
    assert.equal(c.offsetOf('2026-01-12'), 4, 'a holiday maps to the next working day');
    assert.equal(c.offsetOf('2026-01-12', 'previous'), 3, 'or to the one before');
    assert.equal(c.isWorkingDay('2026-01-12'), false);
    assert.equal(c.isWorkingDay('2026-01-13'), true);
  });

  it('ignores holidays on weekends, before the start, duplicated or invalid', () => {
    const plain = calendar('2026-01-05');
    const noisy = calendar('2026-01-05', ['2026-01-10', '2025-12-25', '2026-02-30', 'soon', '2026-01-11', '2026-01-10']);
    for (let k = -5; k < 40; k++) assert.equal(noisy.dateOf(k), plain.dateOf(k));
  });

  it('is undefined for a start that is not a date', () => {
    assert.equal(WorkingDayCalendar.create('2026-02-30', []), undefined);
    assert.equal(WorkingDayCalendar.create('', []), undefined);
  });

  it('maps an unparseable date to offset 0 every time it is asked', () => {
    const c = calendar('2026-01-05');
    for (let i = 0; i < 2; i++) {
      assert.equal(c.dayNumberOf('2026-02-30'), undefined);
      assert.equal(c.offsetOf('2026-02-30'), 0);
      assert.equal(c.offsetOf('2026-01-12'), 5);
    }
  });

  it('converts far dates without walking day by day, and clamps absurd offsets to a printable date', () => {
    const c = calendar('2026-01-05');
    assert.equal(c.dateOf(260 * 40), '2065-11-16'); // 2,080 whole weeks later: a Monday again
    assert.equal(c.offsetOf('2065-11-16'), 260 * 40);
    assert.equal(c.dateOf(1e12), '9999-12-31');
    assert.equal(c.dateOf(-1e12), '0001-01-01');
    assert.equal(c.dateOf(NaN), '0001-01-01');
  });

  it('agrees with walking day by day for random starts and holidays', () => {
    const dateIn2026 = fc.integer({ min: 0, max: 364 }).map((d) => isoFromDayNumber(dayNumber('2026-01-01')! + d));
    fc.assert(
      fc.property(dateIn2026, fc.array(dateIn2026, { maxLength: 40 }), (start, holidays) => {
        const c = calendar(start, holidays);
        const expected = workingDaysByWalking(start, holidays, 300);
        expected.forEach((date, k) => {
          assert.equal(c.dateOf(k), date, `offset ${k}`);
          assert.equal(c.offsetOf(date), k);
          assert.equal(c.offsetOf(date, 'previous'), k);
        });
        // Every non-working day between maps to its neighbours.
        for (let k = 1; k < expected.length; k++) {
          for (let day = dayNumber(expected[k - 1])! + 1; day < dayNumber(expected[k])!; day++) {
            assert.equal(c.offsetOf(isoFromDayNumber(day)), k);
            assert.equal(c.offsetOf(isoFromDayNumber(day), 'previous'), k - 1);
            assert.equal(c.isWorkingDay(isoFromDayNumber(day)), false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
