/**
 * Three-point estimates as distributions, sampled by their quantile function (inverse CDF) of a
 * uniform number u in [0, 1), for a ≤ m ≤ b (optimistic, likely, pessimistic):
 *
 * - triangular: F⁻¹(u) = a + √(u (b − a)(m − a)) for u < (m − a)/(b − a), else b − √((1 − u)(b − a)(b − m));
 *   mean (a + m + b)/3.
 * - Beta-PERT: a + (b − a) X with X ~ Beta(α, β), α = 1 + 4 (m − a)/(b − a), β = 1 + 4 (b − m)/(b − a);
 *   mean (a + 4m + b)/6. Beta has no closed-form quantile, so each shape (α, β) gets a table of
 *   quantiles made once by integrating its density numerically; sampling interpolates in it.
 */
export type DistributionKind = 'pert' | 'triangular';
export const DISTRIBUTIONS: readonly DistributionKind[] = ['pert', 'triangular'];

export function triangularQuantile(u: number, a: number, m: number, b: number): number {
  const width = b - a;
  if (width <= 0) return a;
  if (u * width < m - a) return a + Math.sqrt(u * width * (m - a));
  return b - Math.sqrt((1 - u) * width * (b - m));
}

/** Quantiles of one Beta shape at u = k / (QUANTILES − 1). */
export const QUANTILES = 1025;
/** Intervals of the density's numerical integration (Simpson's rule on each). */
const GRID = 4096;
/** Shapes kept: a plan has few distinct (likely − optimistic)/(pessimistic − optimistic) ratios. */
const MAX_TABLES = 2048;
const tables = new Map<number, Float64Array>();

/** The quantile table of Beta-PERT on [0, 1] with its mode at `r`. */
export function pertTable(r: number): Float64Array {
  let table = tables.get(r);
  if (!table) {
    if (tables.size >= MAX_TABLES) tables.clear();
    table = betaQuantiles(1 + 4 * r, 1 + 4 * (1 - r));
    tables.set(r, table);
  }
  return table;
}

/** a + (b − a) × the quantile at u of the table that starts at `start` in `tables`, interpolated linearly. */
export function tableQuantile(tables: Float64Array, start: number, u: number, a: number, b: number): number {
  const at = u * (QUANTILES - 1);
  const i = Math.min(QUANTILES - 2, Math.floor(at));
  const q = tables[start + i] + (at - i) * (tables[start + i + 1] - tables[start + i]);
  return a + (b - a) * q;
}

function betaQuantiles(alpha: number, beta: number): Float64Array {
  const density = (x: number): number => Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
  const cdf = new Float64Array(GRID + 1);
  let previous = density(0);
  for (let k = 1; k <= GRID; k++) {
    const x = k / GRID;
    const here = density(x);
    cdf[k] = cdf[k - 1] + (previous + 4 * density(x - 0.5 / GRID) + here) / (6 * GRID);
    previous = here;
  }
  const total = cdf[GRID];
  const quantiles = new Float64Array(QUANTILES);
  let k = 0;
  for (let q = 1; q < QUANTILES - 1; q++) {
    const target = (q / (QUANTILES - 1)) * total;
    while (cdf[k + 1] < target) k++;
    // Linear between the grid points around the target.
    quantiles[q] = (k + (target - cdf[k]) / (cdf[k + 1] - cdf[k])) / GRID;
  }
  quantiles[QUANTILES - 1] = 1;
  return quantiles;
}
