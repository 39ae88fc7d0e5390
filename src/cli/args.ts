/**
 * What every subcommand shares: options parsed by Node's own `util.parseArgs` (so `--x=v`,
 * `--x v` and `--` behave the same everywhere), checks of option values, and reading the
 * program file as UTF-8 with a message that says why it could not be read.
 */
import { parseArgs } from 'node:util';
import { isValidIsoDate } from '../core/dates';
import { LineIndex } from '../core/source';
import type { CliIo } from './command';
import { decodeProgramBytes } from './decodeText';

/** Returns what is wrong with an option's value, or undefined when it is fine. */
export type ValueCheck = (value: string) => string | undefined;

export interface ArgSpec {
  /** Options that take a value (`--format json`), each with the check of its value. */
  readonly values?: Readonly<Record<string, ValueCheck>>;
  /** Options that are switches (`--fence`). */
  readonly flags?: readonly string[];
  /** One-letter forms of options (`o` for `output`, so `-o out.xml`). */
  readonly short?: Readonly<Record<string, string>>;
  /** Whether the command reads exactly one file or one or more. */
  readonly files: 'one' | 'some';
}

export interface CommandArgs {
  readonly files: readonly string[];
  readonly values: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

/** The parsed arguments, or the reason they are unusable (printed above the usage text). */
export function parseCommandArgs(args: readonly string[], spec: ArgSpec): CommandArgs | string {
  const checks = spec.values ?? {};
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const name of Object.keys(checks)) options[name] = { type: 'string' };
  for (const name of spec.flags ?? []) options[name] = { type: 'boolean' };
  for (const [letter, name] of Object.entries(spec.short ?? {})) if (options[name]) options[name].short = letter;
  let parsed;
  try {
    parsed = parseArgs({ args: attachNegativeNumbers(args, Object.keys(checks)), options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageProblem(error);
  }
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'boolean') {
      if (value) flags.add(name);
      continue;
    }
    if (typeof value !== 'string' || value === '') return `--${name} needs a value`;
    const problem = checks[name](value);
    if (problem) return `--${name} ${problem}`;
    values.set(name, value);
  }
  const files = parsed.positionals;
  if (files.length === 0) return spec.files === 'one' ? 'no file given' : 'no files given';
  if (spec.files === 'one' && files.length > 1) return 'give exactly one file';
  return { files, values, flags };
}

/**
 * `util.parseArgs` takes the `-1` in `--max-warnings -1` for an option, and so reports a missing
 * value; a number after an option that takes a value is that value (`--max-warnings=-1`), so its
 * check can say what is wrong with it.
 */
function attachNegativeNumbers(args: readonly string[], valueOptions: readonly string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return [...result, ...args.slice(i)];
    const next = args[i + 1];
    if (valueOptions.includes(arg.slice(2)) && arg.startsWith('--') && next !== undefined && /^-\d/.test(next)) {
      result.push(`${arg}=${next}`);
      i++;
    } else {
      result.push(arg);
    }
  }
  return result;
}

function usageProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option '${option}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
  return message;
}

/** Keeps one message per output line even if it quotes multi-line text. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A check for an option that takes one of `values`. */
export function oneOf(values: readonly string[]): ValueCheck {
  const listed = values.map((v) => `'${v}'`);
  const allowed = listed.length > 1 ? `${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1]}` : listed.join('');
  return (value) => (values.includes(value) ? undefined : `must be ${allowed}, not '${value}'`);
}

/** A check for an option that takes a whole number of at least `min`. */
export function wholeNumber(min: number): ValueCheck {
  return (value) => (/^\d+$/.test(value) && Number(value) >= min ? undefined : `must be a whole number of at least ${min}, not '${value}'`);
}

export const isoDate: ValueCheck = (value) => (isValidIsoDate(value) ? undefined : `must be a real date written YYYY-MM-DD, not '${value}'`);

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory (give the *.program.yaml files in it)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/**
 * The file's text, or undefined after telling the user why it could not be read. Invalid UTF-8
 * is still read, with a warning that says where it starts.
 */
export function readProgramText(io: CliIo, command: string, file: string): string | undefined {
  const bytes = readFileBytes(io, command, file);
  if (bytes === undefined) return undefined;
  const decoded = decodeProgramBytes(bytes);
  if ('refused' in decoded) {
    io.stderr(`program-pilot ${command}: cannot read '${file}': ${decoded.refused}\n`);
    return undefined;
  }
  if (decoded.invalid) {
    const at = new LineIndex(decoded.text).positionAt(decoded.invalid.index);
    const byte = decoded.invalid.byte.toString(16).toUpperCase().padStart(2, '0');
    io.stderr(
      `program-pilot ${command}: warning: '${file}' is not valid UTF-8: first invalid byte (0x${byte}) at line ${at.line + 1}, column ${at.character + 1}; each invalid sequence is read as U+FFFD\n`,
    );
  }
  return decoded.text;
}

/** The file's bytes, or undefined after telling the user why it could not be read. */
export function readFileBytes(io: CliIo, command: string, file: string): Uint8Array | undefined {
  try {
    return io.readFile(file);
  } catch (error) {
    io.stderr(`program-pilot ${command}: cannot read '${file}': ${fileProblem(error)}\n`);
    return undefined;
  }
}

/** What a file system error means for the user. */
export function fileProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in READ_FAILURES ? READ_FAILURES[code] : error instanceof Error ? error.message : String(error);
}
