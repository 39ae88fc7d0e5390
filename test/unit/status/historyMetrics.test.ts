/** The status report's "From the plan's history" lines: the TPM metrics of `program-pilot metrics`, each with what it was measured over. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { computeMetrics } from '../../../src/core/history/metrics';
import { buildStatusReport } from '../../../src/core/status/report';
import { statusMarkdown } from '../../../src/core/status/reportDocument';

const TEXT = [
  'program: Metrics',
  'start: 2026-03-02',
  'statusDate: 2026-03-16',
  'targetEnd: 2026-04-30',
  'budget: { total: 1000, spent: 600, currency: EUR }',
  'tasks:',
  '  - { id: a, name: A, duration: 5, status: done, actualStart: 2026-03-02, actualFinish: 2026-03-06 }',
  '  - { id: b, name: B, duration: 5, dependsOn: [a] }',
  '',
].join('\n');

function markdown(historyMetrics?: Parameters<typeof buildStatusReport>[0]['historyMetrics']): string {
  const analysis = analyze(TEXT);
  return statusMarkdown(buildStatusReport({ program: analysis.program, schedule: analysis.schedule, asOf: analysis.asOf, weekOverWeek: { unavailable: 'test' }, ...(historyMetrics ? { historyMetrics } : {}) }));
}

describe('the status report\'s history metrics', () => {
  it('lists each metric with its value and what it was measured over, or why it is n/a', () => {
    const analysis = analyze(TEXT);
    const metrics = computeMetrics({ current: analysis, baseline: { unavailable: 'the plan names no `baseline:`' }, history: { unavailable: 'not a git repository' } });
    const text = markdown(metrics);
    const section = text.slice(text.indexOf('### From the plan’s history'), text.indexOf('## Next week'));
    assert.match(section, /- \*\*On-time delivery\*\*: n\/a — the plan names no \\`baseline:\\`/);
    const budget = metrics.find((m) => m.id === 'budget-variance')!;
    assert.notEqual(budget.value, 'n/a', 'the budget needs no history');
    assert.ok(section.includes(`- **Budget variance**: ${budget.value} — over ${budget.over}`), section);
    assert.match(section, /- \*\*Blocker resolution time\*\*: n\/a — .*not a git repository/);
    assert.equal(section.match(/^- \*\*/gm)?.length, 5, 'all five metrics');
    assert.ok(section.includes('`program-pilot metrics`'));
  });

  it('says why they were not computed, and leaves the section out when not asked for', () => {
    assert.match(markdown({ unavailable: 'the plan is not a file on disk' }), /### From the plan’s history\n\nNot computed: the plan is not a file on disk\./);
    assert.doesNotMatch(markdown(), /From the plan’s history/);
  });
});
