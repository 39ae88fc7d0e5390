/**
 * MSPDI (MS Project XML, also written by ProjectLibre and others) → a {@link PlanDraft}: leaf
 * tasks with their outline as `phase` labels, durations in working days, typed links with
 * lags (links to or from summary tasks expanded to their leaves), SNET / FNLT / deadlines,
 * the project calendar's holidays, resources as people, the assignment with the most work as
 * owner, progress and the status date. Whatever the format cannot hold is recorded in the
 * warnings; the dates and floats the file stored are returned to compare with our schedule.
 */
import type { DependencyType, IsoDate, TaskStatus } from '../../model';
import { MAX_DAYS, type DraftDependency, type DraftPerson, type DraftTask, type PlanDraft, type SourceResult, type StoredDates } from '../draft';
import { UniqueIds } from '../ids';
import { ImportWarnings, displayName } from '../warnings';
import { projectHolidays } from './calendar';
import {
  ID_FIELD_ALIAS,
  MSPDI_NAMESPACE,
  REPEATED,
  child,
  children,
  dateOf,
  durationMinutes,
  flag,
  integer,
  rawText,
  text,
} from './nodes';
import { parseXml, type XmlNode } from './xml';

/** MSPDI link Type: 0 FF, 1 FS, 2 SF, 3 SS. */
const LINK_TYPES: readonly DependencyType[] = ['FF', 'FS', 'SF', 'SS'];

/** Duration and lag formats that count calendar time (em, eh, ed, ew, emo, e%, and their estimated forms). */
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);
const PERCENT_FORMATS = new Set([19, 20, 51, 52]);

/** ConstraintType values this format keeps as a comment. */
const OTHER_CONSTRAINTS: Readonly<Record<number, string>> = {
  1: 'As Late As Possible',
  2: 'Must Start On',
  3: 'Must Finish On',
  5: 'Start No Later Than',
  6: 'Finish No Earlier Than',
};

/** A task of the file as read, before summaries are folded into phases. */
interface SourceTask {
  readonly node: XmlNode;
  readonly uid: string;
  readonly name: string;
  readonly level: number;
  readonly summary: boolean;
  /** Leaf tasks: the draft task's id. */
  id?: string;
}

export interface MspdiOptions {
  /** The program's name when the file has no Title or Name. */
  readonly fallbackName?: string;
}

export function importMspdi(text: string, options: MspdiOptions = {}): SourceResult {
  const xml = parseXml(text, REPEATED);
  if (!xml.ok) return xml;
  if (xml.rootName !== 'Project') return { ok: false, error: `not an MS Project XML (MSPDI) file: its root element is <${xml.rootName}>, not <Project>` };
  if (xml.namespace !== undefined && xml.namespace !== MSPDI_NAMESPACE) {
    return { ok: false, error: `not an MS Project XML (MSPDI) file: its namespace is '${xml.namespace}', not '${MSPDI_NAMESPACE}'` };
  }
  return new MspdiReader(xml.root, options).read();
}

class MspdiReader {
  private readonly warnings = new ImportWarnings();
  private readonly approximated = new Map<string, string>();
  private readonly minutesPerDay: number;

  constructor(
    private readonly project: XmlNode,
    private readonly options: MspdiOptions,
  ) {
    const minutes = integer(project, 'MinutesPerDay');
    this.minutesPerDay = minutes !== undefined && minutes > 0 ? minutes : 480;
  }

  read(): SourceResult {
    const project = this.project;
    const sourceTasks = this.sourceTasks();
    const start = dateOf(project, 'StartDate') ?? earliest(sourceTasks.map((t) => dateOf(t.node, 'Start')));
    if (start === undefined) return { ok: false, error: 'the file has no project start date (StartDate) and no task with a start date' };
    if (sourceTasks.length === 0) this.warnings.add('the file has no tasks');
    const people = this.people();
    const tasks = this.tasks(sourceTasks, people.byUid);
    const statusDate = dateOf(project, 'StatusDate');
    if (!statusDate && tasks.some((t) => t.status === 'done' || t.status === 'in-progress')) {
      this.warnings.add('progress is recorded but the file has no status date: the schedule here ignores progress until `statusDate` is set');
    }
    const calendar = this.projectCalendar();
    const draft: PlanDraft = {
      program: this.programName(),
      start,
      ...(statusDate ? { statusDate } : {}),
      ...(people.manager ? { accountable: people.manager } : {}),
      holidays: projectHolidays(calendar, this.minutesPerDay, this.warnings),
      people: people.list,
      tasks,
    };
    return { ok: true, draft, warnings: this.warnings, stored: this.stored(sourceTasks), approximated: this.approximated };
  }

