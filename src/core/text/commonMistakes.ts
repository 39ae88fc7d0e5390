/**
 * What people write instead of the format's forms, and what to write instead: durations in
 * words or with a fraction, dates without zero padding, status words and keys from other tools.
 * Each answer comes with the corrected text only when the intent is beyond doubt.
 */
import { isValidIsoDate } from '../dates';

/** A correction: what to tell the user and, when it means exactly the same, the text to write. */
export interface Correction {
  readonly advice: string;
  readonly replacement?: string;
}

/** `2 weeks`, `3 days`, `1.5w`, `2.5`, `10 working days`, `-1 day` (lags may be negative). */
const WORDY_DAYS = /^(-?)(\d{1,5})(?:\.(\d{1,6}))?\s*(d|days?|working days?|business days?|w|wks?|weeks?)?$/i;

/**
 * For a duration or lag the format does not accept but a person would read as working days:
 * the advice, and the `Nd`/`Nw` text when it is a whole number of days within `max`.
 */
export function daysCorrection(written: string | number, kind: 'duration' | 'lag', max: number): Correction | undefined {
  const match = WORDY_DAYS.exec(String(written).trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = '', unit = 'd'] = match;
  if (sign && kind === 'duration') return undefined;
  const weeks = /^w(?:ks?|eeks?)?$/i.test(unit);
  // Exact decimal arithmetic: 1.4w is 7 days, not 7.000000000000001.
  const scale = 10 ** fraction.length;
  const scaled = (Number(whole) * scale + Number(fraction || 0)) * (weeks ? 5 : 1);
  const days = scaled / scale;
  if (days > max) return undefined;
  const shown = String(written).trim();
  const intro = kind === 'duration' ? 'Write durations as working days or weeks: `10d` or `2w`' : 'Write lags as working days or weeks: `2d` or `1w`, negative for a lead';
  if (scaled % scale === 0) {
    const replacement = weeks && fraction === '' ? `${sign}${whole}w` : `${sign}${days}d`;
    return { advice: `${intro} (${shown}: write \`${replacement}\`).`, replacement };
  }
  const rounded = `${sign}${Math.ceil(days)}d`;
  const amount = weeks ? `${shown} = ${sign}${days} working days` : `${shown} is not a whole number of days`;
  return { advice: `${intro} (${amount}: write \`${rounded}\`).` };
}

/** `2027-2-5` → `2027-02-05`, when the padded date is a day on the calendar. */
export function paddedDate(written: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written.trim());
  if (!match) return undefined;
  const padded = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return padded !== written && isValidIsoDate(padded) ? padded : undefined;
}

/** Words other tools use for a status, by the value they mean here (used only when that value is allowed). */
const STATUS_WORDS: Readonly<Record<string, readonly string[]>> = {
  done: ['complete', 'completed', 'finished'],
  made: ['decided'],
  'in-progress': ['started', 'ongoing', 'wip'],
  'not-started': ['todo', 'to do'],
};

/** The allowed value a status word means, e.g. `completed` → `done`. */
export function statusWord(written: string, allowed: readonly string[]): string | undefined {
  const word = written.trim().toLowerCase();
  for (const value of allowed) if (Object.hasOwn(STATUS_WORDS, value) && STATUS_WORDS[value].includes(word)) return value;
  return undefined;
}

/** Keys other tools use, by schema definition, with what to write instead and why. */
const KEY_WORDS: Readonly<Record<string, Readonly<Record<string, { readonly key: string; readonly why: string }>>>> = {
  task: {
    start: { key: 'notBefore', why: 'A task starts when its dependencies allow; `notBefore` holds it back until a date.' },
    startDate: { key: 'notBefore', why: 'A task starts when its dependencies allow; `notBefore` holds it back until a date.' },
    due: { key: 'deadline', why: '`deadline` is the date the task must finish by.' },
    dueDate: { key: 'deadline', why: '`deadline` is the date the task must finish by.' },
    assignee: { key: 'owner', why: '`owner` is the Responsible person.' },
    dependencies: { key: 'dependsOn', why: '`dependsOn` lists the predecessors.' },
  },
};

/** The key meant by a key the format does not have, in a definition, e.g. `start` in a task → `notBefore`. */
export function keyWord(written: string, definitionName: string | undefined): { key: string; why: string } | undefined {
  const words = definitionName !== undefined && Object.hasOwn(KEY_WORDS, definitionName) ? KEY_WORDS[definitionName] : undefined;
  return words && Object.hasOwn(words, written) ? words[written] : undefined;
}
