/**
 * Builds the model's entities from validated mappings. An entity without a usable id is dropped
 * (the validator has reported why); any other bad field is left out and the entity is kept.
 */
import {
  DEPENDENCY_TYPES,
  LEVELS,
  TASK_STATUSES,
  type Action,
  type AddedTask,
  type ChecklistItem,
  type Decision,
  type Dependency,
  type Holiday,
  type Issue,
  type Person,
  type Ref,
  type Risk,
  type RiskSchedule,
  type Scenario,
  type ScenarioChange,
  type Stakeholder,
  type Task,
  type Program,
  type Team,
} from '../model';
import { MappingReader, refOf } from './modelReader';
import { isMapNode, isScalarNode, itemSpan, resolved, type Source, type ValueNode } from './yamlNodes';

/** What every entity builder needs: the mapping, its id, and where it is. */
interface Identified {
  readonly reader: MappingReader;
  readonly id: string;
  readonly idSpan: Ref['span'];
}

function identify(reader: MappingReader): Identified | undefined {
  const id = reader.ref('id');
  return id && { reader, id: id.id, idSpan: id.span };
}

/** Working days of a duration or lag the validator accepted: `5`, `3d`, `2w`, `-1d`. */
export function workingDays(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const m = /^(-?)(\d+)([dw])$/.exec(value);
  return m ? (m[1] ? -1 : 1) * Number(m[2]) * (m[3] === 'w' ? 5 : 1) : undefined;
}

function dependency(source: Source, invalid: ReadonlySet<unknown>, written: ValueNode): Dependency | undefined {
  const span = itemSpan(source, written);
  const node = resolved(written);
  if (!span) return undefined;
  if (isScalarNode(node)) {
    const task = refOf(source, invalid, written);
    return task && { task, type: 'FS', lag: 0, span };
  }
  if (!isMapNode(node)) return undefined;
  const reader = new MappingReader(source, invalid, node);
  const task = reader.ref('task');
  if (!task) return undefined;
  return { task, type: reader.choice('type', DEPENDENCY_TYPES) ?? 'FS', lag: workingDays(reader.scalar('lag')) ?? 0, span };
}

export function buildTask(reader: MappingReader, index: number): Task | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  const { source } = reader;
  const invalid = reader.invalid;
  const explicitMilestone = reader.boolean('milestone') === true;
  const days = explicitMilestone ? 0 : workingDays(reader.scalar('duration'));
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    index,
    name: reader.text('name') ?? base.id,
    phase: reader.text('phase'),
    team: reader.ref('team'),
    owner: reader.ref('owner'),
    accountable: reader.refs('accountable'),
    consulted: reader.refs('consulted'),
    informed: reader.refs('informed'),
    duration: days ?? 0,
    milestone: explicitMilestone || days === 0,
    dependsOn: reader.items('dependsOn').flatMap((item) => dependency(source, invalid, item) ?? []),
    notBefore: reader.text('notBefore'),
    deadline: reader.text('deadline'),
    status: reader.choice('status', TASK_STATUSES) ?? 'not-started',
    progress: reader.number('progress'),
    actualStart: reader.text('actualStart'),
    actualFinish: reader.text('actualFinish'),
    blocker: reader.text('blocker'),
    notes: reader.text('notes'),
    estimate: estimateOf(reader.mapping('estimate')),
  };
}

function estimateOf(reader: MappingReader | undefined): Task['estimate'] {
  const optimistic = reader && workingDays(reader.scalar('optimistic'));
  const pessimistic = reader && workingDays(reader.scalar('pessimistic'));
  if (optimistic === undefined || pessimistic === undefined) return undefined;
  const likely = workingDays(reader!.scalar('likely'));
  return likely === undefined ? { optimistic, pessimistic } : { optimistic, likely, pessimistic };
}

/** `30%` → 30; the schema accepted only 0%–100%. */
function percentage(value: unknown): number | undefined {
  if (typeof value !== 'string' || !value.endsWith('%')) return undefined;
  const percent = Number(value.slice(0, -1));
  return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent : undefined;
}

function riskSchedule(reader: MappingReader | undefined): RiskSchedule | undefined {
  const delay = reader && workingDays(reader.scalar('delay'));
  if (delay === undefined) return undefined;
  return { tasks: reader!.refs('tasks'), delay };
}

export function buildPerson(reader: MappingReader): Person | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    name: reader.text('name') ?? base.id,
    role: reader.text('role'),
    team: reader.ref('team'),
    email: reader.text('email'),
  };
}

export function buildTeam(reader: MappingReader): Team | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  return { span: reader.span(),
    fields: reader.fieldSpans(), id: base.id, idSpan: base.idSpan, name: reader.text('name') ?? base.id, lead: reader.ref('lead') };
}

export function buildRisk(reader: MappingReader): Risk | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  const invalid = reader.invalid;
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    title: reader.text('title') ?? base.id,
    probability: reader.choice('probability', LEVELS),
    probabilityPercent: percentage(reader.scalar('probability')),
    impact: reader.choice('impact', LEVELS),
    mitigation: reader.text('mitigation'),
    impactText: reader.text('impactText'),
    eta: reader.text('eta'),
    owner: reader.ref('owner'),
    status: reader.choice('status', ['open', 'mitigated', 'closed', 'occurred'] as const) ?? 'open',
    tasks: reader.items('tasks').flatMap((item) => refOf(reader.source, invalid, item) ?? []),
    schedule: riskSchedule(reader.mapping('schedule')),
  };
}

