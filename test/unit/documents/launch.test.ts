import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { checklistGroups, launchMarkdown, launchVerdict } from '../../../src/core/documents/launch';
import { buildStatusReport } from '../../../src/core/status/report';
import { statusMarkdown } from '../../../src/core/status/reportDocument';
import { runCli } from '../cli/runCli';

const PLAN = (launch: string, extra = ''): string => `program: P
start: 2026-03-02
statusDate: 2026-03-02
accountable: ann
people:
  - { id: ann, name: Ann }
tasks:
  - { id: build, name: Build, owner: ann, duration: 10 }
${extra}launch:
${launch}`;

describe('launch go/no-go', () => {
  it('is GO when every item is done, the critical work ends before the launch and no high risk is open on it', () => {
    const verdict = launchVerdict(analyze(PLAN('  date: 2026-03-20\n  checklist:\n    - { item: Done thing, owner: ann, done: true }\n')));
    assert.deepEqual(verdict, { go: true, reasons: [] });
  });

  it('is NO-GO with a reason for each open item, critical work after the launch and high risks on launch work', () => {
    const text = PLAN(
      '  date: 2026-03-10\n  checklist:\n    - { item: Open thing, owner: ann }\n',
      'risks:\n  - { id: R-1, title: Slip, probability: high, impact: low, mitigation: m, owner: ann, tasks: [build] }\n  - { id: R-2, title: Low, probability: low, impact: low, tasks: [build] }\n',
    );
    const verdict = launchVerdict(analyze(text));
    assert.equal(verdict.go, false);
    assert.deepEqual(verdict.reasons, [
      'Checklist item open: Open thing',
      'Critical work not done before the launch: Build (forecast 2026-03-16)',
      'Open high risk R-1 on launch work (build): Slip',
    ]);
  });

  it('is NO-GO without a launch section', () => {
    assert.equal(launchVerdict(analyze('program: P\nstart: 2026-03-02\n')).go, false);
  });

  it('groups the checklist in the order the file names the groups, ungrouped items last', () => {
    const { program } = analyze(PLAN('  checklist:\n    - { item: a }\n    - { item: b, group: ops }\n    - { item: c, group: tech }\n    - { item: d, group: ops }\n'));
    assert.deepEqual(
      checklistGroups(program.launch!.checklist).map(([g, items]) => `${g}: ${items.map((i) => i.item).join(',')}`),
      ['ops: b,d', 'tech: c', 'Other: a'],
    );
  });

  it('reads the rollout, rollback triggers and post-launch checks, escaping user text', () => {
    const md = launchMarkdown(
      analyze(PLAN('  date: 2026-03-20\n  rollout:\n    - { traffic: 5%, hold: 2h, goCriteria: ["*no* errors"] }\n    - { traffic: 100 }\n  rollbackTriggers: ["p99 > 1s | page"]\n  postLaunch: [Review]\n')),
    );
    assert.match(md, /\| 1 \| 5% \| 2h \| \\\*no\\\* errors \|/);
    assert.match(md, /\| 2 \| 100% \| — \|/);
    assert.match(md, /## Rollback triggers\n\n- p99 \\> 1s \\\| page/);
    assert.match(md, /## Post-launch\n\n.*\n\n- Review/);
  });

  it('rejects a malformed rollout stage through the schema', () => {
    const { diagnostics, program } = analyze(PLAN('  rollout:\n    - { traffic: lots, hold: forever, speed: 3 }\n'));
    const codes = diagnostics.map((d) => d.code).sort();
    assert.ok(codes.includes('PP005'), codes.join());
    assert.ok(codes.filter((c) => c === 'PP004' || c === 'PP002').length >= 2, codes.join());
    assert.equal(program.launch!.rollout[0].traffic, undefined);
  });

  it('exits 1 on NO-GO and 0 on GO from the command line', async () => {
    const noGo = await runCli(['launch', 'p.program.yaml'], { files: { 'p.program.yaml': PLAN('  date: 2026-03-20\n  checklist:\n    - { item: x, owner: ann }\n') } });
    assert.equal(noGo.code, 1);
    assert.match(noGo.stdout, /\*\*Verdict: NO-GO\*\*/);
    const go = await runCli(['launch', 'p.program.yaml'], { files: { 'p.program.yaml': PLAN('  date: 2026-03-20\n') } });
    assert.equal(go.code, 0);
    assert.match(go.stdout, /\*\*Verdict: GO\*\*/);
  });
});

describe('launch and stakeholder diagnostics', () => {
  const codesOf = (text: string, asOf?: string) => analyze(text, asOf ? { asOf } : {}).diagnostics.map((d) => d.code);

  it('reports a checklist item without owner (PP503)', () => {
    assert.ok(codesOf(PLAN('  checklist:\n    - { item: x }\n')).includes('PP503'));
    assert.ok(!codesOf(PLAN('  checklist:\n    - { item: x, owner: ann }\n')).includes('PP503'));
  });

  it('reports open items from a week before the launch date (PP504), not earlier, not done ones', () => {
    const text = PLAN('  date: 2026-03-20\n  checklist:\n    - { item: x, owner: ann }\n    - { item: y, owner: ann, done: true }\n');
    assert.ok(!codesOf(text, '2026-03-13').includes('PP504'));
    assert.deepEqual(codesOf(text, '2026-03-14').filter((c) => c === 'PP504'), ['PP504']);
    assert.deepEqual(codesOf(text, '2026-03-25').filter((c) => c === 'PP504'), ['PP504']);
  });

  it('reports a high-influence stakeholder without strategy as information (PP306)', () => {
    const d = analyze('program: P\nstart: 2026-03-02\nstakeholders:\n  - { id: a, name: A, influence: high }\n  - { id: b, name: B, influence: medium }\n').diagnostics;
    assert.deepEqual(d.map((x) => `${x.code} ${x.severity}`), ['PP306 info']);
  });
});

describe('post-launch', () => {
  const POST = '  date: 2026-03-20\n  postLaunch:\n    retrospective: 2026-03-27\n    handoffOwner: ann\n    checks: [Review one week later]\n';
  const status = (asOf: string): string => {
    const analysis = analyze(PLAN(POST), { asOf });
    return statusMarkdown(buildStatusReport({ ...analysis, asOf, weekOverWeek: { unavailable: 'no history in this test' } }));
  };

  it('is in the launch document: the retrospective, the BAU owner by name and the checks', () => {
    const md = launchMarkdown(analyze(PLAN(POST)));
    assert.match(md, /## Post-launch\n\nRetrospective: 2026-03-27 · BAU hand-off owner: Ann\.\n\n- Review one week later\n/);
  });

  it('is in the launch document even when nothing is planned, saying what to write', () => {
    const md = launchMarkdown(analyze(PLAN('  date: 2026-03-20\n  postLaunch: [Review]\n')));
    assert.match(md, /## Post-launch\n\nRetrospective: not planned yet \(launch\.postLaunch\.retrospective\) · BAU hand-off owner: not named yet \(launch\.postLaunch\.handoffOwner\)\.\n\n- Review\n/);
  });

  it('is in the weekly status only after the launch date', () => {
    assert.doesNotMatch(status('2026-03-20'), /Post-launch/, 'not on launch day');
    const after = status('2026-03-23');
    assert.match(after, /## Post-launch — launched .+\n\nRetrospective: 2026-03-27 · BAU hand-off owner: Ann\.\n\n- Review one week later/);
    const unplanned = analyze(PLAN('  date: 2026-03-20\n'), { asOf: '2026-03-23' });
    assert.doesNotMatch(statusMarkdown(buildStatusReport({ ...unplanned, weekOverWeek: { unavailable: 'none' } })), /Post-launch/, 'nor when the plan writes none');
  });

  it('reads both forms and checks the owner is a person', () => {
    const listed = analyze(PLAN('  postLaunch: [A, B]\n')).program.launch;
    assert.deepEqual(listed?.postLaunch, ['A', 'B']);
    const unknown = analyze(PLAN('  postLaunch: { handoffOwner: zed }\n'));
    assert.ok(unknown.diagnostics.some((d) => d.code === 'PP203' && d.message.includes("'zed'")), JSON.stringify(unknown.diagnostics));
    assert.equal(unknown.diagnostics.filter((d) => d.code === 'PP002').length, 0);
  });
});
