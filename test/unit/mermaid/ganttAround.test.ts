/** "Around this task": the task, everything it waits for and everything that waits for it — nothing else. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { aroundTask, filterBars } from '../../../src/core/mermaid/ganttView';
import { plan, type TaskSpec } from './builder';

const day = (n: number): string => new Date(Date.UTC(2026, 2, 2 + n)).toISOString().slice(0, 10);
const task = (id: string, n: number, after: string[] = []): TaskSpec => ({ id, start: day(n), finish: day(n), duration: 1, after });

function barsOf(tasks: readonly TaskSpec[]) {
  const sample = plan({ tasks });
  return ganttChart(sample.program, sample.schedule).bars;
}
const idsAround = (bars: ReturnType<typeof barsOf>, id: string): string[] =>
  filterBars(bars, { around: id }, 2)
    .map((b) => b.taskId)
    .sort();

describe('gantt "around this task" filter', () => {
  // a → b, a → c, b → d, c → d, plus x → c (another predecessor of c) and d → e.
  const diamond = barsOf([task('a', 0), task('x', 0), task('b', 1, ['a']), task('c', 1, ['a', 'x']), task('d', 2, ['b', 'c']), task('e', 3, ['d'])]);

  it('on a diamond: predecessors and successors, not the other predecessors of a successor', () => {
    assert.deepEqual(idsAround(diamond, 'b'), ['a', 'b', 'd', 'e']);
    assert.deepEqual(idsAround(diamond, 'c'), ['a', 'c', 'd', 'e', 'x']);
    assert.deepEqual(idsAround(diamond, 'd'), ['a', 'b', 'c', 'd', 'e', 'x']);
    assert.deepEqual(idsAround(diamond, 'x'), ['c', 'd', 'e', 'x']);
  });

  it('on a long chain, without recursion', () => {
    const chain = barsOf(Array.from({ length: 20_000 }, (_, i) => task(`t${i}`, i % 300, i === 0 ? [] : [`t${i - 1}`])));
    assert.equal(aroundTask(chain, 't10000')?.size, 20_000);
    assert.deepEqual(idsAround(barsOf([task('p', 0), task('q', 1, ['p']), task('r', 0)]), 'q'), ['p', 'q']);
  });

  it('keeps everything when the task is not in the chart, and combines with the other filters', () => {
    assert.equal(aroundTask(diamond, 'nope'), undefined);
    assert.equal(filterBars(diamond, { around: 'nope' }, 2).length, diamond.length);
    const withDone = barsOf([{ ...task('a', 0), status: 'done' }, task('b', 1, ['a']), task('c', 2, ['b'])]);
    assert.deepEqual(
      filterBars(withDone, { around: 'c', showDone: false }, 2).map((b) => b.taskId),
      ['b', 'c'],
    );
  });

  it('is exactly the target, its ancestors and its descendants, on any acyclic plan', () => {
    // A random DAG: task i may depend on any earlier task.
    const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
        fc.integer({ min: 0, max: n - 1 }),
      ),
    );
    fc.assert(
      fc.property(dag, ([matrix, target]) => {
        const n = matrix.length;
        const preds = matrix.map((row, i) => row.slice(0, i).flatMap((on, j) => (on ? [j] : [])));
        const bars = barsOf(preds.map((p, i) => task(`k${i}`, i, p.map((j) => `k${j}`))));
        const found = new Set(filterBars(bars, { around: `k${target}` }, 2).map((b) => Number(b.taskId.slice(1))));
        // Reference: reachability by a fixed point over the matrix.
        const reach = (step: (i: number) => number[]): Set<number> => {
          const seen = new Set([target]);
          for (let changed = true; changed; ) {
            changed = false;
            for (const i of [...seen]) {
              for (const j of step(i)) {
                if (seen.has(j)) continue;
                seen.add(j);
                changed = true;
              }
            }
          }
          return seen;
        };
        const ancestors = reach((i) => preds[i]);
        const descendants = reach((i) => preds.flatMap((p, k) => (p.includes(i) ? [k] : [])));
        const expected = new Set([...ancestors, ...descendants]);
        assert.deepEqual([...found].sort((a, b) => a - b), [...expected].sort((a, b) => a - b));
        // Closed: every predecessor of an ancestor is in, every successor of a descendant is in.
        for (const i of ancestors) for (const j of preds[i]) assert.ok(found.has(j));
        for (let k = 0; k < n; k++) for (const i of descendants) if (preds[k].includes(i)) assert.ok(found.has(k));
      }),
      { numRuns: 200 },
    );
  });
});
