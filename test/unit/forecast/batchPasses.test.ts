import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildDependencyGraph } from '../../../src/core/graph/dependencyGraph';
import { RunBatch } from '../../../src/core/forecast/batchPasses';
import { WorkingDayCalendar } from '../../../src/core/schedule/calendar';
import { backwardPass, forwardPass } from '../../../src/core/schedule/passes';
import { finishDay, milestoneShifts } from '../../../src/core/schedule/shownDays';
import { CANCELLED, DONE, readNetwork, readScheduleInputs, STARTED } from '../../../src/core/schedule/taskInputs';
import { randomPlan } from './randomPlan';

describe('the forecast\'s batched passes', () => {
  it('give every run exactly the scalar passes\' dates, kinds, shifts, late dates and end for its durations', () => {
    fc.assert(
      fc.property(randomPlan({ progress: true }), fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 60, maxLength: 60 }), fc.boolean(), (program, runs, draws, declared) => {
        const calendar = WorkingDayCalendar.create(program.start!, [])!;
        const network = readNetwork(program.tasks, buildDependencyGraph(program));
        const base = readScheduleInputs(program, calendar).forecast;
        const n = program.tasks.length;
        // Tasks with a duration in every run are declared never instants, as the forecast does.
        const mayBeInstant = Uint8Array.from({ length: n }, (_, j) => (base.duration[j] === 0 || Array.from({ length: runs }, (_, r) => draws[(r * n + j) % draws.length]).includes(0) ? 1 : 0));
        const batch = new RunBatch(network, base, 5, declared ? mayBeInstant : undefined);
        batch.reset();
        // Each run its own durations (zero too: instants appear and vanish) and work left.
        const runInputs = Array.from({ length: runs }, (_, r) => {
          const duration = base.duration.slice();
          const remaining = base.remaining.slice();
          for (let j = 0; j < n; j++) {
            if (base.state[j] === CANCELLED) continue;
            duration[j] = draws[(r * n + j) % draws.length];
            if (base.state[j] === STARTED) remaining[j] = Math.min(duration[j], draws[(r * n + j + 7) % draws.length]);
            batch.duration[j * batch.size + r] = duration[j];
            batch.remaining[j * batch.size + r] = remaining[j];
          }
          return { ...base, duration, remaining };
        });
        batch.forward(runs);
        batch.backward(runs);

        // Critical in a run: no total float, and neither done nor cancelled (as the schedule marks them).
        const critical = new Int32Array(n);
        runInputs.forEach((inputs, r) => {
          const forward = forwardPass(network, inputs);
          const shift = milestoneShifts(network, inputs, forward);
          const late = backwardPass(network, inputs, forward);
          let end = -Infinity;
          for (const j of network.order) {
            const x = j * batch.size + r;
            const got = [batch.es[x], batch.ef[x], batch.kind[x], batch.shift[x], batch.ls[x], batch.lf[x], batch.finishDay(j, r)];
            const want = [forward.es[j], forward.ef[j], forward.kind[j], shift[j], late.ls[j], late.lf[j], finishDay(forward.es[j], forward.ef[j], shift[j])];
            assert.deepEqual(got, want, `run ${r}, task ${program.tasks[j].id}`);
            if (forward.binds[j]) end = Math.max(end, finishDay(forward.es[j], forward.ef[j], shift[j]));
            if (base.state[j] !== DONE && base.state[j] !== CANCELLED && late.ls[j] - forward.es[j] <= 0) critical[j]++;
          }
          assert.equal(batch.endDay[r], end, `run ${r}: the projected end`);
        });
        assert.deepEqual(batch.critical, critical, 'the runs that have each task on the critical path');
      }),
      { numRuns: 300 },
    );
  });
});
