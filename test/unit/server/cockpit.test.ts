/** The cockpit request's answer: every program, the active one first, spans as LSP ranges. */
import { strict as assert } from 'node:assert';
import { cockpitPrograms } from '../../../src/server/cockpit';
import { HEAD, PEOPLE, entryOf, lines } from './support';

const BLOCKED = lines('tasks:', '  - id: keys', '    name: Keys', '    owner: ana', '    duration: 2d', '    status: blocked', '    blocker: quota');
const A = entryOf(HEAD + PEOPLE + BLOCKED, 'file:///w/a.program.yaml');
const B = entryOf(HEAD + PEOPLE, 'file:///w/b.program.yaml');

describe('cockpit request', () => {
  it('lists every program, the active one first, then by URI', () => {
    assert.deepEqual(cockpitPrograms([A, B], { criticalLimit: 2 }).map((p) => p.uri), [A.uri, B.uri]);
    assert.deepEqual(cockpitPrograms([A, B], { active: B.uri, criticalLimit: 2 }).map((p) => p.uri), [B.uri, A.uri]);
  });

  it('gives each item the range of its id, and never a span', () => {
    const [a] = cockpitPrograms([A], { criticalLimit: 2 });
    const blocked = a.attention.find((item) => item.taskId === 'keys')!;
    assert.equal(A.document.getText(blocked.range), 'keys');
    assert.ok(!('span' in blocked));
    assert.ok(a.raid.every((group) => !('span' in group) && Array.isArray(group.children)));
  });

  it('reads a malformed limit as the default', () => {
    const bad = { criticalLimit: Number.NaN } as const;
    assert.equal(cockpitPrograms([A], bad).length, 1);
    assert.equal(cockpitPrograms([A], undefined as never).length, 1);
  });
});
