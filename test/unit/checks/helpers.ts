/** Runs the whole analysis on a YAML snippet and reads diagnostics back as `line:col text`. */
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic, DiagnosticCode } from '../../../src/core/diagnostics';
import { LineIndex, type Span } from '../../../src/core/source';

/** The snippet's diagnostics of one code. `asOf` is fixed so time-dependent checks are reproducible. */
export function diagnosticsOf(yaml: string, code: DiagnosticCode, asOf = '2026-03-20'): Diagnostic[] {
  return analyze(yaml, { asOf }).diagnostics.filter((d) => d.code === code);
}

/** `line:column text` of a span, 1-based, with the text it covers: pins both place and extent. */
export function where(yaml: string, span: Span): string {
  const at = new LineIndex(yaml).positionAt(span.start);
  return `${at.line + 1}:${at.character + 1} ${yaml.slice(span.start, span.end)}`;
}

/** Where each diagnostic of `code` sits in the snippet. */
export function placesOf(yaml: string, code: DiagnosticCode, asOf?: string): string[] {
  return diagnosticsOf(yaml, code, asOf).map((d) => where(yaml, d.span));
}

/** A small valid program to which tests add lines; 10 lines long, so added lines start at 11. */
export const HEADER = `program: Test
start: 2026-03-02
accountable: ana
people:
  - { id: ana, name: Ana Lima, team: core }
  - { id: ben, name: Ben Ortiz, team: core }
  - { id: chloe, name: Chloe Martin }
teams:
  - { id: core, name: Core, lead: ana }
tasks:
`;
