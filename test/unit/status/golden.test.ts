/**
 * Golden files: example plans at chosen as-of dates must produce exactly the Markdown in
 * test/fixtures/status/*.md. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx mocha test/unit/status/golden.test.ts` and review the diff.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { buildStatusReport } from '../../../src/core/status/report';
import { statusMarkdown } from '../../../src/core/status/reportDocument';
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

const CASES: readonly Case[] = [
  { plan: 'examples/multi-tenancy.program.yaml', asOf: '2026-03-13', golden: 'multi-tenancy-2026-03-13.md' },
  { plan: 'examples/multi-tenancy.program.yaml', asOf: '2026-04-24', golden: 'multi-tenancy-2026-04-24.md' },
  {
    plan: 'test/fixtures/status/payments.program.yaml',
    asOf: '2026-04-17',
    golden: 'payments-2026-04-17.md',
    lastWeek: 'test/fixtures/status/payments-last-week.program.yaml',
  },
];

const COMMIT = { hash: '0123456789abcdef0123456789abcdef01234567', date: '2026-04-09T16:30:00+02:00', subject: 'Weekly progress update' };

function render({ plan, asOf, lastWeek }: Case): string {
  const now = analyze(readFileSync(join(ROOT, plan), 'utf8'), { asOf });
  let weekOverWeek: Parameters<typeof buildStatusReport>[0]['weekOverWeek'] = { unavailable: 'no git history for this file on or before the comparison date' };
  if (lastWeek) {
    const then = analyze(readFileSync(join(ROOT, lastWeek), 'utf8'));
    weekOverWeek = compareWeekOverWeek(now.program, now.schedule, asOf, { program: then.program, schedule: then.schedule, commit: COMMIT });
  }
  return statusMarkdown(buildStatusReport({ program: now.program, schedule: now.schedule, asOf, weekOverWeek }));
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
