/**
 * The TPM opens the broken example and the Problems panel lists what is wrong with it: every
 * diagnostic the core finds, with its code and line, and nothing for the clean example.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/source';
import { ROOT } from '../../scripts/code-server/extension';
import { useSession } from './support/session';

describe('Problems panel', () => {
  const workbench = useSession();

  it('lists the problems of the broken example with their codes and lines', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'broken.program.yaml'), 'utf8');
    const lines = new LineIndex(text);
    const expected = analyze(text).diagnostics.map((d) => ({ code: d.code, line: lines.positionAt(d.span.start).line + 1 }));
    assert.ok(expected.length > 10, 'the broken example should have many problems');

    await workbench().openFile('broken.program.yaml');
    await workbench().problems((rows) => rows.length > expected.length / 2);
    await workbench().screenshot('problems');
    const rows = await workbench().allProblems();
    const missing = expected.filter(({ code, line }) => !rows.some((r) => r.includes(code) && r.includes(`line ${line} `)));
    assert.deepEqual(missing, [], `problems not listed:\n${rows.join('\n')}`);
  });
});
