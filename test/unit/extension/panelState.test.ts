import { strict as assert } from 'node:assert';
import { restoredDecisionPanel } from '../../../src/extension/decisions/panelState';

describe('restoring the what-if and confidence panels after a reload', () => {
  it('gives back the file and the what-ifs asked', () => {
    const state = { documentUri: 'file:///w/a.program.yaml', questions: [{ change: { kind: 'slip', task: 'build', days: 10 } }, { scenarioId: 'fast' }, { change: { kind: 'cancel', task: 'x' } }] };
    assert.deepEqual(restoredDecisionPanel(state), state);
    assert.deepEqual(restoredDecisionPanel({ documentUri: 'file:///w/a.program.yaml' }), { documentUri: 'file:///w/a.program.yaml', questions: [] });
  });

  it('drops what is malformed: no file restores nothing, a bad question is left out', () => {
    for (const bad of [undefined, null, 'x', {}, { documentUri: 3 }, { documentUri: '' }]) assert.equal(restoredDecisionPanel(bad), undefined);
    const restored = restoredDecisionPanel({
      documentUri: 'file:///w/a.program.yaml',
      questions: [null, { change: { kind: 'explode', task: 'a' } }, { change: { kind: 'slip', task: 7 } }, { change: { kind: 'slip', task: 'a', days: 'ten' } }, { change: { kind: 'duration', task: 'a', days: 4 } }],
    });
    assert.deepEqual(restored?.questions, [{ change: { kind: 'duration', task: 'a', days: 4 } }]);
  });
});
