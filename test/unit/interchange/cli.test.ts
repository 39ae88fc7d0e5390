import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/runCli';

const XML = readFileSync(join(__dirname, '../../fixtures/mspdi/checkout-launch.xml'));
const PLAN = 'program: P\nstart: 2026-03-02\ntasks:\n  - { id: a, name: A, duration: 1 }\n  - { id: m, name: M, milestone: true, dependsOn: [a] }\n';

describe('cli: program-pilot import / export', () => {
  it('import prints the program file and the report on standard error (exit 0)', async () => {
    const result = await runCli(['import', 'plan.xml'], { files: { 'plan.xml': XML } });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^# Imported from plan\.xml \(MS Project XML\)/);
    assert.match(result.stderr, /^program-pilot import: plan\.xml: 16 tasks, 4 people; schedule reproduced: 16\/16 tasks\n/);
    assert.match(result.stderr, /^program-pilot import: {3}- material and cost resources are not people: left out \(1\): 'Test devices'$/m);
  });

  it('import -o writes the file, and refuses to replace one without --force (exit 2)', async () => {
    const written = new Map<string, string>();
    assert.equal((await runCli(['import', 'plan.xml', '-o', 'plan.program.yaml'], { files: { 'plan.xml': XML }, written })).code, 0);
    assert.match(written.get('plan.program.yaml')!, /^program: Checkout launch$/m);
    const again = await runCli(['import', 'plan.xml', '--output', 'plan.program.yaml'], { files: { 'plan.xml': XML }, written });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /cannot write 'plan\.program\.yaml': it already exists \(add --force to replace it\)/);
    assert.equal((await runCli(['import', 'plan.xml', '-o', 'plan.program.yaml', '--force'], { files: { 'plan.xml': XML }, written })).code, 0);
  });

  it('import exits 1 on a file it cannot import, 2 on a missing file or bad options', async () => {
    const bad = await runCli(['import', 'x.xml'], { files: { 'x.xml': '<html/>' } });
    assert.deepEqual([bad.code, bad.stdout], [1, '']);
    assert.match(bad.stderr, /^program-pilot import: cannot import 'x\.xml': not an MS Project XML/);
    assert.equal((await runCli(['import', 'missing.xml'])).code, 2);
    assert.equal((await runCli(['import', 'plan.csv', '--map', 'name'], { files: { 'plan.csv': 'a\n' } })).code, 2);
    assert.equal((await runCli(['import', 'plan.csv', '--delimiter', ';;'], { files: { 'plan.csv': 'a\n' } })).code, 2);
  });

  it('import reads CSV with a map and a delimiter', async () => {
    const result = await runCli(['import', 'issues.csv', '--map', 'name=Title,owner=Who', '--delimiter', ';', '--start', '2026-03-02'], { files: { 'issues.csv': 'Title;Who\nSpec;Ana Lima\n' } });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /owner: ana-lima/);
  });

  it('export writes MSPDI, iCalendar and CSV (exit 0), to a file with -o', async () => {
    for (const [to, start] of [['mspdi', '<?xml'], ['ics', 'BEGIN:VCALENDAR'], ['csv', 'id,name']]) {
      const result = await runCli(['export', 'p.program.yaml', '--to', to], { files: { 'p.program.yaml': PLAN } });
      assert.equal(result.code, 0, result.stderr);
      assert.ok(result.stdout.startsWith(start), `${to}: ${result.stdout.slice(0, 40)}`);
    }
    const written = new Map<string, string>();
    assert.equal((await runCli(['export', 'p.program.yaml', '--to', 'ics', '-o', 'p.ics'], { files: { 'p.program.yaml': PLAN }, written })).code, 0);
    assert.ok(written.get('p.ics')?.startsWith('BEGIN:VCALENDAR\r\n'));
  });

  it('export exits 1 for a plan without a start, 2 without --to or with an unknown format', async () => {
    assert.equal((await runCli(['export', 'p.program.yaml', '--to', 'csv'], { files: { 'p.program.yaml': 'program: P\n' } })).code, 1);
    const missing = await runCli(['export', 'p.program.yaml'], { files: { 'p.program.yaml': PLAN } });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--to is required/);
    assert.equal((await runCli(['export', 'p.program.yaml', '--to', 'pdf'], { files: { 'p.program.yaml': PLAN } })).code, 2);
  });
});
