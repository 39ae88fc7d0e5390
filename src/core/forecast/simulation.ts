/**
 * The confidence forecast: a Monte Carlo simulation of the plan. Each run draws every estimated
 * task's duration (rounded to whole working days, as the calendar counts them) and whether each
 * schedule risk occurs, then runs the scheduler's forward pass (and backward pass, for the
 * criticality index) over the network read once, a batch of runs at a time (batchPasses.ts), on
 * arrays in the WebAssembly kernel's memory (kernel.wat), reused from batch to batch. Done
 * work stays on its dates and work in progress keeps its share of work left, so a run without
 * uncertainty is the plan's schedule exactly.
 *
 * Runs happen in chunks (`runChunk`), so a caller off the keystroke path can report progress and
 * stop between them; `runForecast` runs them all.
 */
import type { IsoDate, Program } from '../model';
import { buildDependencyGraph, type DependencyGraph } from '../graph/dependencyGraph';
import { WorkingDayCalendar } from '../schedule/calendar';
import { forwardPass, type ForwardResult } from '../schedule/passes';
import * as shownDays from '../schedule/shownDays';
import * as codes from '../schedule/taskInputs';
import { readNetwork, readScheduleInputs, type Network, type TaskInputs } from '../schedule/taskInputs';
import * as distributions from './distributions';
import type { DistributionKind } from './distributions';
import { RunBatch } from './batchPasses';
import { Kernel, type KernelArray } from './kernel';
import { SeededRandom } from './random';
import { sortDays } from './sortDays';
import { sampledTasks, scheduleRisks, type SampledTasks, type ScheduleRisks } from './uncertainty';

// Module constants, not imports, for what the runs use (see schedule/passes.ts).
const { CANCELLED, DONE, STARTED } = codes;
const { finishDay, milestoneShifts } = shownDays;
const { pertTable, QUANTILES } = distributions;

export interface ForecastInput {
  readonly program: Program;
  /** The program's dependency graph when the caller has it (an analysis does). */
  readonly graph?: DependencyGraph;
}

export interface ForecastOptions {
  /** Runs; default 5,000. */
  readonly iterations?: number;
  /** Same plan and seed, same numbers; default 1. */
  readonly seed?: number;
  /** Default `pert`. */
  readonly distribution?: DistributionKind;
  /** Runs per chunk between progress reports; default 250. */
  readonly chunkSize?: number;
}

export const DEFAULT_ITERATIONS = 5_000;
export const MAX_ITERATIONS = 1_000_000;

export interface ForecastDay {
  readonly offset: number;
  readonly date: IsoDate;
}

/** A date the plan promises and the share of runs that keep it. */
export interface Promise {
  readonly date: IsoDate;
  /** 0–1. */
  readonly probability: number;
}

export interface FinishForecast {
  readonly id: string;
  readonly name: string;
  /** The plan's schedule (every task at its planned duration, no risk occurring). */
  readonly plan: ForecastDay;
  readonly p50: ForecastDay;
  readonly p80: ForecastDay;
  readonly p95: ForecastDay;
  readonly earliest: ForecastDay;
  readonly latest: ForecastDay;
  /** The task's deadline and the share of runs that meet it. */
  readonly deadline?: Promise;
}

/** How many runs finish on each day, earliest first: the distribution behind the percentiles. */
export type FinishHistogram = readonly { readonly day: ForecastDay; readonly runs: number }[];

export interface Driver {
  readonly kind: 'task' | 'risk';
  readonly id: string;
  readonly name: string;
  /** Pearson correlation of the task's duration (the risk occurring) with the projected end, −1…1. */
  readonly correlation: number;
}

export interface ForecastResult {
  /** False when the plan has no valid `start`: nothing is filled in. */
  readonly ok: boolean;
  /** Whether anything is uncertain: an estimate with a range, or a schedule risk. Without, one run is the plan. */
  readonly uncertain: boolean;
  readonly distribution: DistributionKind;
  readonly seed: number;
  readonly iterations: number;
  /** Runs made: fewer than `iterations` when stopped. */
  readonly runs: number;
  readonly estimatedTasks: number;
  readonly scheduleRisks: number;
  /** Milestones and tasks with a deadline, in file order. */
  readonly milestones: readonly FinishForecast[];
  readonly projectEnd?: FinishForecast;
  /** The projected end's distribution (empty without a projected end or runs). */
  readonly endHistogram: FinishHistogram;
  readonly targetEnd?: Promise;
  readonly launch?: Promise;
  /** Tasks on the critical path in some runs: the share of runs, highest first. */
  readonly criticality: readonly { readonly id: string; readonly name: string; readonly index: number }[];
  /** The tasks and risks whose draws move the projected end most, strongest first (at most 10). */
  readonly drivers: readonly Driver[];
}

