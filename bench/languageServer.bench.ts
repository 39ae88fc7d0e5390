/**
 * The language server end to end, as the editor feels it: the built `dist/server.js` started as
 * its own process and spoken to over stdio. Start to first diagnostics of the example plan
 * (target ≤ 300 ms), and a keystroke — `didChange` with one inserted character in the middle of
 * the file, to the `publishDiagnostics` that answers it — next to the same re-analysis in
 * process (target: within 10 ms of it). `programPilot.analysisDelay` is 0 here; in the editor
 * the debounce comes on top. Build first (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProgramAnalyzer } from '../src/core/analyzer';
import { analyze } from '../src/core/analyze';
import { LineIndex } from '../src/core/source';
import { generatePlan } from './generatePlan';
import { measure, measureAsync, row, type BenchOptions, type BenchRow } from './harness';
import { ServerSession } from './serverSession';

const SIZES = [1_000, 5_000, 20_000];
const EXAMPLE = join(__dirname, '..', 'examples', 'multi-tenancy.program.yaml');

/** Just inside the `name:` value of the task in the middle of the file, where a user types. */
function middleTaskName(text: string): number {
  const at = text.indexOf('\n  - id: t', text.length >> 1);
  return text.indexOf('name: ', at) + 'name: '.length;
}

async function startToFirstDiagnostics(runs: number): Promise<BenchRow> {
  const text = readFileSync(EXAMPLE, 'utf8');
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const begin = performance.now();
    const session = await ServerSession.start();
    await session.open('file:///bench/multi-tenancy.program.yaml', text);
    const elapsed = performance.now() - begin;
    await session.stop();
    if (i > 0) samples.push(elapsed); // the first run warms the file cache
  }
  return row('server start → first diagnostics (multi-tenancy example)', analyze(text).program.tasks.length, samples);
}

export default async function languageServerBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows = [await startToFirstDiagnostics(Math.min(options.runs, 5))];
  const session = await ServerSession.start();
  try {
    for (const tasks of options.sizes ?? SIZES) {
      const text = generatePlan({ tasks });
      const at = middleTaskName(text);
      const runs = { runs: Math.max(options.runs, 20) };

      let typed = text;
      let offset = at;
      const analyzer = new ProgramAnalyzer();
      analyzer.update(typed);
      rows.push(measure('in process: re-analysis after a one-character edit', tasks, () => {
        typed = typed.slice(0, offset) + 'x' + typed.slice(offset++);
        return analyzer.update(typed);
      }, runs));

      const uri = `file:///bench/plan-${tasks}.program.yaml`;
      await session.open(uri, text);
      const { line, character } = new LineIndex(text).positionAt(at);
      let column = character;
      rows.push(
        await measureAsync('server: didChange → publishDiagnostics (stdio)', tasks, () => {
          const position = { line, character: column++ };
          return session.change(uri, [{ range: { start: position, end: position }, text: 'x' }]);
        }, runs),
      );
    }
  } finally {
    await session.stop();
  }
  return rows;
}
