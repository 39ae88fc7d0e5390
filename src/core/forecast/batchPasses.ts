/**
 * The scheduler's passes (schedule/passes.ts, schedule/shownDays.ts) over a batch of forecast
 * runs at once. Every per-task array holds one value per run, task-major (`j * size + r`), so the
 * work per task and per dependency — reading its type and lag, branching on the task's state —
 * is done once per batch, and the loops over the batch's runs are the WebAssembly kernel's
 * (kernel.wat), two runs per instruction, on the arrays in its memory. That is what makes 10,000
 * runs of a 1,000-task plan take a fraction of a second.
 *
 * The arithmetic is the scalar passes' own, operation for operation, so each run gets exactly
 * the dates the scheduler gives for its durations (test/unit/forecast/batchPasses.test.ts).
 * Only durations and work left vary between runs; states, floors, actual dates and deadlines are
 * the plan's. Rare cases (work started or done, cancelled tasks, instants) stay in JavaScript.
 */
import * as codes from '../schedule/taskInputs';
import type { Network, TaskInputs } from '../schedule/taskInputs';
import { Kernel, type KernelArray } from './kernel';

// Module constants, not imports (see schedule/passes.ts).
const { ACTUAL, CANCELLED, DONE, FROM_START, OPEN, PREDECESSOR, STARTED, STATUS_DATE, TO_FINISH } = codes;

/** The per-run arrays of one batch, in a kernel's memory; laid out once and reused. */
export class RunBatch {
  /** Runs a row holds: the runs asked for, rounded up to even (the kernel takes two at a time). */
  readonly size: number;
  readonly kernel: Kernel;
  private readonly arrays: {
    readonly duration: KernelArray<Float64Array>;
    readonly remaining: KernelArray<Float64Array>;
    readonly es: KernelArray<Float64Array>;
    readonly ef: KernelArray<Float64Array>;
    readonly kind: KernelArray<Uint8Array>;
    readonly shift: KernelArray<Int8Array>;
    readonly ls: KernelArray<Float64Array>;
    readonly lf: KernelArray<Float64Array>;
    readonly endDay: KernelArray<Float64Array>;
    readonly startBound: KernelArray<Float64Array>;
    readonly finishBound: KernelArray<Float64Array>;
    readonly projectEnd: KernelArray<Float64Array>;
  };

  /**
   * @param kernel where the arrays go; without one the batch makes its own and lays it out. A
   * caller that passes one reserves its own arrays after these, then opens it.
   */
  constructor(
    readonly tasks: number,
    size: number,
    /**
     * Per task: 0 when its duration is never 0 in any run (it is then never an instant, and its
     * shown days need no milestone rule). Without it, every task may be.
     */
    private readonly mayBeInstant?: Uint8Array,
    kernel?: Kernel,
  ) {
    this.size = Math.max(2, size + (size & 1));
    this.kernel = kernel ?? new Kernel();
    const k = this.kernel;
    const cells = tasks * this.size;
    const runs = this.size;
    this.arrays = {
      duration: k.float64(cells),
      remaining: k.float64(cells),
      es: k.float64(cells),
      ef: k.float64(cells),
      kind: k.uint8(cells),
      shift: k.int8(cells),
      ls: k.float64(cells),
      lf: k.float64(cells),
      endDay: k.float64(runs),
      startBound: k.float64(runs),
      finishBound: k.float64(runs),
      projectEnd: k.float64(runs),
    };
    if (!kernel) k.open();
  }

  /** Per task and run: the run's duration and work left (inputs). */
  get duration(): Float64Array {
    return this.arrays.duration.view;
  }
  get remaining(): Float64Array {
    return this.arrays.remaining.view;
  }
  /** Per task and run: the passes' results. */
  get es(): Float64Array {
    return this.arrays.es.view;
  }
  get ef(): Float64Array {
    return this.arrays.ef.view;
  }
  get kind(): Uint8Array {
    return this.arrays.kind.view;
  }
  get shift(): Int8Array {
    return this.arrays.shift.view;
  }
  get ls(): Float64Array {
    return this.arrays.ls.view;
  }
  get lf(): Float64Array {
    return this.arrays.lf.view;
  }
  /** Per run: the projected end's day (the latest shown finish of a task that counts). */
  get endDay(): Float64Array {
    return this.arrays.endDay.view;
  }
  /** The byte offset of the durations, for the kernel's draws. */
  get durationAt(): number {
    return this.arrays.duration.at;
  }

  /** Tasks `only` (default: all) start every run of the batch from the plan's duration and work left. */
  reset(inputs: TaskInputs, only?: Int32Array): void {
    const { size, duration, remaining } = this;
    const count = only ? only.length : this.tasks;
    for (let t = 0; t < count; t++) {
      const j = only ? only[t] : t;
      duration.fill(inputs.duration[j], j * size, (j + 1) * size);
      remaining.fill(inputs.remaining[j], j * size, (j + 1) * size);
    }
  }

