/**
 * "Import Plan…" in the server: reads the file the user chose and converts it with the core's
 * `importPlan`. The file is read here, not sent by the client, so a large export does not cross
 * the connection twice.
 */
import { readFile, stat } from 'node:fs/promises';
import { URI } from 'vscode-uri';
import { csvColumns } from '../core/interchange/csv/importCsv';
import { decodeInput, formatOfFile, importPlan } from '../core/interchange/importPlan';
import type { ImportColumnsResult, ImportParams, ImportPlanResult, ImportSourceParams } from '../protocol/interchange';

/** Larger than any plan's export (a 5,000-task MSPDI file is about 10 MB); past it, say so rather than read it. */
const MAX_BYTES = 64 * 1024 * 1024;

type Source = { readonly ok: true; readonly name: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly error: string };

async function readSource(uri: string): Promise<Source> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return { ok: false, error: 'only files on disk can be imported' };
  const name = parsed.path.slice(parsed.path.lastIndexOf('/') + 1);
  try {
    const info = await stat(parsed.fsPath);
    if (!info.isFile()) return { ok: false, error: `${name} is not a regular file` };
    if (info.size > MAX_BYTES) return { ok: false, error: `${name} is ${Math.round(info.size / 1024 / 1024)} MB; files over ${MAX_BYTES / 1024 / 1024} MB are not imported` };
    return { ok: true, name, bytes: await readFile(parsed.fsPath) };
  } catch (error) {
    return { ok: false, error: `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function importColumns(params: ImportSourceParams): Promise<ImportColumnsResult> {
  const source = await readSource(params.uri);
  if (!source.ok) return source;
  const text = decodeInput(source.bytes);
  const format = formatOfFile(source.name, text);
  if (format !== 'csv') return { ok: true, format };
  const columns = csvColumns(text);
  return columns.ok ? { ...columns, format } : columns;
}

export async function importFile(params: ImportParams): Promise<ImportPlanResult> {
  const source = await readSource(params.uri);
  if (!source.ok) return source;
  const text = decodeInput(source.bytes);
  return importPlan(text, formatOfFile(source.name, text), { fileName: source.name, ...(params.map ? { csv: { map: params.map } } : {}) });
}
