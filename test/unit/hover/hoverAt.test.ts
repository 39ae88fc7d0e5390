import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/core/hover/hoverAt';
import { taskLensTitle } from '../../../src/core/hover/taskLens';

const TEXT = [
  'program: P',
  'start: 2026-03-02', // a Monday
  'accountable: ana',
  'people:',
  '  - { id: ana, name: Ana Lima, role: Tech lead, team: core }',
  '  - { id: ben, name: "Ben *bold* <b>", team: core }',
  'teams:',
  '  - { id: core, name: Core, lead: ana }',
  'tasks:',
  '  - id: design',
  '    name: Design',
  '    owner: ana',
  '    duration: 2d',
  '  - id: build',
  '    name: Build',
  '    owner: ben',
  '    duration: 3d',
  '    deadline: 2026-03-10',
  '    dependsOn: [{task: design, type: FS, lag: 1}]',
  '  - id: docs',
  '    name: Docs',
  '    owner: ana',
  '    duration: 1d',
  '    notes: anywhere in the block',
  'risks:',
  '  - id: R1',
  '    title: Vendor late',
  '    probability: high',
  '    impact: medium',
  '    mitigation: Second vendor',
  '    owner: ana',
  '',
].join('\n');

describe('hover', () => {
  const analysis = analyze(TEXT, { asOf: '2026-03-02' }); // a fixed "today": health and projected end depend on it
  const hover = (needle: string, delta = 1): string | undefined => hoverAt(analysis, TEXT.indexOf(needle) + delta)?.markdown;

  it('shows a task: owner, status, early and late dates, floats, critical, driver, deadline', () => {
    const text = hover('build')!;
    assert.match(text, /\*\*Build\*\* — task build/);
    assert.match(text, /Owner: Ben \\\*bold\\\* \\<b\\> · Status: not-started/);
    assert.match(text, /\| Early \| Thu 5 Mar 2026 \| Mon 9 Mar 2026 \|/);
    assert.match(text, /\| Late \| Thu 5 Mar 2026 \| Mon 9 Mar 2026 \|/);
    assert.match(text, /Total float: \*\*0 working days\*\* · Free float: 0 working days/);
    assert.match(text, /\*\*Critical\*\*/);
    assert.match(text, /Driven by: Design \(finish-to-start, lag 1 working day\)/);
    assert.match(text, /Deadline: Tue 10 Mar 2026 — slack 1 working day/);
  });

  it('keeps a task hover short enough to show unscrolled: two paragraphs around the dates table', () => {
    const text = hover('build')!;
    const blocks = text.split('\n\n');
    assert.equal(blocks.length, 3, text);
    assert.match(blocks[0], /^\*\*Build\*\* — task build  \nOwner: /);
    assert.match(blocks[1], /^\| \| Start \| Finish \|/);
    assert.match(blocks[2], /^\*\*Critical\*\*: .*  \nDriven by: .*  \nDeadline: [^\n]*$/);
  });

  it('shows the same task hover anywhere in its block', () => {
    assert.equal(hover('anywhere'), hover('docs'));
    assert.match(hover('anywhere')!, /Total float: \*\*5 working days\*\*/);
    assert.match(hover('anywhere')!, /Not critical/);
    assert.match(hover('anywhere')!, /Driven by: the program start/);
  });

  it('shows a dependency: the link and the referenced task', () => {
    const text = hover('task: design', 7)!;
    assert.match(text, /^Depends on \*\*design\*\* — finish-to-start, lag 1 working day \(FS\)/);
    assert.match(text, /\*\*Design\*\* — task design/);
    assert.match(text, /Mon 2 Mar 2026 → Tue 3 Mar 2026 · total float 0 working days · \*\*critical\*\*/);
  });

  it('shows a person with what they own', () => {
    const text = hover('owner: ana', 8)!;
    assert.match(text, /\*\*Ana Lima\*\* — person ana/);
    assert.match(text, /Role: Tech lead · Team: Core · Leads: Core/);
    assert.match(text, /Owns 2 tasks \(2 open, 1 critical\)/);
  });

  it('shows a risk with its score and mitigation', () => {
    const text = hover('R1')!;
    assert.match(text, /Score: \*\*6\*\* of 9 \(probability high × impact medium\)/);
    assert.match(text, /Mitigation: Second vendor/);
  });

  it('shows a team', () => {
    assert.match(hover('id: core', 5)!, /Lead: Ana Lima · 2 members · 0 tasks/);
  });

  it('shows actions, issues, decisions and stakeholders', () => {
    const text = [
      'program: P',
      'start: 2026-03-02',
      'statusDate: 2026-03-20',
      'people: [{ id: ana, name: Ana Lima }]',
      'actions: [{ id: A1, title: Ask finance, owner: ana, due: 2026-03-13, status: open }]',
      'issues: [{ id: I1, title: Export slow, severity: high, status: open, impact: Two days lost }]',
      'decisions: [{ id: D1, title: Read-only?, status: pending, needBy: 2026-03-16 }]',
      'stakeholders: [{ id: cfo, name: The CFO, interest: high, influence: high }]',
      '',
    ].join('\n');
    const raid = analyze(text);
    const at = (needle: string) => hoverAt(raid, text.indexOf(needle))!.markdown;
    assert.match(at('A1'), /\*\*Ask finance\*\* — action A1\n\nStatus: open · Due: Fri 13 Mar 2026 \(\*\*past due\*\*\)\n\nOwner: Ana Lima/);
    assert.match(at('I1'), /Severity: high · Status: open\n\nImpact: Two days lost\n\nOwner: _none_/);
    assert.match(at('D1'), /Status: pending · Needed by: Mon 16 Mar 2026/);
    assert.match(at('cfo'), /\*\*The CFO\*\* — stakeholder cfo\n\nInterest: high · Influence: high/);
  });

  it('compares the forecast with the plan when recorded progress moved it', () => {
    const text = 'program: P\nstart: 2026-03-02\nstatusDate: 2026-03-06\ntasks:\n  - { id: a, name: A, duration: 5d, status: not-started }\n  - { id: b, name: B, duration: 4d, status: in-progress, progress: 50, actualStart: 2026-03-02 }\n';
    const late = analyze(text);
    const at = (needle: string) => hoverAt(late, text.indexOf(needle))!.markdown;
    assert.match(at('id: a'), /Driven by: the status date/);
    assert.match(at('id: a'), /\| Early \| Mon 9 Mar 2026 \| Fri 13 Mar 2026 \|\n\| Late \| .* \|\n\| Planned \| Mon 2 Mar 2026 \| Fri 6 Mar 2026 \|/);
    assert.match(at('id: a'), /Forecast finish: 5 working days later than planned \(from recorded progress\)/);
    assert.match(at('id: b'), /Progress: 50%/);
    assert.match(at('id: b'), /Driven by: its actual start on Mon 2 Mar 2026/);
    assert.doesNotMatch(hover('build')!, /Forecast/);
  });

  it('gives an overview of the program on its header keys', () => {
    const text = hover('program')!;
    assert.match(text, /^\*\*P\*\* — program\n\nStart: Mon 2 Mar 2026 · Projected end: Mon 9 Mar 2026/);
    assert.match(text, /3 tasks: 3 open, 2 critical · 2 people · 1 risk/);
    assert.match(text, /Health: \*\*(GREEN|AMBER|RED)\*\* — /);
  });

  it('says nothing outside any entity', () => {
    assert.equal(hover('accountable'), undefined);
  });

  it('summarises a task in one line for the CodeLens', () => {
    const lens = (id: string) => taskLensTitle(analysis.program, analysis.schedule, analysis.program.tasks.find((t) => t.id === id)!);
    assert.equal(lens('build'), 'critical · float 0d · 5 Mar → 9 Mar');
    assert.equal(lens('docs'), 'float 5d · 2 Mar');
  });

  it('reports unscheduled tasks on a cycle', () => {
    const cyclic = analyze('program: P\nstart: 2026-03-02\ntasks:\n  - {id: a, name: A, dependsOn: [b]}\n  - {id: b, name: B, dependsOn: [a]}\n');
    assert.equal(taskLensTitle(cyclic.program, cyclic.schedule, cyclic.program.tasks[0]), 'not scheduled: on a dependency cycle');
    assert.match(hoverAt(cyclic, cyclic.program.tasks[0].idSpan.start)!.markdown, /dependency cycle/);
  });
});
