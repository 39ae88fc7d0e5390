import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fixes/textEdit';
import { addAfter, type WhatIfChange } from '../../../src/core/whatif/changes';
import { whatIfEdits } from '../../../src/core/whatif/edits';
import { whatIf, weekMove, type WhatIfImpact } from '../../../src/core/whatif/impact';
import { decisionOptions, optionsSummary, scenarioImpact } from '../../../src/core/whatif/scenarios';
import type { TaskSchedule } from '../../../src/core/schedule/types';
import { runCli } from '../cli/runCli';
import { PLAN } from './plan';

const analysis = analyze(PLAN);

/** Each milestone move as "id from → to (days)". */
function moves(impact: WhatIfImpact): string[] {
  return [...impact.milestones, ...(impact.projectEnd ? [impact.projectEnd] : [])].map((m) => `${m.id} ${m.from.date} → ${m.to.date} (${m.days})`);
}

/** The text after the edits, analysed again, schedules exactly as the what-if did. */
function assertEditsGiveTheImpact(changes: readonly WhatIfChange[]): string {
  const impact = whatIf(analysis, changes);
  const edited = applyEdits(PLAN, whatIfEdits(PLAN, analysis, changes));
  const again = analyze(edited);
  const rows = (tasks: readonly TaskSchedule[]): string[] => tasks.map((t) => `${t.id} ${t.startDate} ${t.finishDate} ${t.tf}`).sort();
  assert.deepEqual(rows(again.schedule.tasks), rows(impact.schedule.tasks));
  assert.deepEqual(
    again.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'PP501').map((d) => d.message),
    [],
  );
  return edited;
}

