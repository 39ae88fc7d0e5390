/**
 * A program → an MSPDI file that MS Project and ProjectLibre open: the project calendar with
 * the holidays as exceptions, phases as summary tasks (`A / B` nested), every task with our
 * schedule (early and late dates, floats, critical), typed links with lags, people as
 * resources and owners as assignments. Each task and person keeps its id in a custom text
 * field, so importing the file again gives back the same ids. Written with `fast-xml-parser`'s
 * builder, which escapes the text; characters XML 1.0 cannot hold at all are replaced.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Analysis } from '../../analyze';
import type { DependencyType, Program, Task } from '../../model';
import type { TaskSchedule } from '../../schedule/types';
import { ID_FIELD_ALIAS, MSPDI_NAMESPACE, RESOURCE_TEXT1, TASK_TEXT1 } from '../mspdi/nodes';

const MINUTES_PER_DAY = 480;
const TENTHS_PER_DAY = MINUTES_PER_DAY * 10;
const LINK_TYPE: Readonly<Record<DependencyType, number>> = { FF: 0, FS: 1, SF: 2, SS: 3 };

export interface ExportResult {
  readonly text: string;
  /** What the MSPDI file does not hold (risks, decisions, statuses other than progress…). */
  readonly warnings: readonly string[];
}

export function exportMspdi(analysis: Analysis): ExportResult {
  const { program, schedule } = analysis;
  const warnings: string[] = [];
  const tasks = taskElements(program, schedule.byId, warnings);
  const teamName = new Map(program.teams.map((team) => [team.id, team.name]));
  const resources = program.people.map((person, index) => ({
    UID: index + 1,
    ID: index + 1,
    Name: xmlText(person.name),
    Type: 1,
    ...(person.email ? { EmailAddress: xmlText(person.email) } : {}),
    ...(person.team ? { Group: xmlText(teamName.get(person.team.id) ?? person.team.id) } : {}),
    ExtendedAttribute: [{ FieldID: RESOURCE_TEXT1, Value: xmlText(person.id) }],
  }));
  const resourceUid = new Map(program.people.map((person, index) => [person.id, index + 1]));
  const assignments = program.tasks.flatMap((task) => {
    const uid = resourceUid.get(task.owner?.id ?? '');
    return uid === undefined ? [] : [{ TaskUID: task.index + 1, ResourceUID: uid, Work: hours(task.milestone ? 0 : task.duration), Units: 1 }];
  });
  const accountable = program.people.find((p) => p.id === program.accountable[0]?.id);
  const unsupported = [
    program.risks.length > 0 && 'risks',
    program.actions.length > 0 && 'actions',
    program.issues.length > 0 && 'issues',
    program.decisions.length > 0 && 'decisions',
    program.stakeholders.length > 0 && 'stakeholders',
    program.launch && 'the launch checklist',
    program.teams.length > 0 && 'teams (written as each resource\'s Group)',
  ].filter((x): x is string => typeof x === 'string');
  if (unsupported.length > 0) warnings.push(`MSPDI has no place for ${unsupported.join(', ')}: not exported`);
  const blocked = program.tasks.filter((t) => t.status === 'blocked' || t.status === 'at-risk');
  if (blocked.length > 0) warnings.push(`MSPDI has no 'blocked' or 'at-risk' status: ${blocked.length} task${blocked.length === 1 ? '' : 's'} exported with their progress only`);
  const start = schedule.calendar?.startDate ?? program.start ?? '1970-01-01';
  const project = {
    '@_xmlns': MSPDI_NAMESPACE,
    SaveVersion: 14,
    Name: xmlText(`${program.name || 'program'}.xml`),
    Title: xmlText(program.name),
    ...(accountable ? { Manager: xmlText(accountable.name) } : {}),
    ScheduleFromStart: 1,
    StartDate: `${start}T08:00:00`,
    ...(schedule.projectEndDate ? { FinishDate: `${schedule.projectEndDate}T17:00:00` } : {}),
    CalendarUID: 1,
    DefaultStartTime: '08:00:00',
    DefaultFinishTime: '17:00:00',
    MinutesPerDay: MINUTES_PER_DAY,
    MinutesPerWeek: MINUTES_PER_DAY * 5,
    DaysPerMonth: 20,
    ...(program.statusDate ? { StatusDate: `${program.statusDate}T17:00:00` } : {}),
    ExtendedAttributes: {
      ExtendedAttribute: [
        { FieldID: TASK_TEXT1, FieldName: 'Text1', Alias: ID_FIELD_ALIAS },
        { FieldID: RESOURCE_TEXT1, FieldName: 'Text1', Alias: ID_FIELD_ALIAS },
      ],
    },
    Calendars: { Calendar: [standardCalendar(program)] },
    Tasks: { Task: tasks },
    Resources: { Resource: resources },
    Assignments: { Assignment: assignments.map((a, index) => ({ UID: index + 1, ...a })) },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false });
  const text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${builder.build({ Project: project }) as string}`;
  return { text, warnings };
}

function standardCalendar(program: Program): Record<string, unknown> {
  const workingTimes = { WorkingTime: [{ FromTime: '08:00:00', ToTime: '12:00:00' }, { FromTime: '13:00:00', ToTime: '17:00:00' }] };
  return {
    UID: 1,
    Name: 'Standard',
    IsBaseCalendar: 1,
    WeekDays: {
      WeekDay: [1, 2, 3, 4, 5, 6, 7].map((day) => (day === 1 || day === 7 ? { DayType: day, DayWorking: 0 } : { DayType: day, DayWorking: 1, WorkingTimes: workingTimes })),
    },
    Exceptions: {
      Exception: program.holidays.map((holiday) => ({
        EnteredByOccurrences: 0,
        TimePeriod: { FromDate: `${holiday.date}T00:00:00`, ToDate: `${holiday.date}T23:59:00` },
        Occurrences: 1,
        Name: xmlText(holiday.name ?? 'Holiday'),
        Type: 1,
        DayWorking: 0,
      })),
    },
  };
}

/** The project summary (UID 0), a summary task per run of tasks in one phase, then each task (UID = index + 1). */
function taskElements(program: Program, byId: ReadonlyMap<string, TaskSchedule>, warnings: string[]): Record<string, unknown>[] {
  // The first task of an id, as the scheduler reads a duplicate id (reported as PP101).
  const uidOf = new Map<string, number>();
  for (const task of program.tasks) if (!uidOf.has(task.id)) uidOf.set(task.id, task.index + 1);
  const elements: Record<string, unknown>[] = [{ UID: 0, Name: xmlText(program.name), OutlineLevel: 0, Summary: 1 }];
  const all: Summary[] = [];
  let open: Summary[] = [];
  let nextUid = program.tasks.length + 1;
  const outline: number[] = [];
  const outlineNumber = (level: number): string => {
    outline.length = level;
    outline[level - 1] = (outline[level - 1] ?? 0) + 1;
    return outline.join('.');
  };
  let unknown = 0;
  for (const task of program.tasks) {
    const path = task.phase ? task.phase.split(' / ') : [];
    let shared = 0;
    while (shared < open.length && shared < path.length && open[shared].name === path[shared]) shared++;
    open = open.slice(0, shared);
    for (let level = shared; level < path.length; level++) {
      const element: Record<string, unknown> = { UID: nextUid++, Name: xmlText(path[level]), OutlineNumber: outlineNumber(level + 1), OutlineLevel: level + 1, Summary: 1 };
      elements.push(element);
      const summary = { name: path[level], element, tasks: [] };
      open.push(summary);
      all.push(summary);
    }
    const scheduled = byId.get(task.id);
    if (scheduled) for (const summary of open) summary.tasks.push(scheduled);
    unknown += task.dependsOn.filter((d) => !uidOf.has(d.task.id)).length;
    elements.push(taskElement(task, scheduled, outlineNumber(path.length + 1), path.length + 1, uidOf));
  }
  if (unknown > 0) warnings.push(`${unknown} dependenc${unknown === 1 ? 'y' : 'ies'} on unknown tasks not exported`);
  for (const summary of all) Object.assign(summary.element, summaryDates(summary.tasks));
  return elements.map((element, index) => withId(element, index));
}

interface Summary {
  readonly name: string;
  readonly element: Record<string, unknown>;
  readonly tasks: TaskSchedule[];
}

/** ID (the row number) goes right after UID, where the schema puts it. */
function withId(element: Record<string, unknown>, id: number): Record<string, unknown> {
  const { UID, ...rest } = element;
  return { UID, ID: id, ...rest };
}

function summaryDates(tasks: readonly TaskSchedule[]): Record<string, unknown> {
  if (tasks.length === 0) return {};
  const start = tasks.reduce((a, t) => (t.startDate < a ? t.startDate : a), tasks[0].startDate);
  const finish = tasks.reduce((a, t) => (t.finishDate > a ? t.finishDate : a), tasks[0].finishDate);
  return { Start: `${start}T08:00:00`, Finish: `${finish}T17:00:00` };
}

function taskElement(task: Task, scheduled: TaskSchedule | undefined, outlineNumber: string, level: number, uidOf: ReadonlyMap<string, number>): Record<string, unknown> {
  const days = task.milestone ? 0 : task.duration;
  const links = task.dependsOn.flatMap((dependency) => {
    const uid = uidOf.get(dependency.task.id);
    return uid === undefined ? [] : [{ PredecessorUID: uid, Type: LINK_TYPE[dependency.type], LinkLag: dependency.lag * TENTHS_PER_DAY, LagFormat: 7 }];
  });
  const percent = task.status === 'done' ? 100 : (task.progress ?? 0);
  return {
    UID: task.index + 1,
    Name: xmlText(task.name),
    Active: task.status === 'cancelled' ? 0 : 1,
    Manual: 0,
    Type: 0,
    IsNull: 0,
    OutlineNumber: outlineNumber,
    OutlineLevel: level,
    ...(scheduled ? dates(scheduled, 'Start', 'Finish', scheduled.startDate, scheduled.finishDate) : {}),
    Duration: hours(days),
    DurationFormat: 7,
    Milestone: days === 0 ? 1 : 0,
    Summary: 0,
    ...(scheduled
      ? {
          Critical: scheduled.critical ? 1 : 0,
          ...dates(scheduled, 'EarlyStart', 'EarlyFinish', scheduled.startDate, scheduled.finishDate),
          ...dates(scheduled, 'LateStart', 'LateFinish', scheduled.lateStartDate, scheduled.lateFinishDate),
          FreeSlack: scheduled.ff * TENTHS_PER_DAY,
          TotalSlack: scheduled.tf * TENTHS_PER_DAY,
        }
      : {}),
    PercentComplete: percent,
    ...(task.actualStart ? { ActualStart: `${task.actualStart}T08:00:00` } : {}),
    ...(task.actualFinish ? { ActualFinish: `${task.actualFinish}T17:00:00` } : {}),
    ConstraintType: task.notBefore ? 4 : 0,
    ...(task.notBefore ? { ConstraintDate: `${task.notBefore}T08:00:00` } : {}),
    ...(task.deadline ? { Deadline: `${task.deadline}T17:00:00` } : {}),
    ...(task.notes ? { Notes: xmlText(task.notes) } : {}),
    PredecessorLink: links,
    ExtendedAttribute: [{ FieldID: TASK_TEXT1, Value: xmlText(task.id) }],
  };
}

/**
 * Start at 08:00 and finish at 17:00 of their days; a milestone that the end of a day drives
 * (after a finish) sits at 17:00 of that day, as MS Project shows it.
 */
function dates(task: TaskSchedule, startKey: string, finishKey: string, start: string, finish: string): Record<string, string> {
  const milestone = task.duration === 0;
  const atEndOfDay = milestone && task.finishDay === task.es - 1;
  const time = atEndOfDay ? 'T17:00:00' : 'T08:00:00';
  return { [startKey]: `${start}${milestone ? time : 'T08:00:00'}`, [finishKey]: `${finish}${milestone ? time : 'T17:00:00'}` };
}

/** Working days as an MSPDI duration of 8-hour days. */
function hours(days: number): string {
  return `PT${days * (MINUTES_PER_DAY / 60)}H0M0S`;
}

/** XML 1.0 cannot hold most control characters, even escaped, nor lone surrogates: each becomes U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
