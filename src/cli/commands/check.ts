/**
 * `program-pilot check <files…>`: the editor's diagnostics on the command line, so a team can
 * gate its plan in CI. Exit status: 0 clean or warnings only, 1 any error, 2 usage error or a
 * file that cannot be read.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { withoutOptional, type Diagnostic, type DiagnosticCode, type DiagnosticSeverity } from '../../core/diagnostics';
import type { IsoDate } from '../../core/model';
import { LineIndex, type Span } from '../../core/source';
import { isoDate, oneLine, oneOf, parseCommandArgs, readProgramText, wholeNumber } from '../args';
import type { CliCommand, CliIo } from '../command';

const USAGE = `Usage: program-pilot check [options] <file or directory…>

Checks program files (*.program.yaml) and prints one line per problem:
  file:line:column: severity code message
A directory stands for every *.program.yaml / *.program.yml file under it
(skipping node_modules and hidden directories).

Options:
  --format text|json   Output format (default: text). JSON lists every file with its
                       diagnostics, 1-based line/column ranges, related locations and data.
  --as-of YYYY-MM-DD   "Now" for time-dependent checks such as an action past due
                       (default: the file's statusDate, else today).
  --max-warnings N     Also exit 1 when there are more than N warnings in all
                       (e.g. 0 to keep a plan free of warnings in CI).
  --informed-consulted Also report people informed or consulted on a task who are not
                       stakeholders (PP307, information; off by default).
  -h, --help           Show this help.

Exit status: 0 when no file has errors (warnings allowed up to --max-warnings), 1 when
any file has an error or there are too many warnings, 2 on a usage error or a file that
cannot be read, 3 on an internal error.
`;

type Format = 'text' | 'json';

interface CheckArgs {
  readonly files: readonly string[];
  readonly format: Format;
  readonly asOf?: IsoDate;
  readonly maxWarnings?: number;
  /** The optional codes asked for. */
  readonly optional: readonly DiagnosticCode[];
}

/** A located point, 1-based as editors and compilers print them. */
interface Place {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

interface FileReport {
  readonly file: string;
  readonly asOf: IsoDate;
  readonly diagnostics: readonly Diagnostic[];
  readonly lines: LineIndex;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check program files and print their diagnostics (exit 1 on errors)',
  usage: USAGE,
  run(args, io) {
    const parsed = parseCheckArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot check: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    const reports: FileReport[] = [];
    let unreadable = 0;
    for (const path of parsed.files) {
      const files = expandDirectory(io, path);
      if (files.length === 0) unreadable++;
      for (const file of files) {
        const text = readProgramText(io, 'check', file);
        if (text === undefined) {
          unreadable++;
          continue;
        }
        const analysis = analyze(text, { asOf: parsed.asOf });
        reports.push({ file, asOf: analysis.asOf, diagnostics: withoutOptional(analysis.diagnostics, parsed.optional), lines: new LineIndex(text) });
      }
    }
    io.stdout(parsed.format === 'json' ? formatJson(reports) : formatText(reports));
    if (parsed.format === 'text') io.stderr(summaryLine(reports, unreadable));
    if (unreadable > 0) return 2;
    const counts = countBySeverity(reports.flatMap((report) => report.diagnostics));
    if (parsed.maxWarnings !== undefined && counts.warning > parsed.maxWarnings) {
      io.stderr(`program-pilot check: ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${parsed.maxWarnings}\n`);
      return 1;
    }
    return counts.error > 0 ? 1 : 0;
  },
};

/** The parsed options, or the reason they are unusable. */
function parseCheckArgs(args: readonly string[]): CheckArgs | string {
  const parsed = parseCommandArgs(args, {
    values: { format: oneOf(['text', 'json']), 'as-of': isoDate, 'max-warnings': wholeNumber(0) },
    flags: ['informed-consulted'],
    files: 'some',
  });
  if (typeof parsed === 'string') return parsed;
  const maxWarnings = parsed.values.get('max-warnings');
  return {
    files: parsed.files,
    format: (parsed.values.get('format') ?? 'text') as Format,
    asOf: parsed.values.get('as-of'),
    maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
    optional: parsed.flags.has('informed-consulted') ? ['PP307'] : [],
  };
}

const PROGRAM_FILE = /\.program\.ya?ml$/;

/**
 * The program files under a directory argument, in a stable order; any other path as given
 * (reading it reports what is wrong). Iterative, so deep trees cannot overflow the stack.
 */
function expandDirectory(io: CliIo, path: string): string[] {
  if (!isDirectory(resolve(io.cwd, path))) return [path];
  const found: string[] = [];
  const pending = [path];
  while (pending.length > 0) {
    const directory = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(resolve(io.cwd, directory), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(directory, entry.name);
      if (entry.isDirectory()) pending.push(child);
      else if (PROGRAM_FILE.test(entry.name)) found.push(child);
    }
  }
  if (found.length === 0) io.stderr(`program-pilot check: no *.program.yaml files in '${path}'\n`);
  return found.sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function place(lines: LineIndex, span: Span): Place {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** `file:line:col: severity code message`, with related locations indented below as notes. */
function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const { file, diagnostics, lines } of reports) {
    for (const d of diagnostics) {
      const at = place(lines, d.span);
      out.push(`${file}:${at.line}:${at.column}: ${d.severity} ${d.code} ${oneLine(d.message)}\n`);
      for (const related of d.related ?? []) {
        const where = place(lines, related.span);
        out.push(`  ${file}:${where.line}:${where.column}: note: ${oneLine(related.message)}\n`);
      }
    }
  }
  return out.join('');
}

function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map(({ file, asOf, diagnostics, lines }) => ({
    file,
    asOf,
    summary: countBySeverity(diagnostics),
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...place(lines, d.span),
      offset: d.span.start,
      length: d.span.end - d.span.start,
      ...(d.related ? { related: d.related.map((r) => ({ message: r.message, ...place(lines, r.span) })) } : {}),
      ...(d.tags ? { tags: d.tags } : {}),
      ...(d.data ? { data: d.data } : {}),
    })),
  }));
  const summary = countBySeverity(reports.flatMap((report) => report.diagnostics));
  return `${JSON.stringify({ files, summary }, null, 2)}\n`;
}

function countBySeverity(diagnostics: readonly Diagnostic[]): Record<DiagnosticSeverity, number> {
  const counts: Record<DiagnosticSeverity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

function summaryLine(reports: readonly FileReport[], unreadable: number): string {
  const counts = countBySeverity(reports.flatMap((report) => report.diagnostics));
  const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'} checked`;
  const notRead = unreadable > 0 ? `, ${unreadable} could not be read` : '';
  const parts = (['error', 'warning', 'info', 'hint'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity === 'info' || counts[severity] === 1 ? severity : `${severity}s`}`);
  return `${files}${notRead}: ${parts.length > 0 ? parts.join(', ') : 'no problems'}\n`;
}
