/** The server's baselines: loaded off the keystroke path, cached per resolved commit, shown as diagnostics, hover lines and lens suffixes. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import type { BaselineLookup } from '../../../src/core/baseline/baselineVersion';
import { compareWithBaseline } from '../../../src/core/baseline/compare';
import { Baselines, GIT, type BaselineGit, type BaselineInfo } from '../../../src/server/baseline';
import { baselineHoverLine, baselineLensSuffix } from '../../../src/server/baselineVariance';
import { codeLenses, resolveCodeLens } from '../../../src/server/codeLens';
import { diagnosticsOf } from '../../../src/server/diagnostics';
import { hover } from '../../../src/server/hoverProvider';
import { plan, TestRepo } from '../history/repo';
import { entryOf, positionIn } from './support';

const URI = 'file:///w/pay.program.yaml';
const withBaseline = (text: string, ref = 'kickoff') => text.replace('statusDate:', `baseline: ${ref}\nstatusDate:`);
/** Today's plan: `a` takes 10 days instead of 5, and a new task `n`. */
const NOW = withBaseline(plan({ statusDate: '2026-01-05', duration: 10, extra: '  - {id: n, name: New work, owner: ann, duration: 1}' }));
const BEFORE = plan({ statusDate: '2026-01-05' });

function comparisonInfo(): Extract<BaselineInfo, { comparison: unknown }> {
  return { comparison: compareWithBaseline(analyze(NOW), analyze(BEFORE)), ref: 'kickoff' };
}

/** A git stand-in: answers each load when the test says so, and counts them. */
class FakeGit implements BaselineGit {
  commit: string | undefined = 'c1';
  loads = 0;
  answer: BaselineLookup = { version: { ref: 'kickoff', commit: 'c1', path: 'pay.program.yaml', text: BEFORE, analysis: analyze(BEFORE) } };
  private readonly waiting: (() => void)[] = [];

  commitOf(): Promise<string | undefined> {
    return Promise.resolve(this.commit);
  }

  load(): Promise<BaselineLookup> {
    this.loads++;
    const answer = this.answer;
    return new Promise((resolve) => this.waiting.push(() => resolve(answer)));
  }

  release(): void {
    for (const go of this.waiting.splice(0)) go();
  }
}

function tracker(git: BaselineGit): { baselines: Baselines; changed: string[] } {
  const changed: string[] = [];
  return { baselines: new Baselines({ changed: (uri) => changed.push(uri), log: (m) => assert.fail(m) }, git), changed };
}

