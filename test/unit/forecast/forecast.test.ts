import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Estimate, Program, Risk } from '../../../src/core/model';
import { runForecast, type ForecastOptions } from '../../../src/core/forecast/simulation';
import { LEVEL_PERCENT } from '../../../src/core/forecast/uncertainty';
import { Kernel } from '../../../src/core/forecast/kernel';
import { SeededRandom } from '../../../src/core/forecast/random';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import { randomPlan } from './randomPlan';
import { plan } from '../schedule/build';

/** A plan whose tasks carry the given estimates (by task id). */
function withEstimates(program: Program, estimates: Readonly<Record<string, Estimate>>, risks: readonly Risk[] = []): Program {
  return { ...program, tasks: program.tasks.map((t) => (estimates[t.id] ? { ...t, estimate: estimates[t.id] } : t)), risks };
}

function risk(id: string, tasks: readonly string[], delay: number, chance: { percent?: number; level?: Risk['probability'] }): Risk {
  const span = { start: 0, end: 0 };
  return {
    span, fields: {}, id, idSpan: span, title: id, status: 'open', tasks: [],
    probability: chance.level, probabilityPercent: chance.percent,
    schedule: { tasks: tasks.map((t) => ({ id: t, span })), delay },
  };
}

/** P(end day ≤ k) for each k: the share of runs that meet a `targetEnd` on day k. */
function endCdf(program: Program, runs: number, ks: readonly number[], options: ForecastOptions = {}): number[] {
  return ks.map((k) => runForecast({ program: { ...program, targetEnd: dateAt(program, k) } }, { iterations: runs, seed: 7, ...options }).targetEnd!.probability);
}

function dateAt(program: Program, offset: number): string {
  return scheduleProgram(program).calendar!.dateOf(offset);
}

function triangularCdf(x: number, a: number, m: number, b: number): number {
  if (x <= a) return 0;
  if (x >= b) return 1;
  return x <= m ? ((x - a) * (x - a)) / ((b - a) * (m - a)) : 1 - ((b - x) * (b - x)) / ((b - a) * (b - m));
}

/** Beta-PERT CDF by the midpoint rule on 20,000 steps (independent of the engine's tables). */
function pertCdf(x: number, a: number, m: number, b: number): number {
  const alpha = 1 + (4 * (m - a)) / (b - a);
  const beta = 1 + (4 * (b - m)) / (b - a);
  const steps = 20_000;
  let below = 0;
  let total = 0;
  const t = (x - a) / (b - a);
  for (let i = 0; i < steps; i++) {
    const u = (i + 0.5) / steps;
    const f = u ** (alpha - 1) * (1 - u) ** (beta - 1);
    total += f;
    if (u < t) below += f;
  }
  return Math.min(1, Math.max(0, below / total));
}

/** The nearest-rank p-quantile of round(X) from X's CDF: the least k with F(k + ½) ≥ p. */
function roundedQuantile(cdf: (x: number) => number, p: number, low: number, high: number): number {
  for (let k = low; k <= high; k++) if (cdf(k + 0.5) >= p) return k;
  return high;
}

const ONE_TASK = plan({}, { id: 'work', d: 20 }, { id: 'done', milestone: true, deps: ['work'] });

