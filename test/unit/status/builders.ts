/**
 * Hand-built programs and schedules for the status tests, so the rules are tested on exactly
 * the facts they read, independent of the parser and the scheduler.
 */
import type { IsoDate, Program, Risk, Task } from '../../../src/core/model';
import type { Schedule, TaskSchedule } from '../../../src/core/schedule/types';
import { WorkingDayCalendar } from '../../../src/core/schedule/calendar';

const NO_SPAN = { start: 0, end: 0 };

export function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    idSpan: NO_SPAN,
    index: 0,
    name: id.toUpperCase(),
    accountable: [],
    consulted: [],
    informed: [],
    duration: fields.milestone ? 0 : 5,
    milestone: false,
    dependsOn: [],
    status: 'not-started',
    span: NO_SPAN,
    fields: {},
    ...fields,
  };
}

export function risk(id: string, fields: Partial<Risk> = {}): Risk {
  return { id, idSpan: NO_SPAN, title: `Risk ${id}`, status: 'open', tasks: [], span: NO_SPAN, fields: {}, ...fields };
}

export function program(fields: Partial<Program> = {}): Program {
  const tasks = (fields.tasks ?? []).map((t, index) => ({ ...t, index }));
  return {
    name: 'Test program',
    start: '2026-03-02',
    accountable: [],
    holidays: [],
    people: [],
    teams: [],
    risks: [],
    actions: [],
    issues: [],
    decisions: [],
    stakeholders: [],
    span: NO_SPAN,
    fields: {},
    ...fields,
    tasks,
  };
}

export interface Planned {
  /** Inclusive start and finish dates. */
  readonly start: IsoDate;
  readonly finish: IsoDate;
  readonly tf?: number;
  readonly critical?: boolean;
}

/** A schedule with the given dates per task id; unlisted tasks are left out (as on a cycle). */
export function schedule(p: Program, dates: Readonly<Record<string, Planned>>): Schedule {
  const calendar = WorkingDayCalendar.create(p.start ?? '2026-03-02', p.holidays.map((h) => h.date))!;
  const tasks: TaskSchedule[] = [];
  for (const t of p.tasks) {
    const d = dates[t.id];
    if (!d) continue;
    const es = calendar.offsetOf(d.start);
    const ef = calendar.offsetOf(d.finish) + (t.milestone ? 0 : 1);
    const tf = d.tf ?? 0;
    tasks.push({
      id: t.id,
      index: t.index,
      duration: ef - es,
      es,
      ef,
      ls: es + tf,
      lf: ef + tf,
      tf,
      ff: tf,
      critical: d.critical ?? tf <= 0,
      driverKind: 'start',
      finishDay: calendar.offsetOf(d.finish),
      startDate: d.start,
      finishDate: d.finish,
      lateStartDate: calendar.dateOf(es + tf),
      lateFinishDate: calendar.dateOf(ef + tf - (t.milestone ? 0 : 1)),
    });
  }
  const projectEnd = Math.max(0, ...tasks.map((t) => t.ef));
  const projectEndDate = tasks.reduce<IsoDate | undefined>((end, t) => (end === undefined || t.finishDate > end ? t.finishDate : end), undefined);
  return {
    ok: true,
    tasks,
    byId: new Map(tasks.map((t) => [t.id, t])),
    projectEnd,
    projectEndDate,
    usesProgress: false,
    calendar,
  };
}

export const NO_SCHEDULE: Schedule = { ok: false, tasks: [], byId: new Map(), projectEnd: 0, usesProgress: false };
