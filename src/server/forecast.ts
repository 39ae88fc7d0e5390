/**
 * The confidence forecast in the server: each request runs in a worker thread, never on the
 * path of keystrokes; the next edit of the file stops it (the shared cancel flag), and answers
 * are kept by the text's hash, the seed and the run count, so showing the panel again for the
 * same text costs nothing.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ForecastAnswer, ForecastParams, ForecastView } from '../protocol/decisions';
import { DEFAULT_ITERATIONS, MAX_ITERATIONS } from '../core/forecast/simulation';
import type { ForecastJob } from './forecastView';
import type { WorkerData, WorkerMessage } from './forecastWorker';
import { fileNameOf } from './panels';
import type { ProgramEntry } from './programStore';

/** Runs one job; resolves undefined when it was stopped or the plan cannot be scheduled. */
export type ForecastRunner = (job: ForecastJob, cancel: Int32Array, onProgress: (done: number, total: number) => void) => Promise<ForecastView | undefined>;

/** Forecasts kept; past it the oldest go. */
const MAX_CACHED = 20;

export class Forecasts {
  private readonly cache = new Map<string, ForecastView>();
  /** The cancel flag of the forecast running per file. */
  private readonly running = new Map<string, Int32Array>();

  constructor(
    private readonly progress: (token: string, done: number, total: number) => void,
    private readonly runner: ForecastRunner = runInWorker,
  ) {}

  async run(entry: ProgramEntry, params: ForecastParams): Promise<ForecastAnswer> {
    const text = entry.document.getText();
    const iterations = Math.min(MAX_ITERATIONS, Math.max(1, Math.trunc(Number(params.iterations ?? DEFAULT_ITERATIONS)) || DEFAULT_ITERATIONS));
    const seed = Math.max(0, Math.trunc(Number(params.seed ?? 1)) || 0);
    const key = `${createHash('sha256').update(text).digest('hex')}:${seed}:${iterations}`;
    const cached = this.cache.get(key);
    if (cached) return { view: cached };
    if (!entry.analysis.schedule.ok) return { message: 'The plan has no valid start date, so nothing can be forecast. Fix the problems the file reports first.' };

    this.cancel(entry.uri); // one forecast per file: the newer question wins
    const flag = new Int32Array(new SharedArrayBuffer(4));
    this.running.set(entry.uri, flag);
    try {
      const view = await this.runner({ text, fileName: fileNameOf(entry.uri), iterations, seed }, flag, (done, total) => this.progress(params.token, done, total));
      if (!view) return Atomics.load(flag, 0) !== 0 ? { cancelled: true } : { message: 'The plan has no valid start date, so nothing can be forecast.' };
      this.remember(key, view);
      return { view };
    } finally {
      if (this.running.get(entry.uri) === flag) this.running.delete(entry.uri);
    }
  }

  /** Stops the file's running forecast (its text changed). */
  cancel(uri: string): void {
    const flag = this.running.get(uri);
    if (flag) Atomics.store(flag, 0, 1);
  }

  dispose(): void {
    for (const uri of [...this.running.keys()]) this.cancel(uri);
  }

  private remember(key: string, view: ForecastView): void {
    this.cache.set(key, view);
    if (this.cache.size > MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
  }
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