const MAX_DRIVERS = 10;
/**
 * Runs per batch: enough to spread the cost of each task's and dependency's bookkeeping, few
 * enough that a pass's arrays stay near the cache. 32 up to 2,500 tasks, 16 up to 5,000, then 8
 * (measured with bench/forecast.bench.ts: at 5,000 tasks 16 is about a fifth faster than 32).
 */
function batchRuns(tasks: number): number {
  const cells = 80_000;
  return tasks * 32 <= cells ? 32 : tasks * 16 <= cells ? 16 : 8;
}

export class ForecastSimulation {
  readonly total: number;
  private runsDone = 0;
  private readonly setup: Setup | undefined;
  private readonly program: Program;
  private readonly distribution: DistributionKind;
  private readonly seed: number;
  private readonly chunkSize: number;

  constructor(input: ForecastInput, options: ForecastOptions = {}) {
    this.program = input.program;
    this.distribution = options.distribution ?? 'pert';
    this.seed = Math.trunc(options.seed ?? 1) >>> 0;
    this.chunkSize = Math.max(1, Math.trunc(options.chunkSize ?? 250));
    this.setup = prepare(input, this.distribution, this.seed);
    const requested = Math.trunc(options.iterations ?? DEFAULT_ITERATIONS);
    const iterations = Number.isFinite(requested) ? Math.min(MAX_ITERATIONS, Math.max(1, requested)) : DEFAULT_ITERATIONS;
    // Without uncertainty every run is the plan: one says it all.
    this.total = !this.setup ? 0 : this.setup.uncertain ? iterations : 1;
    if (this.setup) this.setup.allocate(this.total);
  }

  get done(): number {
    return this.runsDone;
  }

  get finished(): boolean {
    return this.runsDone >= this.total;
  }

  /** Makes up to `count` more runs (default: one chunk); returns the runs made so far. */
  runChunk(count = this.chunkSize): number {
    const end = Math.min(this.total, this.runsDone + Math.max(1, count));
    while (this.runsDone < end) {
      const runs = Math.min(this.setup!.batchSize, end - this.runsDone);
      this.setup!.runBatch(this.runsDone, runs);
      this.runsDone += runs;
    }
    return this.runsDone;
  }

  /** The result of the runs made so far. */
  result(): ForecastResult {
    const base = { distribution: this.distribution, seed: this.seed, iterations: this.total, runs: this.runsDone };
    const setup = this.setup;
    if (!setup) return { ok: false, uncertain: false, ...base, estimatedTasks: 0, scheduleRisks: 0, milestones: [], endHistogram: [], criticality: [], drivers: [] };
    return setup.summarize(this.program, base);
  }
}

/** Runs the whole forecast, reporting progress after each chunk and stopping when asked to. */
export function runForecast(
  input: ForecastInput,
  options: ForecastOptions = {},
  onProgress?: (done: number, total: number) => void,
  shouldCancel?: () => boolean,
): ForecastResult {
  const simulation = new ForecastSimulation(input, options);
  while (!simulation.finished && !shouldCancel?.()) {
    simulation.runChunk();
    onProgress?.(simulation.done, simulation.total);
  }
  return simulation.result();
}

function prepare(input: ForecastInput, distribution: DistributionKind, seed: number): Setup | undefined {
  const { program } = input;
  const calendar = program.start === undefined ? undefined : WorkingDayCalendar.create(program.start, program.holidays.map((h) => h.date));
  if (!calendar) return undefined;
  const graph = input.graph ?? buildDependencyGraph(program);
  return new Setup(program, graph, calendar, distribution, seed);
}

