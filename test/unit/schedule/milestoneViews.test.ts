/**
 * Every view shows a milestone on the same day: the README's minimal plan, where build runs
 * Mon 19 Jan – Fri 6 Feb 2026 and the launch after it is dated Fri 6 Feb (not Mon 9 Feb).
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/core/hover/hoverAt';
import { taskLensTitle } from '../../../src/core/hover/taskLens';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { criticalPathDiagram } from '../../../src/core/mermaid/criticalPath';
import { buildStatusReport } from '../../../src/core/status/report';
import { runCli } from '../cli/runCli';

const TEXT = `program: Checkout rewrite
start: 2026-01-05
accountable: dana
launch: { date: 2026-02-06 }
people:
  - { id: dana, name: Dana Okafor }
  - { id: lena, name: Lena Novak, team: web }
teams:
  - { id: web, name: Web, lead: lena }
tasks:
  - { id: design, name: Design, owner: lena, duration: 2w }
  - { id: build, name: Build, owner: lena, duration: 15, dependsOn: [design] }
  - { id: launch, name: Launch, owner: dana, milestone: true, dependsOn: [build], deadline: 2026-02-06 }
`;

describe('milestone dates in every view', () => {
  const analysis = analyze(TEXT, { asOf: '2026-01-30' });
  const { program, schedule } = analysis;
  const launch = program.tasks[2];

  it('the schedule and the checks: Fri 6 Feb, no PP501 or PP502', () => {
    assert.equal(schedule.byId.get('launch')?.finishDate, '2026-02-06');
    assert.equal(schedule.projectEndDate, '2026-02-06');
    assert.deepEqual(analysis.diagnostics.filter((d) => d.code.startsWith('PP5')), []);
  });

  it('CodeLens and hover', () => {
    assert.equal(taskLensTitle(program, schedule, launch), 'milestone · critical · float 0d · 6 Feb');
    const hover = hoverAt(analysis, TEXT.indexOf('id: launch') + 4)!.markdown;
    assert.match(hover, /\| Early \| Fri 6 Feb 2026 \| Fri 6 Feb 2026 \|/);
    assert.match(hover, /Deadline: Fri 6 Feb 2026 — slack 0 working days/);
  });

  it('Gantt chart and critical path', () => {
    const bar = ganttChart(program, schedule).bars.find((b) => b.taskId === 'launch')!;
    assert.deepEqual([bar.start, bar.finish, bar.late], ['2026-02-06', '2026-02-06', false]);
    assert.match(criticalPathDiagram(program, schedule).source, /Launch[^\n]*2026-02-06/);
  });

  it('status report', () => {
    const report = buildStatusReport({ program, schedule, asOf: '2026-01-30', weekOverWeek: { unavailable: 'none' } });
    assert.equal(report.projectedEnd, '2026-02-06');
    assert.equal(report.health.findings.some((f) => f.rule === 'deadline-missed'), false);
    assert.deepEqual(report.nextWeek.find((item) => item.id === 'launch')?.finishes, '2026-02-06');
  });

  it('program-pilot schedule', async () => {
    const { stdout } = await runCli(['schedule', 'plan.program.yaml', '--format', 'csv'], { files: { 'plan.program.yaml': TEXT }, cwd: '/' });
    assert.ok(stdout.split('\r\n').includes('launch,0,25,25,25,25,0,0,1,2026-02-06,2026-02-06,2026-02-06,2026-02-06'), stdout);
  });
});