  private programName(): string {
    const title = rawText(this.project, 'Title')?.trim();
    const name = rawText(this.project, 'Name')?.trim().replace(/\.(xml|mpp)$/i, '');
    return title || name || this.options.fallbackName || 'Imported program';
  }

  /** The custom fields (FieldIDs) an export named for our ids: one for tasks, one for resources. */
  private idFields(): Set<string> {
    const definitions = children(child(this.project, 'ExtendedAttributes'), 'ExtendedAttribute');
    return new Set(definitions.filter((d) => rawText(d, 'Alias') === ID_FIELD_ALIAS).flatMap((d) => text(d, 'FieldID') ?? []));
  }

  private storedId(node: XmlNode, fields: ReadonlySet<string>): string | undefined {
    const attribute = children(node, 'ExtendedAttribute').find((a) => fields.has(text(a, 'FieldID') ?? ''));
    return attribute ? rawText(attribute, 'Value') : undefined;
  }

  /** The tasks in file order, without the project summary (UID 0, level 0) and blank rows. */
  private sourceTasks(): SourceTask[] {
    const nodes = children(child(this.project, 'Tasks'), 'Task').filter((node) => !flag(node, 'IsNull') && text(node, 'UID') !== undefined);
    const listed = nodes.filter((node) => (integer(node, 'OutlineLevel') ?? 1) > 0 && text(node, 'UID') !== '0');
    return listed.map((node, index) => {
      const level = Math.max(1, integer(node, 'OutlineLevel') ?? 1);
      const nextLevel = index + 1 < listed.length ? Math.max(1, integer(listed[index + 1], 'OutlineLevel') ?? 1) : 0;
      return {
        node,
        uid: text(node, 'UID')!,
        name: rawText(node, 'Name') ?? `Task ${text(node, 'ID') ?? text(node, 'UID')}`,
        level,
        summary: nextLevel > level,
      };
    });
  }

  private people(): { list: DraftPerson[]; byUid: Map<string, DraftPerson>; manager?: string } {
    const ids = new UniqueIds('person');
    const field = this.idFields();
    const list: DraftPerson[] = [];
    const byUid = new Map<string, DraftPerson>();
    const calendars = this.calendarsByUid();
    for (const node of children(child(this.project, 'Resources'), 'Resource')) {
      const name = rawText(node, 'Name')?.trim();
      const uid = text(node, 'UID');
      if (!name || uid === undefined || flag(node, 'IsNull')) continue;
      const type = integer(node, 'Type') ?? 1;
      if (type !== 1) {
        this.warnings.add('material and cost resources are not people: left out', name);
        continue;
      }
      const calendar = calendars.get(text(node, 'CalendarUID') ?? '');
      if (calendar && children(child(calendar, 'Exceptions'), 'Exception').length > 0) this.warnings.add('resource calendars (vacations, part-time work) are not carried over', name);
      const email = text(node, 'EmailAddress');
      const person: DraftPerson = { id: ids.next(name, this.storedId(node, field)), name, ...(email && /^[^@\s]+@[^@\s]+$/.test(email) ? { email } : {}) };
      list.push(person);
      byUid.set(uid, person);
    }
    const managerName = rawText(this.project, 'Manager')?.trim();
    if (!managerName) return { list, byUid };
    const known = list.find((p) => p.name === managerName);
    if (known) return { list, byUid, manager: known.id };
    const manager: DraftPerson = { id: ids.next(managerName), name: managerName };
    list.push(manager);
    return { list, byUid, manager: manager.id };
  }

  private calendarsByUid(): Map<string, XmlNode> {
    const result = new Map<string, XmlNode>();
    for (const calendar of children(child(this.project, 'Calendars'), 'Calendar')) {
      const uid = text(calendar, 'UID');
      if (uid !== undefined) result.set(uid, calendar);
    }
    return result;
  }

