/** Shares of forecast runs in the text people read. */

/** A percentage that says "certain" or "never" only when every run agrees (99.9 % is "99%"). */
export function chance(probability: number): string {
  const shown = Math.round(probability * 100);
  return `${probability < 1 && shown === 100 ? 99 : probability > 0 && shown === 0 ? 1 : shown}%`;
}
