/**
 * `program-pilot status <file>`: the weekly status report, the same Markdown the editor's
 * "Generate Weekly Status" shows, or the report's data as JSON.
 */
import { resolve } from 'node:path';
import { analyze } from '../../core/analyze';
import { isValidIsoDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import { buildStatusReport } from '../../core/status/report';
import { statusMarkdown } from '../../core/status/reportDocument';
import { weekOverWeekFromGit } from '../../core/status/weekOverWeekFromGit';
import type { CliCommand } from '../command';

const USAGE = `Usage: program-pilot status [options] <file>

Prints the weekly status report of a program file: overall status, completed work, work in
progress, risks and issues, metrics, next week's goals, decisions needed and, when the file
is in a git repository, what changed since its version committed a week before.

Options:
  --as-of YYYY-MM-DD   The report date (default: the file's statusDate, else today).
  --format md|json     Markdown (default) or the report's data as JSON.
  --no-history         Do not compare with the version in git.
  -h, --help           Show this help.

Exit status: 0 on success, 2 on a usage error or a file that cannot be read.
`;

interface StatusArgs {
  readonly file: string;
  readonly format: 'md' | 'json';
  readonly asOf?: IsoDate;
  readonly history: boolean;
}

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Print the weekly status report of a program file (Markdown or JSON)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`program-pilot status: ${parsed}\n\n${USAGE}`);
      return 2;
    }
    let text: string;
    try {
      text = io.readFile(parsed.file);
    } catch (error) {
      io.stderr(`program-pilot status: cannot read '${parsed.file}': ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const analysis = analyze(text, parsed.asOf ? { asOf: parsed.asOf } : {});
    const weekOverWeek = parsed.history
      ? await weekOverWeekFromGit(analysis, resolve(io.cwd, parsed.file), analysis.asOf)
      : { unavailable: 'history not requested (--no-history)' };
    const report = buildStatusReport({ program: analysis.program, schedule: analysis.schedule, asOf: analysis.asOf, weekOverWeek });
    io.stdout(parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : statusMarkdown(report));
    return 0;
  },
};

function parseArgs(args: readonly string[]): StatusArgs | string {
  const files: string[] = [];
  let format: StatusArgs['format'] = 'md';
  let asOf: IsoDate | undefined;
  let history = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--no-history') {
      history = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (name !== '--format' && name !== '--as-of') return `unknown option '${name}'`;
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return `${name} needs a value`;
    if (name === '--format') {
      if (value !== 'md' && value !== 'json') return `--format must be 'md' or 'json', not '${value}'`;
      format = value;
    } else {
      if (!isValidIsoDate(value)) return `--as-of must be a real date written YYYY-MM-DD, not '${value}'`;
      asOf = value;
    }
  }
  if (files.length !== 1) return files.length === 0 ? 'no file given' : 'give exactly one file';
  return { file: files[0], format, asOf, history };
}
