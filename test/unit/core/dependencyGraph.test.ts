import { strict as assert } from 'node:assert';
import { buildDependencyGraph, edgeDependency, sameDependencyNetwork } from '../../../src/core/graph/dependencyGraph';
import type { Program, Task } from '../../../src/core/model';

const at = { start: 0, end: 0 };

/** A program whose tasks are given as `id: [predecessor ids]`. */
function program(spec: Record<string, string[]>): Program {
  const tasks: Task[] = Object.entries(spec).map(([id, deps], index) => ({
    id,
    idSpan: at,
    index,
    name: id,
    span: at,
    fields: {},
    accountable: [],
    consulted: [],
    informed: [],
    duration: 1,
    milestone: false,
    status: 'not-started',
    dependsOn: deps.map((d) => ({ task: { id: d, span: at }, type: 'FS', lag: 0, span: at })),
  }));
  return {
    name: 'p', span: at, fields: {}, accountable: [], holidays: [], people: [], teams: [], tasks,
    risks: [], actions: [], issues: [], decisions: [], stakeholders: [],
  };
}

const ids = (p: Program, indices: readonly number[]) => indices.map((i) => p.tasks[i].id);

describe('dependency graph', () => {
  it('orders predecessors first and keeps file order among independent tasks', () => {
    const p = program({ c: ['b'], a: [], b: ['a'], d: [] });
    const g = buildDependencyGraph(p);
    assert.deepEqual(ids(p, g.order), ['a', 'd', 'b', 'c']);
    assert.deepEqual(g.cycles, []);
  });

  it('leaves out unknown ids and self-dependencies', () => {
    const p = program({ a: ['a', 'nope'], b: ['a'] });
    const g = buildDependencyGraph(p);
    assert.equal(g.predecessors[0].length, 0);
    assert.deepEqual(g.predecessors[1].map((e) => e.from), [0]);
    assert.deepEqual(g.unresolved, [0]);
  });

  it('finds each cycle as a simple loop and still orders every task outside it', () => {
    const p = program({ a: ['c'], b: ['a'], c: ['b'], d: ['c'], e: [] });
    const g = buildDependencyGraph(p);
    assert.equal(g.cycles.length, 1);
    assert.deepEqual(ids(p, g.cycles[0]), ['a', 'b', 'c']);
    assert.deepEqual(g.inCycle, [true, true, true, false, false]);
    assert.deepEqual(ids(p, g.order), ['d', 'e']);
  });

  it('names each edge\'s dependency by its position in dependsOn, not by object', () => {
    const p = program({ a: [], b: ['nope', 'a'] });
    const [edge] = buildDependencyGraph(p).predecessors[1];
    assert.deepEqual(edge, { from: 0, to: 1, position: 1 });
    assert.equal(edgeDependency(p.tasks, edge), p.tasks[1].dependsOn[1]);
  });

  it('has the same network exactly when task ids and dependency ids are the same, in order', () => {
    const base = program({ a: [], b: ['a'], c: ['a', 'b'] });
    const moved = { ...base, tasks: base.tasks.map((task) => ({ ...task, name: `${task.name}!`, span: { start: 1, end: 2 } })) };
    assert.ok(sameDependencyNetwork(base, base));
    assert.ok(sameDependencyNetwork(base, moved));
    assert.ok(sameDependencyNetwork(base, program({ a: [], b: ['a'], c: ['a', 'b'] })));
    const others: Record<string, string[]>[] = [
      { a: [], b: ['a'], c: ['b', 'a'] },
      { a: [], b: ['a'], c: ['a'] },
      { a: [], b: ['a'], c: ['a', 'x'] },
      { a: [], b: ['a'], d: ['a', 'b'] },
      { a: [], c: ['a', 'b'], b: ['a'] },
      { a: [], b: ['a'], c: ['a', 'b'], d: [] },
    ];
    for (const other of others) {
      assert.ok(!sameDependencyNetwork(base, program(other)), JSON.stringify(other));
    }
  });

  it('resolves duplicate ids to the first task', () => {
    const p = program({ a: [], b: ['a'] });
    const dup = { ...p, tasks: [...p.tasks, { ...p.tasks[0], index: 2 }] };
    assert.equal(buildDependencyGraph(dup).indexById.get('a'), 0);
    assert.deepEqual(buildDependencyGraph(dup).duplicates, [2]);
  });

  it('handles a 100,000-task chain without recursion', () => {
    const spec: Record<string, string[]> = {};
    for (let i = 0; i < 100_000; i++) spec[`t${i}`] = i === 0 ? [] : [`t${i - 1}`];
    const g = buildDependencyGraph(program(spec));
    assert.equal(g.order.length, 100_000);
    assert.equal(g.order[99_999], 99_999);
  });

  it('handles a 100,000-task loop without recursion', () => {
    const spec: Record<string, string[]> = {};
    for (let i = 0; i < 100_000; i++) spec[`t${i}`] = [`t${(i + 99_999) % 100_000}`];
    const g = buildDependencyGraph(program(spec));
    assert.equal(g.cycles.length, 1);
    assert.equal(g.cycles[0].length, 100_000);
    assert.equal(g.order.length, 0);
  });
});
