/**
 * The confidence forecast in the server: each request runs in a worker thread, never on the
 * path of keystrokes; the next edit of the file stops it (the shared cancel flag), and answers
 * are kept by what the forecast reads of the plan (not its comments or layout), the seed, the run
 * count and the distribution, so showing the panel again for the
 * same text costs nothing. After an edit pause the server also forecasts uncertain plans in the
 * background (`prefetch`), so that milestone hovers can read P80 and the chance to meet from the
 * cache without ever running one on the hover's path.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ForecastAnswer, ForecastOptions, ForecastParams, ForecastView } from '../protocol/decisions';
import { DEFAULT_ITERATIONS, MAX_ITERATIONS } from '../core/forecast/simulation';
import { DISTRIBUTIONS, type DistributionKind } from '../core/forecast/distributions';
import { forecastInputText } from '../core/forecast/inputKey';
import type { ForecastJob } from './forecastView';
import type { WorkerData, WorkerMessage } from './forecastWorker';
import { fileNameOf } from './panels';
import type { ProgramEntry } from './programStore';
import type { Program } from '../core/model';
import type { Settings } from './settings';

/** Runs one job; resolves undefined when it was stopped or the plan cannot be scheduled. */
export type ForecastRunner = (job: ForecastJob, cancel: Int32Array, onProgress: (done: number, total: number) => void) => Promise<ForecastView | undefined>;

/** Forecasts kept; past it the oldest go. */
const MAX_CACHED = 20;

/** A forecast in a worker: whoever asks for the same text and options meanwhile waits for it. */
interface Running {
  readonly key: string;
  readonly flag: Int32Array;
  readonly listeners: Set<(done: number, total: number) => void>;
  readonly view: Promise<ForecastView | undefined>;
}

export class Forecasts {
  private readonly cache = new Map<string, ForecastView>();
  /** The forecast running per file. */
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly progress: (token: string, done: number, total: number) => void,
    private readonly runner: ForecastRunner = runInWorker,
  ) {}

  async run(entry: ProgramEntry, params: ForecastParams): Promise<ForecastAnswer> {
    const { key, options } = keyOf(entry, params);
    const cached = this.cache.get(key);
    if (cached) return { view: cached };
    if (!entry.analysis.schedule.ok) return { message: 'The plan has no valid start date, so nothing can be forecast. Fix the problems the file reports first.' };
    const listener = (done: number, total: number): void => this.progress(params.token, done, total);
    const running = this.start(entry, key, options, listener);
    try {
      const view = await running.view;
      if (view) return { view };
      return Atomics.load(running.flag, 0) !== 0 ? { cancelled: true } : { message: 'The plan has no valid start date, so nothing can be forecast.' };
    } finally {
      running.listeners.delete(listener);
    }
  }

  /** The forecast of the entry's current text with these options, when one was made: never starts one. */
  cached(entry: ProgramEntry, options: ForecastOptions): ForecastView | undefined {
    return this.cache.get(keyOf(entry, options).key);
  }

  /** Starts the forecast of the entry's current text in the background, unless it is known or already running. */
  prefetch(entry: ProgramEntry, requested: ForecastOptions): void {
    const { key, options } = keyOf(entry, requested);
    if (this.cache.has(key) || this.running.get(entry.uri)?.key === key || !entry.analysis.schedule.ok) return;
    this.start(entry, key, options).view.catch(() => undefined);
  }

  /** Stops the file's running forecast (its text changed; hashing it here would cost a keystroke's time). */
  cancel(uri: string): void {
    const running = this.running.get(uri);
    if (running) Atomics.store(running.flag, 0, 1);
  }

  dispose(): void {
    for (const uri of [...this.running.keys()]) this.cancel(uri);
  }

  /** The running forecast of this key, or a new one in place of the file's other one (the newer question wins). */
  private start(entry: ProgramEntry, key: string, options: Required<ForecastOptions>, listener?: (done: number, total: number) => void): Running {
    const current = this.running.get(entry.uri);
    // A stopped run of the same input is not joined: it would answer "cancelled".
    if (current?.key === key && Atomics.load(current.flag, 0) === 0) {
      if (listener) current.listeners.add(listener);
      return current;
    }
    this.cancel(entry.uri);
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const listeners = new Set(listener ? [listener] : []);
    const job: ForecastJob = { text: entry.document.getText(), fileName: fileNameOf(entry.uri), ...options };
    const view = this.runner(job, flag, (done, total) => listeners.forEach((l) => l(done, total))).then((result) => {
      if (result) this.remember(key, result);
      return result;
    });
    const running: Running = { key, flag, listeners, view };
    this.running.set(entry.uri, running);
    const forget = (): void => {
      if (this.running.get(entry.uri) === running) this.running.delete(entry.uri);
    };
    view.then(forget, forget);
    return running;
  }

  private remember(key: string, view: ForecastView): void {
    this.cache.set(key, view);
    if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
  }
}

