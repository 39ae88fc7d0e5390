/**
 * Property tests on hand-built models, independent of the parser: the checks never throw on
 * odd models, and the reference and cycle checks agree with simple oracles.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkProgram } from '../../../src/core/checks/checkProgram';
import { CODES } from '../../../src/core/diagnostics';
import { TASK_STATUSES, type Program, type Ref, type Task } from '../../../src/core/model';

const at = { start: 0, end: 0 };
const ref = (id: string): Ref => ({ id, span: at });
const ID: fc.Arbitrary<string> = fc.constantFrom('', 'a', 'b', 'c', 'd', 'A', 'ab', 'ba', 'x-1', '<script>', '%%{init}%%');
const DATE: fc.Arbitrary<string> = fc.constantFrom('2026-03-01', '2026-03-20', '2026-02-30', 'soon', '9999-12-31', '');
const LEVEL = fc.constantFrom('low' as const, 'medium' as const, 'high' as const, undefined);

const taskArb = fc.record({
  id: ID,
  owner: fc.option(ID, { nil: undefined }),
  team: fc.option(ID, { nil: undefined }),
  accountable: fc.array(ID, { maxLength: 3 }),
  consulted: fc.array(ID, { maxLength: 2 }),
  deps: fc.array(ID, { maxLength: 4 }),
  status: fc.constantFrom(...TASK_STATUSES),
  progress: fc.option(fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constant(Number.NaN)), { nil: undefined }),
  actualStart: fc.option(DATE, { nil: undefined }),
  actualFinish: fc.option(DATE, { nil: undefined }),
  blocker: fc.option(fc.constantFrom('', '  ', 'vendor'), { nil: undefined }),
});

const programArb = fc.record({
  tasks: fc.array(taskArb, { maxLength: 12 }),
  people: fc.array(ID, { maxLength: 5 }),
  teams: fc.array(fc.record({ id: ID, lead: fc.option(ID, { nil: undefined }) }), { maxLength: 3 }),
  risks: fc.array(fc.record({ id: ID, probability: LEVEL, impact: LEVEL, owner: fc.option(ID, { nil: undefined }), tasks: fc.array(ID, { maxLength: 3 }) }), { maxLength: 3 }),
  actions: fc.array(fc.record({ id: ID, due: fc.option(DATE, { nil: undefined }) }), { maxLength: 3 }),
  accountable: fc.array(ID, { maxLength: 2 }),
  statusDate: fc.option(DATE, { nil: undefined }),
  asOf: DATE,
});

type Spec = typeof programArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): Program {
  const located = { span: at, fields: {} };
  const tasks: Task[] = spec.tasks.map((t, index) => ({
    ...located,
    id: t.id,
    idSpan: at,
    index,
    name: t.id,
    owner: t.owner === undefined ? undefined : ref(t.owner),
    team: t.team === undefined ? undefined : ref(t.team),
    accountable: t.accountable.map(ref),
    consulted: t.consulted.map(ref),
    informed: [],
    duration: 1,
    milestone: false,
    dependsOn: t.deps.map((id) => ({ task: ref(id), type: 'FS' as const, lag: 0, span: at })),
    status: t.status,
    progress: t.progress,
    actualStart: t.actualStart,
    actualFinish: t.actualFinish,
    blocker: t.blocker,
  }));
  return {
    ...located,
    name: 'Generated',
    start: '2026-03-02',
    statusDate: spec.statusDate,
    accountable: spec.accountable.map(ref),
    holidays: [],
    people: spec.people.map((id) => ({ ...located, id, idSpan: at, name: id })),
    teams: spec.teams.map((t) => ({ ...located, id: t.id, idSpan: at, name: t.id, lead: t.lead === undefined ? undefined : ref(t.lead) })),
    tasks,
    risks: spec.risks.map((r) => ({ ...located, ...r, idSpan: at, title: r.id, status: 'open' as const, owner: r.owner === undefined ? undefined : ref(r.owner), tasks: r.tasks.map(ref) })),
    actions: spec.actions.map((a) => ({ ...located, ...a, idSpan: at, title: a.id, status: 'open' as const })),
    issues: [],
    decisions: [],
    stakeholders: [],
  };
}

/** True when the resolved dependencies (first task per id, no self-edges) contain a loop: Kahn's algorithm leaves tasks over. */
function hasCycle(program: Program): boolean {
  const first = new Map<string, number>();
  program.tasks.forEach((t, i) => first.has(t.id) || first.set(t.id, i));
  const indegree = program.tasks.map(() => 0);
  const successors = program.tasks.map((): number[] => []);
  program.tasks.forEach((t, to) => {
    for (const d of t.dependsOn) {
      const from = first.get(d.task.id);
      if (from === undefined || from === to) continue;
      successors[from].push(to);
      indegree[to]++;
    }
  });
  const ready = indegree.flatMap((n, i) => (n === 0 ? [i] : []));
  let done = 0;
  while (ready.length > 0) {
    done++;
    for (const next of successors[ready.pop()!]) if (--indegree[next] === 0) ready.push(next);
  }
  return done < program.tasks.length;
}

