// PLACEHOLDER until the scheduler lands.
import type { Diagnostic } from '../diagnostics';
import type { Program } from '../model';
import type { Schedule } from './types';

export function scheduleDiagnostics(_program: Program, _schedule: Schedule): Diagnostic[] {
  return [];
}
