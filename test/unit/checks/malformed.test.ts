import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { CODES } from '../../../src/core/diagnostics';

const corpus = join(__dirname, '../../fixtures/malformed');

/** The whole analysis, checks included, on whatever the parser could make of broken files. */
describe('checks on the malformed corpus', () => {
  for (const name of readdirSync(corpus).sort()) {
    it(`never throw and stay inside the text: ${name}`, () => {
      const text = readFileSync(join(corpus, name), 'utf8');
      const { diagnostics } = analyze(text, { asOf: '2026-03-20' });
      for (const d of diagnostics) {
        assert.ok(d.code in CODES, d.code);
        assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, `${d.code} span inside the text`);
        for (const r of d.related ?? []) assert.ok(r.span.start >= 0 && r.span.end <= text.length, `${d.code} related span inside the text`);
      }
    });
  }
});
