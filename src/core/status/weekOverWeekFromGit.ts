/**
 * Week over week from git: last week's committed version of the plan, analysed and compared
 * with the current one. Shared by the CLI and the editor command.
 */
import { analyze, type Analysis } from '../analyze';
import type { IsoDate } from '../model';
import { fileVersionAtOrBefore, type VersionLookup } from '../git/git';
import { baselineDate, compareWeekOverWeek, type WeekOverWeek } from './weekOverWeek';

/** Compares with the plan as committed a week before `asOf`, or says why it cannot. */
export async function weekOverWeekFromGit(
  analysis: Pick<Analysis, 'program' | 'schedule'>,
  filePath: string | undefined,
  asOf: IsoDate,
): Promise<WeekOverWeek | { readonly unavailable: string }> {
  if (filePath === undefined) return { unavailable: 'the plan is not a file on disk, so it has no git history' };
  return compareWithVersion(analysis, await fileVersionAtOrBefore(filePath, baselineDate(asOf)), asOf);
}

/** The comparison with an already looked-up version (the editor keeps lookups while a panel is open). */
export function compareWithVersion(
  analysis: Pick<Analysis, 'program' | 'schedule'>,
  lookup: VersionLookup,
  asOf: IsoDate,
): WeekOverWeek | { readonly unavailable: string } {
  if ('unavailable' in lookup) return lookup;
  const then = baselineDate(asOf);
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
