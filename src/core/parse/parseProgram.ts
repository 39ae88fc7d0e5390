// PLACEHOLDER until the parser lands (owned by the parser work).
import type { Diagnostic } from '../diagnostics';
import type { Program } from '../model';

export interface ParsedProgram {
  readonly program: Program;
  readonly diagnostics: readonly Diagnostic[];
}

export function parseProgram(_text: string): ParsedProgram {
  throw new Error('parseProgram: not implemented yet');
}