  private projectCalendar(): XmlNode | undefined {
    const calendars = this.calendarsByUid();
    const chosen = calendars.get(text(this.project, 'CalendarUID') ?? '');
    return chosen ?? [...calendars.values()].find((c) => flag(c, 'IsBaseCalendar'));
  }

  private tasks(source: readonly SourceTask[], people: ReadonlyMap<string, DraftPerson>): DraftTask[] {
    const ids = new UniqueIds('task');
    const field = this.idFields();
    const leavesOf = new Map<string, SourceTask[]>();
    const summaries: SourceTask[] = [];
    const phaseOf = new Map<SourceTask, string>();
    const inherited = new Map<SourceTask, { notBefore?: IsoDate; deadline?: IsoDate }>();
    for (const task of source) {
      summaries.length = Math.min(summaries.length, task.level - 1);
      if (task.summary) {
        summaries.push(task);
        leavesOf.set(task.uid, []);
        this.summaryLosses(task);
        continue;
      }
      task.id = ids.next(task.name, this.storedId(task.node, field));
      leavesOf.set(task.uid, [task]);
      for (const summary of summaries) leavesOf.get(summary.uid)!.push(task);
      if (summaries.length > 0) phaseOf.set(task, summaries.map((s) => s.name.trim()).join(' / '));
      inherited.set(task, this.summaryConstraints(summaries));
    }
    const dependencies = this.dependencies(source, leavesOf);
    const owners = this.owners(people);
    return source
      .filter((task) => !task.summary)
      .map((task) => this.draftTask(task, phaseOf.get(task), inherited.get(task) ?? {}, dependencies.get(task.id!) ?? [], owners.get(task.uid)));
  }

  /** A summary's start-no-earlier-than and deadline bind every task under it. */
  private summaryConstraints(summaries: readonly SourceTask[]): { notBefore?: IsoDate; deadline?: IsoDate } {
    let notBefore: IsoDate | undefined;
    let deadline: IsoDate | undefined;
    for (const summary of summaries) {
      const own = this.constraints(summary);
      notBefore = latest([notBefore, own.notBefore]);
      deadline = earliest([deadline, own.deadline]);
    }
    return { ...(notBefore ? { notBefore } : {}), ...(deadline ? { deadline } : {}) };
  }

  private summaryLosses(task: SourceTask): void {
    const type = integer(task.node, 'ConstraintType') ?? 0;
    if (type in OTHER_CONSTRAINTS) this.warnings.add(`constraints of summary tasks other than Start No Earlier Than and Finish No Later Than are not carried over`, task.name);
  }

  private constraints(task: SourceTask): { notBefore?: IsoDate; deadline?: IsoDate; other?: string } {
    const node = task.node;
    const type = integer(node, 'ConstraintType') ?? 0;
    const date = dateOf(node, 'ConstraintDate');
    const deadline = earliest([dateOf(node, 'Deadline'), type === 7 ? date : undefined]);
    return {
      ...(type === 4 && date ? { notBefore: date } : {}),
      ...(deadline ? { deadline } : {}),
      ...(type in OTHER_CONSTRAINTS ? { other: `${OTHER_CONSTRAINTS[type]}${date ? ` ${date}` : ''}` } : {}),
    };
  }

