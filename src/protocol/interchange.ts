/**
 * "Import Plan…": the extension names a file, the server reads and converts it (the core's
 * `importPlan`), and the extension opens the result as an untitled document to review and save.
 * Types only, like the other request modules.
 */
import type { CsvColumns } from '../core/interchange/csv/importCsv';
import type { ImportFormat, ImportReport } from '../core/interchange/importPlan';
import { request } from './requests';

export interface ImportSourceParams {
  /** The file to import (an MS Project XML file or a CSV task list), as a URI. */
  readonly uri: string;
}

export type ImportColumnsResult = ({ readonly ok: true; readonly format: ImportFormat } & Partial<CsvColumns>) | { readonly ok: false; readonly error: string };
/** Which importer reads the file and, for a CSV file, its columns and the fields recognised in them. */
export const IMPORT_COLUMNS = request<ImportSourceParams, ImportColumnsResult>('programPilot/importColumns');

export interface ImportParams extends ImportSourceParams {
  /** CSV only: field → column header (what `program-pilot import --map` takes). */
  readonly map?: Readonly<Record<string, string>>;
}
export type ImportPlanResult = { readonly ok: true; readonly yamlText: string; readonly report: ImportReport } | { readonly ok: false; readonly error: string };
export const IMPORT_PLAN = request<ImportParams, ImportPlanResult>('programPilot/importPlan');
