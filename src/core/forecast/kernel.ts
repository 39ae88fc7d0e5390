/**
 * The forecast's WebAssembly kernel (kernel.wat, assembled into kernelWasm.ts): the inner loops
 * over a batch's runs, two runs per instruction. Each batch gets its own instance, whose memory
 * holds the batch's arrays, so simulations running side by side share nothing.
 */
import { KERNEL_WASM } from './kernelWasm';

/** The kernel's functions: arrays are byte offsets into its memory; `n` is runs rounded up to even. */
export interface KernelFunctions {
  setCodes(open: number, started: number, done: number, cancelled: number, fromStart: number, toFinish: number, predecessor: number, statusDate: number, actual: number): void;
  layoutNetwork(order: number, tasks: number, predStart: number, predFrom: number, predType: number, predLag: number, succStart: number, succTo: number, succType: number, succLag: number, states: number, floors: number, floorKinds: number, instants: number, deadlines: number, critical: number, actualStarts: number, actualEnds: number): void;
  layoutRuns(row: number, durations: number, remaining: number, es: number, ef: number, ls: number, lf: number, kinds: number, endDay: number, startBound: number, finishBound: number, projectEnd: number): void;
  layoutDraws(sampled: number, index: number, lows: number, likelies: number, highs: number, tableAt: number, plannedDurations: number, plannedRemaining: number, values: number, uniforms: number, drawn: number, drivers: number, lastQuantile: number, triangular: number): void;
  /** Returns the order position of the first task that is cancelled or may be an instant. */
  forwardTasks(position: number, resume: number, withResume: number, n: number): number;
  projectEndOf(n: number): void;
  /** Returns the order position of the first cancelled task going down, −1 when none is left; counts critical runs on the way. */
  backwardFrom(position: number, n: number, runs: number): number;
  drawTasks(n: number): void;
  boundFirst(dst: number, src: number, lag: number, n: number): void;
  boundMax(dst: number, src: number, lag: number, n: number): void;
  finishAsStart(start: number, finish: number, duration: number, n: number): void;
  /** With `endDay` (else 0), also counts the shown finishes into the projected end (as countFinish). */
  openAt(es: number, ef: number, duration: number, at: number, endDay: number, n: number): void;
  openAfter(es: number, ef: number, duration: number, bound: number, kind: number, floor: number, resume: number, floorKind: number, endDay: number, n: number): void;
  countFinish(endDay: number, es: number, ef: number, n: number): void;
  seedRandom(a: number, b: number, c: number, d: number): void;
  fillUniform(into: number, count: number): void;
  correlate(drawn: number, stride: number, dy: number, sums: number, drivers: number, runs: number): void;
}

let compiled: WebAssembly.Module | undefined;

function kernelModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Uint8Array.from(atob(KERNEL_WASM), (c) => c.charCodeAt(0)));
  return compiled;
}

type Typed = Float64Array | Int32Array | Uint8Array | Int8Array;
type ArrayKind = 'f64' | 'i32' | 'u8' | 'i8';
const BYTES: Record<ArrayKind, number> = { f64: 8, i32: 4, u8: 1, i8: 1 };
const VIEWS: Record<ArrayKind, new (buffer: ArrayBuffer, at: number, length: number) => Typed> = { f64: Float64Array, i32: Int32Array, u8: Uint8Array, i8: Int8Array };

/** An array in a kernel's memory: its byte offset for the kernel, and a typed view once the memory is sized. */
export class KernelArray<T extends Typed> {
  view!: T;
  constructor(
    readonly kind: ArrayKind,
    readonly at: number,
    readonly length: number,
    /** What the array starts with (else zeros). */
    readonly initial?: ArrayLike<number>,
  ) {}
}

/**
 * A kernel instance and its memory, laid out in two steps: `float64`, `int32`, `uint8` and `int8`
 * reserve arrays (16-byte aligned, for the two-run loads) while the layout is open, then `open`
 * sizes the memory once, makes their views and copies in their initial contents (a memory that
 * grew later would detach the views).
 */
export class Kernel {
  readonly run: KernelFunctions;
  private readonly memory: WebAssembly.Memory;
  private readonly reserved: KernelArray<Typed>[] = [];
  private used = 0;
  private opened = false;

  constructor() {
    const instance = new WebAssembly.Instance(kernelModule(), {});
    this.run = instance.exports as unknown as KernelFunctions;
    this.memory = instance.exports.memory as WebAssembly.Memory;
  }

  float64(length: number, initial?: ArrayLike<number>): KernelArray<Float64Array> {
    return this.reserve('f64', length, initial);
  }

  int32(length: number, initial?: ArrayLike<number>): KernelArray<Int32Array> {
    return this.reserve('i32', length, initial);
  }

  uint8(length: number, initial?: ArrayLike<number>): KernelArray<Uint8Array> {
    return this.reserve('u8', length, initial);
  }

  int8(length: number): KernelArray<Int8Array> {
    return this.reserve('i8', length);
  }

  /** Sizes the memory for every array reserved, makes their views and fills them in; the layout is then closed. */
  open(): void {
    if (this.opened) throw new Error('the kernel\'s memory is already laid out');
    this.opened = true;
    const page = 65_536;
    const missing = Math.ceil(this.used / page) - this.memory.buffer.byteLength / page;
    if (missing > 0) this.memory.grow(missing);
    const buffer = this.memory.buffer;
    for (const array of this.reserved) {
      array.view = new VIEWS[array.kind](buffer, array.at, array.length);
      if (array.initial) array.view.set(array.initial);
    }
  }

  private reserve<T extends Typed>(kind: ArrayKind, length: number, initial?: ArrayLike<number>): KernelArray<T> {
    if (this.opened) throw new Error('the kernel\'s memory is already laid out');
    const array = new KernelArray<T>(kind, this.used, length, initial);
    this.used += Math.ceil((length * BYTES[kind]) / 16) * 16;
    this.reserved.push(array);
    return array;
  }
}
