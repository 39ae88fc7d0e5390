/** "Did you mean …?" for misspelt ids and keys. */

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). Exact whenever
 * it is at most `limit`; above that it returns `limit + 1`. The cost is linear in the strings'
 * length times the limit, never their length squared: this runs on every keystroke, and an id
 * can be a megabyte long.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  // The common prefix and suffix cost nothing; what lies between is what the search has to align.
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  if (Math.abs(m - n) > limit) return limit + 1;
  if (m === 0 || n === 0) return Math.max(m, n);
  return furthestReachDistance(a.slice(start, endA), b.slice(start, endB), Math.min(limit, Math.max(m, n)), limit);
}

/** No cell of this diagonal is reachable yet. */
const NONE = -1;

/**
 * Diagonal transition (after Ukkonen and Landau–Vishkin): for each cost e = 0, 1, … and each
 * diagonal δ = j − i within e of the main one, the furthest row i with distance(a[0, i),
 * b[0, i + δ)) ≤ e. A diagonal's distance never decreases along it, so the furthest cell of cost
 * e is one edit after a furthest cell of cost e − 1, followed by a slide along the matching
 * characters. Slides are plain comparisons, so long ids with few edits cost little more than
 * reading them; the tables hold 2·limit + 3 numbers.
 */
function furthestReachDistance(a: string, b: string, maxCost: number, limit: number): number {
  const m = a.length;
  const n = b.length;
  const size = 2 * maxCost + 3;
  const center = maxCost + 1;
  let previous = new Int32Array(size).fill(NONE);
  let current = new Int32Array(size).fill(NONE);
  const slide = (row: number, diagonal: number): number => {
    let i = row;
    while (i < m && i + diagonal < n && a.charCodeAt(i) === b.charCodeAt(i + diagonal)) i++;
    return i;
  };
  const target = n - m;
  previous[center] = slide(0, 0);
  if (target === 0 && previous[center] === m) return 0;
  for (let cost = 1; cost <= maxCost; cost++) {
    for (let diagonal = Math.max(-cost, -m); diagonal <= Math.min(cost, n); diagonal++) {
      const at = center + diagonal;
      const same = previous[at];
      const above = previous[at + 1];
      const left = previous[at - 1];
      let row = same;
      // Substitute the next character, delete one from a (from the diagonal above), insert one of b (from the one below).
      if (same !== NONE && same < m && same + diagonal < n) row = Math.max(row, same + 1);
      if (above !== NONE && above < m) row = Math.max(row, above + 1);
      if (left !== NONE && left + diagonal <= n) row = Math.max(row, left);
      // Swap two neighbours, starting at the furthest cell of the previous cost or the one before it.
      for (let from = same; same !== NONE && from >= same - 1 && from >= Math.max(0, -diagonal); from--) {
        if (from + 2 <= m && from + 2 + diagonal <= n && a.charCodeAt(from) === b.charCodeAt(from + diagonal + 1) && a.charCodeAt(from + 1) === b.charCodeAt(from + diagonal)) {
          row = Math.max(row, from + 2);
        }
      }
      current[at] = row === NONE ? NONE : slide(row, diagonal);
    }
    if (current[center + target] === m) return cost;
    [previous, current] = [current, previous];
  }
  return limit + 1;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: at most a third
 * of the word's length in edits (at least 1, at most 3). A case-only difference always counts.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // Lowercasing keeps the length of all but a few letters, so this skips what cannot be close without reading it.
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const candidateLower = candidate.toLowerCase();
    const distance = candidateLower === lower ? 0 : editDistance(lower, candidateLower, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
