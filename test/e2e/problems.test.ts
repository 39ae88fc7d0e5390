/**
 * The TPM opens the broken example and the Problems panel lists what is wrong with it: every
 * diagnostic the core finds, with its code and line, and the count of them in the file's header row.
 */
import * as assert from 'node:assert/strict';
import { withoutOptional } from '../../src/core/diagnostics';
import { example } from './support/expected';
import { useSession } from './support/session';

describe('Problems panel', () => {
  const workbench = useSession();

  it('lists the problems of the broken example with their codes and lines', async () => {
    const { analysis, at } = example('broken.program.yaml');
    // Optional problems (PP307) are off by default, so the panel lists the others.
    const expected = withoutOptional(analysis.diagnostics).map((d) => ({ code: d.code, line: at(d.span.start).line }));
    assert.ok(expected.length > 10, 'the broken example should have many problems');

    await workbench().openFile('broken.program.yaml');
    const header = /^(\d+) problems? in file broken\.program\.yaml/;
    await workbench().problems((rows) => rows.some((r) => header.test(r)));
    await workbench().screenshot('problems');
    const rows = await workbench().allProblems();
    const count = rows.map((r) => header.exec(r)?.[1]).find(Boolean);
    assert.equal(Number(count), expected.length, `the panel counts every problem:\n${rows.join('\n')}`);
    const missing = expected.filter(({ code, line }) => !rows.some((r) => r.includes(`[${code}]`) && r.includes(`at line ${line} `)));
    assert.deepEqual(missing, [], `problems not listed:\n${rows.join('\n')}`);
  });
});
