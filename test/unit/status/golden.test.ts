/**
 * Golden files: example plans at chosen as-of dates must produce exactly the report in
 * test/fixtures/status/*.md (and .html, .json). After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx mocha test/unit/status/golden.test.ts` and review the diff. Every date
 * is given, so nothing depends on today or the time zone.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/source';
import { buildStatusReport, statusJson } from '../../../src/core/status/report';
import { statusHtml, statusMarkdown } from '../../../src/core/status/reportDocument';
import { compareWeekOverWeek } from '../../../src/core/status/weekOverWeek';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'status');

interface Case {
  readonly plan: string;
  readonly asOf: string;
  readonly golden: string;
  /** A plan file to compare with as last week's committed version. */
  readonly lastWeek?: string;
}

const RENDER = { md: statusMarkdown, html: statusHtml, json: statusJson } as const;

const CASES: readonly Case[] = [
  { plan: 'examples/multi-tenancy.program.yaml', asOf: '2026-03-13', golden: 'multi-tenancy-2026-03-13.md' },
  { plan: 'examples/multi-tenancy.program.yaml', asOf: '2026-04-24', golden: 'multi-tenancy-2026-04-24.md' },
  // The plan's errors come first, and the health cannot be GREEN.
  { plan: 'examples/broken.program.yaml', asOf: '2026-03-20', golden: 'broken-2026-03-20.md' },
  // Launch week with open items, a blocked critical task due to resume, risks with impact and ETA.
  { plan: 'test/fixtures/status/launch-week.program.yaml', asOf: '2026-06-24', golden: 'launch-week-2026-06-24.md' },
  { plan: 'test/fixtures/status/launch-week.program.yaml', asOf: '2026-06-24', golden: 'launch-week-2026-06-24.html' },
  { plan: 'test/fixtures/status/launch-week.program.yaml', asOf: '2026-06-24', golden: 'launch-week-2026-06-24.json' },
  {
    plan: 'test/fixtures/status/payments.program.yaml',
    asOf: '2026-04-17',
    golden: 'payments-2026-04-17.md',
    lastWeek: 'test/fixtures/status/payments-last-week.program.yaml',
  },
];

const COMMIT = { hash: '0123456789abcdef0123456789abcdef01234567', date: '2026-04-09T16:30:00+02:00', subject: 'Weekly progress update' };

function render({ plan, asOf, lastWeek, golden }: Case): string {
  const text = readFileSync(join(ROOT, plan), 'utf8');
  const now = analyze(text, { asOf });
  const lines = new LineIndex(text);
  let weekOverWeek: Parameters<typeof buildStatusReport>[0]['weekOverWeek'] = { unavailable: 'no git history for this file on or before the comparison date' };
  if (lastWeek) {
    const then = analyze(readFileSync(join(ROOT, lastWeek), 'utf8'));
    weekOverWeek = compareWeekOverWeek(now.program, now.schedule, asOf, { program: then.program, schedule: then.schedule, commit: COMMIT });
  }
  const report = buildStatusReport({
    program: now.program,
    schedule: now.schedule,
    asOf,
    weekOverWeek,
    source: { diagnostics: now.diagnostics, positionAt: (offset) => lines.positionAt(offset), fileName: plan },
  });
  return RENDER[golden.slice(golden.lastIndexOf('.') + 1) as keyof typeof RENDER](report);
}

describe('status report golden files', () => {
  for (const c of CASES) {
    it(`${c.plan} as of ${c.asOf} → ${c.golden}`, () => {
      const actual = render(c);
      const path = join(FIXTURES, c.golden);
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
      assert.equal(actual, readFileSync(path, 'utf8'));
    });
  }
});
