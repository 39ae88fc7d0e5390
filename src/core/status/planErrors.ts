/**
 * The plan's errors as the report states them first: how many there are and the first few,
 * each at its `file:line`, because a schedule computed around errors looks better than it is
 * (an unknown duration counts as 0 days, tasks on a cycle are left out).
 */
import type { Diagnostic, DiagnosticCode } from '../diagnostics';

/**
 * An error in what the plan says (syntax, types, references, cycles, progress records). A
 * forecast that misses a deadline or the launch date (PP5xx) is not one: it is what the report
 * is about, and it makes the health RED instead.
 */
export function isPlanError(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && !diagnostic.code.startsWith('PP5');
}

/** How many errors the report quotes; the rest are counted. */
export const ERRORS_SHOWN = 5;

export interface PlanError {
  readonly code: DiagnosticCode;
  readonly message: string;
  /** 1-based, as editors and compilers print them. */
  readonly line: number;
  readonly column: number;
}

export interface PlanErrors {
  /** The plan file's name as the reader knows it (`plans/x.program.yaml`). */
  readonly fileName: string;
  readonly count: number;
  /** The first {@link ERRORS_SHOWN} errors in file order. */
  readonly first: readonly PlanError[];
}

/** What the report needs to find and place the errors: the diagnostics and a way to turn offsets into lines. */
export interface PlanErrorsInput {
  readonly diagnostics: readonly Diagnostic[];
  /** 0-based line and character of an offset (`LineIndex`, `TextDocument`). */
  readonly positionAt: (offset: number) => { readonly line: number; readonly character: number };
  readonly fileName: string;
}

export function planErrors({ diagnostics, positionAt, fileName }: PlanErrorsInput): PlanErrors {
  const errors = diagnostics.filter(isPlanError);
  const first = errors.slice(0, ERRORS_SHOWN).map((d): PlanError => {
    const at = positionAt(d.span.start);
    return { code: d.code, message: d.message, line: at.line + 1, column: at.character + 1 };
  });
  return { fileName, count: errors.length, first };
}