/** Everything one run reads and writes, allocated once. */
class Setup {
  readonly uncertain: boolean;
  private readonly network: Network;
  private readonly base: TaskInputs;
  /** The plan's own pass (the reference the draws are compared with). */
  private readonly forward: ForwardResult;
  private readonly shift: Int8Array;
  /** The runs of one batch: their durations, work left and dates (from `allocate`). */
  private batch!: RunBatch;
  /** The batch's other arrays in the kernel's memory (from `allocate`). */
  private arrays!: {
    /** The batch's uniform numbers, run by run: one per sampled task, then one per risk. */
    readonly uniforms: KernelArray<Float64Array>;
    /** Per sampled task then per risk, per run of the batch: the drawn value's offset from the plan. */
    readonly drawn: KernelArray<Float64Array>;
    /** One task's drawn durations over the batch, before rounding. */
    readonly values: KernelArray<Float64Array>;
    /** Per run of the batch: the projected end's day minus the plan's. */
    readonly endShifts: KernelArray<Float64Array>;
    /** Per driver: Σx, Σx², Σx·dy over the runs so far, for its correlation with the end. */
    readonly sums: KernelArray<Float64Array>;
  };
  /** Tasks a risk can delay that have no estimate of their own. */
  private readonly riskOnly: Int32Array;
  private readonly sampled: SampledTasks;
  /** The PERT quantile tables the sampled tasks use, one after the other, and where each task's starts (−1: none). */
  private readonly tables: Float64Array;
  private readonly tableStart: Int32Array;
  private readonly risks: ScheduleRisks;
  private random!: SeededRandom;
  /** Milestones and tasks with deadlines. */
  private readonly tracked: Int32Array;
  private readonly plannedFinish: Float64Array;
  private readonly plannedEnd: number;
  /** Runs allocated for (from `allocate`). */
  private total = 0;
  /** Per tracked task, its finish day in each run (task-major). */
  private finishes = new Float64Array(0);
  private ends = new Float64Array(0);
  private readonly driverCount: number;
  /** Σdy and Σdy² of the end's shift over the runs so far. */
  private readonly endSums = { y: 0, yy: 0 };

  constructor(
    program: Program,
    graph: DependencyGraph,
    private readonly calendar: WorkingDayCalendar,
    private readonly distribution: DistributionKind,
    private readonly seed: number,
  ) {
    const n = program.tasks.length;
    this.network = readNetwork(program.tasks, graph);
    this.base = readScheduleInputs(program, calendar).forecast;
    this.forward = { es: new Float64Array(n), ef: new Float64Array(n), kind: new Uint8Array(n), binds: new Uint8Array(n) };
    this.shift = new Int8Array(n);
    this.sampled = sampledTasks(program, this.base);
    const { low, likely, high } = this.sampled;
    const shapes = new Map<number, number>();
    this.tableStart = Int32Array.from(this.sampled.index, (_, k) => {
      if (distribution !== 'pert' || !(high[k] > low[k])) return -1;
      const r = (likely[k] - low[k]) / (high[k] - low[k]);
      if (!shapes.has(r)) shapes.set(r, shapes.size * QUANTILES);
      return shapes.get(r)!;
    });
    this.tables = new Float64Array(shapes.size * QUANTILES);
    for (const [r, start] of shapes) this.tables.set(pertTable(r), start);
    this.risks = scheduleRisks(program, graph);
    const sampledSet = new Set(this.sampled.index);
    this.riskOnly = Int32Array.from(new Set(this.risks.tasks), (j) => j).filter((j) => !sampledSet.has(j));
    this.uncertain = this.risks.risks.length > 0 || low.some((a, k) => high[k] > a);

    const tracked: number[] = [];
    for (const j of this.network.order) {
      const task = program.tasks[j];
      if (this.base.state[j] !== CANCELLED && (task.milestone || !Number.isNaN(this.base.deadlineLf[j]))) tracked.push(j);
    }
    this.tracked = Int32Array.from(tracked.sort((a, b) => a - b));
    this.plannedFinish = new Float64Array(this.tracked.length);
    this.plannedEnd = this.pass(this.base, this.plannedFinish, 0);
    this.driverCount = this.sampled.index.length + this.risks.risks.length;
  }

  allocate(runs: number): void {
    this.total = runs;
    this.finishes = new Float64Array(this.tracked.length * runs);
    this.ends = new Float64Array(runs);
    const kernel = new Kernel();
    const { base, sampled, driverCount } = this;
    this.batch = new RunBatch(this.network, base, Math.min(batchRuns(base.state.length), runs), this.mayBeInstant(), kernel);
    const { size } = this.batch;
    const tables = kernel.float64(this.tables.length, this.tables);
    this.arrays = {
      uniforms: kernel.float64(driverCount * size),
      drawn: kernel.float64(driverCount * size),
      values: kernel.float64(size),
      endShifts: kernel.float64(size),
      sums: kernel.float64(3 * driverCount),
    };
    const k = sampled.index.length;
    const tableAt = Int32Array.from(this.tableStart, (start) => (start < 0 ? 0 : tables.at + start * 8));
    kernel.run.layoutDraws(
      k,
      kernel.int32(k, sampled.index).at,
      kernel.float64(k, sampled.low).at,
      kernel.float64(k, sampled.likely).at,
      kernel.float64(k, sampled.high).at,
      kernel.int32(k, tableAt).at,
      kernel.float64(base.duration.length, base.duration).at,
      kernel.float64(base.remaining.length, base.remaining).at,
      this.arrays.values.at,
      this.arrays.uniforms.at,
      this.arrays.drawn.at,
      driverCount,
      QUANTILES - 1,
      this.distribution === 'triangular' ? 1 : 0,
    );
    kernel.open();
    this.random = new SeededRandom(kernel, this.seed);
    this.batch.reset();
  }

