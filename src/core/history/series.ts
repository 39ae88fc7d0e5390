/**
 * Time series of a plan's history: per commit (or per ISO week, its last commit), each
 * milestone's forecast, the projected end, scope (task count, total work), done and blocked.
 * The report date of a version is its `statusDate`, else the day it was committed.
 */
import type { IsoDate } from '../model';
import { isoWeek } from '../status/fileName';
import { forecastFinish } from '../status/workdays';
import type { PlanHistory, PlanVersion } from './readHistory';
import type { VersionSnapshot } from './snapshot';

export type SeriesGrouping = 'commit' | 'week';

export interface SeriesPoint {
  readonly commit: string;
  /** Committer date, ISO 8601 with its offset. */
  readonly committed: string;
  readonly subject: string;
  readonly reportDate: IsoDate;
  /** `2026-W05` when grouped by week. */
  readonly week?: string;
  readonly projectedEnd?: IsoDate;
  readonly taskCount: number;
  readonly totalWork: number;
  readonly done: number;
  readonly blocked: number;
  /** Forecast of each milestone present in this version, by id: its actual finish once done. */
  readonly milestones: Readonly<Record<string, IsoDate>>;
}

export interface HistorySeries {
  readonly grouping: SeriesGrouping;
  /** Oldest first. */
  readonly points: readonly SeriesPoint[];
  /** Every milestone of any point, named as in its newest version, in order of first appearance. */
  readonly milestones: readonly { readonly id: string; readonly name: string }[];
  /** Commits whose version could not be used, and why. */
  readonly skipped: readonly { readonly commit: string; readonly reason: string }[];
  readonly shallow?: string;
}

/** The report date of a version: its own status date, else its commit's day. */
export function reportDate(version: { commit: { date: string } }, snapshot: VersionSnapshot | undefined): IsoDate {
  return snapshot?.statusDate ?? version.commit.date.slice(0, 10);
}

export function buildSeries(history: PlanHistory, grouping: SeriesGrouping = 'commit'): HistorySeries {
  const skipped: { commit: string; reason: string }[] = [];
  const usable: { version: PlanVersion; snapshot: VersionSnapshot }[] = [];
  for (const version of history.versions) {
    const snapshot = version.snapshot;
    if (!snapshot || snapshot.problem) skipped.push({ commit: version.commit.hash, reason: snapshot?.problem ?? version.problem ?? 'unreadable' });
    else usable.push({ version, snapshot });
  }
  const chosen = grouping === 'week' ? lastOfEachWeek(usable) : usable.map((u) => ({ ...u, week: undefined }));
  const names = new Map<string, string>();
  const points = chosen.map(({ version, snapshot, week }) => {
    const date = reportDate(version, snapshot);
    const milestones: Record<string, IsoDate> = {};
    for (const m of snapshot.milestones) {
      names.set(m.id, m.name);
      const forecast = m.done ? (m.actualFinish ?? m.date) : m.date && forecastFinish(m.date, date);
      if (forecast !== undefined) milestones[m.id] = forecast;
    }
    return {
      commit: version.commit.hash,
      committed: version.commit.date,
      subject: version.commit.subject,
      reportDate: date,
      ...(week ? { week } : {}),
      ...(snapshot.projectEnd ? { projectedEnd: snapshot.projectEnd } : {}),
      taskCount: snapshot.taskCount,
      totalWork: snapshot.totalWork,
      done: snapshot.done.length,
      blocked: snapshot.blocked.length,
      milestones,
    };
  });
  return {
    grouping,
    points,
    milestones: [...names].map(([id, name]) => ({ id, name })),
    skipped,
    ...(history.shallow ? { shallow: history.shallow } : {}),
  };
}

/** The newest usable version of each ISO week of the commit dates, oldest week first. */
function lastOfEachWeek<T extends { version: PlanVersion }>(usable: readonly T[]): (T & { week: string })[] {
  const byWeek = new Map<string, T>();
  for (const item of usable) {
    const week = isoWeek(item.version.commit.date.slice(0, 10));
    const key = week ? `${week.year}-W${String(week.week).padStart(2, '0')}` : item.version.commit.date.slice(0, 10);
    byWeek.delete(key); // re-inserted last, so weeks stay in the order of their last commit
    byWeek.set(key, item);
  }
  return [...byWeek].map(([week, item]) => ({ ...item, week }));
}
