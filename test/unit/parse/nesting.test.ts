/**
 * Nesting thousands of levels deep must neither overflow the stack (the `yaml` package's parser
 * closes block collections by recursion) nor stop the rest of the file from being read, on each
 * path a file can take: `analyze`, an analyzer after an edit, and the whole-file path anchors lead to.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Parser, type CST } from 'yaml';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { ProgramAnalyzer } from '../../../src/core/analyzer';
import { capNesting, MAX_NESTING } from '../../../src/core/parse/nestingCap';

/** Where the deep value starts: under `x-deep:` in the first task, at this column. */
const COLUMN = 6;
/** The deep value's first collection sits this deep: program → tasks → task → value. */
const FIRST_DEPTH = 4;

function plan(deep: string, anchor: boolean): string {
  const name = anchor ? '&a A' : 'A';
  return `program: Deep\nstart: 2026-01-05\ntasks:\n  - id: a\n    name: ${name}\n    x-deep:\n${deep}\n    duration: 2\n  - id: b\n    name: B\n    duration: 1\n    dependsOn: [a]\n`;
}

/** A deep value and where, in it, the first collection past the cap starts. */
interface Deep {
  readonly text: string;
  readonly cut: number;
}

const indent = (n: number) => ' '.repeat(n);

function dashes(levels: number): Deep {
  return { text: indent(COLUMN) + '- '.repeat(levels) + 'x', cut: COLUMN + 2 * (MAX_NESTING + 1 - FIRST_DEPTH) };
}

function mappings(levels: number): Deep {
  const lines = Array.from({ length: levels }, (_, i) => `${indent(COLUMN + i)}k${i}:`);
  const cutLine = MAX_NESTING + 1 - FIRST_DEPTH;
  return { text: lines.join('\n'), cut: lines.slice(0, cutLine).join('\n').length + 1 + COLUMN + cutLine };
}

function flow(levels: number): Deep {
  const open = '[{k: '.repeat(levels / 2);
  // Brackets alternate, one level each: the cut is at the one that opens level 65.
  const cutLevel = MAX_NESTING + 1 - FIRST_DEPTH;
  return { text: indent(COLUMN) + open + '}]'.repeat(levels / 2), cut: COLUMN + 5 * Math.floor(cutLevel / 2) + (cutLevel % 2) };
}

const SHAPES: readonly (readonly [string, Deep])[] = [
  ['4,000 levels of `- `', dashes(4_000)],
  ['1,800 levels of nested mappings', mappings(1_800)],
  ['4,000 levels of flow collections', flow(4_000)],
];

/** The file's own diagnostics: one PP001 at the first collection past the cap, and both tasks read. */
function assertContained(analysis: Analysis, text: string, deep: Deep): void {
  const at = text.indexOf(deep.text) + deep.cut;
  const syntax = analysis.diagnostics.filter((d) => d.code === 'PP001');
  assert.deepEqual(syntax.map((d) => d.span), [{ start: at, end: at + 1 }], JSON.stringify(syntax.map((d) => d.message)));
  assert.match(syntax[0].message, /Nested more than 64 levels/);
  assert.deepEqual(analysis.program.tasks.map((t) => [t.id, t.duration]), [['a', 2], ['b', 1]]);
  assert.equal(analysis.program.tasks[1].dependsOn[0].task.id, 'a');
}

