import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { generatePlan } from '../../../bench/generatePlan';

describe('bench plan generator', () => {
  it('gives the same text for the same seed and another for another seed', () => {
    assert.equal(generatePlan({ tasks: 200, seed: 7 }), generatePlan({ tasks: 200, seed: 7 }));
    assert.notEqual(generatePlan({ tasks: 200, seed: 7 }), generatePlan({ tasks: 200, seed: 8 }));
  });

  it('writes a plan that checks clean, with the requested tasks, 1–3 dependencies each, progress and milestones', () => {
    const analysis = analyze(generatePlan({ tasks: 600 }));
    const { program, schedule } = analysis;
    const problems = analysis.diagnostics.filter((d) => d.code !== 'PP501');
    assert.deepEqual(problems.map((d) => `${d.code} ${d.message}`), []);
    assert.equal(program.tasks.length, 600);
    const dependencies = program.tasks.slice(1).map((t) => t.dependsOn.length);
    assert.ok(dependencies.every((n) => n >= 1 && n <= 3));
    const average = dependencies.reduce((a, b) => a + b, 0) / dependencies.length;
    assert.ok(average > 1.5 && average < 2.5, `about 2 dependencies per task, got ${average}`);
    assert.ok(program.tasks.some((t) => t.dependsOn.some((d) => d.type !== 'FS')));
    assert.ok(program.tasks.some((t) => t.dependsOn.some((d) => d.lag < 0)));
    assert.ok(program.tasks.some((t) => t.milestone && t.deadline !== undefined));
    assert.ok(program.statusDate);
    assert.ok(program.tasks.some((t) => t.status === 'done') && program.tasks.some((t) => t.status === 'in-progress'));
    assert.equal(schedule.tasks.length, 600);
    assert.ok(schedule.usesProgress);
  });

  it('can leave progress out', () => {
    const { program } = analyze(generatePlan({ tasks: 50, progress: false }));
    assert.equal(program.statusDate, undefined);
    assert.ok(program.tasks.every((t) => t.status === 'not-started' || t.status === 'blocked' || t.status === 'at-risk'));
  });
});