  /** Per task: 1 when some run may give it no duration (a milestone, or a draw that rounds to 0). */
  private mayBeInstant(): Uint8Array {
    const { base, sampled } = this;
    const may = Uint8Array.from(base.duration, (d) => (d === 0 ? 1 : 0));
    // A sampled task's duration is its draw, from low up, rounded; a risk only adds to it.
    sampled.index.forEach((j, k) => (may[j] = sampled.low[k] < 0.5 ? 1 : 0));
    return may;
  }

  /** Runs per batch (from `allocate`). */
  get batchSize(): number {
    return this.batch.size;
  }

  /** Runs `first` … `first + runs − 1` (at most a batch): draws, passes, and what the summary counts. */
  runBatch(first: number, runs: number): void {
    const { batch, tracked, finishes, ends, endSums, arrays } = this;
    // Sampled tasks get a new draw in every run; only those a risk delays must start again from the plan.
    batch.reset(this.riskOnly);
    this.draw(runs);
    batch.forward(runs);
    batch.backward(runs);

    const trackedCount = tracked.length;
    for (let t = 0; t < trackedCount; t++) {
      const j = tracked[t];
      for (let r = 0; r < runs; r++) finishes[t * this.total + first + r] = batch.finishDay(j, r);
    }
    const { endDay, size } = batch;
    const dy = arrays.endShifts.view;
    for (let r = 0; r < runs; r++) {
      dy[r] = endDay[r] - this.plannedEnd;
      ends[first + r] = endDay[r];
      endSums.y += dy[r];
      endSums.yy += dy[r] * dy[r];
    }
    batch.kernel.run.correlate(arrays.drawn.at, size * 8, arrays.endShifts.at, arrays.sums.at, this.driverCount, runs);
  }

  /**
   * Durations and work left for the batch's runs: the plan's (already in the batch), with the
   * draws. The random numbers are taken run by run, so a seed gives the same runs whatever the
   * batch size; they are then used task by task.
   */
  private draw(runs: number): void {
    const { base, batch, sampled, risks, driverCount, arrays } = this;
    const { duration, remaining, size } = batch;
    const { state } = base;
    const uniforms = arrays.uniforms.view;
    const drawn = arrays.drawn.view;
    // Every run uses the same count of numbers, in the same order, whatever the draws.
    this.random.fill(arrays.uniforms, runs * driverCount);
    batch.kernel.run.drawTasks(runs + (runs & 1));
    const { index } = sampled;
    const offset = index.length;
    for (let q = 0; q < risks.risks.length; q++) {
      const drawnRow = (offset + q) * size;
      const chance = risks.chance[q];
      const delay = risks.delay[q];
      for (let r = 0; r < runs; r++) {
        const occurs = uniforms[r * driverCount + offset + q] < chance;
        drawn[drawnRow + r] = occurs ? 1 : 0;
        if (!occurs) continue;
        for (let e = risks.start[q]; e < risks.start[q + 1]; e++) {
          const j = risks.tasks[e];
          if (state[j] === DONE || state[j] === CANCELLED) continue;
          duration[j * size + r] += delay;
          if (state[j] === STARTED) remaining[j * size + r] += delay;
        }
      }
    }
  }

  /** The forward pass; writes the tracked tasks' finish days at `at` and returns the projected end's day. */
  private pass(inputs: TaskInputs, finishes: Float64Array, at: number): number {
    const { network, forward, tracked } = this;
    forwardPass(network, inputs, forward);
    const shift = milestoneShifts(network, inputs, forward, this.shift);
    const { es, ef, binds } = forward;
    for (let t = 0; t < tracked.length; t++) {
      const j = tracked[t];
      finishes[at + t] = finishDay(es[j], ef[j], shift[j]);
    }
    let end = -Infinity;
    for (const j of network.order) {
      if (!binds[j]) continue;
      const finish = finishDay(es[j], ef[j], shift[j]);
      if (finish > end) end = finish;
    }
    return end;
  }

