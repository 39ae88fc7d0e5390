/**
 * The report's "Confidence" line: how likely the last milestone is by its P80 day and the plan
 * is to meet its target end (or launch date), from a short seeded forecast. Fixed seed and run
 * count, so the same plan gives the same line in every report; the full forecast (more runs,
 * drivers, criticality) is `program-pilot forecast` and the editor's confidence panel.
 */
import type { IsoDate, Program } from '../model';
import type { DependencyGraph } from '../graph/dependencyGraph';
import type { Schedule } from '../schedule/types';
import { ForecastSimulation, runForecast, type FinishForecast } from '../forecast/simulation';
import { lastMilestone } from '../whatif/scenarios';

/** Enough runs for whole-percent figures that do not jump between reports, few enough to build a report quickly. */
export const CONFIDENCE_RUNS = 1_000;
export const CONFIDENCE_SEED = 1;
/**
 * Runs × tasks the report spends at most (about a quarter of a second): bigger plans get fewer
 * runs, and past {@link MIN_RUNS} runs' worth of tasks none (the line says to run the forecast).
 */
const WORK_BUDGET = 1_000_000;
const MIN_RUNS = 100;

export interface Confidence {
  /** The milestone (or "Projected end") and the day 80 % of the runs finish it by. */
  readonly name: string;
  readonly p80: IsoDate;
  /** The share of runs (0–1) meeting `targetEnd`, else `launch.date`; absent without either. */
  readonly promise?: { readonly kind: 'targetEnd' | 'launch'; readonly date: IsoDate; readonly probability: number };
  readonly runs: number;
  readonly seed: number;
}

/** A plan too large for the report's quick forecast: its task count. */
export interface ConfidenceTooLarge {
  readonly tooLarge: number;
}

/** Undefined when nothing in the plan is uncertain (no estimate range, no schedule risk) or it cannot be scheduled. */
export function reportConfidence(program: Program, graph: DependencyGraph, schedule: Schedule): Confidence | ConfidenceTooLarge | undefined {
  const iterations = Math.min(CONFIDENCE_RUNS, Math.floor(WORK_BUDGET / Math.max(1, program.tasks.length)));
  if (iterations < MIN_RUNS) {
    // Without uncertainty a forecast is one run, whatever is asked: two asked tell which it is.
    const uncertain = new ForecastSimulation({ program, graph }, { iterations: 2 }).total === 2;
    return uncertain ? { tooLarge: program.tasks.length } : undefined;
  }
  const result = runForecast({ program, graph }, { iterations, seed: CONFIDENCE_SEED });
  if (!result.ok || !result.uncertain) return undefined;
  const key = lastMilestone({ program, graph, schedule });
  const finish: FinishForecast | undefined = result.milestones.find((m) => m.id === key) ?? result.projectEnd;
  if (!finish) return undefined;
  const promise = result.targetEnd
    ? { kind: 'targetEnd' as const, ...result.targetEnd }
    : result.launch
      ? { kind: 'launch' as const, ...result.launch }
      : undefined;
  return { name: finish.name, p80: finish.p80.date, ...(promise ? { promise } : {}), runs: result.runs, seed: result.seed };
}
