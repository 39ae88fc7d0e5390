/**
 * Publishes the analysis of every program file in the workspace to the Problems panel, open
 * or not, like a linter: the store analyses on activation and after each (debounced) change;
 * a closed file keeps its problems (from disk), a deleted one loses them.
 */
import * as vscode from 'vscode';
import { DIAGNOSTICS_DOC_URL, type Diagnostic } from '../core/diagnostics';
import type { LineIndex } from '../core/source';
import type { ProgramStore } from './programStore';
import { rangeOf } from './editor/positions';
import { SchemaDiagnosticsPolicy } from './editor/schemaDiagnostics';

export const DIAGNOSTIC_SOURCE = 'program-pilot';

const SEVERITIES = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
} as const;

const TAGS = {
  unnecessary: vscode.DiagnosticTag.Unnecessary,
  deprecated: vscode.DiagnosticTag.Deprecated,
} as const;

export function registerDiagnostics(context: vscode.ExtensionContext, store: ProgramStore): void {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const policy = new SchemaDiagnosticsPolicy();
  const target = vscode.Uri.parse(DIAGNOSTICS_DOC_URL);

  const publish = (uri: vscode.Uri): void => {
    const analysis = store.peek(uri);
    const lines = store.lineIndex(uri);
    if (!analysis || !lines) {
      collection.delete(uri);
      return;
    }
    const shown = analysis.diagnostics.filter((d) => policy.reports(d));
    collection.set(uri, shown.map((d) => toVscodeDiagnostic(d, uri, lines, target)));
  };

  context.subscriptions.push(
    collection,
    policy,
    store.onDidChange(publish),
    store.onDidRemove((uri) => collection.delete(uri)),
    policy.onDidChange(() => store.uris().forEach(publish)),
  );
  for (const uri of store.uris()) publish(uri);
}

function toVscodeDiagnostic(diagnostic: Diagnostic, uri: vscode.Uri, lines: LineIndex, target: vscode.Uri): vscode.Diagnostic {
  const result = new vscode.Diagnostic(rangeOf(lines, diagnostic.span), diagnostic.message, SEVERITIES[diagnostic.severity]);
  result.source = DIAGNOSTIC_SOURCE;
  result.code = { value: diagnostic.code, target };
  if (diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, rangeOf(lines, r.span)), r.message));
  }
  if (diagnostic.tags?.length) result.tags = diagnostic.tags.map((t) => TAGS[t]);
  return result;
}