  /**
   * The forward pass of runs 0 … runs − 1 (see `forwardPass`) with the milestone day shifts and
   * each run's projected end day; `inputs` gives everything but durations and work left.
   */
  forward(network: Network, inputs: TaskInputs, runs: number): void {
    const { size, duration, remaining, es, ef, kind, arrays } = this;
    const startBound = arrays.startBound.view;
    const finishBound = arrays.finishBound.view;
    const kernel = this.kernel.run;
    const n = runs + (runs & 1);
    const row8 = size * 8;
    const esAt = arrays.es.at;
    const efAt = arrays.ef.at;
    const durationAt = arrays.duration.at;
    const startAt = arrays.startBound.at;
    const finishAt = arrays.finishBound.at;
    const { predStart, predFrom, predType, predLag } = network;
    const { state, floor, floorKind, actualStart, actualEnd } = inputs;
    const withProgress = inputs.resume !== undefined;
    const resume = inputs.resume ?? 0;
    this.shift.fill(0);
    this.endDay.fill(-Infinity, 0, n);

    for (const j of network.order) {
      const row = j * size;
      // The first bound of a kind is copied in, the others taken as the max: no filling first.
      let startSeen = false;
      let finishSeen = false;
      for (let e = predStart[j], end = predStart[j + 1]; e < end; e++) {
        const i = predFrom[e];
        if (state[i] === CANCELLED) continue;
        const type = predType[e];
        const from = (type & FROM_START ? esAt : efAt) + i * row8;
        if (type & TO_FINISH) {
          if (finishSeen) kernel.boundMax(finishAt, from, predLag[e], n);
          else kernel.boundFirst(finishAt, from, predLag[e], n);
          finishSeen = true;
        } else {
          if (startSeen) kernel.boundMax(startAt, from, predLag[e], n);
          else kernel.boundFirst(startAt, from, predLag[e], n);
          startSeen = true;
        }
      }

      const taskFloor = floor[j];
      const taskFloorKind = floorKind[j];
      if (!startSeen && (finishSeen || state[j] !== OPEN)) startBound.fill(-Infinity, 0, n);
      if (!finishSeen && state[j] !== OPEN) finishBound.fill(-Infinity, 0, n);
      if (state[j] === OPEN) {
        // The common case, in the kernel: work not started.
        if (!startSeen && !finishSeen) {
          // At its floor, or the status date's next day.
          const late = withProgress && resume > taskFloor;
          kernel.openAt(esAt + row * 8, efAt + row * 8, durationAt + row * 8, late ? resume : taskFloor, n);
          kind.fill(late ? STATUS_DATE : taskFloorKind, row, row + n);
        } else {
          // A finish bound is a start bound once the run's duration is known.
          if (finishSeen) kernel.finishAsStart(startAt, finishAt, durationAt + row * 8, n);
          const from = withProgress ? resume : -Infinity;
          kernel.openAfter(esAt + row * 8, efAt + row * 8, durationAt + row * 8, startAt, this.arrays.kind.at + row, taskFloor, from, taskFloorKind, PREDECESSOR, STATUS_DATE, n);
        }
        this.showDay(j, network, inputs, n);
        continue;
      }
      switch (state[j]) {
        case STARTED: {
          const actual = actualStart[j];
          const known = !Number.isNaN(actual);
          for (let r = 0; r < runs; r++) {
            const x = row + r;
            const planStart = Math.max(taskFloor, Math.max(startBound[r], finishBound[r] - duration[x]));
            const start = known ? actual : Math.min(planStart, Math.max(0, resume - 1));
            es[x] = start;
            ef[x] = Math.max(Math.max(start, resume) + remaining[x], finishBound[r]);
            kind[x] = known ? ACTUAL : STATUS_DATE;
          }
          break;
        }
        case DONE: {
          const start = actualStart[j];
          const finish = actualEnd[j];
          const dated = !Number.isNaN(start) || !Number.isNaN(finish);
          for (let r = 0; r < runs; r++) {
            const x = row + r;
            const d = duration[x];
            if (dated) {
              // On its actual dates (placeDone in schedule/passes.ts).
              kind[x] = ACTUAL;
              if (Number.isNaN(finish)) {
                es[x] = start;
                ef[x] = Math.max(start, Math.min(start + d, resume));
              } else {
                es[x] = Number.isNaN(start) ? finish - d : Math.min(start, finish);
                ef[x] = finish;
              }
              continue;
            }
            const predecessorBound = Math.max(startBound[r], finishBound[r] - d);
            const planStart = Math.max(taskFloor, predecessorBound);
            const done = Math.min(planStart + d, Math.max(resume, 0));
            es[x] = Math.min(planStart, Math.max(done - d, 0));
            ef[x] = done;
            kind[x] = es[x] === planStart ? (predecessorBound >= taskFloor ? PREDECESSOR : taskFloorKind) : STATUS_DATE;
          }
          break;
        }
        default:
          for (let r = 0; r < runs; r++) {
            const x = row + r;
            const predecessorBound = Math.max(startBound[r], finishBound[r] - duration[x]);
            const planStart = Math.max(taskFloor, predecessorBound);
            es[x] = planStart;
            ef[x] = planStart;
            kind[x] = predecessorBound >= taskFloor ? PREDECESSOR : taskFloorKind;
          }
      }
      // In the same pass: its predecessors' days are known by now.
      if (state[j] !== CANCELLED) this.showDay(j, network, inputs, runs);
    }
  }

