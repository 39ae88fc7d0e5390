/** A variance against the baseline in words, the same in the hover, the CodeLens and the charts. */
import { workingDays } from '../text/plural';

/** "+11 working days", "−2 working days", "on the baseline" (+ is later). */
export function signedWorkingDays(days: number): string {
  if (days === 0) return 'on the baseline';
  return `${days > 0 ? '+' : '−'}${workingDays(days)}`;
}

/** "+11d", "−2d": the short form of a lens or a badge. */
export function varianceBadge(days: number): string {
  return `${days > 0 ? '+' : days < 0 ? '−' : ''}${Math.abs(days)}d`;
}
