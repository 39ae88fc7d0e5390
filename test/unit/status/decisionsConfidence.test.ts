import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { buildStatusReport } from '../../../src/core/status/report';
import { statusMarkdown } from '../../../src/core/status/reportDocument';

const NO_HISTORY = { unavailable: 'no history in this test' };

const PLAN = `program: Pilots
start: 2026-06-01
targetEnd: 2026-06-22
tasks:
  - { id: build, name: Build, duration: 5d }
  - { id: pilots, name: Pilots, duration: 8d, dependsOn: [build] }
  - { id: ga, name: GA, milestone: true, dependsOn: [pilots] }
scenarios:
  - { id: three, name: Reduce to 3 pilots, changes: [{ task: pilots, duration: 4d }] }
  - { id: five, name: Keep 5 pilots, changes: [] }
decisions:
  - { id: D-1, title: How many pilots?, status: pending, options: [three, five] }
  - { id: D-2, title: Settled, status: made, options: [three] }
`;

function report(text: string) {
  const analysis = analyze(text);
  return buildStatusReport({ ...analysis, asOf: '2026-06-01', weekOverWeek: NO_HISTORY });
}

describe('status report: decision options and confidence', () => {
  it('states each option of a pending decision on the last milestone', () => {
    const r = report(PLAN);
    assert.deepEqual(
      r.decisions.map((d) => [d.id, d.options]),
      [['D-1', 'Reduce to 3 pilots: GA 2026-06-11 (−4 working days); Keep 5 pilots: GA 2026-06-17']],
    );
    assert.match(statusMarkdown(r), /How many pilots\?\*\* — no need-by date\. Options: Reduce to 3 pilots: GA 2026-06-11/);
  });

  it('has no confidence line when nothing is uncertain', () => {
    const r = report(PLAN);
    assert.equal(r.confidence, undefined);
    assert.doesNotMatch(statusMarkdown(r), /Confidence:/);
  });

  it('states the P80 of the last milestone and the chance to meet the target end, the same in every report', () => {
    const uncertain = PLAN.replace('duration: 8d, dependsOn', 'duration: 8d, estimate: { optimistic: 6d, pessimistic: 20d }, dependsOn');
    const r = report(uncertain);
    const c = r.confidence;
    assert.ok(c && !('tooLarge' in c));
    assert.equal(c.name, 'GA');
    assert.ok(c.p80 > '2026-06-17', c.p80);
    assert.equal(c.promise?.kind, 'targetEnd');
    assert.ok(c.promise.probability > 0 && c.promise.probability < 1, String(c.promise.probability));
    assert.deepEqual(report(uncertain).confidence, c);
    assert.match(statusMarkdown(r), /Confidence: GA 80% by \w{3} \d{4}-\d\d-\d\d; \d+% to meet the target end 2026-06-22 \(forecast of 1,000 runs, seed 1\)/);
  });

  it('spends a bounded effort: fewer runs for a big plan, and none past 10,000 tasks', () => {
    const tasks = (n: number, estimate: boolean) =>
      `program: Big\nstart: 2026-06-01\ntasks:\n${Array.from({ length: n }, (_, i) => `  - { id: t${i}, name: T${i}, duration: 2d${estimate && i === 0 ? ', estimate: { optimistic: 1d, pessimistic: 5d }' : ''} }`).join('\n')}\n`;
    const mid = report(tasks(2_000, true)).confidence;
    assert.ok(mid && !('tooLarge' in mid));
    assert.equal(mid.runs, 500);
    assert.deepEqual(report(tasks(10_001, true)).confidence, { tooLarge: 10_001 });
    assert.match(statusMarkdown(report(tasks(10_001, true))), /Confidence: not forecast in the report for a plan of 10,001 tasks/);
    assert.equal(report(tasks(10_001, false)).confidence, undefined);
  });
});
