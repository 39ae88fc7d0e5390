import { strict as assert } from 'node:assert';
import { runCli } from '../cli/runCli';

// Monday 2 March 2026. "a,b" needs quoting in CSV.
const PLAN = `program: Schedule CLI
start: 2026-03-02
tasks:
  - { id: design, name: Design, duration: 5 }
  - { id: "a,b", name: Odd id, duration: 2, dependsOn: [design] }
  - { id: done, name: Done, milestone: true, dependsOn: ["a,b"] }
  - { id: side, name: Side work, duration: 1 }
`;

async function run(args: string[], files: Record<string, string> = { 'plan.program.yaml': PLAN }) {
  const { code, stdout, stderr } = await runCli(['schedule', ...args], { files, cwd: '/' });
  return { status: code, stdout, stderr };
}

describe('program-pilot schedule', () => {
  it('prints CSV with the documented columns, quoted fields and display dates', async () => {
    const { status, stdout } = await run(['plan.program.yaml', '--format', 'csv']);
    assert.equal(status, 0);
    assert.deepEqual(stdout.split('\r\n'), [
      'id,duration,es,ef,ls,lf,tf,ff,critical,es_date,ef_date,ls_date,lf_date',
      'design,5,0,5,0,5,0,0,1,2026-03-02,2026-03-06,2026-03-02,2026-03-06',
      '"a,b",2,5,7,5,7,0,0,1,2026-03-09,2026-03-10,2026-03-09,2026-03-10',
      'done,0,7,7,7,7,0,0,1,2026-03-10,2026-03-10,2026-03-10,2026-03-10',
      'side,1,0,1,6,7,6,6,0,2026-03-02,2026-03-02,2026-03-10,2026-03-10',
      '',
    ]);
  });

  it('prints JSON with projectEnd and projectEndDate', async () => {
    const { status, stdout } = await run(['--format=json', 'plan.program.yaml']);
    assert.equal(status, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.projectEnd, 7);
    assert.equal(result.projectEndDate, '2026-03-10');
    assert.deepEqual(result.tasks.map((t: { id: string }) => t.id), ['design', 'a,b', 'done', 'side']);
    assert.deepEqual(result.tasks[1], {
      id: 'a,b', duration: 2, es: 5, ef: 7, ls: 5, lf: 7, tf: 0, ff: 0, critical: true,
      es_date: '2026-03-09', ef_date: '2026-03-10', ls_date: '2026-03-09', lf_date: '2026-03-10',
      driver: 'design', driverKind: 'predecessor',
    });
  });

  it('prints an aligned table by default, with the project end', async () => {
    const { status, stdout } = await run(['plan.program.yaml']);
    assert.equal(status, 0);
    const lines = stdout.split('\n');
    assert.match(lines[0], /^id\s+duration\s+es\s+ef\s+ls\s+lf\s+tf\s+ff\s+critical\s+es_date\s+ef_date\s+ls_date\s+lf_date$/);
    assert.match(lines[2], /^a,b\s+2\s+5\s+7\s+5\s+7\s+0\s+0\s+1\s+2026-03-09\s+2026-03-10\s+2026-03-09\s+2026-03-10$/);
    assert.equal(lines[0].indexOf('es_date'), lines[1].indexOf('2026-03-02'), 'columns line up');
    assert.match(stdout, /Project end: 2026-03-10 \(offset 7\); 3 of 4 tasks critical/);
  });

  it('escapes control characters of an id in the table', async () => {
    const { stdout } = await run(['t.program.yaml'], { 't.program.yaml': 'program: X\nstart: 2026-03-02\ntasks:\n  - { id: "tab\\there", name: T, duration: 1 }\n' });
    assert.match(stdout.split('\n')[1], /^tab\\there\s+1\s/);
  });

  it('exits 1 with a clear message when the file has no valid start', async () => {
    const { status, stdout, stderr } = await run(['bad.program.yaml'], { 'bad.program.yaml': 'program: X\nstart: 2026-02-30\ntasks: []\n' });
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /bad\.program\.yaml has no valid 'start' date/);
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    assert.equal((await run([])).status, 2);
    assert.equal((await run(['plan.program.yaml', '--format', 'xml'])).status, 2);
    assert.equal((await run(['plan.program.yaml', 'other.yaml'])).status, 2);
    const missing = await run(['missing.program.yaml']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read 'missing\.program\.yaml'/);
  });
});
