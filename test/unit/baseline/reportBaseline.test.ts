import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { reportBaselineOf } from '../../../src/core/baseline/reportBaseline';
import { renderMarkdown } from '../../../src/core/status/document';
import { buildStatusReport } from '../../../src/core/status/report';
import { statusDocument } from '../../../src/core/status/reportDocument';

const plan = (buildDays: number) =>
  [
    'program: Baseline report',
    'start: 2026-03-02',
    'baseline: plan-v1',
    'tasks:',
    '  - id: build',
    '    name: Build',
    `    duration: ${buildDays}d`,
    '  - id: ready',
    '    name: Ready',
    '    milestone: true',
    '    dependsOn: [build]',
    '',
  ].join('\n');

describe('the status report against a baseline', () => {
  it('takes each task’s finish and the end from the committed version', () => {
    const committed = reportBaselineOf(analyze(plan(5)));
    assert.equal(committed.finishById.get('build'), '2026-03-06');
    assert.equal(committed.finishById.get('ready'), '2026-03-06');
    assert.equal(committed.endDate, '2026-03-06');
  });

  it('dates the milestones from the baseline and says the slip against it', () => {
    const now = analyze(plan(10), { asOf: '2026-03-02' });
    const report = buildStatusReport({ ...now, weekOverWeek: { unavailable: 'none' }, baseline: reportBaselineOf(analyze(plan(5))) });
    const markdown = renderMarkdown(statusDocument(report));
    assert.match(markdown, /\| \*\*Ready\*\* \| Fri 2026-03-06 \| Fri 2026-03-13 \| \+5 \|/);
    assert.match(markdown, /the baseline/);
    assert.match(markdown, /baseline 2026-03-06/);
  });
});
