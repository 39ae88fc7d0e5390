/** The milestone trend: the server's history request, and the chart geometry the page draws. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistorySeries, SeriesPoint } from '../../../src/core/history/series';
import { Trends } from '../../../src/server/trend';
import { milestoneTrendLayout, scopeLayout, type Frame } from '../../../webview/lib/trendLayout';
import { plan, TestRepo } from '../history/repo';

const FRAME: Frame = { width: 500, height: 300, left: 50, right: 10, top: 10, bottom: 40 };

function point(reportDate: string, milestones: Record<string, string>, taskCount = 3): SeriesPoint {
  return { commit: `c-${reportDate}`, committed: `${reportDate}T12:00:00Z`, subject: `report ${reportDate}`, reportDate, taskCount, totalWork: 8, done: 0, blocked: 0, milestones };
}

const SERIES: HistorySeries = {
  grouping: 'commit',
  points: [point('2026-01-05', { m: '2026-01-20' }), point('2026-01-12', { m: '2026-01-27', n: '2026-02-02' }, 4), point('2026-01-19', { m: '2026-01-27', n: 'not a date' }, 5)],
  milestones: [
    { id: 'm', name: 'Launch <b>' },
    { id: 'n', name: 'GA' },
  ],
  skipped: [],
};

describe('milestone trend', () => {
  describe('layout', () => {
    const layout = milestoneTrendLayout(SERIES, FRAME);

    it('draws one line per milestone, a point per version that has it, later forecasts higher', () => {
      assert.deepEqual(layout.lines.map((l) => [l.id, l.name, l.points.length]), [['m', 'Launch <b>', 3], ['n', 'GA', 1]]);
      const [first, second, third] = layout.lines[0].points;
      assert.ok(first.x === FRAME.left && third.x === FRAME.width - FRAME.right, 'x spans the plot');
      assert.ok(second.y < first.y, 'a later forecast is drawn higher');
      assert.equal(second.y, third.y);
      assert.equal(first.label, 'Launch <b>: 20 Jan (report 5 Jan, report 2026-01-05)');
      assert.equal(second.commit, 'c-2026-01-12');
    });

    it('draws the diagonal from the first report date to the last, and labels both axes with dates', () => {
      // y runs from 5 Jan (the first report) to 2 Feb; the diagonal ends at the last report date.
      assert.deepEqual(layout.diagonal, { x1: FRAME.left, y1: FRAME.height - FRAME.bottom, x2: FRAME.width - FRAME.right, y2: layout.diagonal!.y2 });
      assert.ok(layout.diagonal!.y2 > FRAME.top && layout.diagonal!.y2 < FRAME.height - FRAME.bottom);
      assert.deepEqual(layout.xTicks.map((t) => t.label), ['5 Jan', '8 Jan', '11 Jan', '13 Jan', '16 Jan', '19 Jan']);
      assert.equal(layout.yTicks[0].label, '5 Jan');
      assert.equal(layout.yTicks.at(-1)!.label, '2 Feb');
    });

    it('draws the task count below, from zero', () => {
      const scope = scopeLayout(SERIES, { ...FRAME, height: 120 });
      assert.deepEqual(scope.lines[0].points.map((p) => p.label.split(' (')[0]), ['3 tasks', '4 tasks', '5 tasks']);
      assert.equal(scope.yTicks[0].label, '0');
    });

    it('draws nothing, without failing, for no usable version, and copes with one', () => {
      const empty = { ...SERIES, points: [], milestones: [] };
      assert.deepEqual(milestoneTrendLayout(empty, FRAME).lines, []);
      assert.deepEqual(scopeLayout(empty, FRAME).lines, []);
      const one = milestoneTrendLayout({ ...SERIES, points: [SERIES.points[0]] }, FRAME);
      assert.ok(one.lines[0].points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
    });
  });

  describe('the server request', () => {
    let repo: TestRepo;
    let storage: string;
    beforeEach(async () => {
      repo = await new TestRepo().init();
      storage = mkdtempSync(join(tmpdir(), 'pp-trend-storage-'));
    });
    afterEach(() => {
      repo.dispose();
      rmSync(storage, { recursive: true, force: true });
    });

    it('gives the series, the path of each version, and keeps the analysed versions in the storage folder', async () => {
      repo.write('old.program.yaml', plan({ statusDate: '2026-01-05' }));
      const first = await repo.commit('2026-01-05', 'first');
      await repo.git('mv', 'old.program.yaml', 'pay.program.yaml');
      repo.write('pay.program.yaml', plan({ statusDate: '2026-01-12', duration: 9 }));
      const second = await repo.commit('2026-01-12', 'slip');
      const trends = new Trends(storage);
      const answer = await trends.trend(`file://${repo.path('pay.program.yaml')}`);
      assert.ok('series' in answer, JSON.stringify(answer));
      assert.deepEqual(answer.series.points.map((p) => p.commit), [first, second]);
      assert.equal(answer.paths[first], repo.path('old.program.yaml'));
      assert.equal(answer.paths[second], repo.path('pay.program.yaml'));
      assert.equal(answer.fileName, 'pay.program.yaml');
      assert.equal(readdirSync(join(storage, 'history')).length, 2);
    });

    it('says why there is no history outside a repository', async () => {
      const answer = await new Trends(undefined).trend(`file://${join(storage, 'x.program.yaml')}`);
      assert.deepEqual(answer, { unavailable: 'the plan is not in a git repository (or git is not installed)' });
      assert.ok('unavailable' in (await new Trends(undefined).trend('untitled:1')));
    });
  });
});
