/**
 * Golden files: the documents of the example program must be exactly the Markdown in
 * test/fixtures/documents/*.md. After an intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx mocha test/unit/documents/golden.test.ts` and review the diff.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { charterMarkdown } from '../../../src/core/documents/charter';
import { launchMarkdown } from '../../../src/core/documents/launch';
import { raidMarkdown } from '../../../src/core/documents/raid';
import { stakeholdersMarkdown } from '../../../src/core/documents/stakeholders';

const ROOT = join(__dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'documents');

const DOCUMENTS: Record<string, (analysis: Analysis) => string> = {
  charter: charterMarkdown,
  raid: raidMarkdown,
  stakeholders: stakeholdersMarkdown,
  launch: launchMarkdown,
};

describe('document golden files', () => {
  const analysis = analyze(readFileSync(join(ROOT, 'examples', 'multi-tenancy.program.yaml'), 'utf8'));
  for (const [name, render] of Object.entries(DOCUMENTS)) {
    it(`multi-tenancy → ${name}.md`, () => {
      const actual = render(analysis);
      const path = join(FIXTURES, `multi-tenancy-${name}.md`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
      assert.equal(actual, readFileSync(path, 'utf8'));
    });
  }
});
