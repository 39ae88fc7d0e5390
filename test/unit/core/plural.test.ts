import { strict as assert } from 'node:assert';
import { plural, workingDays } from '../../../src/core/text/plural';

describe('plural', () => {
  it('is singular for exactly one only', () => {
    assert.equal(plural(0, 'task'), '0 tasks');
    assert.equal(plural(1, 'task'), '1 task');
    assert.equal(plural(2, 'task'), '2 tasks');
    assert.equal(plural(2, 'person', 'people'), '2 people');
  });

  it('counts working days by size, whatever the sign', () => {
    assert.equal(workingDays(1), '1 working day');
    assert.equal(workingDays(-1), '1 working day');
    assert.equal(workingDays(0), '0 working days');
    assert.equal(workingDays(-3), '3 working days');
  });
});