  summarize(program: Program, base: Pick<ForecastResult, 'distribution' | 'seed' | 'iterations' | 'runs'>): ForecastResult {
    const runs = base.runs;
    const { tracked, calendar } = this;
    const day = (offset: number): ForecastDay => ({ offset, date: calendar.dateOf(offset) });
    const forecast = (id: string, name: string, planned: number, values: Float64Array, deadlineDay: number | undefined): FinishForecast => {
      const sorted = sortDays(values);
      const at = (p: number): ForecastDay => day(runs === 0 ? planned : sorted[Math.max(0, Math.ceil(p * runs) - 1)]);
      const result: FinishForecast = { id, name, plan: day(planned), p50: at(0.5), p80: at(0.8), p95: at(0.95), earliest: at(0), latest: at(1) };
      if (deadlineDay === undefined) return result;
      return { ...result, deadline: { date: calendar.dateOf(deadlineDay), probability: shareAtMost(sorted, deadlineDay) } };
    };
    const milestones = Array.from(tracked, (j, t) => {
      const task = program.tasks[j];
      const values = this.finishes.subarray(t * this.total, t * this.total + runs);
      const deadline = this.base.deadlineLf[j];
      return forecast(task.id, task.name, this.plannedFinish[t], values, Number.isNaN(deadline) ? undefined : deadline - 1);
    });
    const ends = this.ends.subarray(0, runs);
    const hasEnd = Number.isFinite(this.plannedEnd);
    const sortedEnds = sortDays(ends);
    const promise = (date: IsoDate | undefined): Promise | undefined =>
      date === undefined || !hasEnd || calendar.dayNumberOf(date) === undefined
        ? undefined
        : { date, probability: shareAtMost(sortedEnds, calendar.offsetOf(date, 'previous')) };
    return {
      ok: true,
      uncertain: this.uncertain,
      ...base,
      estimatedTasks: this.sampled.index.length,
      scheduleRisks: this.risks.risks.length,
      milestones,
      projectEnd: hasEnd ? forecast('project end', 'Projected end', this.plannedEnd, ends, undefined) : undefined,
      endHistogram: hasEnd ? histogramOf(sortedEnds).map(({ value, runs }) => ({ day: day(value), runs })) : [],
      targetEnd: promise(program.targetEnd),
      launch: promise(program.launch?.date),
      criticality: this.criticality(program, runs),
      drivers: this.drivers(program, runs),
    };
  }

  private criticality(program: Program, runs: number): ForecastResult['criticality'] {
    const found: { id: string; name: string; index: number; j: number }[] = [];
    if (runs === 0) return found;
    const { critical } = this.batch;
    for (const j of this.network.order) {
      if (critical[j] > 0) found.push({ id: program.tasks[j].id, name: program.tasks[j].name, index: critical[j] / runs, j });
    }
    return found.sort((a, b) => b.index - a.index || a.j - b.j).map(({ id, name, index }) => ({ id, name, index }));
  }

  private drivers(program: Program, runs: number): Driver[] {
    const sums = this.arrays.sums.view;
    const { y, yy } = this.endSums;
    const varianceY = runs * yy - y * y;
    const found: (Driver & { order: number })[] = [];
    const taskCount = this.sampled.index.length;
    for (let k = 0; k < this.driverCount; k++) {
      const [x, xx, xy] = sums.subarray(3 * k, 3 * k + 3);
      const varianceX = runs * xx - x * x;
      if (!(varianceX > 0 && varianceY > 0)) continue;
      const correlation = (runs * xy - x * y) / Math.sqrt(varianceX * varianceY);
      if (k < taskCount) {
        const task = program.tasks[this.sampled.index[k]];
        found.push({ kind: 'task', id: task.id, name: task.name, correlation, order: k });
      } else {
        const risk = this.risks.risks[k - taskCount];
        found.push({ kind: 'risk', id: risk.id, name: risk.title, correlation, order: k });
      }
    }
    return found
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation) || a.order - b.order)
      .slice(0, MAX_DRIVERS)
      .map(({ kind, id, name, correlation }) => ({ kind, id, name, correlation }));
  }
}

/** Sorted values as (value, how many) pairs. */
function histogramOf(sorted: Float64Array): { value: number; runs: number }[] {
  const counts: { value: number; runs: number }[] = [];
  for (const value of sorted) {
    const last = counts[counts.length - 1];
    if (last && last.value === value) last.runs++;
    else counts.push({ value, runs: 1 });
  }
  return counts;
}

/** The share of sorted values ≤ limit. */
function shareAtMost(sorted: Float64Array, limit: number): number {
  if (sorted.length === 0) return 0;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo / sorted.length;
}