describe('what-if', () => {
  it('plan as it stands (the baseline the goldens compare with)', () => {
    assert.deepEqual(
      analysis.schedule.tasks.map((t) => `${t.id} ${t.startDate} ${t.finishDate}`),
      ['design 2026-04-06 2026-04-10', 'build 2026-04-13 2026-04-24', 'docs 2026-04-13 2026-04-15', 'pilots 2026-04-27 2026-05-08', 'beta 2026-04-24 2026-04-24', 'ga 2026-05-08 2026-05-08'],
    );
    assert.deepEqual(analysis.diagnostics, []);
  });

  it('slip: the chain behind the task moves, a deadline is newly missed, a hand-off between teams becomes late', () => {
    const impact = whatIf(analysis, [{ kind: 'slip', task: 'build', days: 10 }]);
    assert.deepEqual(moves(impact), ['beta 2026-04-24 → 2026-05-08 (10)', 'ga 2026-05-08 → 2026-05-22 (10)', 'project end 2026-05-08 → 2026-05-22 (10)']);
    assert.equal(weekMove(impact.milestones[1]), 'week 19 → week 21');
    assert.deepEqual(
      impact.deadlines.map((d) => `${d.kind} ${d.id} ${d.met ? 'met' : 'missed'}`),
      ['deadline beta missed'],
    );
    assert.deepEqual(impact.criticalPath, { before: ['design', 'build', 'pilots'], after: ['build', 'pilots'], changed: true });
    assert.deepEqual(impact.lateHandoffs, [{ from: 'build', fromTeam: 'platform', to: 'pilots', toTeam: 'product', needBy: '2026-04-24', delivers: '2026-05-08', days: 10 }]);
  });

  it('slip: the edit adds a notBefore after the last field before it, keeping the comment', () => {
    const edits = whatIfEdits(PLAN, analysis, [{ kind: 'slip', task: 'build', days: 10 }]);
    assert.deepEqual(edits.map((e) => e.newText), ['    notBefore: 2026-04-27\n']);
    const edited = assertEditsGiveTheImpact([{ kind: 'slip', task: 'build', days: 10 }]);
    assert.ok(edited.includes('    duration: 10d   # two sprints\n    dependsOn: [design]\n    notBefore: 2026-04-27\n'));
  });

  it('duration: a task off the critical path becomes critical; the edit keeps the unit', () => {
    const change: WhatIfChange = { kind: 'duration', task: 'docs', days: 15 };
    const impact = whatIf(analysis, [change]);
    assert.deepEqual(moves(impact), ['ga 2026-05-08 → 2026-05-15 (5)', 'project end 2026-05-08 → 2026-05-15 (5)']);
    assert.deepEqual(impact.criticalPath.after, ['design', 'docs', 'pilots']);
    assert.deepEqual(impact.deadlines, []);
    assert.deepEqual(impact.lateHandoffs, [], 'docs and pilots are one team');
    const [edit] = whatIfEdits(PLAN, analysis, [change]);
    assert.equal(PLAN.slice(edit.span.start, edit.span.end), '3');
    assert.equal(edit.newText, '15');
    const build = whatIfEdits(PLAN, analysis, [{ kind: 'duration', task: 'build', days: 15 }]);
    assert.deepEqual([PLAN.slice(build[0].span.start, build[0].span.end), build[0].newText], ['10d', '15d']);
    const pilots = whatIfEdits(PLAN, analysis, [{ kind: 'duration', task: 'pilots', days: 15 }]);
    assert.deepEqual([PLAN.slice(pilots[0].span.start, pilots[0].span.end), pilots[0].newText], ['2w', '3w']);
    assertEditsGiveTheImpact([change]);
  });

  it('duration on a milestone: it stops being one (milestone: false, a duration added)', () => {
    const edited = assertEditsGiveTheImpact([{ kind: 'duration', task: 'beta', days: 2 }]);
    assert.ok(edited.includes('    owner: ben\n    duration: 2d\n    milestone: false\n    dependsOn: [build]\n'), edited);
  });

  it('cancel: the work drops out, its milestone is no longer held by it, the edit adds status: cancelled', () => {
    const change: WhatIfChange = { kind: 'status', task: 'pilots', status: 'cancelled' };
    const impact = whatIf(analysis, [change]);
    assert.deepEqual(impact.applied, ['pilots: status not-started → cancelled']);
    assert.deepEqual(moves(impact), ['ga 2026-05-08 → 2026-04-06 (-24)', 'project end 2026-05-08 → 2026-04-24 (-10)']);
    assert.deepEqual(impact.criticalPath.after, ['design', 'build']);
    const edits = whatIfEdits(PLAN, analysis, [change]);
    assert.deepEqual(edits.map((e) => e.newText), ['    status: cancelled\n']);
    assertEditsGiveTheImpact([change]);
  });

  it('add after: a new item right after the task, same indentation, team and owner', () => {
    const change = addAfter(analysis.program, analysis.graph, 'build', 5);
    assert.deepEqual(change, { kind: 'add', id: 'build-followup', name: 'Follow-up to Build', days: 5, dependsOn: ['build'], team: 'platform' });
    const impact = whatIf(analysis, [change]);
    assert.deepEqual(impact.applied, ['add build-followup (5 working days after build)']);
    assert.deepEqual(moves(impact), ['project end 2026-05-08 → 2026-05-08 (0)'], 'nothing waits for the new task');
    const edited = assertEditsGiveTheImpact([change]);
    assert.ok(
      edited.includes(
        '    dependsOn: [design]\n  - id: build-followup\n    name: Follow-up to Build\n    team: platform\n    owner: ana\n    duration: 5d\n    dependsOn: [build]\n  - id: docs\n',
      ),
      edited,
    );
  });

  it('a change to an unknown task, or one of impossible size, is skipped with the reason', () => {
    const impact = whatIf(analysis, [
      { kind: 'slip', task: 'nope', days: 1 },
      { kind: 'duration', task: 'build', days: -3 },
    ]);
    assert.deepEqual(impact.applied, []);
    assert.deepEqual(impact.skipped, ["slip nope by 1 working days: no task 'nope'", 'set the duration of build to -3 working days: the number of working days must be a whole number from 0 to 10000']);
    assert.deepEqual(moves(impact), ['project end 2026-05-08 → 2026-05-08 (0)']);
  });

  it('slipping work in progress lengthens it, and done work cannot slip', () => {
    const text = PLAN.replace('targetEnd: 2026-05-29', 'targetEnd: 2026-05-29\nstatusDate: 2026-04-14').replace(
      '    duration: 5d\n',
      '    duration: 5d\n    status: done\n    actualStart: 2026-04-06\n    actualFinish: 2026-04-10\n',
    ).replace('    duration: 10d   # two sprints\n', '    duration: 10d   # two sprints\n    status: in-progress\n    progress: 20\n    actualStart: 2026-04-13\n');
    const started = analyze(text);
    const impact = whatIf(started, [
      { kind: 'slip', task: 'build', days: 5 },
      { kind: 'slip', task: 'design', days: 5 },
    ]);
    assert.deepEqual(impact.applied, ['build: slips 5 working days (duration 15)']);
    assert.deepEqual(impact.skipped, ['slip design by 5 working days: design is done']);
    const edits = whatIfEdits(text, started, [{ kind: 'slip', task: 'build', days: 5 }]);
    assert.deepEqual(edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]), [['10d', '15d']]);
  });

  it('scenarios: each change kind of the file, with an added task, and the decision options summary', () => {
    const impact = scenarioImpact(analysis, 'security')!;
    assert.deepEqual(impact.applied, ['build: slips 2 working days (notBefore 2026-04-15)', 'add review (4 working days after build)']);
    assert.deepEqual(moves(impact), ['beta 2026-04-24 → 2026-04-28 (2)', 'ga 2026-05-08 → 2026-05-12 (2)', 'project end 2026-05-08 → 2026-05-12 (2)']);
    assert.equal(scenarioImpact(analysis, 'missing'), undefined);
    const [options] = decisionOptions(analysis);
    assert.equal(options.keyMilestone, 'ga');
    assert.equal(optionsSummary(options), 'Reduce to 3 pilots: GA 2026-05-04 (−4 working days); Keep 5 pilots: GA 2026-05-08');
  });

  it('a targetEnd or launch date newly met or missed is reported', () => {
    const impact = whatIf(analysis, [{ kind: 'duration', task: 'pilots', days: 25 }]);
    assert.deepEqual(
      impact.deadlines.map((d) => `${d.kind} ${d.date} ${d.met ? 'met' : 'missed'} ${d.finishBefore} → ${d.finishAfter}`),
      ['deadline 2026-05-22 missed 2026-05-08 → 2026-05-29', 'launch 2026-05-22 missed 2026-05-08 → 2026-05-29'],
    );
    const late = analyze(PLAN.replace('targetEnd: 2026-05-29', 'targetEnd: 2026-05-05'));
    const earlier = whatIf(late, [{ kind: 'duration', task: 'pilots', days: 6 }]);
    assert.deepEqual(earlier.deadlines.map((d) => `${d.kind} ${d.met ? 'met' : 'missed'}`), ['targetEnd met']);
  });

  it('references in scenarios and options are checked (PP107, PP108, PP109)', () => {
    const text = PLAN.replace('options: [three-pilots, five-pilots]', 'options: [three-pilots, five-pilot]')
      .replace('{ task: pilots, duration: 6d }', '{ task: pilot, duration: 6d }')
      .replace('add: { id: review,', 'add: { id: docs,');
    const found = analyze(text).diagnostics.map((d) => `${d.code} ${d.message}`);
    assert.deepEqual(found, [
      "PP108 Decision 'D-1' lists unknown scenario 'five-pilot' as an option. Did you mean 'five-pilots'?",
      "PP107 Scenario 'three-pilots' changes unknown task 'pilot'. Did you mean 'pilots'? Fix the id.",
      "PP109 Scenario 'security' adds task 'docs', but that id is already used. Give the new task an id of its own.",
    ]);
  });

  describe('program-pilot whatif', () => {
    const files = { 'plan.program.yaml': PLAN };

    it('prints the impact of a slip in Markdown', async () => {
      const run = await runCli(['whatif', 'plan.program.yaml', '--slip', 'build=2w'], { files });
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.stdout.includes('| GA | 2026-05-08 | 2026-05-22 | +10 working days, week 19 → week 21 |'), run.stdout);
      assert.ok(run.stdout.includes('- Late hand-off: build (platform) → pilots (product): needed by 2026-04-24, now 2026-05-08 (10 working days late).'));
    });

    it('gives a scenario as JSON with the edits that write it', async () => {
      const run = await runCli(['whatif', 'plan.program.yaml', '--scenario', 'three-pilots', '--format', 'json'], { files });
      assert.equal(run.code, 0, run.stderr);
      const result = JSON.parse(run.stdout) as { change: string; edits: { start: { line: number }; newText: string }[]; projectEnd: { days: number } };
      assert.equal(result.change, 'Reduce to 3 pilots');
      assert.equal(result.projectEnd.days, -4);
      assert.deepEqual(result.edits.map((e) => [e.start.line, e.newText]), [[32, '6d']]);
    });

    it('refuses an unknown task, an unknown scenario and two changes at once', async () => {
      for (const args of [['--cancel', 'nope'], ['--scenario', 'nope'], ['--cancel', 'build', '--slip', 'docs=1'], ['--slip', 'build']]) {
        const run = await runCli(['whatif', 'plan.program.yaml', ...args], { files });
        assert.equal(run.code, 2, args.join(' '));
        assert.match(run.stderr, /program-pilot whatif: /);
      }
    });
  });
});
