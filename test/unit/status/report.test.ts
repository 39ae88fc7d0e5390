import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { buildStatusReport } from '../../../src/core/status/report';
import { statusMarkdown } from '../../../src/core/status/reportDocument';
import { statusCommand } from '../../../src/cli/commands/status';
import type { CliIo } from '../../../src/cli/command';
import { NO_SCHEDULE, program, schedule, task } from './builders';

const NO_HISTORY = { unavailable: 'no history in this test' };
const PAYMENTS = join(__dirname, '..', '..', 'fixtures', 'status', 'payments.program.yaml');

describe('buildStatusReport', () => {
  it('counts completed work in the 7 days ending at the as-of date, milestones first', () => {
    const p = program({
      tasks: [
        task('too-early', { status: 'done', actualFinish: '2026-03-09' }),
        task('first-day', { status: 'done', actualFinish: '2026-03-10' }),
        task('ms', { milestone: true, status: 'done', actualFinish: '2026-03-12' }),
        task('as-of', { status: 'done', actualFinish: '2026-03-16' }),
        task('future', { status: 'done', actualFinish: '2026-03-17' }),
        task('cancelled', { status: 'cancelled', actualFinish: '2026-03-12' }),
      ],
    });
    const report = buildStatusReport({ program: p, schedule: NO_SCHEDULE, asOf: '2026-03-16', weekOverWeek: NO_HISTORY });
    assert.deepEqual(report.completedWindow, { from: '2026-03-10', to: '2026-03-16' });
    assert.deepEqual(report.completed.map((c) => c.id), ['ms', 'first-day', 'as-of']);
  });

  it('marks in-progress work late against the plan and the deadline, blocked first', () => {
    const p = program({
      tasks: [
        task('ok', { status: 'in-progress', progress: 50 }),
        task('late', { status: 'in-progress', deadline: '2026-03-18' }),
        task('stuck', { status: 'blocked', blocker: 'vendor' }),
        task('later', { status: 'not-started' }),
      ],
    });
    const s = schedule(p, {
      ok: { start: '2026-03-09', finish: '2026-03-20', tf: 3 },
      late: { start: '2026-03-09', finish: '2026-03-20', tf: -2 },
      stuck: { start: '2026-03-09', finish: '2026-03-13', tf: 5 },
      later: { start: '2026-03-23', finish: '2026-03-27', tf: 3 },
    });
    const report = buildStatusReport({ program: p, schedule: s, asOf: '2026-03-16', weekOverWeek: NO_HISTORY });
    assert.deepEqual(report.inProgress.map((i) => i.id), ['stuck', 'late', 'ok']);
    const late = report.inProgress.find((i) => i.id === 'late')!;
    assert.equal(late.lateVsDeadline, 2);
    assert.equal(report.inProgress.find((i) => i.id === 'stuck')!.forecastFinish, '2026-03-16', 'open work cannot finish in the past');
    assert.deepEqual(report.nextWeekWindow, { from: '2026-03-17', to: '2026-03-23' });
    assert.deepEqual(report.nextWeek.map((n) => [n.id, n.starts, n.finishes]), [
      ['ok', undefined, '2026-03-20'],
      ['late', undefined, '2026-03-20'],
      ['later', '2026-03-23', undefined],
    ]);
  });

  it('survives a plan without a start, and says the schedule cannot be computed', () => {
    const analysis = analyze('program: x\ntasks:\n  - {id: a, name: A, duration: 3}\n');
    const report = buildStatusReport({ ...analysis, asOf: '2026-03-16', weekOverWeek: NO_HISTORY });
    assert.equal(report.scheduled, false);
    assert.equal(report.week, undefined);
    assert.match(statusMarkdown(report), /The schedule cannot be computed/);
  });

  it('never throws on malformed or hostile plans', () => {
    for (const text of ['', ':::', '- a\n- b', 'program: [1, 2]\nstart: nope\ntasks: 7', 'program: "<img src=x onerror=alert(1)>"\nstart: 2026-01-05\n']) {
      const analysis = analyze(text);
      const md = statusMarkdown(buildStatusReport({ ...analysis, asOf: '2026-03-16', weekOverWeek: NO_HISTORY }));
      assert.match(md, /^# Program Status — /);
      assert.doesNotMatch(md, /(?<!\\)<img/, 'HTML stays escaped');
    }
  });

  it('handles a 20,000-task chain without recursion', function () {
    this.timeout(60_000);
    const lines = ['program: Long chain', 'start: 2026-01-05', 'statusDate: 2026-03-13', 'tasks:'];
    for (let i = 0; i < 20_000; i++) lines.push(`  - {id: t${i}, name: T${i}, duration: 1${i ? `, dependsOn: [t${i - 1}]` : ''}${i < 40 ? ', status: done, actualFinish: 2026-03-10' : ''}}`);
    const analysis = analyze(lines.join('\n'));
    const report = buildStatusReport({ ...analysis, asOf: '2026-03-13', weekOverWeek: NO_HISTORY });
    assert.equal(report.metrics.tasksTotal, 20_000);
    assert.equal(report.completed.length, 40);
  });
});

describe('program-pilot status', () => {
  function io(files: Record<string, string> = {}): CliIo & { out: string; err: string } {
    const state = { out: '', err: '' };
    return Object.assign(state, {
      stdout: (t: string) => void (state.out += t),
      stderr: (t: string) => void (state.err += t),
      readFile: (path: string) => {
        if (path in files) return Buffer.from(files[path]);
        throw new Error('ENOENT: no such file');
      },
      cwd: '/nowhere',
    });
  }

  it('prints the Markdown report, or its data as JSON', async () => {
    const files = { 'p.program.yaml': readFileSync(PAYMENTS, 'utf8') };
    const md = io(files);
    assert.equal(await statusCommand.run(['p.program.yaml', '--no-history'], md), 0);
    assert.match(md.out, /^# Program Status — Week 7\n/);
    assert.match(md.out, /_Week over week: not compared — history not requested \(--no-history\)\._/);

    const json = io(files);
    assert.equal(await statusCommand.run(['--format=json', '--as-of', '2026-04-24', '--no-history', 'p.program.yaml'], json), 0);
    const data = JSON.parse(json.out);
    assert.equal(data.asOf, '2026-04-24');
    assert.equal(data.health.dataStatus, 'red');
    assert.equal(data.health.status, 'amber');
  });

  it('says what is wrong with the arguments and exits 2', async () => {
    for (const [args, message] of [
      [[], /no file given/],
      [['a', 'b'], /exactly one file/],
      [['a', '--as-of', '2026-02-30'], /real date/],
      [['a', '--format', 'pdf'], /'md', 'html' or 'json'/],
      [['a', '--blocked-risk-days', '-1'], /whole number of at least 0/],
      [['a', '--bogus'], /unknown option '--bogus'/],
      [['missing.yaml'], /cannot read 'missing.yaml'/],
    ] as const) {
      const out = io();
      assert.equal(await statusCommand.run(args, out), 2, args.join(' '));
      assert.match(out.err, message);
    }
  });
});
