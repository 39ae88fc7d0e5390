/**
 * Cross-team dependencies: every dependency whose predecessor belongs to another team than its
 * successor, as the TPM's dependency table lists them: the deliverable, who provides it, who
 * needs it and by when (the predecessor's late finish), its forecast and a status. Shared by
 * the status report, `program-pilot dependencies` and the hover on a `dependsOn` entry.
 */
import type { Dependency, IsoDate, Person, Program, Task, Team } from '../model';
import type { Schedule } from '../schedule/types';
import { deadlineSlack, forecastFinish } from '../status/workdays';

/** A forecast this close to the need date (working days, or later) is at risk. */
export const AT_RISK_WORKING_DAYS = 2;

export type CrossTeamStatus = 'done' | 'on-track' | 'at-risk' | 'late' | 'blocked' | 'unscheduled';

export interface TeamRef {
  readonly id: string;
  readonly name: string;
}

export interface CrossTeamDependency {
  /** The predecessor: what is delivered. */
  readonly deliverable: { readonly id: string; readonly name: string };
  readonly fromTeam: TeamRef;
  /** The predecessor's owner, by name. */
  readonly owner?: string;
  /** The successor, which waits for the deliverable. */
  readonly neededFor: { readonly id: string; readonly name: string };
  readonly neededByTeam: TeamRef;
  readonly type: Dependency['type'];
  /** The predecessor's late finish: later than this moves the end date. */
  readonly neededBy?: IsoDate;
  /** When the deliverable is expected (done: when it was). */
  readonly forecast?: IsoDate;
  readonly status: CrossTeamStatus;
  /** Working days from the forecast to the need date (negative: late). */
  readonly slack?: number;
}

/** Every cross-team dependency, ordered by need date (undated last), then by the plan's order. */
export function crossTeamDependencies(program: Program, schedule: Schedule, asOf: IsoDate): CrossTeamDependency[] {
  const lookup = new TaskLookup(program);
  const rows: CrossTeamDependency[] = [];
  for (const task of program.tasks) {
    if (task.status === 'cancelled') continue;
    // Two links to the same predecessor (SS and FF) are one deliverable.
    const seen = new Set<string>();
    for (const dependency of task.dependsOn) {
      if (seen.has(dependency.task.id)) continue;
      seen.add(dependency.task.id);
      const row = describe(schedule, asOf, lookup, task, dependency);
      if (row) rows.push(row);
    }
  }
  const key = (row: CrossTeamDependency): string => row.neededBy ?? '~';
  // A stable sort keeps the plan's order between rows needed on the same day.
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The row of one dependency of `successor`, when it crosses teams. */
export function crossTeamDependency(program: Program, schedule: Schedule, asOf: IsoDate, successor: Task, dependency: Dependency): CrossTeamDependency | undefined {
  return describe(schedule, asOf, new TaskLookup(program), successor, dependency);
}

/** Tasks, people and teams by id (the first of a duplicated id, as references resolve). */
class TaskLookup {
  private readonly tasks = new Map<string, Task>();
  private readonly people = new Map<string, Person>();
  private readonly teams = new Map<string, Team>();

  constructor(program: Program) {
    for (const task of program.tasks) if (!this.tasks.has(task.id)) this.tasks.set(task.id, task);
    for (const person of program.people) if (!this.people.has(person.id)) this.people.set(person.id, person);
    for (const team of program.teams) if (!this.teams.has(team.id)) this.teams.set(team.id, team);
  }

  task(id: string): Task | undefined {
    return this.tasks.get(id);
  }

  personName(id: string): string {
    return this.people.get(id)?.name || id;
  }

  /** A task's team: its own `team`, else its owner's. */
  teamOf(task: Task): TeamRef | undefined {
    const id = task.team?.id ?? (task.owner && this.people.get(task.owner.id)?.team?.id);
    return id === undefined ? undefined : { id, name: this.teams.get(id)?.name || id };
  }
}

function describe(schedule: Schedule, asOf: IsoDate, lookup: TaskLookup, successor: Task, dependency: Dependency): CrossTeamDependency | undefined {
  const predecessor = lookup.task(dependency.task.id);
  if (!predecessor || predecessor.status === 'cancelled' || predecessor === successor) return undefined;
  const fromTeam = lookup.teamOf(predecessor);
  const neededByTeam = lookup.teamOf(successor);
  if (!fromTeam || !neededByTeam || fromTeam.id === neededByTeam.id) return undefined;
  const owner = predecessor.owner && lookup.personName(predecessor.owner.id);
  const base = {
    deliverable: { id: predecessor.id, name: predecessor.name || predecessor.id },
    fromTeam,
    ...(owner === undefined ? {} : { owner }),
    neededFor: { id: successor.id, name: successor.name || successor.id },
    neededByTeam,
    type: dependency.type,
  };
  const ts = schedule.ok ? schedule.byId.get(predecessor.id) : undefined;
  const calendar = schedule.calendar;
  if (!ts || !calendar) return { ...base, status: predecessor.status === 'done' ? 'done' : predecessor.status === 'blocked' ? 'blocked' : 'unscheduled' };
  const neededBy = ts.lateFinishDate;
  if (predecessor.status === 'done') return { ...base, neededBy, forecast: predecessor.actualFinish ?? ts.finishDate, status: 'done' };
  const forecast = forecastFinish(ts.finishDate, asOf);
  const slack = deadlineSlack(calendar, forecast, neededBy);
  return { ...base, neededBy, forecast, slack, status: statusOf(predecessor, slack) };
}

function statusOf(predecessor: Task, slack: number): CrossTeamStatus {
  if (predecessor.status === 'blocked') return 'blocked';
  if (slack < 0) return 'late';
  if (slack <= AT_RISK_WORKING_DAYS || predecessor.status === 'at-risk') return 'at-risk';
  return 'on-track';
}

/** How a status reads in a sentence: "on track", "at risk". */
export const STATUS_WORDS: Readonly<Record<CrossTeamStatus, string>> = {
  done: 'done',
  'on-track': 'on track',
  'at-risk': 'at risk',
  late: 'late',
  blocked: 'blocked',
  unscheduled: 'not scheduled',
};

/** How a status reads in a table cell. */
export const STATUS_LABELS: Readonly<Record<CrossTeamStatus, string>> = {
  done: '✅ done',
  'on-track': '🟢 on track',
  'at-risk': '🟡 at risk',
  late: '🔴 late',
  blocked: '🔴 blocked',
  unscheduled: '⚪ not scheduled',
};
