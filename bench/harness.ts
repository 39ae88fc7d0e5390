/**
 * The benchmark harness: time a function several times, report min / median / max and the heap,
 * and print the rows as a table. A benchmark, not a test: nothing here asserts a time.
 *
 * A bench file `bench/<name>.bench.ts` exports as `default` an async function that receives
 * {@link BenchOptions} and returns {@link BenchRow}s, usually one `measure(...)` per plan size:
 *
 *   export default async function (options: BenchOptions): Promise<BenchRow[]> {
 *     return options.sizes.map((n) => { const plan = …; return measure('scheduler alone', n, () => schedule(plan)); });
 *   }
 *
 * `npm run bench` runs every bench file; `npm run bench -- schedule --sizes 1000,5000` runs the
 * files whose name contains `schedule` on those sizes only.
 */
import { cpus, totalmem } from 'node:os';

export interface BenchOptions {
  /** Plan sizes in tasks to measure: `--sizes`, else 1,000 / 5,000 / 20,000. */
  readonly sizes: readonly number[];
  /** False when {@link sizes} is the default: a bench may then measure its own list instead. */
  readonly sizesGiven: boolean;
  /** Timed runs per measurement (after the warm-up runs). */
  readonly runs: number;
}

export interface BenchRow {
  /** What was measured, e.g. `scheduler alone`. */
  readonly work: string;
  /** Plan size in tasks. */
  readonly tasks: number;
  readonly runs: number;
  /** Milliseconds. */
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Heap in use right after the runs, in MB (after a collection when run with `--expose-gc`). */
  readonly heapUsedMb: number;
}

export interface MeasureOptions {
  readonly runs?: number;
  /** Untimed runs first, so the JIT has compiled the code under test. */
  readonly warmup?: number;
}

/** Default timed runs when a bench file does not pass its own. */
export const DEFAULT_RUNS = 10;

/**
 * Where results of timed calls go, so the engine cannot drop the work as unused; it holds only
 * the latest result.
 */
let sink: unknown;

/** Times `fn`: `warmup` untimed runs, then `runs` timed ones. */
export function measure(work: string, tasks: number, fn: () => unknown, options: MeasureOptions = {}): BenchRow {
  const { runs, warmup } = counts(options);
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const begin = performance.now();
    sink = fn();
    samples.push(performance.now() - begin);
  }
  return row(work, tasks, samples);
}

/** Like {@link measure} for asynchronous work. */
export async function measureAsync(
  work: string,
  tasks: number,
  fn: () => Promise<unknown>,
  options: MeasureOptions = {},
): Promise<BenchRow> {
  const { runs, warmup } = counts(options);
  for (let i = 0; i < warmup; i++) sink = await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const begin = performance.now();
    sink = await fn();
    samples.push(performance.now() - begin);
  }
  return row(work, tasks, samples);
}

function counts(options: MeasureOptions): { runs: number; warmup: number } {
  return { runs: Math.max(1, options.runs ?? DEFAULT_RUNS), warmup: Math.max(0, options.warmup ?? 2) };
}

/** A row from samples timed by the caller (work whose set-up and tear-down must not be timed). */
export function row(work: string, tasks: number, samples: number[]): BenchRow {
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 === 1 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  const heapUsedMb = heapUsedMbHolding(sink);
  sink = undefined;
  return { work, tasks, runs: samples.length, min: samples[0], median, max: samples[samples.length - 1], heapUsedMb };
}

/** Heap in use while `_result` (the last result) is still referenced: includes what the work's output holds. */
function heapUsedMbHolding(_result: unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

/** One line naming the machine, for the README next to the table. */
export function machineDescription(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim() || 'unknown CPU';
  return `${model}, ${cores.length} cores, ${Math.round(totalmem() / 1_073_741_824)} GB RAM, Node ${process.version}, ${process.platform}`;
}

function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);
}

/** The rows as a Markdown table (also readable in a terminal). */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['work', 'tasks', 'runs', 'min ms', 'median ms', 'max ms', 'heap MB'];
  const body = rows.map((row) => [
    row.work,
    row.tasks.toLocaleString('en-US'),
    String(row.runs),
    formatMs(row.min),
    formatMs(row.median),
    formatMs(row.max),
    row.heapUsedMb.toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column].length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
