/** The core's diagnostics as LSP diagnostics, each with its code, a link to the README table, related places and tags. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DIAGNOSTICS_DOC_URL, withoutOptional, type Diagnostic, type DiagnosticCode } from '../core/diagnostics';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';
import { reportsDiagnostic, type SchemaPolicy } from './schemaDiagnostics';

export const DIAGNOSTIC_SOURCE = 'program-pilot';

const SEVERITIES = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

const TAGS = {
  unnecessary: DiagnosticTag.Unnecessary,
  deprecated: DiagnosticTag.Deprecated,
} as const;

/**
 * What the Problems panel shows for this file; `repository` holds what git said (the baseline's
 * PP601/PP602), `optional` the optional codes the settings turn on.
 */
export function diagnosticsOf(entry: ProgramEntry, policy: SchemaPolicy, repository: readonly Diagnostic[] = [], optional: readonly DiagnosticCode[] = []): LspDiagnostic[] {
  return [...withoutOptional(entry.analysis.diagnostics, optional).filter((d) => reportsDiagnostic(d, entry.languageId, policy)), ...repository].map((d) => toLspDiagnostic(entry, d));
}

function toLspDiagnostic(entry: ProgramEntry, diagnostic: Diagnostic): LspDiagnostic {
  const { document } = entry;
  const result: LspDiagnostic = {
    range: rangeOf(document, diagnostic.span),
    message: diagnostic.message,
    severity: SEVERITIES[diagnostic.severity],
    source: DIAGNOSTIC_SOURCE,
    code: diagnostic.code,
    codeDescription: { href: DIAGNOSTICS_DOC_URL },
  };
  if (diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map((r) => ({ location: { uri: entry.uri, range: rangeOf(document, r.span) }, message: r.message }));
  }
  if (diagnostic.tags?.length) result.tags = diagnostic.tags.map((t) => TAGS[t]);
  return result;
}
