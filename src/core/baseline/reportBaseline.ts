/**
 * What the status report measures slips against when the plan names a baseline: each task's
 * finish as the committed version scheduled it, and that version's projected end.
 */
import type { Analysis } from '../analyze';
import type { ReportBaseline } from '../status/report';
import type { BaselineLookup } from './baselineVersion';
import { loadBaseline, pickBaseline } from './baselineVersion';

export function reportBaselineOf(baseline: Pick<Analysis, 'schedule'>): ReportBaseline {
  const { schedule } = baseline;
  const finishById = new Map<string, string>();
  // The first task of an id wins, as everywhere a duplicate id is read.
  for (const task of schedule.tasks) if (!finishById.has(task.id)) finishById.set(task.id, task.finishDate);
  return { finishById, ...(schedule.projectEndDate === undefined ? {} : { endDate: schedule.projectEndDate }) };
}

/** The plan's current baseline read from git, for the report; undefined when it names none or it cannot be read. */
export async function reportBaselineFromGit(analysis: Pick<Analysis, 'program'>, filePath: string): Promise<ReportBaseline | undefined> {
  const ref = pickBaseline(analysis.program.baselines)?.ref;
  if (ref === undefined) return undefined;
  const lookup: BaselineLookup = await loadBaseline(filePath, ref);
  return 'version' in lookup ? reportBaselineOf(lookup.version.analysis) : undefined;
}
