import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generatePlan } from '../../../bench/generatePlan';
import { IncrementalParser } from '../../../src/core/parse/incremental';
import { parseProgram } from '../../../src/core/parse/parseProgram';
import { parseWholeFile } from '../../../src/core/parse/wholeFile';
import { applyEdit as applyRandomEdit, editArbitrary as randomEdit } from '../support/randomEdits';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/multi-tenancy.program.yaml'), 'utf8');

/** Same model and diagnostics as a cold parse (deepEqual ignores object identity). */
function assertSameAsCold(parser: IncrementalParser, text: string): void {
  assert.deepStrictEqual(parser.parse(text), parseProgram(text));
}

/** Edits that look like typing: mostly small changes inside lines, sometimes whole lines. */
const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
  insert: fc.oneof(
    fc.constantFrom('', 'x', '1', ' ', '\n', '- ', ': ', '#', '"', '[', '2w', '\n  - id: new\n    name: New\n    duration: 1\n', '\n    ownr: x', '&a ', '*a', '\t'),
    fc.string({ maxLength: 6 }),
  ),
});

function applyEdit(text: string, edit: { at: number; remove: number; insert: string }): string {
  const start = Math.floor(edit.at * text.length);
  return text.slice(0, start) + edit.insert + text.slice(start + edit.remove);
}

