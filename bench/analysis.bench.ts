/**
 * What the user feels: analysis of a whole program file (parse, schema, semantics, schedule) when
 * it is opened, and again after a one-character edit inside one task (also one that breaks the
 * YAML until the next keystroke), on generated plans. Then
 * memory: the heap an analysed 20,000-task file holds, and its growth over 1,000 edits.
 * Targets (issue 9): cold ≤ 100 ms / 500 ms / 2 s and re-analysis ≤ 15 / 40 / 150 ms at
 * 1,000 / 5,000 / 20,000 tasks; heap ≤ 200 MB for 20,000 tasks and no growth after 1,000 edits.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/core/analyze';
import { ProgramAnalyzer } from '../src/core/analyzer';
import { generatePlan } from './generatePlan';
import { measure, type BenchOptions, type BenchRow } from './harness';

const SIZES = [1_000, 5_000, 20_000];
const MEMORY_SIZE = 20_000;
const EDITS = 1_000;

/** A full collection, so heap figures are what is held rather than garbage not yet collected. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function heapMb(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1_048_576;
}

/** Offsets just inside the `name:` value of tasks spread evenly over the file, where a user types. */
function typingPlaces(text: string, count: number): number[] {
  const places: number[] = [];
  for (let at = text.indexOf('\n  - id: t'); at >= 0; at = text.indexOf('\n  - id: t', at + 1)) {
    places.push(text.indexOf('name: ', at) + 'name: '.length);
  }
  const step = places.length / count;
  return Array.from({ length: count }, (_, i) => places[Math.floor(i * step)]);
}

function insertAt(text: string, at: number, char: string): string {
  return text.slice(0, at) + char + text.slice(at);
}

export default async function analysisBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const tasks of options.sizes ?? SIZES) {
    const text = generatePlan({ tasks });
    rows.push(measure('cold analysis: analyze() (CLI)', tasks, () => analyze(text), { runs: Math.min(options.runs, 5), warmup: 1 }));
    rows.push(measure('cold analysis: new ProgramAnalyzer (editor opens)', tasks, () => new ProgramAnalyzer().update(text), { runs: Math.min(options.runs, 5), warmup: 1 }));

    // One character typed into a task in the middle of the file, then the next one, and so on:
    // every run is a real edit, the tasks after it move by one offset.
    const analyzer = new ProgramAnalyzer();
    const middle = typingPlaces(text, 2)[1];
    let typed = text;
    let at = middle;
    analyzer.update(typed);
    rows.push(
      measure('re-analysis after a one-character edit', tasks, () => {
        typed = insertAt(typed, at++, 'x');
        return analyzer.update(typed);
      }, { runs: Math.max(options.runs, 20) }),
    );
    const first = typingPlaces(text, 1)[0];
    let early = text;
    let earlyAt = first;
    analyzer.update(early);
    rows.push(
      measure('re-analysis after an edit in the first task', tasks, () => {
        early = insertAt(early, earlyAt++, 'x');
        return analyzer.update(early);
      }, { runs: Math.max(options.runs, 20) }),
    );
    // A quote typed into a name breaks the YAML until it is closed: every other run is the broken text.
    const quoted = insertAt(text, middle, '"');
    let broken = false;
    analyzer.update(text);
    rows.push(
      measure('re-analysis after typing a quote (syntax error) and after closing it', tasks, () => {
        broken = !broken;
        return analyzer.update(broken ? quoted : text);
      }, { runs: Math.max(options.runs, 20) }),
    );
  }
  if (!options.sizes || options.sizes.includes(MEMORY_SIZE)) rows.push(...memoryRows());
  return rows;
}

/**
 * Heap held by one analysed file (the text, the analyzer's caches, the analysis), and after 1,000
 * edits spread over the file: the time columns are per edit, the heap column is the growth.
 */
function memoryRows(): BenchRow[] {
  const text = generatePlan({ tasks: MEMORY_SIZE });
  const before = heapMb();
  const analyzer = new ProgramAnalyzer();
  let analysis = analyzer.update(text);
  const held = heapMb() - before;
  console.log(`Heap held for one analysed ${MEMORY_SIZE.toLocaleString('en-US')}-task file (text, analyzer, analysis): ${held.toFixed(0)} MB`);

  const places = typingPlaces(text, EDITS);
  const samples: number[] = [];
  let current = text;
  for (let i = 0; i < EDITS; i++) {
    // Each edit types one character into the next task down the file; the earlier ones moved it by i.
    current = insertAt(current, places[i] + i, 'x');
    const begin = performance.now();
    analysis = analyzer.update(current);
    samples.push(performance.now() - begin);
  }
  const growth = heapMb() - before - held;
  console.log(`Heap growth after ${EDITS.toLocaleString('en-US')} edits: ${growth.toFixed(1)} MB (${analysis.program.tasks.length} tasks still analysed)`);
  samples.sort((a, b) => a - b);
  return [
    {
      work: `${EDITS.toLocaleString('en-US')} edits over the file (per edit; heap column: growth MB)`,
      tasks: MEMORY_SIZE,
      runs: EDITS,
      min: samples[0],
      median: samples[EDITS >> 1],
      max: samples[EDITS - 1],
      heapUsedMb: growth,
    },
  ];
}