  /**
   * Task j's milestone day shift (see `milestoneShifts`) and its shown finish day counted into each
   * run's projected end, over `runs` runs (a padding run does no harm). Cancelled tasks are never
   * instants and never count for the end.
   */
  private showDay(j: number, network: Network, inputs: TaskInputs, runs: number): void {
    const { size, duration, es, ef, kind, shift, endDay } = this;
    const { predStart, predFrom, predType, predLag } = network;
    const { state, floor } = inputs;
    const row = j * size;
    if (this.mayBeInstant && !this.mayBeInstant[j]) {
      // Never an instant: its shift stays 0 (finishDay).
      const { arrays } = this;
      this.kernel.run.countFinish(arrays.endDay.at, arrays.es.at + row * 8, arrays.ef.at + row * 8, runs + (runs & 1));
      return;
    }
    for (let r = 0; r < runs; r++) {
      const x = row + r;
      // Only instants are shifted: a zero-length task dated by the day that drives it.
      if (duration[x] === 0 && ef[x] === es[x]) {
        if (kind[x] !== PREDECESSOR) {
          if (state[j] === DONE && kind[x] === STATUS_DATE) shift[x] = -1;
        } else {
          let day = floor[j];
          if (state[j] === OPEN && inputs.resume !== undefined && inputs.resume > day) day = inputs.resume;
          for (let e = predStart[j], end = predStart[j + 1]; e < end && day < es[x]; e++) {
            const i = predFrom[e];
            if (state[i] === CANCELLED) continue;
            const y = i * size + r;
            const fromStart = predType[e] & FROM_START;
            const bound = (fromStart ? es[y] : ef[y]) + predLag[e];
            const instant = duration[y] === 0 && ef[y] === es[y];
            const named = bound + (instant ? shift[y] : fromStart ? 0 : -1);
            if (named > day) day = named;
          }
          shift[x] = day < es[x] ? -1 : 0;
        }
      }
      // finishDay (schedule/shownDays.ts).
      const finish = ef[x] > es[x] ? ef[x] - 1 : es[x] + shift[x];
      if (finish > endDay[r]) endDay[r] = finish;
    }
  }

  /** The shown finish day of task j in run r (finishDay); after {@link forward}. */
  finishDay(j: number, r: number): number {
    const x = j * this.size + r;
    const { es, ef } = this;
    return ef[x] > es[x] ? ef[x] - 1 : es[x] + this.shift[x];
  }

  /** The backward pass (see `backwardPass`); after {@link forward}. */
  backward(network: Network, inputs: TaskInputs, runs: number): void {
    const { size, es, ef, ls, lf, arrays } = this;
    const projectEnd = arrays.projectEnd.view;
    const kernel = this.kernel.run;
    const n = runs + (runs & 1);
    const row8 = size * 8;
    const { order, succStart, succTo, succType, succLag } = network;
    const { state, deadlineLf } = inputs;
    const esAt = arrays.es.at;
    const efAt = arrays.ef.at;
    const lsAt = arrays.ls.at;
    const lfAt = arrays.lf.at;
    const endAt = arrays.projectEnd.at;
    projectEnd.fill(-Infinity, 0, n);
    for (const j of order) if (state[j] !== CANCELLED) kernel.boundMax(endAt, efAt + j * row8, 0, n);
    for (let r = 0; r < n; r++) if (projectEnd[r] === -Infinity) projectEnd[r] = 0;

    for (let position = order.length - 1; position >= 0; position--) {
      const j = order[position];
      const row = j * size;
      if (state[j] === CANCELLED) {
        for (let r = 0; r < runs; r++) {
          const x = row + r;
          lf[x] = Math.max(projectEnd[r], ef[x]);
          ls[x] = lf[x] - (ef[x] - es[x]);
        }
        continue;
      }
      // The late finish is gathered in place: the project end, then each successor's bound, then the deadline.
      const at = row * 8;
      lf.set(projectEnd.subarray(0, n), row);
      for (let e = succStart[j], end = succStart[j + 1]; e < end; e++) {
        const k = succTo[e];
        if (state[k] === CANCELLED) continue;
        const type = succType[e];
        const late = (type & TO_FINISH ? lfAt : lsAt) + k * row8;
        if (type & FROM_START) kernel.lateMinFromStart(lfAt + at, late, esAt + at, efAt + at, succLag[e], n);
        else kernel.lateMin(lfAt + at, late, succLag[e], n);
      }
      const deadline = deadlineLf[j];
      if (!Number.isNaN(deadline)) kernel.capAt(lfAt + at, deadline, n);
      kernel.lateStart(lsAt + at, lfAt + at, esAt + at, efAt + at, n);
    }
  }

  /** How many of the runs have task j on the critical path (no total float); after {@link backward}. */
  criticalRuns(j: number, runs: number): number {
    const at = j * this.size * 8;
    return this.kernel.run.countCritical(this.arrays.ls.at + at, this.arrays.es.at + at, runs);
  }
}
