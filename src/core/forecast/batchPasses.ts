/**
 * The scheduler's passes (schedule/passes.ts, schedule/shownDays.ts) over a batch of forecast
 * runs at once. Every per-task array holds one value per run, task-major (`j * size + r`), so the
 * work per task and per dependency — reading its type and lag, branching on the task's state —
 * is done once per batch, and the inner loops run over the batch's runs on contiguous memory.
 * That is what makes 10,000 runs of a 1,000-task plan take a fraction of a second.
 *
 * The arithmetic is the scalar passes' own, operation for operation, so each run gets exactly
 * the dates the scheduler gives for its durations (test/unit/forecast/batchPasses.test.ts).
 * Only durations and work left vary between runs; states, floors, actual dates and deadlines are
 * the plan's.
 */
import * as codes from '../schedule/taskInputs';
import type { Network, TaskInputs } from '../schedule/taskInputs';

// Module constants, not imports (see schedule/passes.ts).
const { ACTUAL, CANCELLED, DONE, FROM_START, OPEN, PREDECESSOR, STARTED, STATUS_DATE, TO_FINISH } = codes;

/** The per-run arrays of one batch; allocated once and reused. */
export class RunBatch {
  /** Per task and run: the run's duration and work left (inputs). */
  readonly duration: Float64Array;
  readonly remaining: Float64Array;
  /** Per task and run: the passes' results. */
  readonly es: Float64Array;
  readonly ef: Float64Array;
  readonly kind: Uint8Array;
  readonly shift: Int8Array;
  readonly ls: Float64Array;
  readonly lf: Float64Array;
  /** Per run: the projected end's day (the latest shown finish of a task that counts). */
  readonly endDay: Float64Array;
  private readonly startBound: Float64Array;
  private readonly finishBound: Float64Array;
  private readonly projectEnd: Float64Array;

