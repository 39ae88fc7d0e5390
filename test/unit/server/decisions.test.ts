/** The what-if and forecast handlers, given an analysis. */
import { strict as assert } from 'node:assert';
import { CodeActionKind } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../../src/server/codeActions';
import { Forecasts, type ForecastRunner } from '../../../src/server/forecast';
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

  it('forecasts the plan, with the chance to meet the target end and an S-curve of the end', () => {
    const view = forecastView({ text: uncertain, fileName: 'a.program.yaml', iterations: 500, seed: 3 });
    assert.ok(view);
    assert.equal(view.uncertain, true);
    assert.equal(view.runs, 500);
    assert.deepEqual(view.endCurve.map((p) => p.share), [0, 0.5, 0.8, 0.95, 1]);
    assert.ok(view.endCurve.every((p, i) => i === 0 || p.date >= view.endCurve[i - 1].date));
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
  });

  it('says why a plan without a start cannot be forecast', async () => {
    const entry = entryOf(TASKS, URI);
    const answer = await new Forecasts(() => undefined, async () => assert.fail('no run')).run(entry, { uri: URI, token: 't' });
    assert.ok('message' in answer);
  });
});
