/**
 * What the history needs from one committed version of the plan, computed from its text alone
 * (so it can be cached by blob id): the schedule's milestone dates and projected end, scope,
 * done and blocked work, and the dependencies that cross teams. Plain JSON.
 */
import type { IsoDate, Program } from '../model';
import { IncrementalParser } from '../parse/incremental';
import { scheduleProgram } from '../schedule/scheduleProgram';

/** Bumped when the snapshot's shape or meaning changes, so cached ones are not misread. */
export const SNAPSHOT_VERSION = 1;

export interface MilestoneSnapshot {
  readonly id: string;
  readonly name: string;
  /** The day the scheduler shows it on; absent when it could not be scheduled. */
  readonly date?: IsoDate;
  readonly done: boolean;
  readonly actualFinish?: IsoDate;
}

export interface VersionSnapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  readonly name: string;
  readonly start?: IsoDate;
  readonly statusDate?: IsoDate;
  /** The program's end as this version schedules it. */
  readonly projectEnd?: IsoDate;
  /** Tasks and milestones that are not cancelled. */
  readonly taskCount: number;
  /** Working days of planned work in those tasks. */
  readonly totalWork: number;
  readonly done: readonly string[];
  readonly blocked: readonly string[];
  readonly milestones: readonly MilestoneSnapshot[];
  /** `[task, predecessor]` pairs where both have a team and the teams differ. */
  readonly crossTeam: readonly (readonly [string, string])[];
  /** Set when the text is not a program file that can be scheduled. */
  readonly problem?: string;
}

/**
 * `parser` may be shared across the versions of one file taken in order: it reads again only the
 * list items whose text changed, which between two commits is usually a few.
 */
export function snapshotOf(text: string, parser = new IncrementalParser()): VersionSnapshot {
  const { program, diagnostics } = parser.parse(text);
  const notProgram = diagnostics.find((d) => d.code === 'PP009');
  const schedule = scheduleProgram(program);
  const problem = notProgram ? 'not a program file' : schedule.ok ? undefined : 'no valid start date, so nothing is scheduled';
  const open = program.tasks.filter((t) => t.status !== 'cancelled');
  return {
    version: SNAPSHOT_VERSION,
    name: program.name,
    ...(program.start === undefined ? {} : { start: program.start }),
    ...(program.statusDate === undefined ? {} : { statusDate: program.statusDate }),
    ...(schedule.projectEndDate === undefined ? {} : { projectEnd: schedule.projectEndDate }),
    taskCount: open.length,
    totalWork: open.reduce((sum, t) => sum + (t.milestone ? 0 : t.duration), 0),
    done: open.filter((t) => t.status === 'done').map((t) => t.id),
    blocked: open.filter((t) => t.status === 'blocked').map((t) => t.id),
    milestones: open
      .filter((t) => t.milestone)
      .map((t) => {
        const date = schedule.byId.get(t.id)?.finishDate;
        return {
          id: t.id,
          name: t.name || t.id,
          ...(date === undefined ? {} : { date }),
          done: t.status === 'done',
          ...(t.actualFinish === undefined ? {} : { actualFinish: t.actualFinish }),
        };
      }),
    crossTeam: crossTeamDependencies(program),
    ...(problem ? { problem } : {}),
  };
}

function crossTeamDependencies(program: Program): [string, string][] {
  const teamOf = new Map<string, string | undefined>();
  for (const task of program.tasks) if (!teamOf.has(task.id)) teamOf.set(task.id, task.team?.id);
  const pairs: [string, string][] = [];
  for (const task of program.tasks) {
    const team = task.team?.id;
    if (team === undefined || task.status === 'cancelled') continue;
    for (const dependency of task.dependsOn) {
      const other = teamOf.get(dependency.task.id);
      if (other !== undefined && other !== team) pairs.push([task.id, dependency.task.id]);
    }
  }
  return pairs;
}

/** Whether a cached value is a snapshot of this version (anything else is recomputed). */
export function isSnapshot(value: unknown): value is VersionSnapshot {
  const v = value as Partial<VersionSnapshot> | null;
  return typeof v === 'object' && v !== null && v.version === SNAPSHOT_VERSION && Array.isArray(v.milestones) && Array.isArray(v.done) && Array.isArray(v.blocked);
}
