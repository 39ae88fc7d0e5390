/**
 * The one entry point for taking a plan out: a program file's text → MSPDI (MS Project XML),
 * iCalendar or CSV, with our schedule computed. Pure; never throws on bad input.
 */
import { analyze } from '../analyze';
import { exportCsv } from './export/csv';
import { exportIcs, icsStamp } from './export/ics';
import { exportMspdi } from './export/mspdi';

export type ExportFormat = 'mspdi' | 'ics' | 'csv';

export interface ExportOptions {
  /** The time stamped into an iCalendar file (default: now). */
  readonly now?: Date;
}

export type ExportPlanResult = { readonly ok: true; readonly text: string; readonly warnings: readonly string[] } | { readonly ok: false; readonly error: string };

export function exportPlan(programText: string, format: ExportFormat, options: ExportOptions = {}): ExportPlanResult {
  const analysis = analyze(programText);
  if (!analysis.schedule.ok) return { ok: false, error: "the plan has no valid 'start' date (YYYY-MM-DD), so it cannot be scheduled" };
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = errors > 0 ? [`the plan has ${errors} error${errors === 1 ? '' : 's'} (see program-pilot check): exported as far as it could be read`] : [];
  if (format === 'mspdi') {
    const result = exportMspdi(analysis);
    return { ok: true, text: result.text, warnings: [...warnings, ...result.warnings] };
  }
  if (format === 'ics') return { ok: true, text: exportIcs(analysis, { stamp: icsStamp(options.now ?? new Date()) }), warnings };
  return { ok: true, text: exportCsv(analysis), warnings };
}
