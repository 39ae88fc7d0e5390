import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODES } from '../../../src/core/diagnostics';
import { diagnosticsTable, withDiagnosticsSection } from '../../../scripts/diagnostics-table';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');

describe('README table of diagnostics', () => {
  it('lists exactly the codes in CODES, once each, with their severity', () => {
    const section = readme.slice(readme.indexOf('<!-- section:diagnostics -->'), readme.indexOf('<!-- /section:diagnostics -->'));
    const rows = [...section.matchAll(/^\| `(PP\d{3})` \| [^|]* \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`);
    const expected = Object.entries(CODES).map(([code, info]) => `${code} ${info.severity}`);
    assert.deepEqual(rows.sort(), expected.sort());
  });

  it('is up to date with scripts/diagnostics-table.ts (run `npx tsx scripts/diagnostics-table.ts` to fix)', () => {
    assert.equal(withDiagnosticsSection(readme), readme);
  });

  it('escapes characters that would break a Markdown table', () => {
    const table = diagnosticsTable({ PP999: { severity: 'error', title: 'a | b', help: 'line one\n  line two' } });
    assert.match(table, /\| `PP999` \|  \| error \| a \\\| b \| line one line two \|$/);
  });
});