  private draftTask(task: SourceTask, phase: string | undefined, inherited: { notBefore?: IsoDate; deadline?: IsoDate }, dependsOn: DraftDependency[], owner: Assignees | undefined): DraftTask {
    const node = task.node;
    const id = task.id!;
    const comments: string[] = [];
    const approximate = (what: string, reason: string): void => {
      this.warnings.add(what, task.name);
      if (!this.approximated.has(id)) this.approximated.set(id, reason);
    };
    const days = this.taskDays(task, approximate);
    const milestone = days === 0;
    if (flag(node, 'Milestone') && days > 0) this.warnings.add('tasks marked as milestones that last longer than 0 days keep their duration (a milestone here takes no time)', task.name);
    const own = this.constraints(task);
    if (own.other) {
      comments.push(`Constraint in the source file: ${own.other}`);
      approximate('constraints other than Start No Earlier Than and Finish No Later Than are kept as a comment above the task', `its constraint (${own.other}) is not carried over`);
    }
    if (flag(node, 'Manual')) approximate('manually scheduled tasks are scheduled automatically here', 'it is manually scheduled in the source');
    const calendar = text(node, 'CalendarUID');
    if (calendar !== undefined && calendar !== '-1') approximate('task calendars are not carried over (every task follows the project calendar)', 'it has its own calendar in the source');
    const stop = dateOf(node, 'Stop');
    const resume = dateOf(node, 'Resume');
    if (stop && resume && resume > stop && integer(node, 'PercentComplete') !== 100 && (integer(node, 'PercentComplete') ?? 0) > 0) {
      approximate('split tasks (work stopped and resumed later) are one stretch of work here', 'it is split in the source');
    }
    if (owner && owner.others.length > 0) comments.push(`Also assigned in the source file: ${owner.others.map(displayName).join(', ')}`);
    if (owner && owner.others.length > 0) this.warnings.add('tasks with more than one resource: the one with the most work is the owner, the others are a comment above the task', task.name);
    const notBefore = latest([own.notBefore, inherited.notBefore]);
    const deadline = earliest([own.deadline, inherited.deadline]);
    const notes = rawText(node, 'Notes')?.trim();
    return {
      id,
      name: task.name,
      ...(phase ? { phase } : {}),
      ...(owner ? { owner: owner.owner } : {}),
      duration: days,
      milestone,
      dependsOn,
      ...(notBefore ? { notBefore } : {}),
      ...(deadline ? { deadline } : {}),
      ...this.progress(task),
      ...(notes ? { notes } : {}),
      comments,
    };
  }

  private taskDays(task: SourceTask, approximate: (what: string, reason: string) => void): number {
    const minutes = durationMinutes(text(task.node, 'Duration'));
    if (minutes === undefined) {
      if (text(task.node, 'Duration') !== undefined) approximate('durations that are not ISO 8601 time spans are read as 0 days', 'its duration could not be read');
      return 0;
    }
    const format = integer(task.node, 'DurationFormat');
    if (format !== undefined && ELAPSED_FORMATS.has(format)) {
      approximate('elapsed durations (calendar time, like 3ed) are converted to working days (5 of every 7 days)', 'its elapsed duration is converted to working days');
      return this.wholeDays(Math.max(0, (minutes / 1440) * (5 / 7)), task.name);
    }
    return this.wholeDays(Math.max(0, minutes / this.minutesPerDay), task.name);
  }

  /** Working days as the format takes them: whole, at most {@link MAX_DAYS}. */
  private wholeDays(days: number, name: string): number {
    const whole = Math.round(days);
    if (Math.abs(days - whole) > 1e-6) this.warnings.add('durations and lags that are not whole working days are rounded to the nearest day', name);
    if (Math.abs(whole) > MAX_DAYS) this.warnings.add(`durations and lags beyond ${MAX_DAYS} working days are capped`, name);
    return Math.max(-MAX_DAYS, Math.min(MAX_DAYS, whole));
  }

  private progress(task: SourceTask): { status?: TaskStatus; progress?: number; actualStart?: IsoDate; actualFinish?: IsoDate } {
    const node = task.node;
    const percent = Math.max(0, Math.min(100, integer(node, 'PercentComplete') ?? 0));
    const actualStart = dateOf(node, 'ActualStart');
    const actualFinish = dateOf(node, 'ActualFinish');
    const active = text(node, 'Active') !== '0';
    if (!active) this.warnings.add('inactive tasks are cancelled', task.name);
    const status: TaskStatus | undefined = !active ? 'cancelled' : percent === 100 ? 'done' : percent > 0 || actualStart ? 'in-progress' : undefined;
    return {
      ...(status ? { status } : {}),
      ...(percent > 0 && percent < 100 ? { progress: percent } : {}),
      ...(actualStart ? { actualStart } : {}),
      ...(actualFinish ? { actualFinish } : {}),
    };
  }

