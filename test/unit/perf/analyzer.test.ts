/**
 * The incremental analyzer must give exactly what a cold `analyze()` of the same text gives, after
 * any edit: typing inside a task, breaking the YAML, adding and removing items, changing
 * indentation, anchors, tabs, comments. These tests replay random edits and compare every step.
 */
import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { generatePlan } from '../../../bench/generatePlan';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { ProgramAnalyzer } from '../../../src/core/analyzer';
import { applyEdit, editArbitrary } from '../support/randomEdits';

const AS_OF = { asOf: '2026-03-02' };
const EXAMPLES = ['multi-tenancy', 'broken'].map((name) => readFileSync(join(__dirname, '../../../examples', `${name}.program.yaml`), 'utf8'));
const GENERATED = [generatePlan({ tasks: 12, seed: 3 }), generatePlan({ tasks: 30, seed: 7, progress: false })];
const BASES = [...EXAMPLES, ...GENERATED];

function assertSameAsCold(actual: Analysis, text: string): void {
  const cold = analyze(text, AS_OF);
  deepStrictEqual(actual.program, cold.program);
  deepStrictEqual(actual.diagnostics, cold.diagnostics);
  deepStrictEqual(actual.schedule, cold.schedule);
  strictEqual(actual.asOf, cold.asOf);
  deepStrictEqual(actual.graph, cold.graph);
}

/** One analyzer's analyses of `base` and of `base` with `from` replaced by `to`; the second checked against a cold one. */
function analyseEdit(base: string, from: string, to: string): { before: Analysis; after: Analysis } {
  const edited = base.replace(from, to);
  ok(edited !== base, `the plan contains ${from}`);
  const analyzer = new ProgramAnalyzer();
  const before = analyzer.update(base, AS_OF);
  const after = analyzer.update(edited, AS_OF);
  assertSameAsCold(after, edited);
  return { before, after };
}

describe('ProgramAnalyzer', () => {
  it('equals a cold analysis after every one of a series of random edits', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(editArbitrary(), { minLength: 1, maxLength: 8 }), (base, edits) => {
        const analyzer = new ProgramAnalyzer();
        let text = base;
        assertSameAsCold(analyzer.update(text, AS_OF), text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          assertSameAsCold(analyzer.update(text, AS_OF), text);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('equals a cold analysis when typing a word one character at a time inside a task', () => {
    const base = GENERATED[1];
    const analyzer = new ProgramAnalyzer();
    let at = base.indexOf('name: ', base.indexOf('id: t17')) + 'name: '.length;
    let text = base;
    for (const char of 'Renamed: "x" #1') {
      text = text.slice(0, at) + char + text.slice(at);
      at++;
      assertSameAsCold(analyzer.update(text, AS_OF), text);
    }
  });

  it('equals a cold analysis when the same text comes back after a syntax error', () => {
    const base = EXAMPLES[0];
    const analyzer = new ProgramAnalyzer();
    const at = base.indexOf('\n  - id:', base.indexOf('tasks:')) + 1;
    const broken = `${base.slice(0, at)}  - id: [unclosed\n${base.slice(at)}`;
    for (const text of [base, broken, base, broken]) assertSameAsCold(analyzer.update(text, AS_OF), text);
  });

  it('re-uses the unchanged tasks before an edit instead of rebuilding them', () => {
    const base = GENERATED[1];
    const analyzer = new ProgramAnalyzer();
    const before = analyzer.update(base, AS_OF);
    const at = base.indexOf('name: ', base.indexOf('id: t20')) + 'name: '.length;
    const after = analyzer.update(`${base.slice(0, at)}z${base.slice(at)}`, AS_OF);
    const edited = after.program.tasks.findIndex((task) => task.id === 't20');
    ok(edited > 10, 'the edited task is found well inside the list');
    for (let i = 0; i < edited; i++) strictEqual(after.program.tasks[i], before.program.tasks[i], `task ${i} was rebuilt`);
    ok(after.program.tasks[edited] !== before.program.tasks[edited], 'the edited task is new');
    strictEqual(after.program.tasks[edited].name, `z${before.program.tasks[edited].name}`);
  });

  it('computes the schedule again when an edit changes anything the scheduler reads', () => {
    const base = GENERATED[0];
    const edits: readonly (readonly [string, string])[] = [
      ['duration: 11', 'duration: 12'],
      ['{ task: t1, type: SS }', '{ task: t1, type: FF }'],
      ['{ task: t1, type: SS }', '{ task: t1, type: SS, lag: 2 }'],
      ['      - t1\n', '      - t2\n'],
      ['- id: t3\n', '- id: t3b\n'],
      ['status: done', 'status: cancelled'],
      ['progress: 0', 'progress: 60'],
      ['actualStart: 2026-01-21', 'actualStart: 2026-01-14'],
      ['actualFinish: 2026-01-20', 'actualFinish: 2026-01-16'],
      ['- id: t2\n', '- id: t2\n    notBefore: 2026-02-02\n'],
      ['- id: t2\n', '- id: t2\n    deadline: 2026-01-22\n'],
      ['- id: t2\n', '- id: t2\n    milestone: true\n'],
      ['- 2026-01-19\n', '- 2026-01-20\n'],
      ['\nstart: 2026-01-05', '\nstart: 2026-01-06'],
      ['statusDate: 2026-01-21', 'statusDate: 2026-01-28'],
    ];
    for (const [from, to] of edits) {
      const { before, after } = analyseEdit(base, from, to);
      ok(after.schedule !== before.schedule, `the schedule was computed again after ${from} → ${to}`);
    }
  });

  it('keeps the schedule when an edit changes only text the scheduler does not read', () => {
    const base = GENERATED[0];
    const analyzer = new ProgramAnalyzer();
    const before = analyzer.update(base, AS_OF);
    const at = base.indexOf('name: ', base.indexOf('- id: t5')) + 'name: '.length;
    const edited = `${base.slice(0, at)}Renamed ${base.slice(at)}`;
    const after = analyzer.update(edited, AS_OF);
    assertSameAsCold(after, edited);
    strictEqual(after.schedule, before.schedule);
  });

  it('keeps the dependency graph when an edit leaves task ids and dependencies, and builds it again otherwise', () => {
    const base = GENERATED[0];
    const edits: readonly (readonly [string, string, 'kept' | 'built'])[] = [
      ['name: ', 'name: Renamed ', 'kept'],
      ['duration: 11', 'duration: 12', 'kept'],
      ['{ task: t1, type: SS }', '{ task: t1, type: FF, lag: 2 }', 'kept'],
      ['- id: t3\n', '- id: t3b\n', 'built'],
      ['      - t1\n', '      - t2\n', 'built'],
      ['- id: t1\n', '- id: t1\n    dependsOn: [t4]\n', 'built'],
      ['\n  - id: t2\n', '\n  - id: extra\n    name: Extra\n  - id: t2\n', 'built'],
    ];
    for (const [from, to, expected] of edits) {
      const { before, after } = analyseEdit(base, from, to);
      strictEqual(after.graph === before.graph ? 'kept' : 'built', expected, `${from} → ${to}`);
    }
  });

  it('returns the same analysis when nothing changed, and a new one when the date does', () => {
    const analyzer = new ProgramAnalyzer();
    const first = analyzer.update(EXAMPLES[0], AS_OF);
    strictEqual(analyzer.update(EXAMPLES[0], AS_OF), first);
    const later = analyzer.update(EXAMPLES[0], { asOf: '2026-09-01' });
    ok(later !== first);
    assertSameAsCold(analyzer.update(EXAMPLES[0], AS_OF), EXAMPLES[0]);
  });
});
