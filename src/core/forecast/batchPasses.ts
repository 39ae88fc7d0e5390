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

/** The per-run arrays of one batch, in a kernel's memory with the plan's network; laid out once and reused. */
export class RunBatch {
  /** Runs a row holds: the runs asked for, rounded up to even (the kernel takes two at a time). */
  readonly size: number;
  readonly kernel: Kernel;
  private readonly tasks: number;
  private readonly instants: KernelArray<Uint8Array>;
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
    readonly critical: KernelArray<Int32Array>;
  };

  /**
   * @param inputs everything but durations and work left, the same for every run.
   * @param mayBeInstant per task: 0 when its duration is never 0 in any run (it is then never an
   *   instant, and its shown days need no milestone rule). Without it, every task may be.
   * @param kernel where the arrays go; without one the batch makes its own and lays it out. A
   *   caller that passes one reserves its own arrays after these, then opens it.
   */
  constructor(
    private readonly network: Network,
    private readonly inputs: TaskInputs,
    size: number,
    mayBeInstant?: Uint8Array,
    kernel?: Kernel,
  ) {
    this.tasks = inputs.state.length;
    this.size = Math.max(2, size + (size & 1));
    this.kernel = kernel ?? new Kernel();
    const k = this.kernel;
    const cells = this.tasks * this.size;
    const runs = this.size;
    const { order, predStart, predFrom, predType, predLag, succStart, succTo, succType, succLag } = network;
    this.instants = k.uint8(this.tasks, mayBeInstant ?? new Uint8Array(this.tasks).fill(1));
    const at = {
      order: k.int32(order.length, order).at,
      predStart: k.int32(predStart.length, predStart).at,
      predFrom: k.int32(predFrom.length, predFrom).at,
      predType: k.uint8(predType.length, predType).at,
      predLag: k.float64(predLag.length, predLag).at,
      succStart: k.int32(succStart.length, succStart).at,
      succTo: k.int32(succTo.length, succTo).at,
      succType: k.uint8(succType.length, succType).at,
      succLag: k.float64(succLag.length, succLag).at,
      state: k.uint8(this.tasks, inputs.state).at,
      floor: k.float64(this.tasks, inputs.floor).at,
      floorKind: k.uint8(this.tasks, inputs.floorKind).at,
      deadline: k.float64(this.tasks, inputs.deadlineLf).at,
      actualStart: k.float64(this.tasks, inputs.actualStart).at,
      actualEnd: k.float64(this.tasks, inputs.actualEnd).at,
    };
    const arrays = {
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
      critical: k.int32(this.tasks),
    };
    this.arrays = arrays;
    const run = k.run;
    run.setCodes(OPEN, STARTED, DONE, CANCELLED, FROM_START, TO_FINISH, PREDECESSOR, STATUS_DATE, ACTUAL);
    run.layoutNetwork(at.order, order.length, at.predStart, at.predFrom, at.predType, at.predLag, at.succStart, at.succTo, at.succType, at.succLag, at.state, at.floor, at.floorKind, this.instants.at, at.deadline, arrays.critical.at, at.actualStart, at.actualEnd);
    run.layoutRuns(this.size * 8, arrays.duration.at, arrays.remaining.at, arrays.es.at, arrays.ef.at, arrays.ls.at, arrays.lf.at, arrays.kind.at, arrays.endDay.at, arrays.startBound.at, arrays.finishBound.at, arrays.projectEnd.at);
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
  /** Per task: the runs so far that had it on the critical path (total float ≤ 0, not done or cancelled). */
  get critical(): Int32Array {
    return this.arrays.critical.view;
  }

  /** Tasks `only` (default: all) start every run of the batch from the plan's duration and work left. */
  reset(only?: Int32Array): void {
    const { size, duration, remaining, inputs } = this;
    const count = only ? only.length : this.tasks;
    for (let t = 0; t < count; t++) {
      const j = only ? only[t] : t;
      duration.fill(inputs.duration[j], j * size, (j + 1) * size);
      remaining.fill(inputs.remaining[j], j * size, (j + 1) * size);
    }
  }

  /**
   * The forward pass of runs 0 … runs − 1 (see `forwardPass`) with the milestone day shifts and
   * each run's projected end day. Tasks that are never instants, the common case, are the
   * kernel's (`forwardTasks`); it stops at each instant or cancelled task, which is done here.
   */
  forward(runs: number): void {
    const { order } = this.network;
    const { resume } = this.inputs;
    const kernel = this.kernel.run;
    const n = runs + (runs & 1);
    this.shift.fill(0);
    this.endDay.fill(-Infinity, 0, n);
    for (let position = 0; position < order.length; position++) {
      position = kernel.forwardTasks(position, resume ?? 0, resume === undefined ? 0 : 1, n);
      if (position < order.length) this.forwardTask(order[position], runs);
    }
  }

  /** One task of the forward pass that the kernel leaves: cancelled, or maybe an instant in some run. */
  private forwardTask(j: number, runs: number): void {
    const { size, duration, remaining, es, ef, kind, arrays, network, inputs } = this;
    const startBound = arrays.startBound.view;
    const finishBound = arrays.finishBound.view;
    const kernel = this.kernel.run;
    const n = runs + (runs & 1);
    const row = j * size;
    const row8 = size * 8;
    const { predStart, predFrom, predType, predLag } = network;
    const { state, floor, floorKind, actualStart, actualEnd } = inputs;
    const withProgress = inputs.resume !== undefined;
    const resume = inputs.resume ?? 0;
    // The first bound of a kind is copied in, the others taken as the max: no filling first.
    let startSeen = false;
    let finishSeen = false;
    for (let e = predStart[j], end = predStart[j + 1]; e < end; e++) {
      const i = predFrom[e];
      if (state[i] === CANCELLED) continue;
      const type = predType[e];
      const from = (type & FROM_START ? arrays.es.at : arrays.ef.at) + i * row8;
      if (type & TO_FINISH) {
        if (finishSeen) kernel.boundMax(arrays.finishBound.at, from, predLag[e], n);
        else kernel.boundFirst(arrays.finishBound.at, from, predLag[e], n);
        finishSeen = true;
      } else {
        if (startSeen) kernel.boundMax(arrays.startBound.at, from, predLag[e], n);
        else kernel.boundFirst(arrays.startBound.at, from, predLag[e], n);
        startSeen = true;
      }
    }

    const taskFloor = floor[j];
    const taskFloorKind = floorKind[j];
    if (!startSeen && (finishSeen || state[j] !== OPEN)) startBound.fill(-Infinity, 0, n);
    if (!finishSeen && state[j] !== OPEN) finishBound.fill(-Infinity, 0, n);
    const at = row * 8;
    if (state[j] === OPEN) {
      if (!startSeen && !finishSeen) {
        // At its floor, or the status date's next day.
        const late = withProgress && resume > taskFloor;
        kernel.openAt(arrays.es.at + at, arrays.ef.at + at, arrays.duration.at + at, late ? resume : taskFloor, 0, n);
        kind.fill(late ? STATUS_DATE : taskFloorKind, row, row + n);
      } else {
        // A finish bound is a start bound once the run's duration is known.
        if (finishSeen) kernel.finishAsStart(arrays.startBound.at, arrays.finishBound.at, arrays.duration.at + at, n);
        kernel.openAfter(arrays.es.at + at, arrays.ef.at + at, arrays.duration.at + at, arrays.startBound.at, arrays.kind.at + row, taskFloor, withProgress ? resume : -Infinity, taskFloorKind, 0, n);
      }
      this.showDay(j, n);
      return;
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
    if (state[j] !== CANCELLED) this.showDay(j, runs);
  }

  /**
   * Task j's milestone day shift (see `milestoneShifts`) and its shown finish day counted into each
   * run's projected end, over `runs` runs (a padding run does no harm). Cancelled tasks are never
   * instants and never count for the end.
   */
  private showDay(j: number, runs: number): void {
    const { size, duration, es, ef, kind, shift, endDay, network, inputs } = this;
    const { predStart, predFrom, predType, predLag } = network;
    const { state, floor } = inputs;
    const row = j * size;
    if (!this.instants.view[j]) {
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

  /**
   * The backward pass (see `backwardPass`); after {@link forward}. The kernel's (`backwardFrom`),
   * but for cancelled tasks, done here: they only follow the project end. Adds the batch's runs
   * that have each task on the critical path to {@link critical}.
   */
  backward(runs: number): void {
    const { size, es, ef, ls, lf, arrays } = this;
    const { order } = this.network;
    const projectEnd = arrays.projectEnd.view;
    const kernel = this.kernel.run;
    const n = runs + (runs & 1);
    kernel.projectEndOf(n);
    for (let position = order.length - 1; position >= 0; position--) {
      position = kernel.backwardFrom(position, n, runs);
      if (position < 0) break;
      const row = order[position] * size;
      for (let r = 0; r < runs; r++) {
        const x = row + r;
        lf[x] = Math.max(projectEnd[r], ef[x]);
        ls[x] = lf[x] - (ef[x] - es[x]);
      }
    }
  }
}
