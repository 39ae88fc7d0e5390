import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { daysCorrection, keyWord, paddedDate, statusWord } from '../../../src/core/text/commonMistakes';

describe('common mistakes', () => {
  describe('durations and lags written as words or decimals', () => {
    it('gives the exact text for whole days and weeks', () => {
      for (const [written, replacement] of [
        ['2 weeks', '2w'],
        ['1 week', '1w'],
        ['3 Days', '3d'],
        ['10 working days', '10d'],
        ['1.4w', '7d'],
        ['2.0 weeks', '10d'],
        ['5', '5d'],
      ] as const) {
        assert.equal(daysCorrection(written, 'duration', 10000)?.replacement, replacement, written);
      }
      assert.equal(daysCorrection('2 weeks', 'duration', 10000)?.advice, 'Write durations as working days or weeks: `10d` or `2w` (2 weeks: write `2w`).');
    });

    it('says how many working days a fraction is and what to round to, without a replacement', () => {
      const weeks = daysCorrection('1.5w', 'duration', 10000);
      assert.deepEqual(weeks, { advice: 'Write durations as working days or weeks: `10d` or `2w` (1.5w = 7.5 working days: write `8d`).' });
      assert.deepEqual(daysCorrection(2.5, 'duration', 10000), { advice: 'Write durations as working days or weeks: `10d` or `2w` (2.5 is not a whole number of days: write `3d`).' });
    });

    it('lets lags be negative, durations not', () => {
      assert.equal(daysCorrection('-1 day', 'lag', 10000)?.replacement, '-1d');
      assert.match(daysCorrection('-1.5w', 'lag', 10000)?.advice ?? '', /negative for a lead \(-1\.5w = -7\.5 working days: write `-8d`\)/);
      assert.equal(daysCorrection('-1 day', 'duration', 10000), undefined);
    });

    it('leaves alone what is no number of days, or too many', () => {
      for (const written of ['soon', '2 months', 'w', '1e3', '3 d s', '20000 days']) assert.equal(daysCorrection(written, 'duration', 10000), undefined, written);
    });

    it('replaces only with text that means exactly the written number of working days', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), (whole, hundredths, weeks) => {
          const written = `${whole}.${String(hundredths).padStart(2, '0')}${weeks ? ' weeks' : ' days'}`;
          const correction = daysCorrection(written, 'duration', 10000);
          const days = (whole * 100 + hundredths) * (weeks ? 5 : 1);
          assert.equal(correction?.replacement, days % 100 === 0 ? `${days / 100}d` : undefined, written);
        }),
      );
    });
  });

  it('pads dates that lack their zeros, when the day exists', () => {
    assert.equal(paddedDate('2027-2-5'), '2027-02-05');
    assert.equal(paddedDate('2027-02-5'), '2027-02-05');
    assert.equal(paddedDate('2027-2-30'), undefined);
    assert.equal(paddedDate('2027-02-05'), undefined);
    assert.equal(paddedDate('27-2-5'), undefined);
  });

  it('knows the status words other tools use, only where the meant value is allowed', () => {
    assert.equal(statusWord('completed', ['not-started', 'done']), 'done');
    assert.equal(statusWord('Complete', ['open', 'done']), 'done');
    assert.equal(statusWord('decided', ['pending', 'made']), 'made');
    assert.equal(statusWord('decided', ['not-started', 'done']), undefined);
    assert.equal(statusWord('finished', ['open', 'resolved', 'closed']), undefined);
  });

  it('knows the keys other tools use for a task', () => {
    assert.equal(keyWord('start', 'task')?.key, 'notBefore');
    assert.equal(keyWord('start', 'person'), undefined);
    assert.equal(keyWord('start', undefined), undefined);
    assert.equal(keyWord('toString', 'task'), undefined);
  });
});