/** Lets the fake's promise chains run. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('server baselines', () => {
  it('starts loading on analysis without waiting, then publishes the variance', async () => {
    const git = new FakeGit();
    const { baselines, changed } = tracker(git);
    const entry = entryOf(NOW, URI);
    baselines.track(entry);
    await tick();
    assert.equal(git.loads, 1);
    assert.deepEqual(baselines.info(entry), { note: "Baseline 'kickoff' is being read from git…" });
    git.release();
    await baselines.settled(URI);
    assert.deepEqual(changed, [URI]);
    const info = baselines.info(entry);
    assert.ok(info && 'comparison' in info);
    assert.equal(info.comparison.tasks.find((t) => t.id === 'a')?.finishVariance, 5);
  });

  it('keeps a version per resolved commit: an edit or a save on the same commit reads nothing again', async () => {
    const git = new FakeGit();
    const { baselines } = tracker(git);
    baselines.track(entryOf(NOW, URI));
    await tick();
    git.release();
    await baselines.settled(URI);
    baselines.track(entryOf(`${NOW}# edited\n`, URI));
    const saved = baselines.refresh(URI);
    await tick();
    git.release();
    await saved;
    assert.equal(git.loads, 1);
    git.commit = 'c2'; // the branch moved
    const moved = baselines.refresh(URI);
    await tick();
    git.release();
    await moved;
    assert.equal(git.loads, 2);
  });

  it('reads again when the ref changes, and keeps only the newest answer', async () => {
    const git = new FakeGit();
    const { baselines } = tracker(git);
    baselines.track(entryOf(NOW, URI));
    const renamed = entryOf(withBaseline(BEFORE, 'kickof'), URI);
    git.answer = { problem: { kind: 'unknown-ref', message: "the repository has no tag, branch or commit 'kickof'", tags: ['kickoff', 'v1'] } };
    baselines.track(renamed);
    await tick();
    git.release();
    await baselines.settled(URI);
    assert.equal(git.loads, 2);
    const [found] = baselines.diagnostics(renamed);
    assert.equal(found?.code, 'PP601');
    assert.match(found.message, /Did you mean 'kickoff'\?/);
    const published = diagnosticsOf(renamed, { mode: 'auto', redHatValidates: false }, baselines.diagnostics(renamed)).find((d) => d.code === 'PP601');
    assert.deepEqual(published?.range.start, positionIn(renamed.document.getText(), 'kickof'));
    // The first ref's answer came too, but it is not shown for the ref the file names now.
    assert.deepEqual(baselines.info(entryOf(NOW, URI)), { note: "Baseline 'kickoff' is being read from git…" });
  });

  it('says why there is no variance without git, and publishes nothing for it', async () => {
    const { baselines } = tracker(GIT);
    const entry = entryOf(NOW, 'untitled:Untitled-1');
    baselines.track(entry);
    await baselines.settled(entry.uri);
    assert.deepEqual(baselines.diagnostics(entry), []);
    assert.deepEqual(baselines.info(entry), { note: "No variance against baseline 'kickoff': the plan is not a file on disk, so it has no git history." });
  });

  it('notes a plan outside any repository, without a diagnostic', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'pp-no-repo-'));
    try {
      const { baselines } = tracker(GIT);
      const entry = entryOf(NOW, `file://${join(folder, 'pay.program.yaml')}`);
      baselines.track(entry);
      await baselines.settled(entry.uri);
      assert.deepEqual(baselines.diagnostics(entry), []);
      assert.deepEqual(baselines.info(entry), { note: "No variance against baseline 'kickoff': the plan is not in a git repository." });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  describe('with a real repository', () => {
    let repo: TestRepo;
    beforeEach(async () => (repo = await new TestRepo().init()));
    afterEach(() => repo.dispose());

    it('compares with the tagged version, and marks a version that is not a plan PP602', async () => {
      repo.write('pay.program.yaml', BEFORE);
      await repo.commit('2026-01-02', 'plan');
      await repo.git('tag', 'kickoff');
      repo.write('pay.program.yaml', 'not: [a plan');
      await repo.commit('2026-01-03', 'broken');
      await repo.git('tag', 'broken');
      const { baselines } = tracker(GIT);
      const uri = `file://${repo.path('pay.program.yaml')}`;
      const good = entryOf(NOW, uri);
      baselines.track(good);
      await baselines.settled(uri);
      const info = baselines.info(good);
      assert.ok(info && 'comparison' in info, JSON.stringify(info));
      assert.deepEqual(info.comparison.added.map((t) => t.id), ['n']);
      const bad = entryOf(withBaseline(BEFORE, 'broken'), uri);
      baselines.track(bad);
      await baselines.settled(uri);
      assert.deepEqual(baselines.diagnostics(bad).map((d) => d.code), ['PP602']);
    });
  });
});

describe('variance lines', () => {
  const info = comparisonInfo();

  it('gives the hover line with both finishes and the working days', () => {
    const variance = info.comparison.tasks.find((t) => t.id === 'a')!;
    assert.equal(variance.baselineFinish, '2026-01-12');
    assert.equal(baselineHoverLine(info, 'a', '2026'), 'Baseline finish Mon 12 Jan · forecast Mon 19 Jan · +5 working days');
    assert.equal(baselineHoverLine(info, 'n', '2026'), 'New since the baseline');
    assert.equal(baselineHoverLine({ note: 'No variance: *why*' }, 'a'), '*No variance: \\*why\\**');
    assert.equal(baselineHoverLine(undefined, 'a'), undefined);
  });

  it('adds the line to the hover of the task, not to a dependency', () => {
    const entry = entryOf(NOW, URI);
    const onTask = hover(entry, positionIn(NOW, 'Build API'), info);
    assert.match(JSON.stringify(onTask?.contents), /Baseline finish Mon 12 Jan · forecast Mon 19 Jan · \+5 working days/);
    const onLink = hover(entry, positionIn(NOW, 'dependsOn: [a]', 12), info);
    assert.doesNotMatch(JSON.stringify(onLink?.contents), /Baseline finish/);
    assert.doesNotMatch(JSON.stringify(hover(entry, positionIn(NOW, 'Build API'))?.contents), /Baseline/);
  });

  it('suffixes the lens only when the task moved', () => {
    const entry = entryOf(NOW, URI);
    const titles = codeLenses(entry).map((lens) => resolveCodeLens(lens, entry, info).command?.title ?? '');
    assert.match(titles[0], / · \+5d vs baseline$/);
    assert.equal(titles[1], 'Show in Gantt');
    assert.equal(baselineLensSuffix(info, 'n'), undefined);
    assert.equal(baselineLensSuffix({ note: 'x' }, 'a'), undefined);
    const early = { comparison: compareWithBaseline(analyze(withBaseline(plan({ statusDate: '2026-01-05', duration: 2 }))), analyze(BEFORE)), ref: 'kickoff' };
    assert.equal(baselineLensSuffix(early, 'a'), '−3d vs baseline');
  });
});
