/**
 * The semantic checks alone, on generated plans parsed once beforehand: a clean plan, and the
 * same plan with every 50th dependency misspelt and every 100th owner removed, so that the
 * did-you-mean and the diagnostic paths are timed too. They run on every keystroke.
 */
import { checkProgram } from '../src/core/checks/checkProgram';
import { parseProgram } from '../src/core/parse/parseProgram';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

const SIZES = [1_000, 5_000, 20_000];
const AS_OF = '2026-06-01';

/** Misspells some dependency ids (`t12` → `t12x`) and drops some owners, as a careless edit would. */
function withMistakes(yaml: string): string {
  let dependency = 0;
  let owner = 0;
  return yaml
    .replace(/(dependsOn: \[)([\w-]+)/g, (all, head: string, id: string) => (++dependency % 50 === 0 ? `${head}${id}x` : all))
    .replace(/\n(\s+)owner: [\w.-]+/g, (all) => (++owner % 100 === 0 ? '' : all));
}

export default async function checksBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const tasks of options.sizes ?? SIZES) {
    const yaml = generatePlan({ tasks });
    const clean = parseProgram(yaml).program;
    rows.push(measure('checkProgram (clean plan)', tasks, () => checkProgram(clean, { asOf: AS_OF }), { runs: options.runs }));
    const broken = parseProgram(withMistakes(yaml)).program;
    const found = checkProgram(broken, { asOf: AS_OF }).length;
    rows.push(measure(`checkProgram (${found} problems)`, tasks, () => checkProgram(broken, { asOf: AS_OF }), { runs: options.runs }));
  }
  return rows;
}