describe('deep nesting', () => {
  for (const [name, deep] of SHAPES) {
    for (const anchor of [false, true]) {
      const path = anchor ? ' (read whole: the file uses an anchor)' : '';
      const text = plan(deep.text, anchor);

      it(`analyze: ${name}${path}`, () => {
        assertContained(analyze(text), text, deep);
      });

      it(`ProgramAnalyzer.update after an edit: ${name}${path}`, () => {
        const analyzer = new ProgramAnalyzer();
        analyzer.update(plan(indent(COLUMN) + 'x', anchor));
        assertContained(analyzer.update(text), text, deep);
        const edited = text.replace('name: B', 'name: Bee');
        assertContained(analyzer.update(edited), edited, deep);
      });
    }
  }

  it('never throws on random deep nestings', function () {
    this.timeout(120_000);
    const level = fc.constantFrom('- ', '? ', 'key', '[', '{', '|');
    fc.assert(
      fc.property(fc.array(fc.tuple(level, fc.integer({ min: 1, max: 1_500 })), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean(), (runs, anchor, edited) => {
        const text = plan(nested(runs), anchor);
        const analysis = edited ? analyzeAfterEdit(text) : analyze(text);
        assert.ok(analysis.program.tasks.some((t) => t.id === 'b'));
      }),
      { numRuns: 40 },
    );
  });

  // Well-formed text the count reads exactly or with more levels; on some malformed text the
  // parser nests a level the count misses (`?` then `|- 'q` then `k: ` repeated), never more.
  it('hands the yaml package no block collections nested deeper than twice the cap', () => {
    const piece = fc.constantFrom('- ', '? ', ': ', 'k: ', 'k:', '"q', "'q", '"', "'", '[', ']', '{', '}', ', ', '|', '>', '|2', '# c', '&a ', '!t ', '*a ', 'x', '\\', '\t', '\n', '\n ', '\n  ', '\n   ', '\n---\n', '...', '\r\n', '-', '?', ':');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (pieces, cap) => {
        const capped = capNesting(pieces.join(''), 0, cap).text;
        assert.ok(blockDepth(capped) <= 2 * cap, JSON.stringify(capped));
      }),
      { numRuns: 3_000 },
    );
  });

  // Cuts can begin inside one another ("[" opening a file of flow-style lists 60 levels down):
  // each character must be blanked once, so that every offset the package reports stays in place.
  it('keeps the length of the text and every line break where it was', () => {
    const piece = fc.constantFrom('- ', 'k: ', '[', ']', '{', '}', ', ', 'x', '\n', '\n  ', '\n    ', '- { a: b }', '[a, b]');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 3 }), (pieces, cap) => {
        const text = pieces.join('');
        const capped = capNesting(text, 0, cap).text;
        assert.equal(capped.length, text.length, JSON.stringify(text));
        assert.deepEqual([...capped.matchAll(/\n/g)].map((m) => m.index), [...text.matchAll(/\n/g)].map((m) => m.index));
      }),
      { numRuns: 3_000 },
    );
  });
});

/** A deep value made of runs of one kind of level each, every line indented past the one before. */
function nested(runs: readonly (readonly [string, number])[]): string {
  let column = COLUMN;
  let line = indent(column);
  const lines: string[] = [];
  let closing = '';
  for (const [level, count] of runs) {
    for (let i = 0; i < count; i++) {
      if (level === 'key') {
        lines.push(`${line}k:`);
        line = indent(++column);
      } else if (level === '{' || level === '[') {
        line += level === '{' ? '{k: ' : '[';
        closing = (level === '{' ? '}' : ']') + closing;
      } else if (level === '|') {
        lines.push(`${line}${level}`);
        line = indent(column + 1);
      } else {
        line += level;
        column += level.length;
      }
    }
  }
  return [...lines, `${line}x${closing}`].join('\n');
}

function analyzeAfterEdit(text: string): Analysis {
  const analyzer = new ProgramAnalyzer();
  analyzer.update(text.replace('x-deep:', 'x-deep: 1'));
  return analyzer.update(text);
}

/** How many block collections the package's tokens nest, at most. */
function blockDepth(text: string): number {
  let max = 0;
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of new Parser().parse(text)) if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 0 });
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { token } = entry;
    const isBlock = token.type === 'block-map' || token.type === 'block-seq';
    const depth = entry.depth + (isBlock ? 1 : 0);
    max = Math.max(max, depth);
    if (!isBlock && token.type !== 'flow-collection') continue;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key) stack.push({ token: item.key, depth });
      if (item.value) stack.push({ token: item.value, depth });
    }
  }
  return max;
}
