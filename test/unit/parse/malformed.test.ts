import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { parseProgram } from '../../../src/core/parse/parseProgram';

const FIXTURES = join(__dirname, '../../fixtures/malformed');
const EXAMPLE = readFileSync(join(__dirname, '../../../examples/multi-tenancy.program.yaml'), 'utf8');

/** Parses without throwing, and every location lies inside the text. */
function parsesSafely(text: string): readonly Diagnostic[] {
  const { program, diagnostics } = parseProgram(text);
  const spans = [
    ...diagnostics.map((d) => d.span),
    program.span,
    ...program.tasks.flatMap((t) => [t.span, t.idSpan, ...t.dependsOn.flatMap((d) => [d.span, d.task.span])]),
    ...program.people.map((p) => p.idSpan),
  ];
  for (const span of spans) {
    assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `span ${JSON.stringify(span)} outside 0..${text.length}`);
  }
  for (const d of diagnostics) assert.ok(d.message.length > 0);
  return diagnostics;
}

function chain(length: number): string {
  const lines = ['program: Chain', 'start: 2026-01-05', 'tasks:', '  - { id: t0, name: T0, duration: 1 }'];
  for (let i = 1; i < length; i++) lines.push(`  - { id: t${i}, name: T${i}, duration: 1, dependsOn: [t${i - 1}] }`);
  return `${lines.join('\n')}\n`;
}

describe('parseProgram on malformed input', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`never throws: ${name}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'latin1');
      parsesSafely(text);
    });
  }

  it('reports wrong types everywhere, each at its own place', () => {
    const text = readFileSync(join(FIXTURES, 'wrong-types.yaml'), 'utf8');
    const { diagnostics, program } = parseProgram(text);
    assert.ok(diagnostics.length >= 40, `${diagnostics.length} diagnostics`);
    assert.ok(diagnostics.every((d) => d.span.start > 0));
    assert.equal(program.name, '');
    assert.deepEqual(program.tasks.map((t) => t.id), ['a', 'b']);
  });

  it('reads a 10,000-task dependency chain', () => {
    const { program, diagnostics } = parseProgram(chain(10_000));
    assert.deepEqual(diagnostics, []);
    assert.equal(program.tasks.length, 10_000);
    assert.equal(program.tasks[9_999].dependsOn[0].task.id, 't9998');
  });

  it('handles nesting thousands of levels deep', () => {
    for (const deep of ['- '.repeat(5_000) + 'x', '['.repeat(5_000), `tasks:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i + 2)}a:`).join('\n')}`]) {
      const diagnostics = parsesSafely(`program: Deep\nstart: 2026-01-05\nx-deep: ${deep}\n`);
      assert.ok(diagnostics.some((d) => d.code === 'PP001'));
    }
  });

  it('handles huge strings and huge numbers', () => {
    const huge = 'x'.repeat(2_000_000);
    const text = `program: ${huge}\nstart: 2026-01-05\ntasks:\n  - { id: "${huge}", name: n, duration: ${'9'.repeat(400)}, progress: 1e400 }\n`;
    const diagnostics = parsesSafely(text);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['PP007', 'PP008']);
  });

  it('keeps hostile names as plain text', () => {
    const { program } = parseProgram(readFileSync(join(FIXTURES, 'hostile-names.yaml'), 'utf8'));
    assert.equal(program.name, '<script>alert(1)</script>');
    assert.equal(program.tasks[0].id, '</script><script>alert(1)</script>');
    assert.ok(program.tasks[1].dependsOn.some((d) => d.task.id === program.tasks[0].id));
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void parsesSafely(text)), { numRuns: 300 });
  });

  it('never throws on random YAML-ish text', () => {
    const token = fc.constantFrom('- ', ': ', '\n', '  ', '\t', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!!str ', '? ', '|', '>', '---\n', 'id', 'tasks', 'dependsOn', '2026-02-30', '-1', 'x-');
    fc.assert(fc.property(fc.array(token, { maxLength: 80 }), (tokens) => void parsesSafely(tokens.join(''))), { numRuns: 300 });
  });

  it('never throws on random edits of a valid file', () => {
    const edit = fc.record({ at: fc.nat(EXAMPLE.length), remove: fc.nat(40), insert: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        let text = EXAMPLE;
        for (const { at, remove, insert } of edits) {
          const start = Math.min(at, text.length);
          text = text.slice(0, start) + insert + text.slice(start + remove);
        }
        parsesSafely(text);
      }),
      { numRuns: 150 },
    );
  });
});
