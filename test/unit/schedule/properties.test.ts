/**
 * Properties of the schedule on random dependency networks, checked against definitions and a
 * brute-force relaxation that knows nothing of topological order.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { DependencyType, Program } from '../../../src/core/model';
import { buildDependencyGraph } from '../../../src/core/graph/dependencyGraph';
import { WorkingDayCalendar } from '../../../src/core/schedule/calendar';
import { criticalChain } from '../../../src/core/schedule/drivingChain';
import { scheduleDiagnostics } from '../../../src/core/schedule/scheduleDiagnostics';
import { scheduleProgram } from '../../../src/core/schedule/scheduleProgram';
import type { Schedule } from '../../../src/core/schedule/types';
import { plan, type TaskSpec } from './build';

const START = '2026-01-05';
const HOLIDAYS = ['2026-01-07', '2026-01-19', '2026-02-02'];
const calendar = WorkingDayCalendar.create(START, HOLIDAYS)!;

interface Edge {
  readonly from: number;
  readonly to: number;
  readonly type: DependencyType;
  readonly lag: number;
}

interface Network {
  readonly durations: readonly number[];
  /** notBefore as an offset, or null. */
  readonly notBefore: readonly (number | null)[];
  /** Deadline as an offset (the deadline's working day), or null. */
  readonly deadline: readonly (number | null)[];
  readonly edges: readonly Edge[];
  /** File order of the tasks: a permutation, so the file is not already topologically sorted. */
  readonly order: readonly number[];
}

const edgeOf = (n: number) =>
  fc.record({
    from: fc.nat(n - 1),
    to: fc.nat(n - 1),
    type: fc.constantFrom<DependencyType>('FS', 'SS', 'FF', 'SF'),
    lag: fc.integer({ min: -3, max: 3 }),
  });

/** `acyclic`: edges only from lower to higher task numbers. */
function network(options: { acyclic: boolean; deadlines: boolean; maxTasks?: number }): fc.Arbitrary<Network> {
  return fc.integer({ min: 1, max: options.maxTasks ?? 9 }).chain((n) =>
    fc.record({
      durations: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }),
      notBefore: fc.array(fc.option(fc.integer({ min: 0, max: 12 }), { freq: 4 }), { minLength: n, maxLength: n }),
      deadline: fc.array(options.deadlines ? fc.option(fc.integer({ min: 0, max: 20 }), { freq: 2 }) : fc.constant(null), { minLength: n, maxLength: n }),
      edges: fc.array(edgeOf(n), { maxLength: 2 * n }).map((edges) => (options.acyclic ? edges.filter((e) => e.from < e.to) : edges)),
      order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    }),
  );
}

function programOf(net: Network, launch?: string): Program {
  const tasks: TaskSpec[] = net.order.map((k) => ({
    id: `t${k}`,
    d: net.durations[k],
    notBefore: net.notBefore[k] === null ? undefined : calendar.dateOf(net.notBefore[k]!),
    deadline: net.deadline[k] === null ? undefined : calendar.dateOf(net.deadline[k]!),
    deps: net.edges.filter((e) => e.to === k).map((e) => ({ task: `t${e.from}`, type: e.type, lag: e.lag })),
  }));
  return plan({ start: START, holidays: HOLIDAYS, launch }, ...tasks);
}

function get(s: Schedule, k: number) {
  const t = s.byId.get(`t${k}`);
  assert.ok(t, `t${k} is scheduled`);
  return t;
}

/** Early starts by repeated relaxation over all edges until nothing changes (a DAG settles within n rounds). */
function bruteForceEarlyStarts(net: Network): number[] {
  const n = net.durations.length;
  const es = net.notBefore.map((nb) => Math.max(0, nb ?? 0));
  for (let round = 0; round <= n; round++) {
    for (const e of net.edges) {
      const pred = e.type === 'SS' || e.type === 'SF' ? es[e.from] : es[e.from] + net.durations[e.from];
      const bound = pred + e.lag - (e.type === 'FF' || e.type === 'SF' ? net.durations[e.to] : 0);
      if (bound > es[e.to]) es[e.to] = bound;
    }
  }
  return es;
}

