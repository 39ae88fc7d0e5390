/** The baseline in the charts: each Gantt bar's baseline dates and variance, new and removed tasks, slipped nodes in the critical path. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { compareWithBaseline } from '../../../src/core/baseline/compare';
import { signedWorkingDays, varianceBadge } from '../../../src/core/baseline/varianceText';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { criticalPathDiagram } from '../../../src/core/mermaid/criticalPath';
import { buildView } from '../../../src/server/views';
import { plan } from '../history/repo';

/** Today: `a` takes 10 days instead of 5, a new task `n`; the baseline also had `gone`, since removed. */
const NOW = plan({ statusDate: '2026-01-05', duration: 10, extra: '  - {id: n, name: New work, owner: ann, duration: 1}' });
const BEFORE = plan({ statusDate: '2026-01-05', extra: '  - {id: gone, name: Dropped work, owner: ann, duration: 2}' });
const now = analyze(NOW);
const comparison = compareWithBaseline(now, analyze(BEFORE));
const baseline = { ref: 'kickoff', comparison };
const options = { documentUri: 'file:///w/pay.program.yaml', fileName: 'pay.program.yaml', groupBy: 'phase', scope: 'critical', nearCriticalThreshold: 2 } as const;

describe('baseline in the charts', () => {
  it("gives each Gantt bar its baseline's dates and finish variance, and marks new tasks", () => {
    const chart = ganttChart(now.program, now.schedule, { graph: now.graph, baseline });
    const bar = (id: string) => chart.bars.find((b) => b.taskId === id)!;
    // The baseline had `a` take 5 working days; it now takes 10: it finishes 5 working days later.
    const a = comparison.tasks.find((t) => t.id === 'a')!;
    assert.deepEqual(bar('a').baseline, { start: a.baselineStart, finish: a.baselineFinish, startVariance: 0, finishVariance: 5 });
    assert.notEqual(a.baselineFinish, bar('a').finish);
    assert.equal(bar('ui').baseline?.finishVariance, 5);
    assert.equal(bar('m').baseline?.finish, comparison.tasks.find((t) => t.id === 'm')?.baselineFinish);
    assert.equal(bar('n').baseline, undefined);
    assert.equal(bar('n').newSinceBaseline, true);
    assert.equal(bar('a').newSinceBaseline, undefined);
    assert.deepEqual(chart.baseline, { ref: 'kickoff', removed: [{ id: 'gone', name: 'Dropped work', milestone: false }] });
  });

  it('has no baseline fields without a baseline, and the source is the same either way', () => {
    const plain = ganttChart(now.program, now.schedule, { graph: now.graph });
    assert.equal(plain.baseline, undefined);
    assert.ok(plain.bars.every((b) => b.baseline === undefined && b.newSinceBaseline === undefined));
    assert.equal(ganttChart(now.program, now.schedule, { graph: now.graph, baseline }).source, plain.source);
  });

  it('marks the critical-path nodes that finish later than the baseline, in the node text too', () => {
    const slips = new Map(comparison.tasks.filter((t) => t.finishVariance > 0).map((t) => [t.id, t.finishVariance]));
    const diagram = criticalPathDiagram(now.program, now.schedule, { graph: now.graph, scope: 'all', slips });
    const node = (id: string) => diagram.nodes.find((n) => n.taskId === id)!;
    assert.equal(node('a').slip, 5);
    assert.equal(node('n').slip, undefined);
    assert.match(diagram.source, new RegExp(`${node('a').key}\\["[^"]*<br/>\\+5d vs baseline"\\]`));
    assert.match(diagram.source, /class [t\d,]+ slipped/);
    assert.doesNotMatch(criticalPathDiagram(now.program, now.schedule, { graph: now.graph, scope: 'all' }).source, /vs baseline|slipped/);
  });

  it('passes the baseline, or why there is none, to both panels', () => {
    const gantt = buildView('gantt', now, { ...options, baseline });
    assert.ok(gantt.kind === 'gantt' && gantt.chart.bars.some((b) => b.baseline));
    const path = buildView('criticalPath', now, { ...options, baseline });
    assert.ok(path.kind === 'criticalPath' && path.diagram.nodes.some((n) => n.slip === 5));
    const loading = buildView('gantt', now, { ...options, baseline: { note: "Baseline 'kickoff' is being read from git…" } });
    assert.ok(loading.kind === 'gantt' && loading.chart.baseline === undefined);
    assert.equal(loading.baselineNote, "Baseline 'kickoff' is being read from git…");
    assert.equal(buildView('gantt', now, options).baselineNote, undefined);
  });

  it('words a variance the same everywhere', () => {
    assert.deepEqual([signedWorkingDays(11), signedWorkingDays(-1), signedWorkingDays(0)], ['+11 working days', '−1 working day', 'on the baseline']);
    assert.deepEqual([varianceBadge(5), varianceBadge(-2), varianceBadge(0)], ['+5d', '−2d', '0d']);
  });
});
