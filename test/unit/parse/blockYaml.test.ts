/**
 * The fast block reader must read every text it accepts exactly as the `yaml` package does:
 * same tree, same values, same places. Texts the package finds errors in must be refused. The
 * texts are the examples, generated plans, hand-written edge cases and random edits of them.
 */
import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generatePlan } from '../../../bench/generatePlan';
import { coreSchemaValue, readBlockYaml } from '../../../src/core/parse/blockYaml';
import { readWithYamlPackage } from '../../../src/core/parse/readYaml';
import { applyEdit, editArbitrary, SNIPPETS } from '../support/randomEdits';

const EXAMPLES = ['multi-tenancy', 'broken'].map((name) => readFileSync(join(__dirname, '../../../examples', `${name}.program.yaml`), 'utf8'));
const GENERATED = [generatePlan({ tasks: 15, seed: 5 }), generatePlan({ tasks: 25, seed: 9, progress: false })];

/** Text the block reader handles on its own, in forms users write. */
const EDGE_CASES = [
  'a: 1\nb:\nc: x  # c\n',
  'a:   \nb: 1',
  'a:  # c\nb: 1\n',
  '- \n- x\n',
  'a:\n- x\n- y\nb: 1\n',
  'a:\n  - x\n  -\n  - - y\n    - z\nb: 1\n',
  '- id: a\n  deps:\n  - x\n  name: n\n-\n  id: b\n',
  '"q": 1\n\'s\'\'x\': 2\n',
  'a: "tab\\tnew\\nline \\u00e9\\x41\\U0001F600 \\"q\\" \\\\"\nb: \'it\'\'s\'\n',
  'a: -2\nb: 0o17\nc: .5\nd: 1e3\ne: 0x1F\nf: +12\ng: 1.\nh: 007\ni: .inf\nj: -.Inf\nk: .nan\nl: ~\nm: Null\nn: TRUE\no: yes\np: 2026-01-05\nq: 1_000\nr: 12:30\n',
  'k: [ ]\nm: {a: 1, "b": x}\nn: [a, "b c", \'d\', -1, 2.5, null]\n',
  'a: >-\n  foo\n  bar\n\n  baz\nb: |\n  x\n   y\n\n# c\nc: 1\n',
  'a: |+\n  kept\n\n\nb: |-\n  stripped\n\nc: >\n  folded\n  text\n\n\n  more\nd: 1\n',
  'a: |\nb: 1\n',
  'a: |\n  # not a comment\n  text\n# a comment\nb: 1\n',
  'k: \n  foo\n  bar\n  \n  baz\nq: 2\n',
  'a: first line\n  continued here\n\n  after a blank\nb: x\n',
  '- first\n  second\n- third\n',
  'url: http://example.com/a#b\nc: C# and F#\nd: a:b\ne: "a: b"\n',
  'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\nc: |\r\n  line\r\n',
  '  - id: t1\n    name: Indented item\n',
  '# only a comment first\n\nprogram: P\n# trailing comment\n',
  '1: one\ntrue: yes\nnull: nothing\n',
  '- - a\n  - b\n- - c\n',
  'a: &x 1\nb: *x  # c\nc: &y\n  k: v\n  m: [1, 2]\nd:\n  <<: *y\n  k: own\nf:\n  - &z  q\n  - *z\n',
  'x-defaults: &d\n  team: platform\n  owner: raj\ntasks:\n  - <<: *d\n    id: a\n    owner: lena\n  - id: b\n    <<: *d\n',
];

/** Inserts aimed at the reader's own rules, on top of the general ones. */
const YAML_SNIPPETS = [
  ...SNIPPETS,
  ' # c', ': |', ': >-', ': |+', '\n    continued', '\n      more', '"\\u00e9"', '"\\q"', "'it''s'", '[a, b]', '{a: 1}', '[a, [b]]', '[a,]', '~', 'null', '.inf', '0x1F', '0o7', '1e3',
  '\n  - ', '\n- ', '\r', '\u2028', '\ufeff', 'a: b: c', '? k\n', '!!str ', '&x', '*x', '&y ', '*y', '<<: *y', '\n    <<: *d\n',
];

function assertSameAsPackage(text: string): boolean {
  const block = readBlockYaml(text);
  if (block === undefined) return false;
  const read = readWithYamlPackage(text);
  const problem = read.problems[0];
  const around = problem && JSON.stringify(text.slice(problem.span.start - 80, problem.span.end + 40));
  ok(!problem, `the block reader accepted text the yaml package rejects: ${problem?.message} in ${around}`);
  deepStrictEqual(block, { root: read.root, anchors: read.anchors }, `different trees for ${JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)}`);
  return true;
}

describe('readBlockYaml', () => {
  it('reads the example and generated plans itself, as the yaml package does', () => {
    // (The broken example repeats a key, which only the yaml package reports.)
    for (const text of [EXAMPLES[0], ...GENERATED, generatePlan({ tasks: 200, seed: 2 })]) ok(assertSameAsPackage(text), 'read by the block reader');
  });

  it('reads each edge case itself, as the yaml package does', () => {
    for (const text of EDGE_CASES) ok(assertSameAsPackage(text), `read by the block reader: ${JSON.stringify(text)}`);
  });

  it('refuses what it does not handle, so that the yaml package reads it', () => {
    const refused = [
      '&x a: 1\nb: *x\n', 'a: *nowhere\n', 'a: [*x]\n', 'a: &x\nb: 1\n', 'a: &x\n  - *x\n', 'x: &a {k: 1}\ny: &b {m: 2}\nz:\n  <<: [*a, *b]\n', 'a: !!str 1\n', 'a:\tb\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', '? a\n: b\n', 'a: "open\n  quote"\n',
      'a: 1\na: 2\n', 'a: b: c\n', 'a: [x, [y]]\n', 'a: [x,]\n', 'a: >\n  x\n    more indented\n', 'a: |2\n  x\n', 'a: |\n  last line without a break',
      'just text\n', '', '# nothing\n', 'a: 1\n  b: 2\n', '\ufeffa: 1\n', 'a: 1 #c\n   more\n',
    ];
    for (const text of refused) strictEqual(readBlockYaml(text), undefined, JSON.stringify(text));
  });

  it('agrees with the yaml package on random edits of program files', function () {
    this.timeout(120_000);
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES, ...GENERATED, ...EDGE_CASES), fc.array(editArbitrary(YAML_SNIPPETS), { minLength: 1, maxLength: 4 }), (base, edits) => {
        let text = base;
        for (const edit of edits) {
          text = applyEdit(text, edit);
          total++;
          if (assertSameAsPackage(text)) accepted++;
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
    // Most edits keep a file readable; the reader must not give up on all of them.
    ok(accepted > total / 4, `accepted ${accepted} of ${total}`);
  });

  it('reads plain scalars by the YAML 1.2 core schema', () => {
    const cases: readonly (readonly [string, unknown])[] = [
      ['plan', 'plan'], ['~', null], ['NULL', null], ['True', true], ['false', false], ['yes', 'yes'], ['0o17', 15], ['0x1f', 31], ['-12', -12],
      ['1.50', 1.5], ['1e3', 1000], ['.Inf', Infinity], ['-.inf', -Infinity], ['2026-01-05', '2026-01-05'], ['1_000', '1_000'], ['0b1', '0b1'],
    ];
    for (const [text, value] of cases) deepStrictEqual(coreSchemaValue(text), value, text);
    ok(Number.isNaN(coreSchemaValue('.NaN')));
  });
});
