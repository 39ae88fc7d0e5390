import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { fileHistory, parseFollowLog } from '../../../src/core/git/fileHistory';
import { computeMetrics } from '../../../src/core/history/metrics';
import { historyCsv, historyMarkdown, milestoneTrendChart } from '../../../src/core/history/historyOutput';
import { readPlanHistory, type PlanHistory } from '../../../src/core/history/readHistory';
import { buildSeries } from '../../../src/core/history/series';
import { FolderSnapshotCache, MemorySnapshotCache } from '../../../src/core/history/snapshotCache';
import { buildHistoryRepo, type HistoryRepo } from '../../../bench/historyRepo';
import { runCli } from '../cli/runCli';
import { plan, TestRepo } from './repo';

const FILE = 'plans/pay.program.yaml';

async function history(file: string, cache = new MemorySnapshotCache()): Promise<PlanHistory> {
  const result = await readPlanHistory(file, { cache });
  assert.ok(!('unavailable' in result), JSON.stringify(result));
  return result;
}

describe('plan history from git', () => {
  let repo: TestRepo;
  before(async () => {
    repo = await new TestRepo().init();
    repo.write(FILE, plan({ statusDate: '2026-01-05' }));
    await repo.commit('2026-01-05', 'Kickoff');
    repo.write(FILE, plan({ statusDate: '2026-01-07', blocked: true }));
    await repo.commit('2026-01-07', 'API blocked');
    repo.write('notes.md', 'unrelated\n');
    await repo.commit('2026-01-08', 'Notes only');
    repo.write(FILE, plan({ statusDate: '2026-01-12', duration: 8 }));
    await repo.commit('2026-01-12', 'API slips');
  });
  after(() => repo.dispose());

  it('gives the golden series: one point per commit of the file, forecasts as each version had them', async () => {
    const series = buildSeries(await history(repo.path(FILE)));
    assert.deepEqual(
      series.points.map((p) => [p.reportDate, p.subject, p.projectedEnd, p.milestones, p.taskCount, p.totalWork, p.done, p.blocked]),
      [
        ['2026-01-05', 'Kickoff', '2026-01-16', { m: '2026-01-16' }, 3, 8, 0, 0],
        ['2026-01-07', 'API blocked', '2026-01-20', { m: '2026-01-20' }, 3, 8, 0, 1],
        ['2026-01-12', 'API slips', '2026-01-28', { m: '2026-01-28' }, 3, 11, 0, 0],
      ],
    );
    assert.deepEqual(series.milestones, [{ id: 'm', name: 'Launch: "v1"' }]);
  });

  it('draws the milestone trend in Mermaid with the names escaped, and a table', async () => {
    const series = buildSeries(await history(repo.path(FILE)));
    const chart = milestoneTrendChart(series, 'Trend: "x"')!;
    assert.match(chart, /^xychart-beta$/m);
    assert.match(chart, /^ {2}x-axis \["2026-01-05", "2026-01-07", "2026-01-12"\]$/m);
    assert.match(chart, /^ {2}line "Launch#58; #34;v1#34;" \[11, 15, 23\]$/m);
    assert.match(chart, /^ {2}title "Trend#58; #34;x#34;"$/m);
    const markdown = historyMarkdown(series, 'Payments');
    assert.match(markdown, /\| 2026-01-12 \| [0-9a-f]{10} \| 2026-01-28 \| 3 \| 11 \| 0 \| 0 \| 2026-01-28 \|/);
    const csv = historyCsv(series).split('\r\n');
    assert.equal(csv[0], 'report_date,week,commit,committed,subject,projected_end,task_count,total_work,done,blocked,milestone:m');
    assert.match(csv[2], /^2026-01-07,,[0-9a-f]{40},2026-01-07T12:00:00\+00:00,API blocked,2026-01-20,3,8,0,1,2026-01-20$/);
  });

  it('groups by ISO week with the last commit of each week', async () => {
    const series = buildSeries(await history(repo.path(FILE)), 'week');
    assert.deepEqual(series.points.map((p) => [p.week, p.subject]), [['2026-W02', 'API blocked'], ['2026-W03', 'API slips']]);
  });

  it('measures how long blockers stayed, in working days between the report dates', async () => {
    const h = await history(repo.path(FILE));
    const current = analyze(plan({ statusDate: '2026-01-12', duration: 8 }));
    const metrics = computeMetrics({ current, baseline: { unavailable: 'none' }, history: h.versions });
    const blockers = metrics.find((m) => m.id === 'blocker-resolution')!;
    assert.equal(blockers.value, '3 working days (median of 1), 0 open');
    assert.deepEqual(blockers.details, ['a: 3 working days (2026-01-07 → 2026-01-12)']);
    assert.match(blockers.over, /^3 commits, [0-9a-f]{10} \(2026-01-05\) to [0-9a-f]{10} \(2026-01-12\)$/);
    const lead = metrics.find((m) => m.id === 'dependency-lead-time')!;
    assert.equal(lead.value, 'none closed yet, 1 open');
    assert.deepEqual(lead.details, ['ui ← a: open for 5 working days (since 2026-01-05)']);
    assert.equal(metrics.find((m) => m.id === 'budget-variance')!.details[0], 'no budget in the plan');
    assert.equal(metrics.find((m) => m.id === 'on-time-delivery')!.value, 'n/a');
  });

  it('keeps snapshots in a folder and reads them back instead of the blobs', async () => {
    const folder = repo.path('.cache/pp');
    const first = await readPlanHistory(repo.path(FILE), { cache: new FolderSnapshotCache(folder) });
    const files = readdirSync(folder);
    assert.equal(files.length, 3);
    assert.ok(files.every((f) => /^[0-9a-f]{40}\.v1\.json$/.test(f)));
    // A damaged entry is a miss, computed again.
    writeFileSync(join(folder, files[0]), '{not json');
    const second = await readPlanHistory(repo.path(FILE), { cache: new FolderSnapshotCache(folder) });
    assert.deepEqual(second, first);
  });

  it('follows a rename and counts a merge once, along the first parent', async () => {
    const r = await new TestRepo().init();
    try {
      r.write('old name.program.yaml', plan({ statusDate: '2026-01-05' }));
      await r.commit('2026-01-05', 'Start');
      await r.git('mv', 'old name.program.yaml', 'new\nname.program.yaml');
      await r.commit('2026-01-06', 'Rename');
      await r.git('checkout', '-q', '-b', 'replan');
      r.write('new\nname.program.yaml', plan({ statusDate: '2026-01-07', duration: 6 }));
      await r.commit('2026-01-07', 'On a branch');
      await r.git('checkout', '-q', 'main');
      r.write('other.txt', 'x');
      await r.commit('2026-01-08', 'Elsewhere');
      await r.git('merge', '-q', '--no-ff', '-m', 'Merge replan', 'replan', { env: { GIT_AUTHOR_DATE: '2026-01-09T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-09T12:00:00Z' } });
      const log = await fileHistory(r.path('new\nname.program.yaml'));
      assert.ok('commits' in log, JSON.stringify(log));
      assert.deepEqual(log.commits.map((c) => [c.subject, c.path]), [
        ['Merge replan', 'new\nname.program.yaml'],
        ['Rename', 'new\nname.program.yaml'],
        ['Start', 'old name.program.yaml'],
      ]);
      const series = buildSeries(await history(r.path('new\nname.program.yaml')));
      assert.deepEqual(series.points.map((p) => p.totalWork), [8, 8, 9]);
    } finally {
      r.dispose();
    }
  });

  it('says a shallow clone lacks older commits, and what it has', async () => {
    const clone = new TestRepo();
    try {
      await repo.git('clone', '-q', '--depth', '1', `file://${repo.folder}`, join(clone.folder, 'c'));
      const file = join(clone.folder, 'c', FILE);
      const h = await history(file);
      assert.equal(h.versions.length, 1);
      assert.match(h.shallow ?? '', /shallow/);
      const md = historyMarkdown(buildSeries(h), 'Payments');
      assert.match(md, /> Note: the clone is shallow/);
    } finally {
      clone.dispose();
    }
  });

  it('says why there is no history: outside git, a file never committed', async () => {
    assert.deepEqual(await readPlanHistory('/nonexistent-folder/x.program.yaml'), { unavailable: 'the plan is not in a git repository' });
    repo.write('plans/new.program.yaml', plan({ statusDate: '2026-01-05' }));
    assert.deepEqual(await readPlanHistory(repo.path('plans/new.program.yaml')), { unavailable: 'the file has no committed version (commit it first)' });
  });

  it('reads a log whose subjects hold any character but NUL', () => {
    const blob = 'b'.repeat(40);
    const raw = `\x01${'1'.repeat(40)}\0 2026-01-05T12:00:00+00:00\0sub\x01ject :x\n\0\0\n:100644 100644 ${'0'.repeat(40)} ${blob} M\0a.yaml\0`;
    assert.deepEqual(parseFollowLog(raw), [{ hash: '1'.repeat(40), date: ' 2026-01-05T12:00:00+00:00', subject: 'sub\x01ject :x\n', blob, path: 'a.yaml' }]);
  });

  it('prints the history from the command line', async () => {
    const md = await runCli(['history', repo.path(FILE)], { cwd: repo.folder, disk: true });
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /```mermaid\n---\n/);
    const csv = await runCli(['history', '--format', 'csv', '--by', 'week', FILE], { cwd: repo.folder });
    assert.equal(csv.stdout.split('\r\n').length, 4);
    const none = await runCli(['history', 'x.program.yaml'], { cwd: '/', disk: true });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /not in a git repository/);
  });
});

describe('generated plan history (golden)', () => {
  let generated: HistoryRepo;
  before(() => {
    generated = buildHistoryRepo({ commits: 40, tasks: 50 });
  });
  after(() => generated.dispose());

  it('reads every generated commit and gives the same series every time', async () => {
    const h = await history(generated.file);
    assert.equal(h.versions.length, 40);
    const series = buildSeries(h, 'week');
    assert.equal(series.points.length, 8);
    const last = series.points.at(-1)!;
    assert.deepEqual(
      { reportDate: last.reportDate, projectedEnd: last.projectedEnd, taskCount: last.taskCount, totalWork: last.totalWork, done: last.done, blocked: last.blocked, milestones: last.milestones },
      GOLDEN_LAST_WEEK,
    );
    const current = analyze(readFileSync(generated.file, 'utf8'));
    const metrics = computeMetrics({ current, baseline: { unavailable: 'none' }, history: h.versions });
    assert.deepEqual(
      metrics.map((m) => [m.id, m.value]),
      GOLDEN_METRICS,
    );
    assert.ok(existsSync(generated.file));
  });
});

const GOLDEN_LAST_WEEK = {
  reportDate: '2026-02-27',
  projectedEnd: '2026-03-24',
  taskCount: 50,
  totalWork: 110,
  done: 39,
  blocked: 0,
  milestones: { t24: '2026-02-09', t49: '2026-03-24' },
};
const GOLDEN_METRICS = [
  ['on-time-delivery', 'n/a'],
  ['scope-control', 'n/a'],
  ['budget-variance', '-623,754 USD (-88.9 % of planned)'],
  ['blocker-resolution', '4 working days (median of 3), 0 open'],
  ['dependency-lead-time', '20 working days (median of 39), 9 open'],
];