export function buildAction(reader: MappingReader): Action | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    title: reader.text('title') ?? base.id,
    owner: reader.ref('owner'),
    due: reader.text('due'),
    status: reader.choice('status', ['open', 'done'] as const) ?? 'open',
  };
}

export function buildIssue(reader: MappingReader): Issue | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    title: reader.text('title') ?? base.id,
    severity: reader.choice('severity', ['low', 'medium', 'high', 'critical'] as const),
    impact: reader.text('impact'),
    owner: reader.ref('owner'),
    resolution: reader.text('resolution'),
    status: reader.choice('status', ['open', 'resolved', 'closed'] as const) ?? 'open',
  };
}

export function buildDecision(reader: MappingReader): Decision | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    title: reader.text('title') ?? base.id,
    status: reader.choice('status', ['pending', 'made'] as const) ?? 'pending',
    needBy: reader.text('needBy'),
    date: reader.text('date'),
    outcome: reader.text('outcome'),
    rationale: reader.text('rationale'),
    recommendation: reader.text('recommendation'),
    owner: reader.ref('owner'),
    options: reader.node('options') === undefined ? undefined : reader.refs('options'),
  };
}

export function buildScenario(reader: MappingReader): Scenario | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  const changes: ScenarioChange[] = [];
  for (const item of reader.items('changes')) {
    const node = resolved(item);
    const span = itemSpan(reader.source, item);
    if (!isMapNode(node) || !span) continue;
    const change = scenarioChange(new MappingReader(reader.source, reader.invalid, node), span);
    if (change) changes.push(change);
  }
  return { span: reader.span(), fields: reader.fieldSpans(), id: base.id, idSpan: base.idSpan, name: reader.text('name') ?? base.id, changes };
}

function scenarioChange(reader: MappingReader, span: Ref['span']): ScenarioChange | undefined {
  const add = reader.mapping('add');
  if (add) return addedTask(add, span);
  const task = reader.ref('task');
  if (!task) return undefined;
  return {
    kind: 'change',
    task,
    duration: workingDays(reader.scalar('duration')),
    slip: workingDays(reader.scalar('slip')),
    status: reader.choice('status', TASK_STATUSES),
    span,
  };
}

function addedTask(reader: MappingReader, span: Ref['span']): AddedTask | undefined {
  const id = reader.ref('id');
  if (!id) return undefined;
  return { kind: 'add', id, name: reader.text('name') ?? id.id, duration: workingDays(reader.scalar('duration')) ?? 0, dependsOn: reader.refs('dependsOn'), span };
}

export function buildStakeholder(reader: MappingReader): Stakeholder | undefined {
  const base = identify(reader);
  if (!base) return undefined;
  return {
    span: reader.span(),
    fields: reader.fieldSpans(),
    id: base.id,
    idSpan: base.idSpan,
    name: reader.text('name') ?? base.id,
    role: reader.text('role'),
    interest: reader.choice('interest', LEVELS),
    influence: reader.choice('influence', LEVELS),
    strategy: reader.text('strategy'),
  };
}

export function buildChecklistItem(reader: MappingReader): ChecklistItem | undefined {
  const item = reader.text('item');
  if (item === undefined) return undefined;
  return { span: reader.span(),
    fields: reader.fieldSpans(), item, owner: reader.ref('owner'), done: reader.boolean('done') ?? false, group: reader.text('group') };
}

/** A holiday written as a date or as `{date, name}`. */
export function buildHoliday(source: Source, invalid: ReadonlySet<unknown>, written: ValueNode): Holiday | undefined {
  const span = itemSpan(source, written);
  const node = resolved(written);
  if (!span) return undefined;
  if (isScalarNode(node)) return typeof node.value === 'string' ? { date: node.value, span } : undefined;
  if (!isMapNode(node)) return undefined;
  const reader = new MappingReader(source, invalid, node);
  const date = reader.text('date');
  return date === undefined ? undefined : { date, name: reader.text('name'), span };
}

/** The top-level lists of entities, each item an independent block of the file. */
export type ListKey = 'people' | 'teams' | 'tasks' | 'risks' | 'actions' | 'issues' | 'decisions' | 'stakeholders' | 'scenarios';
export type ListEntity<K extends ListKey> = NonNullable<Program[K]>[number];

/** How each list's items are built; `index` is the item's position among the entities kept. */
export const LIST_BUILDERS: { readonly [K in ListKey]: (reader: MappingReader, index: number) => ListEntity<K> | undefined } = {
  people: buildPerson,
  teams: buildTeam,
  tasks: buildTask,
  risks: buildRisk,
  actions: buildAction,
  issues: buildIssue,
  decisions: buildDecision,
  stakeholders: buildStakeholder,
  scenarios: buildScenario,
};

export const LIST_KEYS = Object.keys(LIST_BUILDERS) as readonly ListKey[];

/** The schema definition of each list's items. */
export const LIST_DEFINITIONS: { readonly [K in ListKey]: string } = {
  people: 'person',
  teams: 'team',
  tasks: 'task',
  risks: 'risk',
  actions: 'action',
  issues: 'issue',
  decisions: 'decision',
  stakeholders: 'stakeholder',
  scenarios: 'scenario',
};
