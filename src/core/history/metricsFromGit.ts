/** The metrics of a plan file from its git history and its current baseline (shared by the CLI and, later, the editor). */
import type { Analysis } from '../analyze';
import { compareWithBaseline } from '../baseline/compare';
import { loadBaseline, pickBaseline } from '../baseline/baselineVersion';
import { computeMetrics, type Metric, type MetricsInput } from './metrics';
import { readPlanHistory, type HistoryOptions } from './readHistory';

export interface PlanMetrics {
  readonly metrics: readonly Metric[];
  readonly baseline?: string;
  readonly notes: readonly string[];
}

export async function metricsFromGit(analysis: Pick<Analysis, 'program' | 'schedule' | 'asOf'>, filePath: string, options: HistoryOptions = {}): Promise<PlanMetrics> {
  const chosen = pickBaseline(analysis.program.baselines);
  const notes: string[] = [];
  let baseline: MetricsInput['baseline'] = { unavailable: 'the plan names no `baseline:`' };
  if (chosen) {
    const lookup = await loadBaseline(filePath, chosen.ref, options);
    if ('problem' in lookup) baseline = { unavailable: lookup.problem.message };
    else {
      const { version } = lookup;
      if (version.renamedFrom) notes.push(`the baseline's version of the file is '${version.renamedFrom}' (renamed since)`);
      baseline = { ref: version.ref, commit: version.commit, analysis: version.analysis, comparison: compareWithBaseline(analysis, version.analysis) };
    }
  }
  const history = await readPlanHistory(filePath, options);
  if ('shallow' in history && history.shallow) notes.push(history.shallow);
  const metrics = computeMetrics({ current: analysis, baseline, history: 'unavailable' in history ? history : history.versions });
  return { metrics, ...(chosen ? { baseline: chosen.ref } : {}), notes };
}
