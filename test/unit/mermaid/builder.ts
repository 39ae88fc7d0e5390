/**
 * Hand-built programs and schedules for the Mermaid tests: each task states its own dates and
 * float, so a test reads what the chart must show without running the scheduler.
 */
import type { Dependency, DependencyType, Program, Task, TaskStatus } from '../../../src/core/model';
import type { Schedule, TaskSchedule } from '../../../src/core/schedule/types';

const at = { start: 0, end: 0 };

export interface TaskSpec {
  readonly id: string;
  readonly name?: string;
  readonly phase?: string;
  readonly team?: string;
  readonly owner?: string;
  /** `YYYY-MM-DD`; the finish is inclusive. Absent: the task is not scheduled (e.g. on a cycle). */
  readonly start?: string;
  readonly finish?: string;
  readonly duration?: number;
  readonly milestone?: boolean;
  readonly tf?: number;
  readonly critical?: boolean;
  readonly status?: TaskStatus;
  readonly progress?: number;
  readonly deadline?: string;
  /** Predecessor ids, or `id:SS+2` for a typed link with lag. */
  readonly after?: readonly string[];
  /** Offsets for float arithmetic: early start and finish (exclusive). */
  readonly es?: number;
  readonly ef?: number;
  readonly driver?: string;
}

export interface PlanSpec {
  readonly name?: string;
  readonly statusDate?: string;
  readonly launch?: string;
  readonly teams?: Readonly<Record<string, string>>;
  readonly people?: Readonly<Record<string, string>>;
  readonly tasks: readonly TaskSpec[];
}

function dependency(text: string): Dependency {
  const m = /^([^:]+)(?::(FS|SS|FF|SF)([+-]\d+)?)?$/.exec(text)!;
  return { task: { id: m[1], span: at }, type: (m[2] ?? 'FS') as DependencyType, lag: Number(m[3] ?? 0), span: at };
}

export function plan(spec: PlanSpec): { program: Program; schedule: Schedule } {
  const tasks: Task[] = spec.tasks.map((t, index) => ({
    id: t.id,
    idSpan: at,
    index,
    name: t.name ?? t.id,
    phase: t.phase,
    team: t.team ? { id: t.team, span: at } : undefined,
    owner: t.owner ? { id: t.owner, span: at } : undefined,
    span: at,
    fields: {},
    accountable: [],
    consulted: [],
    informed: [],
    duration: t.duration ?? (t.milestone ? 0 : 1),
    milestone: t.milestone ?? false,
    dependsOn: (t.after ?? []).map(dependency),
    status: t.status ?? 'not-started',
    progress: t.progress,
    deadline: t.deadline,
  }));
  const scheduled: TaskSchedule[] = [];
  spec.tasks.forEach((t, index) => {
    if (t.start === undefined) return;
    const tf = t.tf ?? 0;
    const es = t.es ?? index;
    const ef = t.ef ?? es + (t.duration ?? (t.milestone ? 0 : 1));
    scheduled.push({
      id: t.id,
      index,
      duration: t.duration ?? (t.milestone ? 0 : 1),
      es,
      ef,
      ls: es + tf,
      lf: ef + tf,
      tf,
      ff: 0,
      critical: t.critical ?? tf <= 0,
      driver: t.driver,
      driverKind: t.driver ? 'predecessor' : 'start',
      finishDay: ef > es ? ef - 1 : es,
      // A stated deadline is taken to be what sets the late finish.
      deadlineLf: t.deadline === undefined ? undefined : ef + tf,
      startDate: t.start,
      finishDate: t.finish ?? t.start,
      lateStartDate: t.start,
      lateFinishDate: t.finish ?? t.start,
    });
  });
  const program: Program = {
    name: spec.name ?? 'Plan',
    statusDate: spec.statusDate,
    launch: spec.launch ? { date: spec.launch, checklist: [], rollout: [], rollbackTriggers: [], postLaunch: [], span: at, fields: {} } : undefined,
    span: at,
    fields: {},
    accountable: [],
    holidays: [],
    people: Object.entries(spec.people ?? {}).map(([id, name]) => ({ id, name, idSpan: at, span: at, fields: {} })),
    teams: Object.entries(spec.teams ?? {}).map(([id, name]) => ({ id, name, idSpan: at, span: at, fields: {} })),
    tasks,
    risks: [],
    actions: [],
    issues: [],
    decisions: [],
    stakeholders: [],
  };
  const schedule: Schedule = {
    ok: true,
    tasks: scheduled,
    byId: new Map(scheduled.map((t) => [t.id, t])),
    projectEnd: Math.max(0, ...scheduled.map((t) => t.ef)),
    projectEndDate: scheduled.map((t) => t.finishDate).sort().at(-1),
    usesProgress: false,
  };
  return { program, schedule };
}
