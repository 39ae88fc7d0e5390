/**
 * A compact way to write programs for scheduler tests without YAML:
 *
 *   plan({ start: '2026-01-05' }, { id: 'a', d: 3 }, { id: 'b', d: 2, deps: ['a', { task: 'a', type: 'SS', lag: 1 }] })
 *
 * Every task gets distinct, recognisable spans (task i lives at offsets 1000·(i+1)…), so
 * diagnostics can be checked for where they point.
 */
import type { Dependency, DependencyType, FieldSpan, Program, Task, TaskStatus } from '../../../src/core/model';
import type { Span } from '../../../src/core/source';
import { strict as assert } from 'node:assert';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import type { Schedule, TaskSchedule } from '../../../src/core/schedule/types';

export interface TaskSpec {
  readonly id: string;
  /** Duration in working days; 0 or omitted with `milestone` makes a milestone. */
  readonly d?: number;
  readonly milestone?: boolean;
  readonly deps?: readonly (string | { readonly task: string; readonly type?: DependencyType; readonly lag?: number })[];
  readonly notBefore?: string;
  readonly deadline?: string;
  readonly status?: TaskStatus;
  readonly progress?: number;
  readonly actualStart?: string;
  readonly actualFinish?: string;
}

export interface ProgramSpec {
  readonly start?: string;
  readonly statusDate?: string;
  readonly holidays?: readonly string[];
  readonly launch?: string;
}

/** The span of field `key` of task `index`: fixed offsets so tests can predict them. */
export function fieldSpanOf(index: number, key: string): FieldSpan {
  const base = 1000 * (index + 1) + 10 * FIELD_KEYS.indexOf(key);
  return { key: { start: base, end: base + 3 }, value: { start: base + 5, end: base + 9 } };
}

export function idSpanOf(index: number): Span {
  return fieldSpanOf(index, 'id').value;
}

const FIELD_KEYS = ['id', 'duration', 'dependsOn', 'notBefore', 'deadline', 'status', 'progress', 'actualStart', 'actualFinish'];
/** Where the launch date of {@link plan}'s program lives. */
export const LAUNCH_DATE_SPAN: Span = { start: 10, end: 20 };

export function plan(spec: ProgramSpec, ...tasks: readonly TaskSpec[]): Program {
  return {
    name: 'test program',
    span: { start: 0, end: 1000 * (tasks.length + 1) },
    fields: {},
    start: spec.start ?? '2026-01-05',
    statusDate: spec.statusDate,
    accountable: [],
    holidays: (spec.holidays ?? []).map((date) => ({ date, span: { start: 0, end: 0 } })),
    people: [],
    teams: [],
    tasks: tasks.map(task),
    risks: [],
    actions: [],
    issues: [],
    decisions: [],
    stakeholders: [],
    launch: spec.launch === undefined ? undefined : { span: LAUNCH_DATE_SPAN, fields: { date: { key: LAUNCH_DATE_SPAN, value: LAUNCH_DATE_SPAN } }, date: spec.launch, checklist: [], rollout: [], rollbackTriggers: [], postLaunch: [] },
  };
}

/** The schedule of {@link plan}'s program, which must have a valid start. */
export function scheduled(spec: ProgramSpec, ...tasks: readonly TaskSpec[]): Schedule {
  const result = scheduleProgram(plan(spec, ...tasks));
  assert.ok(result.ok);
  return result;
}

export function scheduledTask(s: Schedule, id: string): TaskSchedule {
  const found = s.byId.get(id);
  assert.ok(found, `task ${id} is scheduled`);
  return found;
}

function task(spec: TaskSpec, index: number): Task {
  const fields: Record<string, FieldSpan> = {};
  for (const key of FIELD_KEYS) if (key === 'id' || (spec as unknown as Record<string, unknown>)[keyOfSpec(key)] !== undefined) fields[key] = fieldSpanOf(index, key);
  const dependsOn: Dependency[] = (spec.deps ?? []).map((dep, n) => {
    const d = typeof dep === 'string' ? { task: dep } : dep;
    const span = { start: fieldSpanOf(index, 'dependsOn').value.start + n, end: fieldSpanOf(index, 'dependsOn').value.start + n + 1 };
    return { task: { id: d.task, span }, type: d.type ?? 'FS', lag: d.lag ?? 0, span };
  });
  return {
    id: spec.id,
    idSpan: idSpanOf(index),
    index,
    name: spec.id,
    span: { start: 1000 * (index + 1), end: 1000 * (index + 2) - 1 },
    fields,
    accountable: [],
    consulted: [],
    informed: [],
    duration: spec.milestone ? 0 : spec.d ?? 0,
    milestone: spec.milestone ?? spec.d === 0,
    dependsOn,
    notBefore: spec.notBefore,
    deadline: spec.deadline,
    status: spec.status ?? 'not-started',
    progress: spec.progress,
    actualStart: spec.actualStart,
    actualFinish: spec.actualFinish,
  };
}

function keyOfSpec(key: string): string {
  return key === 'duration' ? 'd' : key === 'dependsOn' ? 'deps' : key;
}
