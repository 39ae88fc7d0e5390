import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { CODES, REPOSITORY_CODES, withoutOptional, type DiagnosticCode } from '../../../src/core/diagnostics';
import { LineIndex } from '../../../src/core/source';

const examples = join(__dirname, '../../../examples');
const read = (name: string) => readFileSync(join(examples, name), 'utf8');

describe('examples', () => {
  it('the multi-tenancy program checks clean (the optional checks are off by default)', () => {
    const analysis = analyze(read('multi-tenancy.program.yaml'));
    assert.deepEqual(
      withoutOptional(analysis.diagnostics).map((d) => `${d.code} ${d.message}`),
      [],
    );
    assert.ok(analysis.program.tasks.length >= 35, 'a realistic number of tasks');
    assert.equal(new Set(analysis.program.tasks.map((t) => t.phase)).size, 4);
    assert.equal(analysis.program.teams.length, 5);
  });

  describe('the broken program', () => {
    const text = read('broken.program.yaml');
    const diagnostics = analyze(text).diagnostics;
    const lines = new LineIndex(text);

    it('triggers every code that a single file can', () => {
      const found = new Set(diagnostics.map((d) => d.code));
      const missing = (Object.keys(CODES) as DiagnosticCode[]).filter((code) => code !== 'PP009' && !REPOSITORY_CODES.includes(code) && !found.has(code));
      assert.deepEqual(missing, []);
    });

    it('has each diagnostic on a line whose comment names its code, and nothing else', () => {
      const announced: string[] = [];
      text.split('\n').forEach((line, i) => {
        const comment = /^\s*[^#\s].*?\s#\s(.*)$/.exec(line);
        for (const code of comment?.[1].match(/PP\d{3}/g) ?? []) announced.push(`${i + 1} ${code}`);
      });
      const reported = diagnostics.map((d) => `${lines.positionAt(d.span.start).line + 1} ${d.code}`);
      assert.deepEqual([...new Set(reported)].sort(), [...new Set(announced)].sort());
    });
  });
});
