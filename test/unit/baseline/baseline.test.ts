import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { baselineDiagnostic, unknownBaselineDiagnostic } from '../../../src/core/baseline/baselineDiagnostics';
import { baselineTagName, setBaselineEdit } from '../../../src/core/baseline/baselineEdit';
import { loadBaseline } from '../../../src/core/baseline/baselineVersion';
import { compareWithBaseline } from '../../../src/core/baseline/compare';
import { applyEdits } from '../../../src/core/fixes/textEdit';
import { main } from '../../../src/cli/main';
import { baselineCommandWith, type BaselineEnvironment } from '../../../src/cli/commands/baseline';
import { computeMetrics } from '../../../src/core/history/metrics';
import { runCli } from '../cli/runCli';
import { plan, TestRepo } from '../history/repo';

const FILE = 'plans/pay.program.yaml';

/** Runs `baseline …` with a stand-in terminal: `answer` undefined means "not a terminal". */
async function runBaseline(args: readonly string[], cwd: string, answer?: boolean): Promise<{ code: number; stdout: string; stderr: string; asked: string[] }> {
  const asked: string[] = [];
  const environment: BaselineEnvironment = {
    confirm: (question) => {
      asked.push(question);
      return answer === undefined ? undefined : Promise.resolve(answer);
    },
    writeFile: (path, text) => writeFileSync(path, text),
    today: () => '2026-01-05',
  };
  let stdout = '';
  let stderr = '';
  const command = baselineCommandWith(environment);
  const code = await command.run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readFile: (p) => readFileSync(resolve(cwd, p)), cwd });
  return { code, stdout, stderr, asked };
}