  constructor(
    readonly tasks: number,
    /** Runs per batch: the stride of the per-task arrays. */
    readonly size: number,
    /**
     * Per task: 0 when its duration is never 0 in any run (it is then never an instant, and its
     * shown days need no milestone rule). Without it, every task may be.
     */
    private readonly mayBeInstant?: Uint8Array,
  ) {
    const cells = tasks * size;
    this.duration = new Float64Array(cells);
    this.remaining = new Float64Array(cells);
    this.es = new Float64Array(cells);
    this.ef = new Float64Array(cells);
    this.kind = new Uint8Array(cells);
    this.shift = new Int8Array(cells);
    this.ls = new Float64Array(cells);
    this.lf = new Float64Array(cells);
    this.endDay = new Float64Array(size);
    this.startBound = new Float64Array(size);
    this.finishBound = new Float64Array(size);
    this.projectEnd = new Float64Array(size);
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
    const { size, duration, remaining, es, ef, kind, startBound, finishBound } = this;
    const { predStart, predFrom, predType, predLag } = network;
    const { state, floor, floorKind, actualStart, actualEnd } = inputs;
    const withProgress = inputs.resume !== undefined;
    const resume = inputs.resume ?? 0;
    this.shift.fill(0);
    this.endDay.fill(-Infinity, 0, runs);

    for (const j of network.order) {
      const row = j * size;
      // The first bound of a kind is copied in, the others taken as the max: no filling first.
      let startSeen = false;
      let finishSeen = false;
      for (let e = predStart[j], end = predStart[j + 1]; e < end; e++) {
        const i = predFrom[e];
        if (state[i] === CANCELLED) continue;
        const type = predType[e];
        const from = type & FROM_START ? es : ef;
        const toFinish = type & TO_FINISH;
        const bounds = toFinish ? finishBound : startBound;
        const lag = predLag[e];
        const at = i * size;
        if (toFinish ? finishSeen : startSeen) {
          for (let r = 0; r < runs; r++) {
            const bound = from[at + r] + lag;
            if (bound > bounds[r]) bounds[r] = bound;
          }
        } else {
          for (let r = 0; r < runs; r++) bounds[r] = from[at + r] + lag;
          if (toFinish) finishSeen = true;
          else startSeen = true;
        }
      }

      const taskFloor = floor[j];
      const taskFloorKind = floorKind[j];
      if (!startSeen && (finishSeen || state[j] !== OPEN)) startBound.fill(-Infinity, 0, runs);
      if (!finishSeen && state[j] !== OPEN) finishBound.fill(-Infinity, 0, runs);
      if (state[j] === OPEN) {
        // The common case, in loops of its own: work not started.
        if (!startSeen && !finishSeen) this.openAt(row, taskFloor, taskFloorKind, withProgress, resume, runs);
        else {
          // A finish bound is a start bound once the run's duration is known.
          if (finishSeen) for (let r = 0; r < runs; r++) startBound[r] = Math.max(startBound[r], finishBound[r] - duration[row + r]);
          this.openAfter(row, taskFloor, taskFloorKind, withProgress, resume, runs);
        }
        this.showDay(j, network, inputs, runs);
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

  /** An open task without predecessors that bind it: at its floor, or the status date's next day. */
  private openAt(row: number, taskFloor: number, taskFloorKind: number, withProgress: boolean, resume: number, runs: number): void {
    const { duration, es, ef, kind } = this;
    const start = withProgress && resume > taskFloor ? resume : taskFloor;
    const startKind = withProgress && resume > taskFloor ? STATUS_DATE : taskFloorKind;
    for (let r = 0; r < runs; r++) {
      const x = row + r;
      es[x] = start;
      kind[x] = startKind;
      ef[x] = start + duration[x];
    }
  }

  /** An open task whose predecessors bind its start at `startBound`: the OPEN case of `forwardPass`. */
  private openAfter(row: number, taskFloor: number, taskFloorKind: number, withProgress: boolean, resume: number, runs: number): void {
    const { duration, es, ef, kind, startBound } = this;
    for (let r = 0; r < runs; r++) {
      const x = row + r;
      const predecessorBound = startBound[r];
      const planStart = Math.max(taskFloor, predecessorBound);
      if (withProgress && resume > planStart) {
        es[x] = resume;
        kind[x] = STATUS_DATE;
      } else {
        es[x] = planStart;
        kind[x] = predecessorBound >= taskFloor ? PREDECESSOR : taskFloorKind;
      }
      ef[x] = es[x] + duration[x];
    }
  }

  /**
   * Task j's milestone day shift (see `milestoneShifts`) and its shown finish day counted into each
   * run's projected end. Cancelled tasks are never instants and never count for the end.
   */
  private showDay(j: number, network: Network, inputs: TaskInputs, runs: number): void {
    const { size, duration, es, ef, kind, shift, endDay } = this;
    const { predStart, predFrom, predType, predLag } = network;
    const { state, floor } = inputs;
    const row = j * size;
    if (this.mayBeInstant && !this.mayBeInstant[j]) {
      for (let r = 0; r < runs; r++) {
        const x = row + r;
        // Never an instant: its shift stays 0 (finishDay).
        const finish = ef[x] > es[x] ? ef[x] - 1 : es[x];
        if (finish > endDay[r]) endDay[r] = finish;
      }
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
    return this.ef[x] > this.es[x] ? this.ef[x] - 1 : this.es[x] + this.shift[x];
  }

  /** The backward pass (see `backwardPass`); after {@link forward}. */
  backward(network: Network, inputs: TaskInputs, runs: number): void {
    const { size, es, ef, ls, lf, projectEnd } = this;
    const { order, succStart, succTo, succType, succLag } = network;
    const { state, deadlineLf } = inputs;
    projectEnd.fill(-Infinity, 0, runs);
    for (const j of order) {
      if (state[j] === CANCELLED) continue;
      const row = j * size;
      for (let r = 0; r < runs; r++) if (ef[row + r] > projectEnd[r]) projectEnd[r] = ef[row + r];
    }
    for (let r = 0; r < runs; r++) if (projectEnd[r] === -Infinity) projectEnd[r] = 0;

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
      for (let r = 0; r < runs; r++) lf[row + r] = projectEnd[r];
      for (let e = succStart[j], end = succStart[j + 1]; e < end; e++) {
        const k = succTo[e];
        if (state[k] === CANCELLED) continue;
        const type = succType[e];
        const late = type & TO_FINISH ? lf : ls;
        const lag = succLag[e];
        const at = k * size;
        if (type & FROM_START) {
          for (let r = 0; r < runs; r++) {
            const x = row + r;
            const latest = late[at + r] - lag + (ef[x] - es[x]);
            if (latest < lf[x]) lf[x] = latest;
          }
        } else {
          for (let r = 0; r < runs; r++) {
            const latest = late[at + r] - lag;
            if (latest < lf[row + r]) lf[row + r] = latest;
          }
        }
      }
      const deadline = deadlineLf[j];
      if (!Number.isNaN(deadline)) for (let r = 0; r < runs; r++) if (deadline < lf[row + r]) lf[row + r] = deadline;
      for (let r = 0; r < runs; r++) {
        const x = row + r;
        ls[x] = lf[x] - (ef[x] - es[x]);
      }
    }
  }
}
