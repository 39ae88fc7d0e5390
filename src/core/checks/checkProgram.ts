// PLACEHOLDER until the semantic checks land.
import type { Diagnostic } from '../diagnostics';
import type { IsoDate, Program } from '../model';

export interface CheckOptions {
  /** "Now" for time-dependent checks. */
  readonly asOf: IsoDate;
}

export function checkProgram(_program: Program, _options: CheckOptions): Diagnostic[] {
  return [];
}
