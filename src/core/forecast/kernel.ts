/**
 * The forecast's WebAssembly kernel (kernel.wat, assembled into kernelWasm.ts): the inner loops
 * over a batch's runs, two runs per instruction. Each batch gets its own instance, whose memory
 * holds the batch's arrays, so simulations running side by side share nothing.
 */
import { KERNEL_WASM } from './kernelWasm';

/** The kernel's functions: arrays are byte offsets into its memory; `n` is runs rounded up to even. */
export interface KernelFunctions {
  seedRandom(a: number, b: number, c: number, d: number): void;
  fillUniform(into: number, count: number): void;
  boundFirst(dst: number, src: number, lag: number, n: number): void;
  boundMax(dst: number, src: number, lag: number, n: number): void;
  lateMin(dst: number, src: number, lag: number, n: number): void;
  lateMinFromStart(lf: number, late: number, es: number, ef: number, lag: number, n: number): void;
  finishAsStart(start: number, finish: number, duration: number, n: number): void;
  openAt(es: number, ef: number, duration: number, at: number, n: number): void;
  openAfter(es: number, ef: number, duration: number, bound: number, kind: number, floor: number, resume: number, floorKind: number, predecessor: number, statusDate: number, n: number): void;
  countFinish(endDay: number, es: number, ef: number, n: number): void;
  capAt(dst: number, at: number, n: number): void;
  lateStart(ls: number, lf: number, es: number, ef: number, n: number): void;
  drawPert(values: number, uniforms: number, stride: number, table: number, last: number, a: number, b: number, n: number): void;
  drawTriangular(values: number, uniforms: number, stride: number, a: number, m: number, b: number, n: number): void;
  roundDraws(duration: number, drawn: number, values: number, planned: number, n: number): void;
  correlate(drawn: number, stride: number, dy: number, sums: number, drivers: number, runs: number): void;
  countCritical(ls: number, es: number, runs: number): number;
}

let compiled: WebAssembly.Module | undefined;

function kernelModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(Uint8Array.from(atob(KERNEL_WASM), (c) => c.charCodeAt(0)));
  return compiled;
}

type ArrayKind = 'f64' | 'u8' | 'i8';
const BYTES: Record<ArrayKind, number> = { f64: 8, u8: 1, i8: 1 };

/** An array in a kernel's memory: its byte offset for the kernel, and a typed view once the memory is sized. */
export class KernelArray<T extends Float64Array | Uint8Array | Int8Array> {
  view!: T;
  constructor(
    readonly kind: ArrayKind,
    readonly at: number,
    readonly length: number,
  ) {}
}

/**
 * A kernel instance and its memory, laid out in two steps: `float64`, `uint8` and `int8` reserve
 * arrays (16-byte aligned, for the two-run loads) while the layout is open, then `open` sizes the
 * memory once and makes their views (a memory that grew later would detach them).
 */
export class Kernel {
  readonly run: KernelFunctions;
  private readonly memory: WebAssembly.Memory;
  private readonly reserved: KernelArray<Float64Array | Uint8Array | Int8Array>[] = [];
  private used = 0;
  private opened = false;

  constructor() {
    const instance = new WebAssembly.Instance(kernelModule(), {});
    this.run = instance.exports as unknown as KernelFunctions;
    this.memory = instance.exports.memory as WebAssembly.Memory;
  }

  float64(length: number): KernelArray<Float64Array> {
    return this.reserve('f64', length);
  }

  uint8(length: number): KernelArray<Uint8Array> {
    return this.reserve('u8', length);
  }

  int8(length: number): KernelArray<Int8Array> {
    return this.reserve('i8', length);
  }

  /** Sizes the memory for every array reserved and makes their views; the layout is then closed. */
  open(): void {
    if (this.opened) throw new Error('the kernel\'s memory is already laid out');
    this.opened = true;
    const page = 65_536;
    const missing = Math.ceil(this.used / page) - this.memory.buffer.byteLength / page;
    if (missing > 0) this.memory.grow(missing);
    const buffer = this.memory.buffer;
    for (const array of this.reserved) {
      const { kind, at, length } = array;
      array.view = kind === 'f64' ? new Float64Array(buffer, at, length) : kind === 'u8' ? new Uint8Array(buffer, at, length) : new Int8Array(buffer, at, length);
    }
  }

  private reserve<T extends Float64Array | Uint8Array | Int8Array>(kind: ArrayKind, length: number): KernelArray<T> {
    if (this.opened) throw new Error('the kernel\'s memory is already laid out');
    const array = new KernelArray<T>(kind, this.used, length);
    this.used += Math.ceil((length * BYTES[kind]) / 16) * 16;
    this.reserved.push(array);
    return array;
  }
}