describe('checks: properties on generated models', () => {
  it('never throw, and use each code with its documented severity', () => {
    fc.assert(
      fc.property(programArb, (spec) => {
        for (const d of checkProgram(build(spec), { asOf: spec.asOf })) {
          assert.equal(d.severity, CODES[d.code].severity);
          assert.ok(d.message.length > 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('report exactly the unknown and self dependencies', () => {
    fc.assert(
      fc.property(programArb, (spec) => {
        const program = build(spec);
        const ids = new Set(program.tasks.map((t) => t.id));
        const deps = program.tasks.flatMap((t) => t.dependsOn.map((d) => [t.id, d.task.id]));
        const count = (code: string) => checkProgram(program, { asOf: spec.asOf }).filter((d) => d.code === code).length;
        assert.equal(count('PP103'), deps.filter(([from, to]) => from === to).length);
        assert.equal(count('PP102'), deps.filter(([from, to]) => from !== to && !ids.has(to)).length);
      }),
      { numRuns: 400 },
    );
  });

  it('report each dependency problem in file order: unknown, on itself, on cancelled work', () => {
    fc.assert(
      fc.property(programArb, (spec) => {
        const program = build(spec);
        const first = new Map<string, Task>();
        for (const task of program.tasks) if (!first.has(task.id)) first.set(task.id, task);
        const expected: string[] = [];
        for (const task of program.tasks) {
          for (const { task: ref } of task.dependsOn) {
            const predecessor = first.get(ref.id);
            if (ref.id === task.id) expected.push(`PP103 ${task.id} ${ref.id}`);
            else if (!predecessor) expected.push(`PP102 ${task.id} ${ref.id}`);
            else if (predecessor.status === 'cancelled' && task.status !== 'cancelled') expected.push(`PP105 ${task.id} ${ref.id}`);
          }
        }
        const found = checkProgram(program, { asOf: spec.asOf }).filter((d) => ['PP102', 'PP103', 'PP105'].includes(d.code));
        assert.deepEqual(found.map((d) => `${d.code} ${String(d.data?.taskId)} ${String(d.data?.ref)}`), expected);
      }),
      { numRuns: 400 },
    );
  });

  it('report each repeated task id once per repetition, in file order', () => {
    fc.assert(
      fc.property(programArb, (spec) => {
        const program = build(spec);
        const seen = new Set<string>();
        const expected: string[] = [];
        for (const { id } of program.tasks) {
          if (id !== '' && seen.has(id)) expected.push(id);
          seen.add(id);
        }
        const found = checkProgram(program, { asOf: spec.asOf }).filter((d) => d.code === 'PP101' && d.data?.kind === 'task');
        assert.deepEqual(found.map((d) => d.data?.id), expected);
      }),
      { numRuns: 400 },
    );
  });

  it('report a cycle exactly when the dependencies contain one', () => {
    fc.assert(
      fc.property(programArb, (spec) => {
        const program = build(spec);
        const cycles = checkProgram(program, { asOf: spec.asOf }).filter((d) => d.code === 'PP104');
        assert.equal(cycles.length > 0, hasCycle(program));
      }),
      { numRuns: 400 },
    );
  });

  it('handle a 20,000-task chain without recursion and find nothing wrong in it', () => {
    const spec: Spec = {
      tasks: Array.from({ length: 20_000 }, (_, i) => ({
        id: `t${i}`, owner: 'p', team: 'core', accountable: [], consulted: [], deps: i === 0 ? [] : [`t${i - 1}`],
        status: 'not-started' as const, progress: undefined, actualStart: undefined, actualFinish: undefined, blocker: undefined,
      })),
      people: ['p'],
      teams: [{ id: 'core', lead: 'p' }],
      risks: [], actions: [], accountable: ['p'], statusDate: undefined, asOf: '2026-03-20',
    };
    assert.deepEqual(checkProgram(build(spec), { asOf: spec.asOf }), []);
  });
});
