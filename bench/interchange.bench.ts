/**
 * Import and export: an MSPDI file (made by exporting a generated plan) read into a program file
 * — XML parse, outline, links, YAML, and our schedule of the result compared with the file's —
 * and the three exports of the plan. Target: import of a 5,000-task MSPDI file ≤ 1 s.
 */
import { exportPlan } from '../src/core/interchange/exportPlan';
import { importPlan } from '../src/core/interchange/importPlan';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

const SIZES = [1_000, 5_000];

export default async function interchangeBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const runs = Math.min(options.runs, 5);
  for (const tasks of options.sizesGiven ? options.sizes : SIZES) {
    const plan = generatePlan({ tasks });
    const mspdi = exportPlan(plan, 'mspdi');
    if (!mspdi.ok) throw new Error(mspdi.error);
    rows.push(measure(`import MSPDI (${(mspdi.text.length / 1e6).toFixed(1)} MB)`, tasks, () => importPlan(mspdi.text, 'mspdi'), { runs, warmup: 1 }));
    for (const format of ['mspdi', 'ics', 'csv'] as const) rows.push(measure(`export ${format}`, tasks, () => exportPlan(plan, format), { runs, warmup: 1 }));
  }
  return rows;
}
