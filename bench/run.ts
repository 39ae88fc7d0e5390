/**
 * `npm run bench [-- <filter…>] [--sizes 1000,5000] [--runs N] [--json <file>]`: runs every
 * `bench/*.bench.ts` (or those whose name contains a filter) and prints one table per file.
 * For steadier heap figures run `node --expose-gc --import tsx bench/run.ts`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_RUNS, formatTable, machineDescription, type BenchOptions, type BenchRow } from './harness';

type BenchFunction = (options: BenchOptions) => Promise<readonly BenchRow[]>;

interface Arguments {
  readonly filters: readonly string[];
  readonly options: BenchOptions;
  readonly jsonPath?: string;
}

const DEFAULT_SIZES = [1_000, 5_000, 20_000];

function parseArguments(argv: readonly string[]): Arguments {
  const filters: string[] = [];
  let sizes: number[] | undefined;
  let runs = DEFAULT_RUNS;
  let jsonPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--sizes') sizes = parseList(argv[++i], '--sizes');
    else if (arg === '--runs') runs = parseList(argv[++i], '--runs')[0];
    else if (arg === '--json') jsonPath = argv[++i];
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else filters.push(arg);
  }
  return { filters, options: { sizes: sizes ?? DEFAULT_SIZES, sizesGiven: sizes !== undefined, runs }, jsonPath };
}

function parseList(value: string | undefined, option: string): number[] {
  const numbers = (value ?? '').split(',').map((part) => Number(part.replace(/_/g, '')));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n <= 0)) {
    throw new Error(`${option} expects positive whole numbers separated by commas, got '${value ?? ''}'`);
  }
  return numbers;
}

async function main(): Promise<void> {
  const { filters, options, jsonPath } = parseArguments(process.argv.slice(2));
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
  if (files.length === 0) throw new Error(`no bench/*.bench.ts matches ${filters.join(', ')}`);

  console.log(`Machine: ${machineDescription()}`);
  console.log(`Sizes: ${options.sizes.join(', ')} tasks${options.sizesGiven ? '' : ' (some benches use their own)'}; ${options.runs} timed runs each\n`);
  const results: Record<string, readonly BenchRow[]> = {};
  for (const file of files) {
    const module = (await import(pathToFileURL(join(__dirname, file)).href)) as { default?: BenchFunction | { default?: BenchFunction } };
    // tsx may wrap a CommonJS default export once more.
    const run = typeof module.default === 'function' ? module.default : module.default?.default;
    if (typeof run !== 'function') throw new Error(`${file} has no default export function`);
    const rows = await run(options);
    results[file] = rows;
    console.log(`## ${file}\n\n${formatTable(rows)}\n`);
  }
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ machine: machineDescription(), results }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
