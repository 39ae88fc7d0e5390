/**
 * The parser alone (YAML, schema validation, model) on generated plans: a cold parse, the
 * `yaml` package's `parseDocument` alone for comparison, and an incremental re-parse after a
 * one-character edit in a task in the middle of the file (every run types one more character).
 */
import { parseDocument } from 'yaml';
import { IncrementalParser } from '../src/core/parse/incremental';
import { parseProgram } from '../src/core/parse/parseProgram';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

export default async function parseBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const tasks of options.sizes) {
    const text = generatePlan({ tasks });
    const runs = Math.min(options.runs, 5);
    rows.push(measure('yaml parseDocument alone (baseline)', tasks, () => parseDocument(text, { prettyErrors: false }), { runs, warmup: 1 }));
    rows.push(measure('parseProgram (cold)', tasks, () => parseProgram(text), { runs, warmup: 1 }));
    rows.push(measure('IncrementalParser, first parse', tasks, () => new IncrementalParser().parse(text), { runs, warmup: 1 }));

    const parser = new IncrementalParser();
    parser.parse(text);
    const middle = text.indexOf('name: ', text.indexOf(`\n  - id: t${Math.floor(tasks / 2)}`)) + 'name: '.length;
    let typed = text;
    rows.push(
      measure('IncrementalParser, one-character edit', tasks, () => {
        typed = `${typed.slice(0, middle)}x${typed.slice(middle)}`;
        return parser.parse(typed);
      }, { runs: options.runs, warmup: 3 }),
    );
  }
  return rows;
}
