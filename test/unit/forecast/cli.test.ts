import { strict as assert } from 'node:assert';
import { runCli } from '../cli/runCli';
import { PLAN } from '../whatif/plan';

const UNCERTAIN = PLAN.replace('    duration: 10d   # two sprints\n', '    duration: 10d   # two sprints\n    estimate: { optimistic: 8d, pessimistic: 4w }\n').replace(
  'decisions:',
  'risks:\n  - { id: R1, title: Pilot customer is late, probability: 40%, schedule: { tasks: [pilots], delay: 5d } }\ndecisions:',
);

describe('program-pilot forecast', () => {
  it('prints P50/P80/P95, the chance of each deadline and the drivers, the same for the same seed', async () => {
    const files = { 'p.program.yaml': UNCERTAIN };
    const run = await runCli(['forecast', 'p.program.yaml', '--iterations', '2000', '--seed', '5'], { files });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /2000 runs \(seed 5, Beta-PERT\), 1 estimated tasks, 1 schedule risks\./);
    assert.match(run.stdout, /\| GA \| 2026-05-08 \| \d{4}-\d\d-\d\d \| .* \| 2026-05-22 \| \d+ % \|/);
    assert.match(run.stdout, /Top drivers of the end date \(correlation\): risk R1 \(0\.\d\d\), task build \(0\.\d\d\)\./);
    assert.equal((await runCli(['forecast', 'p.program.yaml', '--iterations', '2000', '--seed', '5'], { files })).stdout, run.stdout);
    const json = JSON.parse((await runCli(['forecast', 'p.program.yaml', '--format', 'json', '--iterations', '100'], { files })).stdout) as { runs: number; uncertain: boolean };
    assert.deepEqual([json.runs, json.uncertain], [100, true]);
    const csv = (await runCli(['forecast', 'p.program.yaml', '--format', 'csv', '--iterations', '100'], { files })).stdout.split('\r\n');
    assert.equal(csv[0], 'id,name,plan,p50,p80,p95,earliest,latest,deadline,chance_to_meet');
    assert.equal(csv.length, 5, 'beta, ga, the projected end and the final line break');
  });

  it('says how to add estimates and risks when nothing is uncertain, without inventing ranges', async () => {
    const run = await runCli(['forecast', 'p.program.yaml'], { files: { 'p.program.yaml': PLAN } });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Nothing in this plan is uncertain yet.*Add `estimate: \{optimistic, likely, pessimistic\}`/);
    assert.match(run.stdout, /\| GA \| 2026-05-08 \| 2026-05-08 \| 2026-05-08 \| 2026-05-08 \| 2026-05-22 \| 100 % \|/);
  });

  it('refuses bad options', async () => {
    for (const args of [['--iterations', '0'], ['--seed', 'x'], ['--distribution', 'normal'], ['--iterations', '2000000']]) {
      const run = await runCli(['forecast', 'p.program.yaml', ...args], { files: { 'p.program.yaml': PLAN } });
      assert.equal(run.code, 2, args.join(' '));
    }
  });
});
