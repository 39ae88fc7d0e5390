/**
 * The confidence forecast and the what-if on generated plans with estimates on every task and a
 * schedule impact on every risk, parsed and analysed beforehand. Targets: 10,000 runs at 1,000
 * tasks ≤ 300 ms; 5,000 runs at 5,000 tasks ≤ 1 s.
 */
import { analyze } from '../src/core/analyze';
import { runForecast } from '../src/core/forecast/simulation';
import { whatIf } from '../src/core/whatif/impact';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

const CASES = [
  { tasks: 1_000, iterations: 10_000 },
  { tasks: 5_000, iterations: 5_000 },
];

export default async function forecastBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cases = options.sizesGiven ? options.sizes.map((tasks) => ({ tasks, iterations: 5_000 })) : CASES;
  for (const { tasks, iterations } of cases) {
    const analysis = analyze(generatePlan({ tasks, uncertainty: true }));
    const runs = Math.min(options.runs, 5);
    rows.push(measure(`forecast, ${iterations.toLocaleString('en-US')} runs`, tasks, () => runForecast(analysis, { iterations }), { runs, warmup: 1 }));
    const middle = analysis.program.tasks[Math.floor(tasks / 2)].id;
    rows.push(measure('what-if: slip one task 10 days', tasks, () => whatIf(analysis, [{ kind: 'slip', task: middle, days: 10 }]), { runs: options.runs }));
  }
  return rows;
}
