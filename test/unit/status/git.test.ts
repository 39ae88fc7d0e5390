import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { fileVersionAtOrBefore, runGit } from '../../../src/core/git/git';
import { weekOverWeekFromGit } from '../../../src/core/status/weekOverWeekFromGit';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'status');

/** Commits the current tree with both dates set, mid-day UTC so no time zone moves it to another day. */
async function commitAt(repo: string, date: string, message: string): Promise<void> {
  const stamp = `${date}T12:00:00Z`;
  const env = { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp };
  assert.equal((await runGit(['add', '-A'], { cwd: repo })).code, 0);
  const result = await runGit(['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
    cwd: repo,
    env,
  });
  assert.equal(result.code, 0, result.stderr);
}

describe('git interface', () => {
  let repo: string;
  // A folder and file name that a shell would mangle.
  const folder = 'plans $(echo x); `id`';
  let plan: string;

  before(async () => {
    repo = mkdtempSync(join(tmpdir(), 'pp-status-git-'));
    assert.equal((await runGit(['init', '-q'], { cwd: repo })).code, 0);
    mkdirSync(join(repo, folder));
    plan = join(repo, folder, "pay 'ments' & co.program.yaml");
    writeFileSync(plan, readFileSync(join(FIXTURES, 'payments-last-week.program.yaml')));
    await commitAt(repo, '2026-04-09', 'Last week');
    writeFileSync(plan, readFileSync(join(FIXTURES, 'payments.program.yaml')));
    await commitAt(repo, '2026-04-16', 'This week');
  });

  after(() => rmSync(repo, { recursive: true, force: true }));

  it('finds the newest commit at or before the end of a date', async () => {
    const lastWeek = await fileVersionAtOrBefore(plan, '2026-04-10');
    assert.ok('version' in lastWeek, JSON.stringify(lastWeek));
    assert.equal(lastWeek.version.subject, 'Last week');
    assert.match(lastWeek.version.date, /^2026-04-09T/);
    assert.match(lastWeek.version.text, /statusDate: 2026-04-10/);
    assert.match(lastWeek.version.hash, /^[0-9a-f]{40}$/);

    const sameDay = await fileVersionAtOrBefore(plan, '2026-04-16');
    assert.ok('version' in sameDay);
    assert.equal(sameDay.version.subject, 'This week');
  });

  it('says why when there is no history', async () => {
    assert.deepEqual(await fileVersionAtOrBefore(plan, '2026-04-01'), { unavailable: 'no git history for this file on or before 2026-04-01' });
    const outside = mkdtempSync(join(tmpdir(), 'pp-status-nogit-'));
    try {
      const lookup = await fileVersionAtOrBefore(join(outside, 'x.program.yaml'), '2026-04-10');
      assert.deepEqual(lookup, { unavailable: 'the plan is not in a git repository' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reports a git that cannot start as a result, not an exception', async () => {
    const result = await runGit(['status'], { cwd: join(repo, 'no such folder') });
    assert.equal(result.code, -1);
    assert.notEqual(result.stderr, '');
  });

  it('drives the week-over-week comparison from the committed version', async () => {
    const now = analyze(readFileSync(plan, 'utf8'));
    const wow = await weekOverWeekFromGit(now, plan, '2026-04-17');
    assert.ok(!('unavailable' in wow), JSON.stringify(wow));
    assert.equal(wow.commit.subject, 'Last week');
    assert.deepEqual(wow.newlyCompleted.map((t) => t.id), ['api']);
    assert.deepEqual(wow.newlyBlocked.map((t) => t.id), ['psp']);
    assert.deepEqual(wow.added.map((t) => t.id), ['reports']);
    assert.deepEqual(wow.removed.map((t) => t.id), ['spike']);
    assert.deepEqual(wow.movedMilestones.map((m) => [m.id, m.workingDays]), [['beta', 5], ['ga', 5]]);
    assert.deepEqual([wow.blockersThen, wow.blockersNow], [0, 1]);
    assert.deepEqual(await weekOverWeekFromGit(now, undefined, '2026-04-17'), { unavailable: 'the plan is not a file on disk, so it has no git history' });
  });
});
