/**
 * What the forecast samples, read once from the model: the tasks with a three-point estimate
 * and the risks with a probability and a schedule impact. Work that is done or cancelled is
 * fixed, and so is every task without an estimate: the forecast never invents a range.
 */
import type { Level, Program, Risk } from '../model';
import type { DependencyGraph } from '../graph/dependencyGraph';
import { CANCELLED, DONE, MAX_DAYS, type TaskInputs } from '../schedule/taskInputs';

/** The chance of a risk written as a level, in percent (README "What-if and confidence"). */
export const LEVEL_PERCENT: Readonly<Record<Level, number>> = { low: 10, medium: 30, high: 60 };

export interface SampledTasks {
  /** Task indices, in file order. */
  readonly index: Int32Array;
  /** Optimistic, likely and pessimistic working days, sorted. */
  readonly low: Float64Array;
  readonly likely: Float64Array;
  readonly high: Float64Array;
}

export interface ScheduleRisks {
  readonly risks: readonly Risk[];
  /** Chance of occurring in one run, 0–1. */
  readonly chance: Float64Array;
  readonly delay: Float64Array;
  /** The tasks each risk delays, in compressed rows: risk r's are `tasks[start[r]] … tasks[start[r + 1] − 1]`. */
  readonly start: Int32Array;
  readonly tasks: Int32Array;
}

export function sampledTasks(program: Program, inputs: TaskInputs): SampledTasks {
  const picked: number[] = [];
  for (let j = 0; j < program.tasks.length; j++) {
    const task = program.tasks[j];
    const state = inputs.state[j];
    if (task.estimate && !task.milestone && state !== DONE && state !== CANCELLED && inputs.duration[j] > 0) picked.push(j);
  }
  const low = new Float64Array(picked.length);
  const likely = new Float64Array(picked.length);
  const high = new Float64Array(picked.length);
  picked.forEach((j, k) => {
    const task = program.tasks[j];
    const estimate = task.estimate!;
    // Out-of-order estimates are reported (PP008); until fixed they are read sorted.
    const [a, m, b] = [estimate.optimistic, estimate.likely ?? task.duration, estimate.pessimistic].map(days).sort((x, y) => x - y);
    low[k] = a;
    likely[k] = m;
    high[k] = b;
  });
  return { index: Int32Array.from(picked), low, likely, high };
}

/** The chance of a risk in percent, from `probability` written as a percentage or a level. */
export function riskPercent(risk: Risk): number | undefined {
  return risk.probabilityPercent ?? (risk.probability === undefined ? undefined : LEVEL_PERCENT[risk.probability]);
}

/** Open and mitigated risks with a chance and a delay on known tasks (closed and occurred ones no longer may happen). */
export function scheduleRisks(program: Program, graph: DependencyGraph): ScheduleRisks {
  const risks: Risk[] = [];
  const chance: number[] = [];
  const delay: number[] = [];
  const start: number[] = [0];
  const tasks: number[] = [];
  for (const risk of program.risks) {
    const percent = riskPercent(risk);
    if ((risk.status !== 'open' && risk.status !== 'mitigated') || !risk.schedule || percent === undefined || risk.schedule.delay <= 0) continue;
    const indices = new Set<number>();
    for (const ref of risk.schedule.tasks) {
      const j = graph.indexById.get(ref.id);
      if (j !== undefined && !graph.inCycle[j]) indices.add(j);
    }
    if (indices.size === 0) continue;
    risks.push(risk);
    chance.push(percent / 100);
    delay.push(days(risk.schedule.delay));
    tasks.push(...[...indices].sort((a, b) => a - b));
    start.push(tasks.length);
  }
  return { risks, chance: Float64Array.from(chance), delay: Float64Array.from(delay), start: Int32Array.from(start), tasks: Int32Array.from(tasks) };
}

function days(value: number): number {
  return Number.isFinite(value) ? Math.min(MAX_DAYS, Math.max(0, Math.trunc(value))) : 0;
}