describe('confidence forecast', () => {
  it('the seeded generator gives the same numbers for the same seed, spread over [0, 1)', () => {
    const draws = (seed: number, count: number): number[] => {
      const kernel = new Kernel();
      const into = kernel.float64(count);
      kernel.open();
      const random = new SeededRandom(kernel, seed);
      // Taken in two calls: the state carries over.
      random.fill(into, 3);
      into.view.copyWithin(count - 3, 0, 3);
      random.fill(into, count - 3);
      return [...into.view.subarray(count - 3), ...into.view.subarray(0, count - 3)];
    };
    // xoshiro128** seeded through splitmix32: its first outputs, as 32-bit integers.
    const first = (seed: number) => draws(seed, 4).map((u) => u * 2 ** 32);
    assert.deepEqual(first(0), [3809008728, 1133695204, 53579671, 2891528803]);
    assert.deepEqual(first(42), [2837322924, 544945897, 479756282, 3500138142]);
    const many = draws(42, 10_000);
    assert.deepEqual(many.slice(0, 100), draws(42, 100));
    assert.notEqual(draws(43, 3)[0], many[0]);
    assert.ok(many.every((u) => u >= 0 && u < 1));
    const mean = many.reduce((s, u) => s + u, 0) / many.length;
    assert.ok(Math.abs(mean - 0.5) < 0.01, `mean ${mean}`);
  });

  for (const distribution of ['triangular', 'pert'] as const) {
    it(`one ${distribution} task: mean and P50/P80/P95 match the analytic values of the rounded draw`, () => {
      const [a, m, b] = [10, 20, 40];
      const program = withEstimates(ONE_TASK, { work: { optimistic: a, likely: m, pessimistic: b } });
      const runs = 20_000;
      const result = runForecast({ program }, { iterations: runs, seed: 3, distribution });
      const cdf = (x: number): number => (distribution === 'pert' ? pertCdf(x, a, m, b) : triangularCdf(x, a, m, b));
      const mean = distribution === 'pert' ? (a + 4 * m + b) / 6 : (a + m + b) / 3;
      const end = result.projectEnd!;
      // The end day of one task starting at offset 0 is its duration − 1.
      for (const [p, got] of [[0.5, end.p50.offset], [0.8, end.p80.offset], [0.95, end.p95.offset]] as const) {
        const expected = roundedQuantile(cdf, p, a, b) - 1;
        assert.ok(Math.abs(got - expected) <= 1, `${distribution} P${p * 100}: ${got} vs ${expected}`);
      }
      // E[end] = Σ k·(F(k) − F(k − 1)) over the support; the duration is end + 1.
      const cdfs = endCdf(program, runs, Array.from({ length: b + 1 }, (_, k) => k), { seed: 3, distribution });
      const sampleMean = cdfs.reduce((sum, share, k) => sum + k * (share - (k > 0 ? cdfs[k - 1] : 0)), 0) + 1;
      assert.ok(Math.abs(sampleMean - mean) < 0.25, `${distribution} mean ${sampleMean} vs ${mean}`);
      assert.ok(end.earliest.offset >= a - 1 && end.latest.offset <= b - 1);
    });
  }

  it('two parallel tasks into a milestone: its distribution is that of the max', () => {
    const program = withEstimates(plan({}, { id: 'x', d: 10 }, { id: 'y', d: 12 }, { id: 'm', milestone: true, deps: ['x', 'y'] }), {
      x: { optimistic: 5, likely: 10, pessimistic: 20 },
      y: { optimistic: 8, likely: 12, pessimistic: 16 },
    });
    const ks = [9, 10, 11, 12, 13, 14, 16, 18];
    const got = endCdf(program, 20_000, ks, { distribution: 'triangular' });
    ks.forEach((k, i) => {
      // end day = max(dx, dy) − 1, so P(end ≤ k) = P(dx ≤ k + 1) · P(dy ≤ k + 1), dx = round(X).
      const expected = triangularCdf(k + 1.5, 5, 10, 20) * triangularCdf(k + 1.5, 8, 12, 16);
      assert.ok(Math.abs(got[i] - expected) < 0.02, `k=${k}: ${got[i]} vs ${expected}`);
    });
  });

  it('a chain: the end matches the numeric convolution of the rounded draws', () => {
    const program = withEstimates(plan({}, { id: 'x', d: 10 }, { id: 'y', d: 6, deps: ['x'] }), {
      x: { optimistic: 5, likely: 10, pessimistic: 20 },
      y: { optimistic: 2, likely: 6, pessimistic: 8 },
    });
    const pmf = (a: number, m: number, b: number): number[] => Array.from({ length: b + 1 }, (_, k) => triangularCdf(k + 0.5, a, m, b) - triangularCdf(k - 0.5, a, m, b));
    const px = pmf(5, 10, 20);
    const py = pmf(2, 6, 8);
    const sum = new Array<number>(px.length + py.length).fill(0);
    px.forEach((p, i) => py.forEach((q, j) => (sum[i + j] += p * q)));
    const ks = [10, 12, 14, 15, 16, 18, 20, 22];
    const got = endCdf(program, 20_000, ks, { distribution: 'triangular' });
    ks.forEach((k, i) => {
      // end day = dx + dy − 1.
      const expected = sum.slice(0, k + 2).reduce((s, p) => s + p, 0);
      assert.ok(Math.abs(got[i] - expected) < 0.02, `k=${k}: ${got[i]} vs ${expected}`);
    });
  });

  it('a risk of probability p adds its delay in a share p of the runs (percentage or level)', () => {
    for (const chance of [{ percent: 30 }, { level: 'high' as const }]) {
      const program = withEstimates(ONE_TASK, {}, [risk('R1', ['work'], 5, chance)]);
      const p = chance.percent ?? LEVEL_PERCENT[chance.level!];
      const runs = 20_000;
      const result = runForecast({ program: { ...program, targetEnd: dateAt(program, 19) } }, { iterations: runs });
      assert.ok(result.uncertain);
      // Without the delay the work ends on day 19; with it, day 24.
      const share = 1 - result.targetEnd!.probability;
      assert.ok(Math.abs(share - p / 100) < 0.02, `${share} vs ${p / 100}`);
      assert.equal(result.projectEnd!.latest.offset, 24);
      // The end's distribution: two bars, the runs without the risk and those with it.
      assert.deepEqual(result.endHistogram.map((bar) => bar.day.offset), [19, 24]);
      assert.equal(result.endHistogram[0].runs + result.endHistogram[1].runs, runs);
      assert.equal(result.endHistogram[1].runs, Math.round(share * runs));
      assert.equal(result.drivers[0].id, 'R1');
    }
  });

  it('degenerate ranges and no risk: every run is the plan\'s schedule exactly (dates, deadlines, criticality)', () => {
    fc.assert(
      fc.property(randomPlan({ progress: true }), (program) => {
        const schedule = scheduleProgram(program);
        const estimates: Record<string, Estimate> = {};
        for (const t of program.tasks) estimates[t.id] = { optimistic: t.duration, likely: t.duration, pessimistic: t.duration };
        // A risk that never occurs makes the plan "uncertain", so the forecast makes every run.
        const degenerate = withEstimates(program, estimates, [risk('never', program.tasks.map((t) => t.id), 3, { percent: 0 })]);
        const result = runForecast({ program: degenerate }, { iterations: 30, chunkSize: 7 });
        assert.equal(result.runs, schedule.tasks.length > 0 ? 30 : 1);
        for (const f of result.milestones) {
          const s = schedule.byId.get(f.id)!;
          assert.deepEqual([f.plan.offset, f.earliest.offset, f.latest.offset], [s.finishDay, s.finishDay, s.finishDay], f.id);
          if (f.deadline) assert.equal(f.deadline.probability, s.deadlineLf !== undefined && s.finishDay <= s.deadlineLf - 1 ? 1 : 0);
        }
        if (schedule.projectEndDate !== undefined) {
          assert.equal(result.projectEnd!.latest.date, schedule.projectEndDate);
          assert.equal(result.projectEnd!.earliest.date, schedule.projectEndDate);
        }
        assert.deepEqual(
          result.criticality.map((c) => `${c.id} ${c.index}`).sort(),
          schedule.tasks.filter((t) => t.critical).map((t) => `${t.id} 1`).sort(),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('on random plans P50 ≤ P80 ≤ P95, and nothing finishes before the all-optimistic schedule', () => {
    fc.assert(
      fc.property(randomPlan({ progress: false }), fc.integer({ min: 0, max: 1000 }), (program, seed) => {
        const estimates: Record<string, Estimate> = {};
        program.tasks.forEach((t, i) => {
          if (t.duration > 0 && i % 3 !== 2) estimates[t.id] = { optimistic: Math.max(0, t.duration - (i % 3)), pessimistic: t.duration * 2 + 1 };
        });
        const uncertain = withEstimates(program, estimates);
        const optimistic = scheduleProgram({ ...program, tasks: program.tasks.map((t) => (estimates[t.id] ? { ...t, duration: estimates[t.id].optimistic, milestone: estimates[t.id].optimistic === 0 && t.milestone } : t)) });
        const result = runForecast({ program: uncertain }, { iterations: 60, seed });
        for (const f of [...result.milestones, ...(result.projectEnd ? [result.projectEnd] : [])]) {
          assert.ok(f.earliest.offset <= f.p50.offset && f.p50.offset <= f.p80.offset && f.p80.offset <= f.p95.offset && f.p95.offset <= f.latest.offset, f.id);
          // Only with FS and SS dependencies: under FF or SF a longer task starts earlier, and so can what follows it.
          if (program.tasks.some((t) => t.dependsOn.some((d) => d.type === 'FF' || d.type === 'SF'))) continue;
          const bound = f.id === 'project end' ? optimistic.calendar!.offsetOf(optimistic.projectEndDate!) : optimistic.byId.get(f.id)!.finishDay;
          assert.ok(f.earliest.offset >= bound, `${f.id}: ${f.earliest.offset} < optimistic ${bound}`);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the same plan and seed give the same result; chunks report progress and can be stopped', () => {
    const program = withEstimates(ONE_TASK, { work: { optimistic: 10, pessimistic: 40 } });
    assert.deepEqual(runForecast({ program }, { seed: 9, iterations: 500 }), runForecast({ program }, { seed: 9, iterations: 500, chunkSize: 33 }));
    const progress: number[] = [];
    let calls = 0;
    const stopped = runForecast({ program }, { iterations: 1000, chunkSize: 100 }, (done) => progress.push(done), () => ++calls > 3);
    assert.deepEqual(progress, [100, 200, 300]);
    assert.equal(stopped.runs, 300);
    assert.equal(stopped.iterations, 1000);
  });

  it('a plan without estimates or schedule risks is the schedule, in one run', () => {
    const result = runForecast({ program: ONE_TASK }, { iterations: 5000 });
    assert.equal(result.uncertain, false);
    assert.equal(result.runs, 1);
    assert.equal(result.projectEnd!.p95.offset, 19);
    assert.deepEqual(result.endHistogram.map((bar) => [bar.day.offset, bar.runs]), [[19, 1]]);
    assert.equal(runForecast({ program: { ...ONE_TASK, start: undefined } }).ok, false);
  });
});