  /** Each leaf's dependencies, with links to and from summaries expanded to the leaves under them. */
  private dependencies(source: readonly SourceTask[], leavesOf: ReadonlyMap<string, readonly SourceTask[]>): Map<string, DraftDependency[]> {
    const byUid = new Map(source.map((task) => [task.uid, task]));
    const result = new Map<string, Map<string, DraftDependency>>();
    for (const task of source) {
      for (const link of children(task.node, 'PredecessorLink')) {
        const predecessor = byUid.get(text(link, 'PredecessorUID') ?? '');
        if (!predecessor || flag(link, 'CrossProject')) {
          this.warnings.add('links to tasks outside the file (other projects, or missing) are not carried over', task.name);
          continue;
        }
        const type = LINK_TYPES[integer(link, 'Type') ?? 1] ?? 'FS';
        if (task.summary || predecessor.summary) this.warnings.add('links to or from summary tasks are expanded to the tasks under them', task.name);
        const predecessors = leavesOf.get(predecessor.uid) ?? [];
        for (const successor of leavesOf.get(task.uid) ?? []) {
          for (const leaf of predecessors) {
            if (leaf === successor) continue;
            const lag = this.lagDays(link, leaf, successor.name);
            const dependencies = result.get(successor.id!) ?? new Map<string, DraftDependency>();
            result.set(successor.id!, dependencies);
            const key = `${leaf.id}|${type}`;
            const previous = dependencies.get(key);
            // Two links of one type between the same tasks (via summaries): the later bound wins.
            if (!previous || previous.lag < lag) dependencies.set(key, { task: leaf.id!, type, lag });
          }
        }
      }
    }
    return new Map([...result].map(([id, dependencies]) => [id, [...dependencies.values()]]));
  }

  private lagDays(link: XmlNode, predecessor: SourceTask, successorName: string): number {
    const tenths = integer(link, 'LinkLag') ?? 0;
    if (tenths === 0) return 0;
    const format = integer(link, 'LagFormat') ?? 7;
    if (PERCENT_FORMATS.has(format)) {
      this.warnings.add("percentage lags are converted to working days of the predecessor's duration", successorName);
      const predecessorDays = (durationMinutes(text(predecessor.node, 'Duration')) ?? 0) / this.minutesPerDay;
      return this.wholeDays(((tenths / 10) * predecessorDays) / 100, successorName);
    }
    if (ELAPSED_FORMATS.has(format)) {
      this.warnings.add('elapsed lags (calendar time) are converted to working days (5 of every 7 days)', successorName);
      return this.wholeDays((tenths / 10 / 1440) * (5 / 7), successorName);
    }
    return this.wholeDays(tenths / 10 / this.minutesPerDay, successorName);
  }

  /** Per task UID, the person with the most work on it and the others assigned. */
  private owners(people: ReadonlyMap<string, DraftPerson>): Map<string, Assignees> {
    const best = new Map<string, { person: DraftPerson; work: number; others: string[] }>();
    for (const assignment of children(child(this.project, 'Assignments'), 'Assignment')) {
      const person = people.get(text(assignment, 'ResourceUID') ?? '');
      const taskUid = text(assignment, 'TaskUID');
      if (!person || taskUid === undefined) continue;
      const work = durationMinutes(text(assignment, 'Work')) ?? 0;
      const current = best.get(taskUid);
      if (!current) best.set(taskUid, { person, work, others: [] });
      else if (work > current.work) best.set(taskUid, { person, work, others: [...current.others, current.person.name] });
      else if (person !== current.person) current.others.push(person.name);
    }
    return new Map([...best].map(([uid, b]) => [uid, { owner: b.person.id, others: b.others }]));
  }

  private stored(source: readonly SourceTask[]): StoredDates[] {
    return source
      .filter((task) => !task.summary)
      .map((task) => {
        const slack = integer(task.node, 'TotalSlack');
        return {
          id: task.id!,
          ...(dateOf(task.node, 'Start') ? { start: dateOf(task.node, 'Start') } : {}),
          ...(dateOf(task.node, 'Finish') ? { finish: dateOf(task.node, 'Finish') } : {}),
          ...(slack !== undefined ? { totalFloat: Math.round(slack / 10 / this.minutesPerDay) } : {}),
        };
      });
  }
}

interface Assignees {
  readonly owner: string;
  readonly others: readonly string[];
}

function earliest(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((a, b) => (b === undefined || (a !== undefined && a <= b) ? a : b), undefined);
}

function latest(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.reduce<IsoDate | undefined>((a, b) => (b === undefined || (a !== undefined && a >= b) ? a : b), undefined);
}
