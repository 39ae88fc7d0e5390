import { strict as assert } from 'node:assert';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { plan } from './builder';
import { parseGantt } from './realMermaid';

/** The day after an ISO date: Mermaid keeps end dates exclusive. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const sample = plan({
  name: 'Launch: Q2',
  statusDate: '2026-03-10',
  teams: { web: 'Web team', api: 'API team' },
  people: { ana: 'Ana Ruiz' },
  tasks: [
    // Listed before its predecessor: the chart still numbers predecessors first.
    { id: 'ui', name: 'Build UI', phase: 'Build', team: 'web', start: '2026-03-09', finish: '2026-03-13', duration: 5, after: ['spec'], es: 5, tf: 3, critical: false },
    { id: 'spec', name: 'Write spec', phase: 'Design', team: 'api', owner: 'ana', start: '2026-03-02', finish: '2026-03-06', duration: 5, status: 'done', es: 0 },
    { id: 'api', name: 'Build API', phase: 'Build', team: 'api', start: '2026-03-09', finish: '2026-03-18', duration: 8, status: 'in-progress', progress: 40, after: ['spec'], es: 5, deadline: '2026-03-17', tf: -1 },
    { id: 'ship', name: 'Ship', milestone: true, start: '2026-03-18', finish: '2026-03-18', duration: 0, after: ['api', 'ui'], es: 13 },
  ],
});

describe('gantt chart', () => {
  it('numbers bars in dependency order and draws the scheduler’s dates, inclusive finish', async () => {
    const chart = ganttChart(sample.program, sample.schedule);
    const keys = Object.fromEntries(chart.bars.map((b) => [b.taskId, b.key]));
    assert.deepEqual(keys, { spec: 't1', ui: 't2', api: 't3', ship: 't4' });
    const { bars } = await parseGantt(chart.source);
    for (const bar of chart.bars) {
      const parsed = bars.find((b) => b.id === bar.key)!;
      const timing = sample.schedule.byId.get(bar.taskId)!;
      assert.equal(parsed.start, bar.milestone ? timing.finishDate : timing.startDate, bar.taskId);
      assert.equal(parsed.end, nextDay(timing.finishDate), bar.taskId);
    }
    assert.match(chart.source, /Build API .* :crit, active, t3, 2026-03-09, 2026-03-18\n/);
    assert.doesNotMatch(chart.source, /\bafter\b|excludes/);
  });

  it('sections by phase in the order the file names them, tasks without a phase last', async () => {
    const { bars } = await parseGantt(ganttChart(sample.program, sample.schedule, { groupBy: 'phase' }).source);
    assert.deepEqual(bars.filter((b) => !b.vert).map((b) => [b.id, b.section]), [['t2', 'Build'], ['t3', 'Build'], ['t1', 'Design'], ['t4', 'No phase']]);
  });

  it('sections by team name when asked', async () => {
    const chart = ganttChart(sample.program, sample.schedule, { groupBy: 'team' });
    const { bars } = await parseGantt(chart.source);
    assert.deepEqual(bars.filter((b) => !b.vert).map((b) => [b.id, b.section]), [['t2', 'Web team'], ['t1', 'API team'], ['t3', 'API team'], ['t4', 'No team']]);
  });

  it('writes no section when no task has a phase', async () => {
    const { program, schedule } = plan({ tasks: [{ id: 'a', start: '2026-03-02', finish: '2026-03-02' }] });
    const chart = ganttChart(program, schedule);
    assert.doesNotMatch(chart.source, /section/);
    assert.equal((await parseGantt(chart.source)).bars.length, 1);
  });

  it('marks critical, done, active and milestone bars', async () => {
    const { bars } = await parseGantt(ganttChart(sample.program, sample.schedule).source);
    const byId = new Map(bars.map((b) => [b.id, b]));
    assert.deepEqual([byId.get('t1')!.crit, byId.get('t1')!.done], [true, true]);
    assert.deepEqual([byId.get('t2')!.crit, byId.get('t2')!.done, byId.get('t2')!.active], [false, false, false]);
    assert.deepEqual([byId.get('t3')!.crit, byId.get('t3')!.active], [true, true]);
    assert.equal(byId.get('t4')!.milestone, true);
  });

  it('shows percent complete and lateness in the label and keeps the facts for the panel', async () => {
    const chart = ganttChart(sample.program, sample.schedule);
    const api = chart.bars.find((b) => b.taskId === 'api')!;
    assert.equal(api.progress, 40);
    assert.equal(api.late, true);
    assert.equal(api.deadline, '2026-03-17');
    assert.deepEqual(api.predecessors, [{ key: 't1', type: 'FS', lag: 0 }]);
    assert.equal(chart.bars.find((b) => b.taskId === 'spec')!.owner, 'Ana Ruiz');
    const { bars } = await parseGantt(chart.source);
    assert.equal(bars.find((b) => b.id === 't3')!.text, 'Build API (40%, late)');
  });

  it('draws the status date and launch as vertical markers, and the title', async () => {
    const { program, schedule } = plan({ ...sampleSpec(), launch: '2026-03-20' });
    const chart = ganttChart(program, schedule);
    const parsed = await parseGantt(chart.source);
    const verts = parsed.bars.filter((b) => b.vert).map((b) => [b.text, b.start]);
    assert.deepEqual(verts, [['Status 2026-03-10', '2026-03-10'], ['Launch 2026-03-20', '2026-03-20']]);
    assert.equal(parsed.title, 'Plan: Q2');
    assert.match(chart.source, /todayMarker off/);
  });

  it('leaves out tasks the scheduler could not place, and says which', () => {
    const { program, schedule } = plan({
      tasks: [{ id: 'a', start: '2026-03-02', finish: '2026-03-02' }, { id: 'b', after: ['c'] }, { id: 'c', after: ['b'] }],
    });
    const chart = ganttChart(program, schedule);
    assert.deepEqual(chart.bars.map((b) => b.taskId), ['a']);
    assert.deepEqual(chart.unscheduled, ['b', 'c']);
  });

  it('draws nothing when the schedule failed', () => {
    const { program, schedule } = plan({ tasks: [{ id: 'a', start: '2026-03-02' }] });
    const chart = ganttChart(program, { ...schedule, ok: false });
    assert.deepEqual(chart.bars, []);
    assert.equal(chart.range, undefined);
    assert.deepEqual(chart.markers, []);
  });

  it('keeps hostile names as text: nothing breaks the chart or injects a statement', async () => {
    const names = [
      'Deploy: phase 2; rollback #42; 100%',
      '%%{init: {"theme": "forest"}}%%',
      '<script>alert(1)</script> & "quotes"',
      'section Hijack',
      'title Not the title',
      'excludes weekends',
      'click t1 href "https://example.com"',
      '2026-01-01 is a date',
      'line one\nsection two: injected',
      '#35; literally',
      'a%%comment',
      'x'.repeat(500),
    ];
    const { program, schedule } = plan({
      name: 'title %%{init}%% : ;',
      tasks: names.map((name, i) => ({ id: `k${i}`, name, phase: name, start: '2026-03-02', finish: '2026-03-03', duration: 2 })),
    });
    const chart = ganttChart(program, schedule);
    const parsed = await parseGantt(chart.source);
    const tasks = parsed.bars.filter((b) => !b.vert);
    assert.equal(tasks.length, names.length);
    tasks.forEach((bar, i) => {
      const expected = names[i].replace(/\s+/g, ' ');
      if (expected.length > 120) assert.equal(bar.text, `${expected.slice(0, 119)}…`);
      else assert.equal(bar.text, expected);
      assert.equal(bar.section, expected.length > 120 ? `${expected.slice(0, 119)}…` : expected);
      assert.deepEqual([bar.start, bar.end], ['2026-03-02', '2026-03-04']);
    });
    assert.equal(parsed.title, 'title %%{init}%% : ;');
    assert.doesNotMatch(chart.source, /%%|\{\{/);
    // One statement per line: a name never adds a line.
    assert.equal(chart.source.trimEnd().split('\n').length, 6 + names.length * 2);
  });

  it('falls back to the id when a task has no name', async () => {
    const { program, schedule } = plan({ tasks: [{ id: 'title', name: '', start: '2026-03-02', finish: '2026-03-02' }] });
    assert.equal((await parseGantt(ganttChart(program, schedule).source)).bars[0].text, 'title');
  });
});

function sampleSpec() {
  return {
    name: 'Plan: Q2',
    statusDate: '2026-03-10',
    tasks: [{ id: 'a', start: '2026-03-02', finish: '2026-03-06', duration: 5 }],
  };
}
