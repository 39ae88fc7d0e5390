import { strict as assert } from 'node:assert';
import { criticalPathDiagram } from '../../../src/core/mermaid/criticalPath';
import { plan, type TaskSpec } from './builder';

/** Node ids, labels and classes, and edges as written in flowchart source. */
function read(source: string) {
  const nodes = new Map<string, { label: string; milestone: boolean }>();
  const edges: { from: string; to: string; dashed: boolean; label?: string }[] = [];
  const classes = new Map<string, string[]>();
  let linkStyle: number[] = [];
  for (const line of source.split('\n')) {
    let m = /^ {2}(t\d+)(\["|\{\{")(.*)("\]|"\}\})$/.exec(line);
    if (m) nodes.set(m[1], { label: m[3], milestone: m[2] === '{{"' });
    m = /^ {2}(t\d+) (-->|-\.->)(?:\|"([^"]*)"\|)? (t\d+)$/.exec(line);
    if (m) edges.push({ from: m[1], to: m[4], dashed: m[2] === '-.->', label: m[3] });
    m = /^ {2}class ([\w,]+) (\w+)$/.exec(line);
    if (m) classes.set(m[2], m[1].split(','));
    m = /^ {2}linkStyle ([\d,]+) /.exec(line);
    if (m) linkStyle = m[1].split(',').map(Number);
  }
  return { nodes, edges, classes, linkStyle };
}

const chain: TaskSpec[] = [
  { id: 'a', name: 'Design', start: '2026-03-02', finish: '2026-03-06', duration: 5, es: 0, ef: 5 },
  { id: 'b', name: 'Build', start: '2026-03-09', finish: '2026-03-13', duration: 5, es: 5, ef: 10, after: ['a'], driver: 'a' },
  { id: 'side', name: 'Docs', start: '2026-03-09', finish: '2026-03-10', duration: 2, es: 5, ef: 7, after: ['a'], tf: 3 },
  { id: 'near', name: 'Security review', start: '2026-03-09', finish: '2026-03-11', duration: 3, es: 5, ef: 8, after: ['a:SS+5'], tf: 2 },
  { id: 'ship', name: 'Ship', milestone: true, start: '2026-03-13', finish: '2026-03-13', duration: 0, es: 10, ef: 10, after: ['b', 'side', 'near'], driver: 'b' },
];