/** The hash of what the entry's forecast reads, once per analysis (hovers ask often). */
const inputHashes = new WeakMap<object, string>();
function inputHash(entry: ProgramEntry): string {
  let hash = inputHashes.get(entry.analysis);
  if (hash === undefined) {
    hash = createHash('sha256').update(forecastInputText(entry.analysis.program)).digest('hex');
    inputHashes.set(entry.analysis, hash);
  }
  return hash;
}

/** The cache key of a forecast: the file, what it reads of the plan and the options, each made whole and in range. */
function keyOf(entry: ProgramEntry, requested: ForecastOptions): { key: string; options: Required<ForecastOptions> } {
  const iterations = Math.min(MAX_ITERATIONS, Math.max(1, Math.trunc(Number(requested.iterations ?? DEFAULT_ITERATIONS)) || DEFAULT_ITERATIONS));
  const seed = Math.max(0, Math.trunc(Number(requested.seed ?? 1)) || 0);
  const distribution = DISTRIBUTIONS.includes(requested.distribution as DistributionKind) ? requested.distribution! : 'pert';
  const key = `${entry.uri}:${inputHash(entry)}:${seed}:${iterations}:${distribution}`;
  return { key, options: { iterations, seed, distribution } };
}

/** Quiet time after an edit before an uncertain plan is forecast for its hovers. */
export const BACKGROUND_DELAY_MS = 1500;

/**
 * The background forecasts behind milestone hovers: after an edit pause, each open plan with
 * estimates or schedule risks is forecast with the settings' runs and seed (off unless
 * `programPilot.forecast.inHovers`). The next edit stops it, as it stops the panel's.
 */
export class BackgroundForecasts {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly forecasts: Forecasts,
    private readonly settings: () => Settings,
    private readonly isOpen: (uri: string) => boolean,
    private readonly delay = BACKGROUND_DELAY_MS,
  ) {}

  /** After each analysis: forecasts the text once the file has been quiet for a while. */
  schedule(entry: ProgramEntry): void {
    clearTimeout(this.timers.get(entry.uri));
    this.timers.delete(entry.uri);
    if (!this.settings().forecastInHovers || !this.isOpen(entry.uri)) return;
    this.timers.set(
      entry.uri,
      setTimeout(() => {
        this.timers.delete(entry.uri);
        // Looked at once the edits pause, not on every keystroke's analysis.
        if (hasUncertainty(entry.analysis.program)) this.forecasts.prefetch(entry, forecastOptionsOf(this.settings()));
      }, this.delay),
    );
  }

  /** The forecast of the entry's current text for its hovers, if made. */
  forecastOf(entry: ProgramEntry): ForecastView | undefined {
    const settings = this.settings();
    return settings.forecastInHovers ? this.forecasts.cached(entry, forecastOptionsOf(settings)) : undefined;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/** What the settings ask of a forecast: the panel sends the same from the client's settings. */
function forecastOptionsOf(settings: Settings): ForecastOptions {
  return { iterations: settings.forecastIterations, seed: settings.forecastSeed, distribution: settings.forecastDistribution };
}

/** Whether a forecast could differ from the schedule: a task with an estimate or a risk with a schedule impact. */
function hasUncertainty(program: Program): boolean {
  return program.tasks.some((t) => t.estimate !== undefined) || program.risks.some((r) => r.schedule !== undefined);
}

/** The worker bundle beside the server's (dist/forecastWorker.js). */
function runInWorker(job: ForecastJob, cancel: Int32Array, onProgress: (done: number, total: number) => void): Promise<ForecastView | undefined> {
  return new Promise((resolve, reject) => {
    const data: WorkerData = { ...job, cancel: cancel.buffer as SharedArrayBuffer };
    const worker = new Worker(join(__dirname, 'forecastWorker.js'), { workerData: data });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.done, message.total);
      else {
        resolve(message.view);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => code !== 0 && resolve(undefined));
  });
}
