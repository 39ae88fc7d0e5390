import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Program } from '../../../src/core/model';
import { exportPlan } from '../../../src/core/interchange/exportPlan';
import { importPlan } from '../../../src/core/interchange/importPlan';
import { draftToYaml } from '../../../src/core/interchange/yamlText';
import type { PlanDraft } from '../../../src/core/interchange/draft';
import { generatePlan } from '../../../bench/generatePlan';

/** What an MSPDI round trip must keep. */
function essence(program: Program) {
  return {
    holidays: program.holidays.map((h) => h.date),
    tasks: program.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      duration: t.milestone ? 0 : t.duration,
      milestone: t.milestone || t.duration === 0,
      owner: t.owner?.id,
      phase: t.phase,
      dependsOn: t.dependsOn.map((d) => ({ task: d.task.id, type: d.type, lag: d.lag })),
    })),
    people: program.people.map((p) => ({ id: p.id, name: p.name })),
  };
}

function roundTrip(text: string): Program {
  const exported = exportPlan(text, 'mspdi');
  if (!exported.ok) assert.fail(exported.error);
  const imported = importPlan(exported.text, 'mspdi');
  if (!imported.ok) assert.fail(imported.error);
  return analyze(imported.yamlText).program;
}

/** Names of every kind the formats must carry: YAML and XML punctuation, quotes, unicode, line breaks. */
const name = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== '' && !/[\u0000-\u001f\u007f\ufffe\uffff]|[\ud800-\udfff]/.test(s)),
  fc.constantFrom('- x: y # z', '"quoted" & <b>', '007', 'yes', 'Zoë / Ångström', 'a\nb', "it's", '&amp;', '{ a: 1 }', '*alias', '%TAG'),
);

const plan = fc
  .record({
    tasks: fc.array(
      fc.record({
        name,
        duration: fc.integer({ min: 0, max: 30 }),
        owner: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
        phase: fc.option(fc.constantFrom('Discovery', 'Build / Backend', 'Build / Frontend', 'Launch'), { nil: undefined }),
        links: fc.array(fc.record({ back: fc.integer({ min: 1, max: 5 }), type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const), lag: fc.integer({ min: -5, max: 10 }) }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 4 }),
  })
  .map(({ tasks, holidays }): PlanDraft => ({
    program: 'Round trip',
    start: '2026-01-05',
    holidays: holidays.sort((a, b) => a - b).map((day) => ({ date: new Date(Date.UTC(2026, 0, 5 + day)).toISOString().slice(0, 10) })),
    people: ['Ana', 'Ben', 'Cleo'].map((n, i) => ({ id: `p${i}`, name: n })),
    tasks: tasks.map((t, index) => {
      const dependsOn = new Map<string, { task: string; type: 'FS' | 'SS' | 'FF' | 'SF'; lag: number }>();
      for (const link of t.links) if (index - link.back >= 0) dependsOn.set(`${index - link.back}${link.type}`, { task: `t${index - link.back}`, type: link.type, lag: link.lag });
      return {
        id: `t${index}`,
        name: t.name,
        ...(t.phase ? { phase: t.phase } : {}),
        ...(t.owner !== undefined ? { owner: `p${t.owner}` } : {}),
        duration: t.duration,
        milestone: t.duration === 0,
        dependsOn: [...dependsOn.values()],
        comments: [],
      };
    }),
  }));

describe('interchange: import(export(plan)) gives back the plan', () => {
  it('for generated plans with hostile names, every link type, lags, leads, milestones, owners, phases and holidays', () => {
    fc.assert(
      fc.property(plan, (draft) => {
        const text = draftToYaml(draft);
        assert.deepEqual(essence(roundTrip(text)), essence(analyze(text).program));
      }),
      { numRuns: 60 },
    );
  });

  it('for the bench generator’s realistic plans', () => {
    for (const seed of [1, 2, 3]) {
      const text = generatePlan({ tasks: 150, seed });
      assert.deepEqual(essence(roundTrip(text)), essence(analyze(text).program));
    }
  });
});
