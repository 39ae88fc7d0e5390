/** Random small plans for the forecast's property tests: every dependency type, lags, floors, deadlines, progress and the odd cycle. */
import fc from 'fast-check';
import type { DependencyType, Program, TaskStatus } from '../../../src/core/model';
import { plan, type TaskSpec } from '../schedule/build';

export function randomPlan(options: { progress: boolean }): fc.Arbitrary<Program> {
  return fc.integer({ min: 1, max: 10 }).chain((n) =>
    fc
      .record({
        tasks: fc.array(
          fc.record({
            d: fc.integer({ min: 0, max: 8 }),
            deps: fc.array(fc.record({ on: fc.nat(n - 1), type: fc.constantFrom<DependencyType>('FS', 'SS', 'FF', 'SF'), lag: fc.integer({ min: -2, max: 3 }) }), { maxLength: 3 }),
            notBefore: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 4 }),
            deadline: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 3 }),
            status: fc.constantFrom<TaskStatus>('not-started', 'not-started', 'in-progress', 'done', 'cancelled'),
            progress: fc.integer({ min: 0, max: 100 }),
            // Which actual dates work started or done has: start, finish (done only), both or none.
            dated: fc.constantFrom('start', 'start', 'finish', 'both', 'none'),
          }),
          { minLength: n, maxLength: n },
        ),
        statusDay: fc.integer({ min: 0, max: 15 }),
      })
      .map(({ tasks, statusDay }) => {
        const day = (k: number): string => new Date(Date.UTC(2026, 0, 5 + k)).toISOString().slice(0, 10);
        const specs: TaskSpec[] = tasks.map((t, i) => {
          const recorded = options.progress && t.status !== 'not-started' && t.status !== 'cancelled';
          return {
            id: `t${i}`,
            d: t.d,
            // Dependencies on earlier tasks only, with the odd one back to make a cycle.
            deps: t.deps.filter((d) => d.on !== i && (d.on < i || d.lag === 3)).map((d) => ({ task: `t${d.on}`, type: d.type, lag: d.lag })),
            notBefore: t.notBefore === null ? undefined : day(t.notBefore),
            deadline: t.deadline === null ? undefined : day(t.deadline),
            status: options.progress ? t.status : t.status === 'cancelled' ? 'cancelled' : 'not-started',
            progress: options.progress && t.status === 'in-progress' ? t.progress : undefined,
            actualStart: recorded && (t.dated === 'start' || t.dated === 'both') ? day(Math.min(statusDay, i)) : undefined,
            actualFinish: recorded && t.status === 'done' && (t.dated === 'finish' || t.dated === 'both') ? day(Math.min(statusDay, i + t.d)) : undefined,
          };
        });
        return plan({ statusDate: options.progress ? day(statusDay) : undefined }, ...specs);
      }),
  );
}
