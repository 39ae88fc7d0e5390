/**
 * Which working day people see for a task (README "Dates shown to people"). A task's start is
 * day #ES and its finish day #(EF − 1). A milestone is an instant: its offset ES names the start
 * of a working day, which is also the end of the day before, so the offset alone does not say
 * which day to print. It is dated on the day of the instant that drives it: the end of the
 * driving predecessor's finish day (FS, FF, lags included), or the start of its day when a start
 * drives it (SS, SF, `notBefore`, the program start, the status date, an actual date).
 *
 * This module is the one place that rule lives; the offsets and floats stay as the passes made
 * them, and everything that shows or compares a date reads the days computed here.
 */
import type { ForwardResult } from './passes';
import * as codes from './taskInputs';
import type { Network, TaskInputs } from './taskInputs';

// Module constants, not imports (see passes.ts).
const { CANCELLED, DONE, FROM_START, OPEN, PREDECESSOR, STATUS_DATE } = codes;

/**
 * Per task, the day shown for its ES minus ES: −1 for a milestone dated on the working day
 * before its offset (an instant at the end of a day), else 0. `into` is written when given.
 */
export function milestoneShifts(network: Network, inputs: TaskInputs, forward: ForwardResult, into?: Int8Array): Int8Array {
  const { es, ef, kind, binds } = forward;
  const { state, duration, floor } = inputs;
  const { predStart, predFrom, predType, predLag } = network;
  // Reused arrays start clean: which tasks are instants can change from one forecast run to the next.
  const shift = into ? into.fill(0) : new Int8Array(es.length);
  const isInstant = (i: number): boolean => duration[i] === 0 && ef[i] === es[i] && state[i] !== CANCELLED;

  for (const j of network.order) {
    if (!isInstant(j)) continue;
    if (kind[j] !== PREDECESSOR) {
      // Done by the status date without dates of its own: reached by the end of that day.
      if (state[j] === DONE && kind[j] === STATUS_DATE) shift[j] = -1;
      continue;
    }
    // The latest day any of its constraints names; the one that set ES names day ES or ES − 1,
    // every other one an earlier day. Starts (its floor, the resume day) name their own day.
    let day = floor[j];
    if (state[j] === OPEN && inputs.resume !== undefined && inputs.resume > day) day = inputs.resume;
    for (let e = predStart[j], end = predStart[j + 1]; e < end && day < es[j]; e++) {
      const i = predFrom[e];
      if (!binds[i]) continue;
      const fromStart = predType[e] & FROM_START;
      const bound = (fromStart ? es[i] : ef[i]) + predLag[e];
      // A predecessor's finish is the end of its last day; a milestone's instant keeps its own reading.
      const named = bound + (isInstant(i) ? shift[i] : fromStart ? 0 : -1);
      if (named > day) day = named;
    }
    shift[j] = day < es[j] ? -1 : 0;
  }
  return shift;
}

/** The offset of the day shown as a task's finish (inclusive): #(EF − 1), or a zero-length task's own day. */
export function finishDay(es: number, ef: number, shift: number): number {
  return ef > es ? ef - 1 : es + shift;
}
