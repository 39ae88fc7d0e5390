/** Exit codes of the commands that print a plan's dates: a plan with errors exits 1 (output still printed) unless --allow-errors. */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCli } from './runCli';

const ROOT = join(__dirname, '..', '..', '..');
const BROKEN = 'examples/broken.program.yaml';
const GOOD = 'examples/multi-tenancy.program.yaml';
const run = (...argv: string[]) => runCli(argv, { disk: true, cwd: ROOT });

describe('plan errors on the command line', () => {
  it('status prints the report with the banner first, lists errors on stderr and exits 1', async () => {
    const r = await run('status', '--no-history', '--as-of', '2026-03-20', BROKEN);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^# Program Status — Week 3\n\n\*\*Billing migration\*\* · as of Fri 2026-03-20\n\n> \*\*⛔ The plan has 22 errors\*\*/);
    assert.match(r.stdout, /## Overall status: 🟡 At risk/);
    assert.match(r.stderr, /^program-pilot status: examples\/broken\.program\.yaml has 22 errors; the dates leave out what they break:\n  examples\/broken\.program\.yaml:15:38: PP204 /);
    assert.match(r.stderr, /… and 19 more: run 'program-pilot check examples\/broken\.program\.yaml'\n$/);
  });

  it('--allow-errors keeps exit 0 and still says so', async () => {
    const r = await run('status', '--no-history', '--allow-errors', '--format', 'html', BROKEN);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^<!DOCTYPE html>/);
    assert.match(r.stderr, /has 22 errors/);
  });

  it('schedule and dependencies exit 1 on errors too, after printing', async () => {
    const schedule = await run('schedule', BROKEN);
    assert.equal(schedule.code, 1);
    assert.match(schedule.stdout, /^id +duration/);
    assert.match(schedule.stderr, /program-pilot schedule: .* has 22 errors/);
    assert.equal((await run('schedule', '--allow-errors', BROKEN)).code, 0);
    const dependencies = await run('dependencies', BROKEN);
    assert.equal(dependencies.code, 1);
    assert.match(dependencies.stderr, /program-pilot dependencies: .* has 22 errors/);
  });

  it('a clean plan exits 0 with nothing on stderr; a missed deadline alone is not an error of the plan', async () => {
    for (const argv of [['status', '--no-history', GOOD], ['schedule', GOOD], ['dependencies', GOOD], ['status', '--no-history', 'test/fixtures/status/payments.program.yaml']]) {
      const r = await run(...argv);
      assert.deepEqual([r.code, r.stderr], [0, ''], argv.join(' '));
    }
  });
});

describe('program-pilot dependencies', () => {
  it('filters by team id or name and prints versioned JSON', async () => {
    const r = await run('dependencies', '--team', 'Security Engineering', '--format', 'json', '--as-of', '2026-03-13', GOOD);
    assert.equal(r.code, 0);
    const data = JSON.parse(r.stdout) as { version: number; team: string; dependencies: { fromTeam: { id: string }; neededByTeam: { id: string } }[] };
    assert.equal(data.version, 1);
    assert.equal(data.dependencies.length, 5);
    assert.ok(data.dependencies.every((d) => d.fromTeam.id === 'security' || d.neededByTeam.id === 'security'));
    const byId = await run('dependencies', '--team', 'security', '--format', 'csv', GOOD);
    assert.equal(byId.stdout.split('\r\n').length - 2, 5, 'a header, 5 rows and the final line end');
  });

  it('prints a Markdown table by default and rejects a bad format', async () => {
    const r = await run('dependencies', GOOD);
    assert.match(r.stdout, /^\| Deliverable \| From team \(owner\) \| Needed by team \| Needed by \| Forecast \| Status \|\n/);
    const bad = await run('dependencies', '--format', 'xml', GOOD);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'md', 'json' or 'csv'/);
  });
});
