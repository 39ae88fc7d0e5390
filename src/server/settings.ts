/** The `programPilot.*` settings the server acts on, read defensively from what the client sends. */
import type { DiagnosticCode } from '../core/diagnostics';
export type SchemaMode = 'auto' | 'always' | 'never';

export interface Settings {
  /** Milliseconds of quiet after a keystroke before the file is analysed again. */
  readonly analysisDelay: number;
  readonly schemaDiagnostics: SchemaMode;
  readonly codeLensEnabled: boolean;
  /** The optional diagnostics turned on (`programPilot.stakeholders.checkInformedConsulted`: PP307). */
  readonly optionalCodes: readonly DiagnosticCode[];
}

export const DEFAULT_SETTINGS: Settings = { analysisDelay: 150, schemaDiagnostics: 'auto', codeLensEnabled: true, optionalCodes: [] };

/** `raw` is the `programPilot` section as the client has it; anything malformed keeps its default. */
export function readSettings(raw: unknown): Settings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const delay = section.analysisDelay;
  const mode = section.schemaDiagnostics;
  const codeLens = section.codeLens as { enabled?: unknown } | undefined;
  const stakeholders = section.stakeholders as { checkInformedConsulted?: unknown } | undefined;
  return {
    analysisDelay: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(5000, Math.max(0, delay)) : DEFAULT_SETTINGS.analysisDelay,
    schemaDiagnostics: mode === 'always' || mode === 'never' || mode === 'auto' ? mode : DEFAULT_SETTINGS.schemaDiagnostics,
    codeLensEnabled: typeof codeLens?.enabled === 'boolean' ? codeLens.enabled : DEFAULT_SETTINGS.codeLensEnabled,
    optionalCodes: stakeholders?.checkInformedConsulted === true ? ['PP307'] : [],
  };
}
