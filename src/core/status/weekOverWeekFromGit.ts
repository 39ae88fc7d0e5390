/**
 * From a plan's text (and, when known, its path on disk) to the finished report: the one
 * sequence the CLI and the editor command share.
 */
import { analyze, type Analysis } from '../analyze';
import type { IsoDate } from '../model';
import { fileVersionAtOrBefore } from '../git/git';
import { buildStatusReport, type StatusReport } from './report';
import { baselineDate, compareWeekOverWeek, type WeekOverWeek } from './weekOverWeek';

/** Compares with the plan as committed a week before `asOf`, or says why it cannot. */
export async function weekOverWeekFromGit(
  analysis: Pick<Analysis, 'program' | 'schedule'>,
  filePath: string | undefined,
  asOf: IsoDate,
): Promise<WeekOverWeek | { readonly unavailable: string }> {
  if (filePath === undefined) return { unavailable: 'the plan is not a file on disk, so it has no git history' };
  const then = baselineDate(asOf);
  const lookup = await fileVersionAtOrBefore(filePath, then);
  if ('unavailable' in lookup) return lookup;
  const { hash, date, subject, text } = lookup.version;
  let old: Analysis;
  try {
    old = analyze(text, { asOf: then });
  } catch {
    // Last week's text is whatever was committed; a failure there must not cost this week's report.
    return { unavailable: `the version in commit ${hash.slice(0, 10)} could not be analysed` };
  }
  return compareWeekOverWeek(analysis.program, analysis.schedule, asOf, {
    program: old.program,
    schedule: old.schedule,
    commit: { hash, date, subject },
  });
}

export async function generateStatus(
  analysis: Pick<Analysis, 'program' | 'schedule'>,
  filePath: string | undefined,
  asOf: IsoDate,
): Promise<StatusReport> {
  const weekOverWeek = await weekOverWeekFromGit(analysis, filePath, asOf);
  return buildStatusReport({ program: analysis.program, schedule: analysis.schedule, asOf, weekOverWeek });
}