describe('critical path diagram', () => {
  it('draws every task of a small program left to right with dates and float', () => {
    const { program, schedule } = plan({ tasks: chain });
    const diagram = criticalPathDiagram(program, schedule, { scope: 'all' });
    assert.equal(diagram.scope, 'all');
    assert.match(diagram.source, /^flowchart LR\n/);
    const { nodes } = read(diagram.source);
    assert.deepEqual([...nodes.keys()], ['t1', 't2', 't3', 't4', 't5']);
    assert.equal(nodes.get('t1')!.label, '<b>Design</b><br/>2026-03-02 #8594; 2026-03-06<br/>5d · critical');
    assert.equal(nodes.get('t3')!.label, '<b>Docs</b><br/>2026-03-09 #8594; 2026-03-10<br/>2d · float 3d');
    assert.equal(nodes.get('t5')!.milestone, true);
    assert.equal(nodes.get('t5')!.label, '<b>Ship</b><br/>2026-03-13<br/>milestone · critical');
  });

  it('highlights the critical chain: nodes, and only the links without slack', () => {
    const { program, schedule } = plan({ tasks: chain });
    const { edges, classes, linkStyle } = read(criticalPathDiagram(program, schedule, { scope: 'all' }).source);
    assert.deepEqual(classes.get('critical'), ['t1', 't2', 't5']);
    assert.deepEqual(classes.get('nearCritical'), ['t4']);
    const styled = linkStyle.map((i) => `${edges[i].from}>${edges[i].to}`);
    assert.deepEqual(styled, ['t1>t2', 't2>t5']);
  });

  it('labels typed links and lags', () => {
    const { program, schedule } = plan({ tasks: chain });
    const { edges } = read(criticalPathDiagram(program, schedule, { scope: 'all' }).source);
    assert.deepEqual(edges.find((e) => e.to === 't4'), { from: 't1', to: 't4', dashed: false, label: 'SS +5d' });
    assert.equal(edges.find((e) => e.to === 't2')!.label, undefined);
  });

  it('uses the near-critical threshold', () => {
    const { program, schedule } = plan({ tasks: chain });
    const { classes } = read(criticalPathDiagram(program, schedule, { nearCriticalThreshold: 3 }).source);
    assert.deepEqual(classes.get('nearCritical'), ['t3', 't4']);
    assert.equal(read(criticalPathDiagram(program, schedule, { nearCriticalThreshold: 1 }).source).classes.get('nearCritical'), undefined);
  });

  it('focus leaves out tasks with float and joins the rest through them with dashed links', () => {
    // a → x1 → x2 → m (milestone) ; a → c (critical)
    const { program, schedule } = plan({
      tasks: [
        { id: 'a', start: '2026-03-02', finish: '2026-03-02', es: 0 },
        { id: 'x1', start: '2026-03-03', finish: '2026-03-03', es: 1, tf: 10, after: ['a'] },
        { id: 'x2', start: '2026-03-04', finish: '2026-03-04', es: 2, tf: 10, after: ['x1'] },
        { id: 'm', milestone: true, start: '2026-03-04', finish: '2026-03-04', es: 3, tf: 10, after: ['x2'] },
        { id: 'c', start: '2026-03-03', finish: '2026-03-20', es: 1, after: ['a'] },
      ],
    });
    const diagram = criticalPathDiagram(program, schedule, { scope: 'focus' });
    assert.deepEqual(diagram.nodes.map((n) => n.taskId), ['a', 'c', 'm']);
    assert.equal(diagram.hidden, 2);
    assert.equal(diagram.total, 5);
    const { edges } = read(diagram.source);
    const keyOf = new Map(diagram.nodes.map((n) => [n.taskId, n.key]));
    assert.deepEqual(
      edges.map((e) => [e.from, e.to, e.dashed]),
      [
        [keyOf.get('a'), keyOf.get('c'), false],
        [keyOf.get('a'), keyOf.get('m'), true],
      ],
    );
    assert.match(diagram.source, /%% Showing 3 of 5 scheduled tasks/);
  });

  it('critical scope keeps critical tasks only', () => {
    const { program, schedule } = plan({ tasks: chain });
    const diagram = criticalPathDiagram(program, schedule, { scope: 'critical' });
    assert.deepEqual(diagram.nodes.map((n) => n.taskId), ['a', 'b', 'ship']);
    assert.equal(diagram.criticalCount, 3);
  });

  it('auto shows a large program focused, and never more than the node limit', () => {
    const tasks: TaskSpec[] = [];
    for (let i = 0; i < 1_000; i++) {
      tasks.push({ id: `k${i}`, start: '2026-03-02', finish: '2026-03-02', es: i, tf: i % 10 === 0 ? 0 : 5, after: i > 0 ? [`k${i - 1}`] : [] });
    }
    const { program, schedule } = plan({ tasks });
    const focused = criticalPathDiagram(program, schedule);
    assert.equal(focused.scope, 'nearest');
    assert.equal(focused.nodes.length, 100);
    // Consecutive critical tasks are joined through the hidden ones.
    assert.equal(read(focused.source).edges.filter((e) => e.dashed).length, 99);
    const all = criticalPathDiagram(program, schedule, { scope: 'all', maxNodes: 250 });
    assert.equal(all.nodes.length, 250);
    assert.equal(all.truncated, true);
    assert.equal(all.hidden, 750);
    // The least float is kept first: every critical task is still there.
    assert.equal(all.nodes.filter((n) => n.kind === 'critical').length, 100);
  });

  it('auto shows the critical chain and at most 30 nodes with the nearest near-critical work, ending in the finish', () => {
    const tasks: TaskSpec[] = [{ id: 'c0', start: '2026-03-02', finish: '2026-03-02', es: 0, ef: 1 }];
    for (let i = 1; i <= 40; i++) tasks.push({ id: `n${i}`, start: '2026-03-03', finish: '2026-03-03', es: 1, tf: i % 3, after: ['c0'] });
    const { program, schedule } = plan({ tasks });
    const diagram = criticalPathDiagram(program, schedule, { nearCriticalThreshold: 2 });
    assert.equal(diagram.scope, 'nearest');
    assert.equal(diagram.nodes.length, 30);
    // The least float first: every task with float 0 or 1 before any with 2.
    const floats = diagram.nodes.map((n) => schedule.byId.get(n.taskId)!.tf);
    assert.ok(floats.filter((f) => f === 2).length <= 30 - floats.filter((f) => f < 2).length);
    assert.ok(diagram.nodes.some((n) => n.taskId === 'c0'));
  });

  it('ends the critical chain in a finish node with the end date and the total working days', () => {
    const { program, schedule } = plan({ tasks: chain });
    const source = criticalPathDiagram(program, schedule, { scope: 'critical' }).source;
    assert.match(source, new RegExp(`finish\\(\\["<b>Finish ${schedule.projectEndDate}</b><br/>${schedule.projectEnd} working days in all"\\]\\)`));
    assert.match(source, / --> finish\n/);
  });

  it('escapes names inside labels', () => {
    const { program, schedule } = plan({ tasks: [{ id: 'a', name: 'Say "hi"]; <img src=x onerror=alert(1)> %%{init}%%', start: '2026-03-02', finish: '2026-03-02' }] });
    const { nodes } = read(criticalPathDiagram(program, schedule).source);
    const label = nodes.get('t1')!.label;
    assert.doesNotMatch(label.replace(/<\/?b>|<br\/>/g, '').replace(/#\d+;/g, ''), /["<>%;{}]/);
  });

  it('draws nothing for an unscheduled program, and lists tasks on cycles', () => {
    const { program, schedule } = plan({ tasks: [{ id: 'a', after: ['b'] }, { id: 'b', after: ['a'] }] });
    const diagram = criticalPathDiagram(program, schedule);
    assert.deepEqual(diagram.nodes, []);
    assert.deepEqual(diagram.unscheduled, ['a', 'b']);
  });
});

describe('critical path diagram: finished work', () => {
  it('never calls a done or cancelled task near-critical, and fades it', () => {
    const { program, schedule } = plan({
      tasks: [
        { id: 'a', start: '2026-03-02', finish: '2026-03-02', tf: 1, status: 'done' },
        { id: 'b', start: '2026-03-02', finish: '2026-03-02', tf: 1 },
      ],
    });
    const diagram = criticalPathDiagram(program, schedule, { scope: 'all' });
    assert.deepEqual(diagram.nodes.map((n) => [n.taskId, n.kind]), [['a', 'other'], ['b', 'nearCritical']]);
    assert.match(diagram.source, /\n {2}class t1 finished\n/);
  });
});
