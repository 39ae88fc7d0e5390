/**
 * Sorting a forecast's finish days, one per run: whole day offsets over a span that is short next
 * to the count of runs, so counting them is linear where a comparison sort is not (10,000 runs
 * of each milestone were a tenth of a forecast's time). Anything else is sorted as numbers.
 */

/** Spans up to this many days plus the count of values are counted. */
const COUNTED_SPAN = 4_096;

/** The values in ascending order, as a new array. */
export function sortDays(values: Float64Array): Float64Array {
  if (values.length === 0) return values.slice();
  let low = Infinity;
  let high = -Infinity;
  let whole = true;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
    // −0 sorts before 0 and is not a day offset: such input is sorted as numbers.
    if (!Number.isInteger(value) || Object.is(value, -0)) whole = false;
  }
  const span = high - low + 1;
  if (!whole || !(span <= COUNTED_SPAN + values.length)) return values.slice().sort();
  const counts = new Int32Array(span);
  for (const value of values) counts[value - low]++;
  const sorted = new Float64Array(values.length);
  let at = 0;
  for (let offset = 0; offset < span; offset++) {
    const count = counts[offset];
    if (count > 0) sorted.fill(low + offset, at, (at += count));
  }
  return sorted;
}