describe('baselines', () => {
  describe('the edit and the tag name', () => {
    it('adds baseline after the program dates, keeping everything else', () => {
      const text = '# plan\nprogram: Pay Ments! # name\nstart: 2026-01-05 # go\nstatusDate: 2026-01-09\ntasks: []\n';
      const edit = setBaselineEdit(text, analyze(text).program, 'baseline/pay-ments/2026-01-05')!;
      assert.equal(applyEdits(text, [edit]), '# plan\nprogram: Pay Ments! # name\nstart: 2026-01-05 # go\nstatusDate: 2026-01-09\nbaseline: baseline/pay-ments/2026-01-05\ntasks: []\n');
      assert.equal(baselineTagName('Pay Ments!', '2026-01-05'), 'baseline/pay-ments/2026-01-05');
    });

    it('replaces an existing value, keeping its comment, and quotes a ref YAML would misread', () => {
      const text = 'program: X\nstart: 2026-01-05\nbaseline: kickoff   # agreed\r\n';
      const edit = setBaselineEdit(text, analyze(text).program, '12e4')!;
      assert.equal(applyEdits(text, [edit]), 'program: X\nstart: 2026-01-05\nbaseline: "12e4"   # agreed\r\n');
      assert.equal(setBaselineEdit('program: X\nstart: 2026-01-05\nbaseline: kickoff\n', analyze('program: X\nstart: 2026-01-05\nbaseline: kickoff\n').program, 'kickoff'), undefined);
    });

    it('puts baseline before a baselines list in effect, and into a flow mapping', () => {
      const listed = 'program: X\nstart: 2026-01-05\nbaselines:\n  - {ref: kickoff, name: Kickoff}\n';
      const after = applyEdits(listed, [setBaselineEdit(listed, analyze(listed).program, 'replan')!]);
      assert.deepEqual(analyze(after).program.baselines?.map((b) => [b.ref, b.name]), [['replan', undefined], ['kickoff', 'Kickoff']]);
      const flow = '{program: X, start: 2026-01-05}\n';
      assert.equal(applyEdits(flow, [setBaselineEdit(flow, analyze(flow).program, 'v1')!]), '{program: X, start: 2026-01-05, baseline: v1}\n');
    });

    it('reads baselines with their positions and reports shapes it cannot read', () => {
      const text = 'program: X\nstart: 2026-01-05\nbaseline: plan-v1\nbaselines:\n  - {ref: kickoff, name: Kickoff}\n  - name: no ref\n  - ref: "has space"\n';
      const analysis = analyze(text);
      assert.deepEqual(analysis.program.baselines?.map((b) => [b.ref, text.slice(b.span.start, b.span.end)]), [['plan-v1', 'plan-v1'], ['kickoff', 'kickoff']]);
      assert.deepEqual(analysis.diagnostics.filter((d) => d.code.startsWith('PP00')).map((d) => d.code), ['PP003', 'PP004']);
    });

    it('suggests the closest tag for an unknown ref', () => {
      const text = 'program: X\nstart: 2026-01-05\nbaseline: baseline/pay/2026-01-06\n';
      const ref = analyze(text).program.baselines![0];
      const d = unknownBaselineDiagnostic(ref, ['v1', 'baseline/pay/2026-01-05']);
      assert.equal(d.code, 'PP601');
      assert.equal(text.slice(d.span.start, d.span.end), 'baseline/pay/2026-01-06');
      assert.match(d.message, /Did you mean 'baseline\/pay\/2026-01-05'\?/);
      assert.equal(baselineDiagnostic(ref, { kind: 'no-git', message: 'x' }), undefined);
      assert.equal(baselineDiagnostic(ref, { kind: 'no-file', message: 'gone' })?.code, 'PP602');
    });
  });

  describe('variance', () => {
    it('compares every task in working days, + later, with added, removed and cancelled work', () => {
      const then = analyze(plan({ statusDate: '2026-01-05', extra: '  - {id: old, name: Old, duration: 1, owner: ann}\n  - {id: gone, name: Gone, duration: 1, owner: ann}' }));
      const now = analyze(plan({ statusDate: '2026-01-12', duration: 8, extra: '  - {id: old, name: Old, duration: 1, owner: ann, status: cancelled}\n  - {id: new, name: New, duration: 1, owner: ann}' }));
      const comparison = compareWithBaseline(now, then);
      assert.deepEqual(
        comparison.tasks.map((t) => [t.id, t.baselineStart, t.baselineFinish, t.forecastStart, t.forecastFinish, t.startVariance, t.finishVariance, t.durationChanged]),
        [
          ['a', '2026-01-06', '2026-01-12', '2026-01-13', '2026-01-22', 5, 8, true],
          ['ui', '2026-01-13', '2026-01-15', '2026-01-23', '2026-01-27', 8, 8, false],
          ['m', '2026-01-16', '2026-01-16', '2026-01-28', '2026-01-28', 8, 8, false],
        ],
      );
      assert.deepEqual(comparison.added.map((t) => t.id), ['new']);
      assert.deepEqual(comparison.removed.map((t) => t.id), ['gone']);
      assert.deepEqual(comparison.cancelled.map((t) => t.id), ['old']);
      const metrics = computeMetrics({ current: now, baseline: { ref: 'k', commit: 'c'.repeat(40), analysis: then, comparison }, history: [] });
      assert.equal(metrics.find((m) => m.id === 'scope-control')!.value, '60 % of 5 baseline tasks delivered or still planned');
      assert.equal(metrics.find((m) => m.id === 'on-time-delivery')!.value, 'n/a');
    });

    it('counts milestones done on or before their baseline date as on time, and overdue open ones as late', () => {
      const then = analyze(plan({ statusDate: '2026-01-05' }));
      const done = analyze(plan({ statusDate: '2026-01-20', done: '2026-01-09' }).replace("    dependsOn: [{task: ui, type: SS, lag: 3}]", '    dependsOn: [{task: ui, type: SS, lag: 3}]\n    status: done\n    actualFinish: 2026-01-16'));
      const metric = computeMetrics({ current: done, baseline: { ref: 'k', commit: 'c'.repeat(40), analysis: then, comparison: compareWithBaseline(done, then) }, history: [] }).find((m) => m.id === 'on-time-delivery')!;
      assert.equal(metric.value, '100 % (1 of 1)');
      assert.equal(metric.meetsTarget, true);
      const late = analyze(plan({ statusDate: '2026-01-20' }));
      const lateMetric = computeMetrics({ current: late, baseline: { ref: 'k', commit: 'c'.repeat(40), analysis: then, comparison: compareWithBaseline(late, then) }, history: [] }).find((m) => m.id === 'on-time-delivery')!;
      assert.equal(lateMetric.value, '0 % (0 of 1)');
      assert.equal(lateMetric.meetsTarget, false);
    });
  });

  describe('baseline set and show, in a repository', () => {
    let repo: TestRepo;
    beforeEach(async () => {
      repo = await new TestRepo().init();
      repo.write(FILE, `# The plan\n${plan({ statusDate: '2026-01-05' })}`);
      await repo.commit('2026-01-05', 'Kickoff');
    });
    afterEach(() => repo.dispose());

    const tags = async (): Promise<string[]> => (await repo.git('tag', '--list')).split('\n').filter(Boolean);

    it('creates exactly one annotated tag on HEAD and makes one minimal edit', async () => {
      const before = readFileSync(repo.path(FILE), 'utf8');
      const head = (await repo.git('rev-parse', 'HEAD')).trim();
      const run = await runBaseline(['set', '--yes', FILE], repo.folder);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(run.asked, []);
      assert.deepEqual(await tags(), ['baseline/payments/2026-01-05']);
      assert.equal((await repo.git('cat-file', '-t', 'baseline/payments/2026-01-05')).trim(), 'tag');
      assert.equal((await repo.git('rev-parse', 'baseline/payments/2026-01-05^{commit}')).trim(), head);
      const after = readFileSync(repo.path(FILE), 'utf8');
      assert.equal(after, before.replace('statusDate: 2026-01-05\n', 'statusDate: 2026-01-05\nbaseline: baseline/payments/2026-01-05\n'));
      // Never moved: a second run on the same day refuses.
      await repo.commit('2026-01-06', 'Record the baseline');
      const again = await runBaseline(['set', '--yes', FILE], repo.folder);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /already exists .* never moved/);
      assert.equal((await repo.git('rev-parse', 'baseline/payments/2026-01-05^{commit}')).trim(), head);
    });

    it('asks on a terminal, and without one or without a yes does nothing', async () => {
      const no = await runBaseline(['set', FILE], repo.folder, false);
      assert.equal(no.code, 1);
      assert.equal(no.asked.length, 1);
      assert.match(no.asked[0], /^Create the tag 'baseline\/payments\/2026-01-05' on commit [0-9a-f]{10}/);
      const away = await runBaseline(['set', FILE], repo.folder);
      assert.equal(away.code, 1);
      assert.match(away.stderr, /--yes/);
      assert.deepEqual(await tags(), []);
      const yes = await runBaseline(['set', FILE], repo.folder, true);
      assert.equal(yes.code, 0, yes.stderr);
      assert.deepEqual(await tags(), ['baseline/payments/2026-01-05']);
    });

    it('refuses a file with uncommitted changes', async () => {
      repo.write(FILE, plan({ statusDate: '2026-01-06' }));
      const run = await runBaseline(['set', '--yes', FILE], repo.folder);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /not committed; commit it first/);
      assert.deepEqual(await tags(), []);
    });

    it('shows the variance against the baseline, following a rename', async () => {
      await runBaseline(['set', '--yes', FILE], repo.folder);
      await repo.git('mv', FILE, 'plans/payments.program.yaml');
      repo.write('plans/payments.program.yaml', readFileSync(repo.path('plans/payments.program.yaml'), 'utf8').replace('statusDate: 2026-01-05', 'statusDate: 2026-01-12').replace('duration: 5', 'duration: 8'));
      await repo.commit('2026-01-12', 'Slip and rename');
      const show = await runCli(['baseline', 'show', repo.path('plans/payments.program.yaml')], { cwd: repo.folder, disk: true });
      assert.equal(show.code, 0, show.stderr);
      assert.match(show.stdout, /The baseline's version of the file is `plans\/pay\.program\.yaml` \(renamed since\)/);
      assert.match(show.stdout, /\n\| 🏁 Launch: "v1" \| 2026-01-16 \| 2026-01-16 \| 2026-01-28 \| 2026-01-28 \| \+8 \| \+8 \|  \| 8 working days late \|\n\| Build API \| 2026-01-06 \| 2026-01-12 \| 2026-01-13 \| 2026-01-22 \| \+5 \| \+8 \| yes \|/);
      const json = JSON.parse((await runCli(['baseline', 'show', '--format', 'json', repo.path('plans/payments.program.yaml')], { cwd: repo.folder, disk: true })).stdout);
      assert.equal(json.tasks.find((t: { id: string }) => t.id === 'a').finishVariance, 8);
    });

    it('says what is wrong with a ref: unknown (did you mean), no such file, not a program', async () => {
      await repo.git('tag', 'kickoff');
      repo.write(FILE, readFileSync(repo.path(FILE), 'utf8').replace('statusDate: 2026-01-05', 'statusDate: 2026-01-05\nbaseline: kickof'));
      const unknown = await runCli(['baseline', 'show', repo.path(FILE)], { cwd: repo.folder, disk: true });
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /pay\.program\.yaml:5:11: error PP601 Baseline 'kickof' is not a tag, branch or commit of this repository\. Did you mean 'kickoff'\?/);
      // A commit of an empty tree: no version of the plan in it.
      const emptyTree = (await repo.git('mktree')).trim();
      await repo.git('tag', 'empty', (await repo.git('commit-tree', '-m', 'empty', emptyTree)).trim());
      const noFile = await loadBaseline(repo.path(FILE), 'empty');
      assert.ok('problem' in noFile);
      assert.equal(noFile.problem.kind, 'no-file');
      repo.write(FILE, '- not\n- a program\n');
      await repo.commit('2026-01-03', 'Broken');
      await repo.git('tag', 'broken');
      const broken = await loadBaseline(repo.path(FILE), 'broken');
      assert.ok('problem' in broken);
      assert.match(broken.problem.message, /is not a readable program file/);
      assert.deepEqual(await loadBaseline('/nonexistent-folder/x.program.yaml', 'x'), { problem: { kind: 'no-git', message: 'the plan is not in a git repository' } });
    });

    it('says a shallow clone lacks the baseline commit', async () => {
      await repo.git('tag', 'kickoff');
      repo.write('other.txt', 'x');
      await repo.commit('2026-01-06', 'Later');
      const clone = new TestRepo();
      try {
        await repo.git('clone', '-q', '--depth', '1', '--no-tags', `file://${repo.folder}`, `${clone.folder}/c`);
        const lookup = await loadBaseline(`${clone.folder}/c/${FILE}`, 'kickoff');
        assert.ok('problem' in lookup);
        assert.equal(lookup.problem.kind, 'shallow');
      } finally {
        clone.dispose();
      }
    });

    it('is listed in the help and refuses unknown actions', async () => {
      const help = await runCli(['--help']);
      assert.match(help.stdout, /baseline +Set a baseline/);
      assert.match(help.stdout, /history +Print how the plan changed/);
      assert.match(help.stdout, /metrics +Print the TPM metrics/);
      assert.equal((await main(['baseline', 'move', FILE], { stdout: () => undefined, stderr: () => undefined, readFile: () => new Uint8Array(), cwd: '/' })), 2);
    });
  });
});
