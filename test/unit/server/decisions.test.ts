/** The what-if and forecast handlers, given an analysis. */
import { strict as assert } from 'node:assert';
import { CodeActionKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../../src/server/codeActions';
import { BackgroundForecasts, Forecasts, type ForecastRunner } from '../../../src/server/forecast';
import { hover } from '../../../src/server/hoverProvider';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../../../src/server/settings';
import { forecastView } from '../../../src/server/forecastView';
import { whatIfApplyEdits, whatIfTarget, whatIfView } from '../../../src/server/whatif';
import { HEAD, entryOf, lines, positionIn } from './support';

const URI = 'file:///w/a.program.yaml';
const TASKS = lines(
  'targetEnd: 2026-03-13',
  'tasks:',
  '  - id: design',
  '    name: Design',
  '    duration: 2d   # agreed',
  '  - id: build',
  '    name: Build',
  '    duration: 3d',
  '    dependsOn: [design]',
  '  - { id: ga, name: GA, milestone: true, dependsOn: [build] }',
  'scenarios:',
  '  - { id: fast, name: Fast build, changes: [{ task: build, duration: 1d }] }',
);
const TEXT = HEAD + TASKS;

describe('what-if handlers', () => {
  const entry = entryOf(TEXT, URI);

  it('finds the task at the cursor and lists the scenarios', () => {
    assert.deepEqual(whatIfTarget(entry, undefined, positionIn(TEXT, 'name: Build')), { taskId: 'build', name: 'Build', duration: 3, scenarios: [{ id: 'fast', name: 'Fast build' }] });
    assert.deepEqual(whatIfTarget(entry, undefined, positionIn(TEXT, 'program:')), { message: 'Put the cursor on a task to ask what if it changes.', scenarios: [{ id: 'fast', name: 'Fast build' }] });
  });

  it('answers a slip with the milestones and the end that move, and the deadline newly missed', () => {
    const view = whatIfView(entry, { uri: URI, change: { kind: 'slip', task: 'build', days: 6 } });
    assert.ok(!('message' in view));
    assert.equal(view.title, 'slip build by 6 working days');
    assert.deepEqual(
      view.moves.map((m) => [m.id, m.from.date, m.to.date, m.days]),
      [
        ['ga', '2026-03-06', '2026-03-16', 6],
        ['project end', '2026-03-06', '2026-03-16', 6],
      ],
    );
    assert.equal(view.moves[0].change, '+6 working days, week 10 → week 12');
    assert.deepEqual(view.deadlines.map((d) => [d.name, d.met]), [['Target end', false]]);
    assert.equal(view.editable, true);
  });

  it('refuses a number of days that is not a whole number in range, and an unknown task', () => {
    for (const days of [-1, 1.5, 10_001, Number.NaN]) assert.ok('message' in whatIfView(entry, { uri: URI, change: { kind: 'duration', task: 'build', days } }), String(days));
    assert.ok('message' in whatIfView(entry, { uri: URI, change: { kind: 'cancel', task: 'nope' } }));
    assert.equal(whatIfApplyEdits(entry, { uri: URI, change: { kind: 'cancel', task: 'nope' } }), null);
  });

  it('opens a scenario of the file', () => {
    const view = whatIfView(entry, { uri: URI, scenarioId: 'fast' });
    assert.ok(!('message' in view));
    assert.equal(view.title, 'Fast build');
    assert.deepEqual(view.moves.map((m) => m.days), [-2, -2]);
  });

  it('applies a change as the minimal edit, keeping comments', () => {
    const edits = whatIfApplyEdits(entry, { uri: URI, change: { kind: 'duration', task: 'design', days: 4 } });
    assert.ok(edits);
    const document = TextDocument.create(URI, 'program-yaml', 1, TEXT);
    const after = TextDocument.applyEdits(document, edits);
    assert.equal(after, TEXT.replace('duration: 2d   # agreed', 'duration: 4d   # agreed'));
    assert.equal(edits.length, 1);
  });

  it('offers "What if…" in a task without problems, and not outside tasks', () => {
    const at = (needle: string, only?: string[]) =>
      codeActions(entry, { textDocument: { uri: URI }, range: { start: positionIn(TEXT, needle), end: positionIn(TEXT, needle) }, context: { diagnostics: [], ...(only ? { only } : {}) } }, false);
    const action = at('name: Build').find((a) => a.kind === CodeActionKind.Refactor);
    assert.deepEqual(action?.command, { title: 'What if… (slip, change duration, cancel, add after)', command: 'programPilot.whatIf', arguments: [URI, 'build'] });
    assert.equal(at('program:').filter((a) => a.kind === CodeActionKind.Refactor).length, 0);
    assert.equal(at('name: Build', [CodeActionKind.QuickFix]).length, 0);
  });
});

describe('forecast handler', () => {
  const uncertain = HEAD + TASKS.replace('    duration: 3d\n', '    duration: 3d\n    estimate: { optimistic: 2d, pessimistic: 9d }\n');

  it('forecasts the plan, with the chance to meet the target end and the distribution of the end', () => {
    const view = forecastView({ text: uncertain, fileName: 'a.program.yaml', iterations: 500, seed: 3 });
    assert.ok(view);
    assert.equal(view.uncertain, true);
    assert.equal(view.runs, 500);
    const curve = view.endDistribution;
    assert.ok(curve.length > 3, 'more than one finish day: the estimate spreads the end');
    assert.equal(curve.reduce((sum, p) => sum + p.runs, 0), 500, 'every run is counted once');
    assert.ok(curve.every((p, i) => i === 0 || (p.date > curve[i - 1].date && p.cumulative > curve[i - 1].cumulative)));
    assert.equal(curve[curve.length - 1].cumulative, 1);
    assert.equal(curve[0].date, view.projectEnd?.earliest);
    assert.equal(curve[curve.length - 1].date, view.projectEnd?.latest);
    // The P80 day is the first day by which at least 80 % of runs have finished.
    assert.equal(curve.find((p) => p.cumulative >= 0.8)?.date, view.projectEnd?.p80);
    assert.equal(view.promises.find((p) => p.name === 'Target end')?.date, '2026-03-13');
    assert.equal(view.drivers[0]?.id, 'build');
  });

  it('keeps answers by text, seed and runs, and a newer forecast of the file stops the running one', async () => {
    const entry = entryOf(uncertain, URI);
    const jobs: string[] = [];
    const flags: Int32Array[] = [];
    let release: (() => void) | undefined;
    const runner: ForecastRunner = async (job, cancel, onProgress) => {
      jobs.push(`${job.seed}:${job.iterations}`);
      flags.push(cancel);
      if (jobs.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return forecastView(job, onProgress, () => Atomics.load(cancel, 0) !== 0);
    };
    const progress: number[] = [];
    const forecasts = new Forecasts((_token, done) => progress.push(done), runner);
    const first = forecasts.run(entry, { uri: URI, token: 't1', iterations: 300, seed: 1 });
    const second = await forecasts.run(entry, { uri: URI, token: 't2', iterations: 300, seed: 2 });
    assert.equal(Atomics.load(flags[0], 0), 1, 'the first run was told to stop');
    release!();
    assert.deepEqual(await first, { cancelled: true });
    assert.ok('view' in second);
    assert.ok(progress.includes(300));
    const again = await forecasts.run(entry, { uri: URI, token: 't3', iterations: 300, seed: 2 });
    assert.deepEqual(again, second);
    assert.deepEqual(jobs, ['1:300', '2:300'], 'the same text, seed and runs are not run again');
    const triangular = await forecasts.run(entry, { uri: URI, token: 't4', iterations: 300, seed: 2, distribution: 'triangular' });
    assert.ok('view' in triangular && triangular.view.distribution === 'triangular');
    assert.equal(jobs.length, 3, 'another distribution is another forecast');
  });

  it('says why a plan without a start cannot be forecast', async () => {
    const entry = entryOf(TASKS, URI);
    const answer = await new Forecasts(() => undefined, async () => assert.fail('no run')).run(entry, { uri: URI, token: 't' });
    assert.ok('message' in answer);
  });

  it('the background forecast fills the cache the hover reads; the panel joins a forecast already running', async () => {
    const withDeadline = uncertain.replace('{ id: ga, name: GA, milestone: true, dependsOn: [build] }', '{ id: ga, name: GA, milestone: true, deadline: 2026-03-11, dependsOn: [build] }');
    const entry = entryOf(withDeadline, URI);
    const jobs: string[] = [];
    const runner: ForecastRunner = async (job, cancel, onProgress) => {
      jobs.push(`${job.seed}:${job.iterations}`);
      return forecastView(job, onProgress, () => Atomics.load(cancel, 0) !== 0);
    };
    const forecasts = new Forecasts(() => undefined, runner);
    const settings: Settings = { ...DEFAULT_SETTINGS, forecastIterations: 400, forecastSeed: 5 };
    let open = true;
    const background = new BackgroundForecasts(forecasts, () => settings, () => open, 0);
    const at = positionIn(withDeadline, 'id: ga');
    assert.doesNotMatch(JSON.stringify(hover(entry, at, undefined, background.forecastOf(entry))), /Confidence/, 'nothing forecast yet: no line, and no run on the hover');
    assert.deepEqual(jobs, []);

    background.schedule(entry);
    const joined = forecasts.run(entry, { uri: URI, token: 'panel', iterations: 400, seed: 5 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const answer = await joined;
    assert.ok('view' in answer);
    assert.deepEqual(jobs, ['5:400'], 'the background and the panel share one run');

    const view = background.forecastOf(entry);
    const ga = view?.rows.find((r) => r.id === 'ga');
    assert.ok(ga?.deadline);
    const text = (hover(entry, at, undefined, view)?.contents as { value: string }).value;
    const percent = Math.round(ga.deadline.probability * 100);
    assert.match(text, new RegExp(`\\*\\*Confidence\\*\\* \\(400 runs\\): P50 \\w{3} \\d+ \\w{3} · P80 \\w{3} \\d+ \\w{3} · ${percent}% chance to meet the deadline of 11 Mar`));
    assert.doesNotMatch((hover(entry, positionIn(withDeadline, 'name: Design'), undefined, view)?.contents as { value: string }).value, /Confidence/, 'a task without deadline is not tracked');

    // Another text has no forecast yet; a closed file or the setting off is never forecast.
    assert.equal(background.forecastOf(entryOf(withDeadline.replace('3d', '4d'), URI)), undefined);
    open = false;
    background.schedule(entryOf(withDeadline.replace('3d', '5d'), URI));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(jobs.length, 1);
    background.dispose();
  });

  it('reads the forecast settings defensively', () => {
    assert.deepEqual(
      [readSettings({ forecast: { iterations: 200, seed: 4, inHovers: false } })].map((s) => [s.forecastIterations, s.forecastSeed, s.forecastInHovers]),
      [[200, 4, false]],
    );
    assert.equal(readSettings({ forecast: { distribution: 'triangular' } }).forecastDistribution, 'triangular');
    const bad = readSettings({ forecast: { iterations: -3, seed: 'x', inHovers: 'yes', distribution: 'normal' } });
    assert.deepEqual([bad.forecastIterations, bad.forecastSeed, bad.forecastInHovers, bad.forecastDistribution], [5000, 1, true, 'pert']);
  });
});
