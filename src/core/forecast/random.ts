/**
 * The forecast's random numbers: xoshiro128** (Blackman and Vigna), run in the kernel
 * (kernel.wat), seeded here through splitmix32. Only 32-bit integer arithmetic, so the same seed
 * gives the same numbers on every machine and every JavaScript engine.
 */
import type { Kernel, KernelArray } from './kernel';

export class SeededRandom {
  constructor(
    private readonly kernel: Kernel,
    seed: number,
  ) {
    // splitmix32 spreads any seed, 0 included, over the four words of state (never all zero).
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return z ^ (z >>> 16);
    };
    kernel.run.seedRandom(next(), next(), next(), next());
  }

  /** The next `count` numbers, uniform in [0, 1) in steps of 2⁻³², into the first `count` of `into`. */
  fill(into: KernelArray<Float64Array>, count = into.length): void {
    this.kernel.run.fillUniform(into.at, Math.max(0, Math.min(count, into.length)));
  }
}
