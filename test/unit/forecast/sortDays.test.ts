import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { sortDays } from '../../../src/core/forecast/sortDays';

describe('sorting forecast days', () => {
  it('gives what a numeric sort gives, for whole days over short and long spans, and any other numbers', () => {
    const days = fc.oneof(fc.integer({ min: -50, max: 400 }), fc.integer({ min: -2_000_000, max: 2_000_000 }));
    const numbers = fc.oneof(days, fc.double({ noNaN: true }), fc.constantFrom(-0, 0, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(fc.oneof(days, days, numbers), { maxLength: 300 }), (values) => {
        const input = Float64Array.from(values);
        const copy = input.slice();
        assert.deepEqual([...sortDays(input)], [...input.slice().sort()]);
        assert.deepEqual(input, copy, 'the input is left as it was');
      }),
      { numRuns: 500 },
    );
  });

  it('counts 10,000 runs over a few weeks without comparing them', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => 300 + ((i * 7919) % 40));
    const sorted = sortDays(values);
    assert.equal(sorted.length, 10_000);
    assert.deepEqual([sorted[0], sorted[9_999], sorted[249], sorted[250]], [300, 339, 300, 301]);
  });
});
