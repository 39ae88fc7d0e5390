/**
 * The one entry point for bringing a plan in: the bytes (or text) of an MS Project XML or CSV
 * file → the text of a `*.program.yaml` file and a report. The command line and the editor's
 * "Import Plan…" call this. Pure: no I/O; never throws on bad input (the result says why).
 *
 * The report lists everything that could not be carried over (also written as comments at the
 * top of the file) and how our schedule of the result compares with the dates the source stored.
 */
import { analyze } from '../analyze';
import type { IsoDate } from '../model';
import { compareSchedule } from './compareSchedule';
import { importCsv, type CsvImportOptions } from './csv/importCsv';
import type { SourceResult } from './draft';
import { importMspdi } from './mspdi/importMspdi';
import { draftToYaml, headerComments } from './yamlText';

export type ImportFormat = 'mspdi' | 'csv';

export interface ImportOptions {
  /** The source file's name, for the header comment and the program's name when the file has none. */
  readonly fileName?: string;
  /** CSV only: column map, delimiter, program start. */
  readonly csv?: CsvImportOptions;
  /** The date an import uses when the source gives none to start the program on (default: today). */
  readonly today?: IsoDate;
}

export interface ImportReport {
  readonly format: ImportFormat;
  readonly tasks: number;
  readonly people: number;
  /** What could not be carried over, one line per kind. */
  readonly warnings: readonly string[];
  /** How our schedule of the result compares with the source's stored dates. */
  readonly schedule: string;
  /** Errors `program-pilot check` finds in the result's format (none expected); missed deadlines (PP501) are findings, not counted. */
  readonly errors: number;
}

export type ImportResult = { readonly ok: true; readonly yamlText: string; readonly report: ImportReport } | { readonly ok: false; readonly error: string };

const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = { mspdi: 'MS Project XML', csv: 'CSV' };

export function importPlan(input: string | Uint8Array, format: ImportFormat, options: ImportOptions = {}): ImportResult {
  const text = typeof input === 'string' ? input : decodeInput(input);
  const fallbackName = options.fileName ? baseName(options.fileName) : undefined;
  const source: SourceResult =
    format === 'mspdi' ? importMspdi(text, { fallbackName }) : importCsv(text, { ...options.csv, fallbackName, today: options.today });
  if (!source.ok) return source;
  const { draft, warnings, stored, approximated } = source;
  const body = draftToYaml(draft);
  const analysis = analyze(body);
  const schedule = compareSchedule(draft, analysis.schedule, stored, approximated);
  const lines = warnings.lines();
  const header = [
    `Imported from ${options.fileName ?? 'a file'} (${FORMAT_NAMES[format]}) by program-pilot import.`,
    `Compared with the dates the file stored, our schedule of this plan: ${schedule}.`,
    ...(lines.length > 0 ? ['Not carried over, or approximated:', ...lines.map((line) => `- ${line}`)] : ['Everything in the file was carried over.']),
  ];
  const yamlText = headerComments(header) + body;
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('PP5')).length;
  return { ok: true, yamlText, report: { format, tasks: draft.tasks.length, people: draft.people.length, warnings: lines, schedule, errors } };
}

/** Which importer reads a file: by its extension, else by its first character. */
export function formatOfFile(fileName: string, text: string): ImportFormat {
  if (/\.xml$/i.test(fileName)) return 'mspdi';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? 'mspdi' : 'csv';
}

/** UTF-8, or UTF-16 with a byte order mark (as some tools save XML). */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}
