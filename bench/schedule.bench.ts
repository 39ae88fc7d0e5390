/**
 * The scheduler alone (dependency graph, forward and backward pass, floats, drivers, dates), the
 * same with the graph already built, and the schedule diagnostics, on generated plans parsed
 * once beforehand. Targets (issue 9): ≤ 3 ms at
 * 1,000 tasks, ≤ 10 ms at 5,000, ≤ 40 ms at 20,000.
 */
import { buildDependencyGraph } from '../src/core/graph/dependencyGraph';
import { parseProgram } from '../src/core/parse/parseProgram';
import { scheduleProgram } from '../src/core/schedule/scheduleProgram';
import { scheduleDiagnostics } from '../src/core/schedule/scheduleDiagnostics';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

const SIZES = [1_000, 5_000, 10_000, 20_000, 50_000];

export default async function scheduleBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const tasks of options.sizesGiven ? options.sizes : SIZES) {
    const { program } = parseProgram(generatePlan({ tasks }));
    rows.push(measure('scheduleProgram', tasks, () => scheduleProgram(program), { runs: options.runs }));
    // What the scheduler costs when the analysis hands it the dependency graph the checks built.
    const graph = buildDependencyGraph(program);
    rows.push(measure('scheduleProgram, graph given', tasks, () => scheduleProgram(program, graph), { runs: options.runs }));
    const schedule = scheduleProgram(program);
    rows.push(measure('scheduleDiagnostics', tasks, () => scheduleDiagnostics(program, schedule), { runs: options.runs }));
  }
  return rows;
}
