/** The `programPilot.*` settings the server acts on, read defensively from what the client sends. */
import type { DiagnosticCode } from '../core/diagnostics';
export type SchemaMode = 'auto' | 'always' | 'never';

export interface Settings {
  /** Milliseconds of quiet after a keystroke before the file is analysed again. */
  readonly analysisDelay: number;
  readonly schemaDiagnostics: SchemaMode;
  readonly codeLensEnabled: boolean;
  /** The confidence forecast's runs and seed (the panel sends its own with each request). */
  readonly forecastIterations: number;
  readonly forecastSeed: number;
  readonly forecastDistribution: 'pert' | 'triangular';
  /** Forecast uncertain plans in the background after an edit, so that milestone hovers show P80 and the chance to meet. */
  readonly forecastInHovers: boolean;
  /** The optional diagnostics turned on (`programPilot.stakeholders.checkInformedConsulted`: PP307). */
  readonly optionalCodes: readonly DiagnosticCode[];
}

export const DEFAULT_SETTINGS: Settings = {
  analysisDelay: 150,
  schemaDiagnostics: 'auto',
  codeLensEnabled: true,
  forecastIterations: 5000,
  forecastSeed: 1,
  forecastDistribution: 'pert',
  forecastInHovers: true,
  optionalCodes: [],
};

/** `raw` is the `programPilot` section as the client has it; anything malformed keeps its default. */
export function readSettings(raw: unknown): Settings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const delay = section.analysisDelay;
  const mode = section.schemaDiagnostics;
  const codeLens = section.codeLens as { enabled?: unknown } | undefined;
  const forecast = (typeof section.forecast === 'object' && section.forecast !== null ? section.forecast : {}) as { iterations?: unknown; seed?: unknown; distribution?: unknown; inHovers?: unknown };
  const whole = (value: unknown, min: number, max: number, fallback: number): number =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
  const stakeholders = section.stakeholders as { checkInformedConsulted?: unknown } | undefined;
  return {
    analysisDelay: typeof delay === 'number' && Number.isFinite(delay) ? Math.min(5000, Math.max(0, delay)) : DEFAULT_SETTINGS.analysisDelay,
    schemaDiagnostics: mode === 'always' || mode === 'never' || mode === 'auto' ? mode : DEFAULT_SETTINGS.schemaDiagnostics,
    codeLensEnabled: typeof codeLens?.enabled === 'boolean' ? codeLens.enabled : DEFAULT_SETTINGS.codeLensEnabled,
    forecastIterations: whole(forecast.iterations, 1, 1_000_000, DEFAULT_SETTINGS.forecastIterations),
    forecastSeed: whole(forecast.seed, 0, 2 ** 32 - 1, DEFAULT_SETTINGS.forecastSeed),
    forecastDistribution: forecast.distribution === 'triangular' || forecast.distribution === 'pert' ? forecast.distribution : DEFAULT_SETTINGS.forecastDistribution,
    forecastInHovers: typeof forecast.inHovers === 'boolean' ? forecast.inHovers : DEFAULT_SETTINGS.forecastInHovers,
    optionalCodes: stakeholders?.checkInformedConsulted === true ? ['PP307'] : [],
  };
}
