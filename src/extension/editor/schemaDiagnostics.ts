/**
 * Who reports JSON Schema errors. Red Hat's YAML extension validates program files against our
 * schema too (we declare it under `yamlValidation`), so with it active the same wrong type or
 * unknown key would be listed twice. In `auto` we leave those to it and keep what it cannot
 * know: YAML syntax (it reports that too, but our analysis depends on it), calendar dates,
 * durations and every semantic check.
 */
import * as vscode from 'vscode';
import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics';

const RED_HAT_YAML = 'redhat.vscode-yaml';
/** Diagnostics that come straight from the schema, which Red Hat's extension reports as well. */
export const SCHEMA_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['PP002', 'PP003', 'PP004', 'PP005', 'PP008']);

type Mode = 'auto' | 'always' | 'never';

export class SchemaDiagnosticsPolicy implements vscode.Disposable {
  private reportsSchema = this.decide();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** Fires when the decision changed (a setting, or Red Hat's extension was enabled or removed). */
  readonly onDidChange = this.changed.event;

  constructor() {
    const update = () => {
      const next = this.decide();
      if (next === this.reportsSchema) return;
      this.reportsSchema = next;
      this.changed.fire();
    };
    this.subscriptions.push(
      vscode.extensions.onDidChange(update),
      vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration('programPilot.schemaDiagnostics') || e.affectsConfiguration('yaml.validate')) && update()),
    );
  }

  /** Whether Program Pilot shows this diagnostic. */
  reports(diagnostic: Diagnostic): boolean {
    return this.reportsSchema || !SCHEMA_CODES.has(diagnostic.code);
  }

  private decide(): boolean {
    const mode = vscode.workspace.getConfiguration('programPilot').get<Mode>('schemaDiagnostics', 'auto');
    if (mode !== 'auto') return mode === 'always';
    // getExtension only knows installed, enabled extensions; `yaml.validate: false` turns its checks off.
    const redHatValidates = vscode.extensions.getExtension(RED_HAT_YAML) !== undefined && vscode.workspace.getConfiguration('yaml').get<boolean>('validate', true);
    return !redHatValidates;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