describe('IncrementalParser', () => {
  it('gives the cold result on the example', () => {
    assertSameAsCold(new IncrementalParser(), EXAMPLE);
  });

  it('gives the cold result after every one of a sequence of random edits', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 6 }), (edits) => {
        const parser = new IncrementalParser();
        let text = EXAMPLE;
        parser.parse(text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assertSameAsCold(parser, text);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('gives the cold result for edits around the blocks the texts are compared in', () => {
    // The previous and the new text are compared in blocks of 4,096 characters: edits on and next
    // to a block's edge, counted from either end, must still find exactly the changed stretch.
    const places = [0, 1, 4095, 4096, 4097, 8192, EXAMPLE.length - 4097, EXAMPLE.length - 4096, EXAMPLE.length - 1];
    for (const at of places) {
      const replaced = `${EXAMPLE.slice(0, at)}${EXAMPLE[at] === 'x' ? 'y' : 'x'}${EXAMPLE.slice(at + 1)}`;
      const inserted = `${EXAMPLE.slice(0, at)}z${EXAMPLE.slice(at)}`;
      const deleted = EXAMPLE.slice(0, at) + EXAMPLE.slice(at + 1);
      // A repeated character: the unchanged start and end could overlap if not bounded.
      const repeated = `${EXAMPLE.slice(0, at)}${EXAMPLE[at]}${EXAMPLE.slice(at)}`;
      for (const edited of [replaced, inserted, deleted, repeated]) {
        const parser = new IncrementalParser();
        parser.parse(EXAMPLE);
        assertSameAsCold(parser, edited);
        assertSameAsCold(parser, EXAMPLE);
      }
    }
  });

  it('gives the cold result on small files of every shape', () => {
    const samples = [
      '',
      'tasks:\n- id: a\n  name: A\n  duration: 1\n',
      'program: X\nstart: 2026-01-05\ntasks:\n  - a\n  -\n  - { id: b, name: B, duration: 1 }\n# end\n',
      'program: X\nstart: 2026-01-05\ntasks: [{ id: a, name: A, duration: 1 }]\npeople:\n  - { id: p, name: P }\n\n  # trailing\n',
      'program: X\r\nstart: 2026-01-05\r\ntasks:\r\n  - id: a\r\n    name: A\r\n    duration: 1\r\n    ownr: x\r\n',
      'program: X\nstart: 2026-01-05\ntasks:\n  - id: a\n    name: A\n    duration: 1\ntasks:\n  - id: b\n',
      'program: X\nstart: 2026-01-05\ntasks:\n  - &t { id: a, name: A, duration: 1 }\n  - *t\n',
      'program: X\nstart: 2026-01-05\ntasks:\n  - id: a\n    notes: |\n      - not an item\n    name: A\n    duration: 1\n',
    ];
    for (const text of samples) assertSameAsCold(new IncrementalParser(), text);
  });

  it('re-uses the items an edit does not touch', () => {
    const parser = new IncrementalParser();
    const before = parser.parse(EXAMPLE).program;
    const at = EXAMPLE.indexOf('duration: 8d');
    const edited = `${EXAMPLE.slice(0, at)}duration: 9d${EXAMPLE.slice(at + 'duration: 8d'.length)}`;
    const after = parser.parse(edited).program;
    const changed = after.tasks.findIndex((task, i) => task !== before.tasks[i]);
    assert.ok(changed > 0, 'tasks before the edit are the same objects');
    assert.equal(after.tasks[changed].duration, 9);
    assert.equal(after.tasks[changed + 1], before.tasks[changed + 1], 'tasks after an edit that keeps the length are the same objects');
    assert.equal(after.people[0], before.people[0]);
  });

  it('does not keep the items of earlier texts', () => {
    const parser = new IncrementalParser();
    let text = EXAMPLE;
    for (let i = 0; i < 30; i++) {
      text = text.replace(/name: Tenancy model RFC\S*/, `name: Tenancy model RFC${i}`);
      parser.parse(text);
    }
    const cache = (parser as unknown as { previous: { items: unknown[] } }).previous.items;
    assert.equal(cache.length, new Set([...EXAMPLE.matchAll(/^ {2}- /gm)].map((m) => m.index)).size);
  });
});

describe('parseProgram', () => {
  it('reads a file item by item exactly as the whole document, whenever the document has no syntax error', function () {
    this.timeout(120_000);
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(EXAMPLE, generatePlan({ tasks: 20, seed: 4 })), fc.array(randomEdit(), { minLength: 1, maxLength: 5 }), (base, edits) => {
        let text = base;
        for (const edit of edits) {
          text = applyRandomEdit(text, edit);
          const whole = parseWholeFile(text);
          if (whole.diagnostics.some((d) => d.code === 'PP001')) continue;
          compared++;
          assert.deepStrictEqual(parseProgram(text), whole);
        }
      }),
      { numRuns: 150 },
    );
    assert.ok(compared > 100, `only ${compared} edited files were free of syntax errors`);
  });

  it('keeps a syntax error inside its item: an unclosed quote in one task leaves the others as they were', () => {
    const base = generatePlan({ tasks: 30, seed: 6 });
    const at = base.indexOf('name: ', base.indexOf('- id: t10\n')) + 'name: '.length;
    const broken = `${base.slice(0, at)}"${base.slice(at)}`;
    const before = parseProgram(base);
    const after = parseProgram(broken);
    const syntax = after.diagnostics.filter((d) => d.code === 'PP001');
    assert.equal(syntax.length, 1, JSON.stringify(syntax));
    assert.deepEqual(syntax[0].span, { start: at, end: at + 1 }, 'reported at the opening quote');
    assert.equal(after.program.tasks.length, before.program.tasks.length);
    const later = (parsed: typeof before) => parsed.program.tasks.filter((t) => Number(t.id.slice(1)) > 10).map((t) => [t.id, t.name, t.duration, t.dependsOn.map((d) => d.task.id)]);
    assert.deepEqual(later(after), later(before));
    // The whole document, read as YAML, loses every task after the quote.
    assert.ok(parseWholeFile(broken).program.tasks.length < before.program.tasks.length);
  });

  it('keeps a word typed at the start of a line (a key being written) to the item above it', () => {
    const base = generatePlan({ tasks: 30, seed: 6 });
    const at = base.indexOf('\nrisks:') + 1;
    const typed = `${base.slice(0, at)}budg\n${base.slice(at)}`;
    const before = parseProgram(base);
    const after = parseProgram(typed);
    const syntax = after.diagnostics.filter((d) => d.code === 'PP001');
    assert.ok(syntax.length > 0 && syntax.every((d) => d.span.start >= before.program.tasks[29].span.start && d.span.start <= at + 4), JSON.stringify(syntax));
    assert.deepEqual(after.program.tasks.slice(0, 29).map((t) => t.id), before.program.tasks.slice(0, 29).map((t) => t.id));
    assert.deepEqual(after.program.risks.map((r) => r.id), before.program.risks.map((r) => r.id));
  });
});
