import { strict as assert } from 'node:assert';
import { withLineAfterDates } from '../../../src/server/hoverLines';

describe('the server\'s lines in a task hover', () => {
  const hover = ['**Build** — task build', '', '| | Start | Finish |', '|---|---|---|', '| Early | Mon 2 Mar | Fri 6 Mar |', '', '**Critical** · Total float: 0'].join('\n');

  it('go right under the dates table, above the float and the drivers', () => {
    const shown = withLineAfterDates(withLineAfterDates(hover, 'Confidence line'), 'Baseline line');
    assert.deepEqual(shown.split('\n').slice(4, 10), ['| Early | Mon 2 Mar | Fri 6 Mar |', '', 'Baseline line', '', 'Confidence line', '']);
    assert.ok(shown.endsWith('**Critical** · Total float: 0'));
  });

  it('go at the end of a hover without a table', () => {
    assert.equal(withLineAfterDates('**Design** — task design', 'Baseline line'), '**Design** — task design\n\nBaseline line');
  });
});
