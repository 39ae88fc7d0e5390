/**
 * The forecast's worker thread (dist/forecastWorker.js): runs one forecast, posting progress
 * after each chunk of runs, and stops early when the server sets the shared cancel flag (a
 * message could not arrive while the runs hold the thread).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { forecastView, type ForecastJob } from './forecastView';

export interface WorkerData extends ForecastJob {
  /** An Int32Array's buffer: non-zero means stop. */
  readonly cancel: SharedArrayBuffer;
}

export type WorkerMessage = { readonly type: 'progress'; readonly done: number; readonly total: number } | { readonly type: 'result'; readonly view: ReturnType<typeof forecastView> };

const data = workerData as WorkerData;
const flag = new Int32Array(data.cancel);
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
const view = forecastView(data, (done, total) => post({ type: 'progress', done, total }), () => Atomics.load(flag, 0) !== 0);
post({ type: 'result', view });
