/**
 * Who reports JSON Schema errors. In our own language mode (`program-yaml`), and for files that
 * are not open, nobody else validates program files, so we always do. A document the user put
 * back in the `yaml` mode may be validated by Red Hat's YAML extension too; there the
 * `programPilot.schemaDiagnostics` setting decides, and in `auto` we leave schema errors to it
 * when it is validating and keep what it cannot know: YAML syntax (our analysis depends on it),
 * calendar dates, durations and every semantic check.
 */
import type { Diagnostic, DiagnosticCode } from '../core/diagnostics';
import type { SchemaMode } from './settings';

/** Diagnostics that come straight from the schema, which Red Hat's extension reports as well. */
export const SCHEMA_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['PP002', 'PP003', 'PP004', 'PP005', 'PP008']);

export interface SchemaPolicy {
  readonly mode: SchemaMode;
  /** Red Hat's YAML extension is installed, enabled and validating (the client tells). */
  readonly redHatValidates: boolean;
}

/** Whether Program Pilot shows this diagnostic in a document of this language mode (undefined: not open). */
export function reportsDiagnostic(diagnostic: Diagnostic, languageId: string | undefined, policy: SchemaPolicy): boolean {
  if (languageId !== 'yaml' || !SCHEMA_CODES.has(diagnostic.code)) return true;
  if (policy.mode !== 'auto') return policy.mode === 'always';
  return !policy.redHatValidates;
}
