import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { forecastInputText } from '../../../src/core/forecast/inputKey';

const PLAN = [
  'program: Keys',
  'start: 2026-03-02',
  'tasks:',
  '  - id: a',
  '    name: A',
  '    duration: 5d',
  '    estimate: { optimistic: 3d, pessimistic: 9d }',
  '  - { id: m, name: M, milestone: true, dependsOn: [a] }',
  'risks:',
  '  - { id: R1, title: Vendor late, probability: 30%, schedule: { tasks: [a], delay: 4d } }',
  '',
].join('\n');

const key = (text: string): string => forecastInputText(analyze(text).program);

describe('what a forecast reads of a plan', () => {
  it('is the same after edits a forecast cannot see: comments, blank lines, layout, key order', () => {
    const commented = `# Plan of record\n${PLAN.replace('    duration: 5d', '    duration: 5d   # agreed\n')}\n# end\n`;
    const reordered = PLAN.replace('    name: A\n    duration: 5d\n', '    duration: 5d\n    name: A\n');
    for (const text of [commented, reordered]) assert.equal(key(text), key(PLAN));
  });

  it('differs when a duration, an estimate, a dependency, a risk or a date changes', () => {
    const edits = [
      PLAN.replace('duration: 5d', 'duration: 6d'),
      PLAN.replace('pessimistic: 9d', 'pessimistic: 10d'),
      PLAN.replace('dependsOn: [a]', 'dependsOn: []'),
      PLAN.replace('probability: 30%', 'probability: 40%'),
      PLAN.replace('start: 2026-03-02', 'start: 2026-03-03'),
      PLAN.replace('name: M,', 'name: GA,'),
    ];
    const keys = new Set([key(PLAN), ...edits.map(key)]);
    assert.equal(keys.size, edits.length + 1);
  });
});
