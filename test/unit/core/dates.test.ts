import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { dayNumber, isoFromDayNumber } from '../../../src/core/dates';

/** The definition: a `YYYY-MM-DD` string that `Date` reads back as the same year, month and day. */
function dayNumberByDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(year, month - 1, day));
  const same = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
  return same ? back.getTime() / 86_400_000 : undefined;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('dates', () => {
  it('reads every day of a year, leap days, and the days that do not exist', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(dayNumber('2024-02-29'), dayNumber('2024-02-28')! + 1);
    for (const missing of ['2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0099-12-31']) {
      assert.equal(dayNumber(missing), undefined, missing);
    }
    assert.equal(dayNumber('2000-02-29'), dayNumber('2000-03-01')! - 1);
    for (let day = dayNumber('2028-01-01')!; day <= dayNumber('2028-12-31')!; day++) assert.equal(dayNumber(isoFromDayNumber(day)), day);
  });

  it('agrees with Date on well-formed and malformed strings', () => {
    const wellFormed = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const malformed = fc.tuple(wellFormed, fc.nat(), fc.constantFrom('', ' ', '/', '+', 'x', '\n', '٣', '1')).map(([text, at, char]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + char + text.slice(i + (at % 2));
    });
    fc.assert(
      fc.property(fc.oneof(wellFormed, malformed), (text) => assert.equal(dayNumber(text), dayNumberByDate(text), JSON.stringify(text))),
      { numRuns: 5000 },
    );
  });
});
