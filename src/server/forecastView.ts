/**
 * A program text's confidence forecast in what the panel shows. Runs wherever it is called: the
 * server calls it in a worker thread (forecastWorker.ts), off the path of keystrokes.
 */
import { analyze } from '../core/analyze';
import { DEFAULT_ITERATIONS, runForecast, type FinishForecast, type FinishHistogram } from '../core/forecast/simulation';
import type { ForecastOptions, ForecastRow, ForecastView } from '../protocol/decisions';

export interface ForecastJob extends ForecastOptions {
  readonly text: string;
  readonly fileName: string;
}

/** Undefined when the plan cannot be scheduled or the run was stopped. */
export function forecastView(job: ForecastJob, onProgress?: (done: number, total: number) => void, shouldCancel?: () => boolean): ForecastView | undefined {
  const result = runForecast(analyze(job.text), { iterations: job.iterations ?? DEFAULT_ITERATIONS, seed: job.seed ?? 1, distribution: job.distribution ?? 'pert' }, onProgress, shouldCancel);
  if (!result.ok || result.runs < result.iterations) return undefined;
  const end = result.projectEnd && row(result.projectEnd);
  const promises = [
    ...result.milestones.filter((m) => m.deadline).map((m) => ({ kind: 'deadline' as const, name: `${m.name} (deadline)`, ...m.deadline! })),
    ...(result.targetEnd ? [{ kind: 'targetEnd' as const, name: 'Target end', ...result.targetEnd }] : []),
    ...(result.launch ? [{ kind: 'launch' as const, name: 'Launch date', ...result.launch }] : []),
  ];
  return {
    fileName: job.fileName,
    uncertain: result.uncertain,
    runs: result.runs,
    seed: result.seed,
    distribution: result.distribution,
    estimatedTasks: result.estimatedTasks,
    scheduleRisks: result.scheduleRisks,
    rows: result.milestones.map(row),
    ...(end ? { projectEnd: end } : {}),
    promises,
    criticality: result.criticality.map((c) => ({ id: c.id, name: c.name, share: c.index })),
    drivers: result.drivers.map((d) => ({ kind: d.kind, id: d.id, name: d.name, correlation: d.correlation })),
    endDistribution: cumulative(result.endHistogram, result.runs),
  };
}

function cumulative(histogram: FinishHistogram, runs: number): ForecastView['endDistribution'] {
  let finished = 0;
  return histogram.map(({ day, runs: count }) => {
    finished += count;
    return { date: day.date, runs: count, cumulative: runs > 0 ? finished / runs : 0 };
  });
}

function row(f: FinishForecast): ForecastRow {
  return {
    id: f.id,
    name: f.name,
    plan: f.plan.date,
    p50: f.p50.date,
    p80: f.p80.date,
    p95: f.p95.date,
    earliest: f.earliest.date,
    latest: f.latest.date,
    ...(f.deadline ? { deadline: f.deadline } : {}),
  };
}