/** Checks that early and late dates satisfy an edge's bound. */
function assertEdgeHolds(s: Schedule, e: Edge): void {
  const from = get(s, e.from);
  const to = get(s, e.to);
  const [early, late] = {
    FS: [[to.es, from.ef], [to.ls, from.lf]],
    SS: [[to.es, from.es], [to.ls, from.ls]],
    FF: [[to.ef, from.ef], [to.lf, from.lf]],
    SF: [[to.ef, from.es], [to.lf, from.ls]],
  }[e.type];
  assert.ok(early[0] >= early[1] + e.lag, `early ${e.type} t${e.from}→t${e.to} lag ${e.lag}`);
  assert.ok(late[0] >= late[1] + e.lag, `late ${e.type} t${e.from}→t${e.to} lag ${e.lag}`);
}

describe('scheduler properties', () => {
  it('every dependency bound holds, early and late, and EF = ES + duration ≥ ES ≥ max(0, notBefore)', () => {
    fc.assert(
      fc.property(network({ acyclic: true, deadlines: true }), (net) => {
        const s = scheduleProgram(programOf(net));
        net.edges.forEach((e) => assertEdgeHolds(s, e));
        net.durations.forEach((d, k) => {
          const t = get(s, k);
          assert.equal(t.ef, t.es + d);
          assert.equal(t.lf, t.ls + d);
          assert.ok(t.es >= Math.max(0, net.notBefore[k] ?? 0));
          assert.ok(t.lf <= s.projectEnd);
          if (net.deadline[k] !== null) assert.ok(t.lf <= net.deadline[k]! + 1);
          assert.equal(t.tf, t.ls - t.es);
          assert.equal(t.critical, t.tf <= 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('total and free float are never negative without deadlines', () => {
    fc.assert(
      fc.property(network({ acyclic: true, deadlines: false }), (net) => {
        const s = scheduleProgram(programOf(net));
        for (const t of s.tasks) {
          assert.ok(t.tf >= 0, `${t.id} tf ${t.tf}`);
          assert.ok(t.ff >= 0, `${t.id} ff ${t.ff}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('early starts and the project end equal a brute-force relaxation', () => {
    fc.assert(
      fc.property(network({ acyclic: true, deadlines: false }), (net) => {
        const s = scheduleProgram(programOf(net));
        const es = bruteForceEarlyStarts(net);
        es.forEach((start, k) => assert.equal(get(s, k).es, start, `t${k}`));
        assert.equal(s.projectEnd, Math.max(...es.map((start, k) => start + net.durations[k])));
      }),
      { numRuns: 300 },
    );
  });

  it('a chain of critical tasks, linked by drivers, runs from a start to the project end', () => {
    fc.assert(
      fc.property(network({ acyclic: true, deadlines: false }), (net) => {
        const s = scheduleProgram(programOf(net));
        const chain = criticalChain(s);
        assert.ok(chain.length > 0);
        assert.equal(chain.at(-1)!.ef, s.projectEnd);
        assert.notEqual(chain[0].driverKind, 'predecessor');
        assert.equal(chain[0].driver, undefined);
        chain.forEach((t, i) => {
          assert.ok(t.critical, `${t.id} is critical`);
          if (i > 0) assert.equal(t.driver, chain[i - 1].id);
        });
        for (const t of s.tasks) {
          if (t.driver !== undefined) assert.equal(t.driverKind, 'predecessor');
          if (t.critical && t.driver !== undefined) assert.ok(s.byId.get(t.driver)!.critical, `the driver of critical ${t.id} is critical`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('dates each milestone on the latest day its constraints name: ES or the day before, never before a predecessor it follows', () => {
    fc.assert(
      fc.property(network({ acyclic: true, deadlines: false }), (net) => {
        const s = scheduleProgram(programOf(net));
        const day = (date: string): number => calendar.offsetOf(date);
        net.durations.forEach((d, k) => {
          const t = get(s, k);
          assert.equal(day(t.finishDate), t.finishDay);
          if (d > 0) {
            assert.deepEqual([day(t.startDate), t.finishDay], [t.es, t.ef - 1]);
            return;
          }
          assert.equal(t.startDate, t.finishDate);
          assert.ok(t.finishDay === t.es || t.finishDay === t.es - 1, `t${k} on ES or the day before`);
          // What each constraint names: the day of a predecessor's start or finish as shown, moved by the lag.
          let latest = Math.max(0, net.notBefore[k] ?? 0);
          for (const e of net.edges.filter((edge) => edge.to === k)) {
            const from = get(s, e.from);
            const named = day(e.type === 'SS' || e.type === 'SF' ? from.startDate : from.finishDate) + e.lag;
            assert.ok(t.finishDay >= named, `t${k} not before t${e.from} (${e.type} ${e.lag})`);
            latest = Math.max(latest, named);
          }
          assert.equal(t.finishDay, latest, `t${k} on the latest day named`);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('PP501 and PP502 fire exactly when the day shown is after the deadline or the launch date', () => {
    fc.assert(
      fc.property(network({ acyclic: true, deadlines: true }), fc.integer({ min: 0, max: 25 }), (net, launch) => {
        const program = programOf(net, calendar.dateOf(launch));
        const s = scheduleProgram(program);
        const diagnostics = scheduleDiagnostics(program, s);
        const missed = new Map(diagnostics.filter((d) => d.code === 'PP501').map((d) => [d.data?.taskId, d.data?.days]));
        net.deadline.forEach((deadline, k) => {
          const late = deadline === null ? 0 : get(s, k).finishDay - deadline;
          assert.equal(missed.get(`t${k}`), late > 0 ? late : undefined, `t${k}`);
        });
        const end = Math.max(...s.tasks.map((t) => t.finishDay));
        assert.equal(s.projectEndDate, calendar.dateOf(end));
        assert.equal(diagnostics.some((d) => d.code === 'PP502'), launch < end);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on cycles, self-dependencies and unknown tasks, and schedules everything off the cycles', () => {
    fc.assert(
      fc.property(network({ acyclic: false, deadlines: true }), fc.boolean(), (net, withGhost) => {
        const program = programOf(net);
        const tasks = withGhost ? program.tasks.map((t, i) => (i === 0 ? { ...t, dependsOn: [...t.dependsOn, { ...t.dependsOn[0], task: { id: 'ghost', span: t.span }, type: 'FS' as const, lag: 0, span: t.span }] } : t)) : program.tasks;
        const messy = { ...program, tasks };
        const s = scheduleProgram(messy);
        scheduleDiagnostics(messy, s);
        const graph = buildDependencyGraph(messy);
        assert.deepEqual(
          s.tasks.map((t) => t.index),
          messy.tasks.map((_, i) => i).filter((i) => !graph.inCycle[i]),
        );
        const scheduled = new Set(s.tasks.map((t) => t.id));
        for (const e of net.edges) {
          if (e.from !== e.to && scheduled.has(`t${e.from}`) && scheduled.has(`t${e.to}`)) assertEdgeHolds(s, e);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('schedules a 100,000-task chain without overflowing the stack', function () {
    this.timeout(120_000); // building the model alone takes seconds on a loaded machine
    const n = 100_000;
    const tasks: TaskSpec[] = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, d: 1, deps: i === 0 ? [] : [`c${i - 1}`] }));
    tasks[n - 1] = { ...tasks[n - 1], deadline: START };
    const program = plan({ start: START }, ...tasks);
    const s = scheduleProgram(program);
    assert.equal(s.projectEnd, n);
    assert.equal(s.byId.get(`c${n - 1}`)?.es, n - 1);
    const [missed] = scheduleDiagnostics(program, s);
    assert.equal(missed.code, 'PP501');
    assert.equal(missed.data?.days, n - 1);
  });
});
