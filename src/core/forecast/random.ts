/**
 * The forecast's random numbers: xoshiro128** (Blackman and Vigna), seeded through splitmix32.
 * Only 32-bit integer arithmetic (`Math.imul`, shifts), so the same seed gives the same numbers
 * on every machine and every JavaScript engine.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads any seed, 0 included, over the four words of state (never all zero).
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1), in steps of 2⁻³². */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** The next `count` numbers of {@link next} into `into` (one call per run instead of one per draw). */
  fill(into: Float64Array, count = into.length): void {
    for (let i = 0; i < count; i++) into[i] = this.nextUint32() / 4_294_967_296;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
