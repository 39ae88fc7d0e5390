import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { buildView } from '../../../src/server/views';
import { describeView, noticesOf } from '../../../webview/lib/viewText';
import { parseGantt } from './realMermaid';

const options = { documentUri: 'file:///p.program.yaml', fileName: 'p.program.yaml', groupBy: 'phase', scope: 'auto', nearCriticalThreshold: 2 } as const;

const PLAN = `program: Plan
start: 2026-03-05
calendar:
  holidays:
    - { date: 2026-03-10, name: Founders' day }
tasks:
  - id: a
    name: Across a weekend and a holiday
    duration: 4
  - id: b
    name: After
    duration: 1
    dependsOn: [a]
  - id: c
    name: Loop one
    duration: 1
    dependsOn: [d]
  - id: d
    name: Loop two
    duration: 1
    dependsOn: [c]
`;

describe('panel views', () => {
  it('draws the scheduler’s calendar span: weekends and holidays inside a bar, as in the hover', async () => {
    const analysis = analyze(PLAN);
    const view = buildView('gantt', analysis, options);
    assert.equal(view.kind, 'gantt');
    if (view.kind !== 'gantt') return;
    const a = analysis.schedule.byId.get('a')!;
    // Thu 5, Fri 6, (weekend), Mon 9, (holiday Tue 10), Wed 11.
    assert.deepEqual([a.startDate, a.finishDate], ['2026-03-05', '2026-03-11']);
    const { bars } = await parseGantt(view.chart.source);
    const bar = bars.find((b) => b.text === 'Across a weekend and a holiday')!;
    assert.deepEqual([bar.start, bar.end], ['2026-03-05', '2026-03-12']);
    assert.deepEqual(view.chart.unscheduled, ['c', 'd']);
    assert.equal(view.errorCount, analysis.diagnostics.filter((d) => d.severity === 'error').length);
    assert.ok(view.errorCount > 0, 'the cycle is an error');
  });

  it('explains an empty chart', () => {
    const noStart = buildView('gantt', analyze('program: P\ntasks:\n  - {id: a, name: A, duration: 1}\n'), options);
    assert.match(noStart.empty!.title, /Nothing can be scheduled/);
    assert.match(noStart.empty!.detail, /start/);
    const noTasks = buildView('criticalPath', analyze('program: P\nstart: 2026-03-02\n'), options);
    assert.equal(noTasks.empty!.title, 'No tasks yet');
    assert.equal(buildView('gantt', analyze(PLAN), options).empty, undefined);
  });

  it('summarises the view and says what it leaves out', () => {
    const view = buildView('criticalPath', analyze(PLAN), { ...options, scope: 'critical' });
    assert.match(describeView(view), /^p\.program\.yaml · \d+ critical tasks? · \d+ tasks? shown of 2$/);
    const notices = noticesOf(view).map((n) => n.text);
    assert.ok(notices.some((t) => /1 error/.test(t) || /errors/.test(t)), notices.join('\n'));
    assert.ok(notices.some((t) => /could not be scheduled \(dependency cycle\): c, d\./.test(t)), notices.join('\n'));
  });
});
