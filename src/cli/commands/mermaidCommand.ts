/**
 * What `program-pilot gantt` and `program-pilot critical-path` share: read one program file,
 * print the Mermaid source the panel draws (optionally inside a ```mermaid fence, which GitHub
 * and most wikis render), and explain on stderr what could not be drawn.
 * Exit status: 0 drawn, 1 nothing could be scheduled, 2 usage error or unreadable file.
 */
import { analyze, type Analysis } from '../../core/analyze';
import type { CliCommand, CliIo } from '../command';

export interface MermaidOutput {
  readonly source: string;
  /** Tasks that exist but could not be scheduled. */
  readonly unscheduled: readonly string[];
  /** Whether anything is drawn at all. */
  readonly drawn: boolean;
  /** A note for stderr about what the output leaves out. */
  readonly note?: string;
}

export interface MermaidCommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** `--name value` options this command takes, with a check of each value (an error text or undefined). */
  readonly options: Readonly<Record<string, (value: string) => string | undefined>>;
  readonly generate: (analysis: Analysis, options: ReadonlyMap<string, string>) => MermaidOutput;
}

export function mermaidCommand(spec: MermaidCommandSpec): CliCommand {
  const fail = (io: CliIo, message: string): number => {
    io.stderr(`program-pilot ${spec.name}: ${message}\n\n${spec.usage}`);
    return 2;
  };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run(args, io) {
      const files: string[] = [];
      const options = new Map<string, string>();
      let fence = false;
      for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
          files.push(...args.slice(i + 1));
          break;
        }
        if (!arg.startsWith('--')) {
          files.push(arg);
          continue;
        }
        if (arg === '--fence') {
          fence = true;
          continue;
        }
        const equals = arg.indexOf('=');
        const name = equals >= 0 ? arg.slice(2, equals) : arg.slice(2);
        const check = spec.options[name];
        if (!check) return fail(io, `unknown option '--${name}'`);
        const value = equals >= 0 ? arg.slice(equals + 1) : args[++i];
        if (value === undefined) return fail(io, `--${name} needs a value`);
        const problem = check(value);
        if (problem) return fail(io, `--${name}: ${problem}`);
        options.set(name, value);
      }
      if (files.length !== 1) return fail(io, files.length === 0 ? 'no file given' : 'give exactly one file');
      const file = files[0];
      let text: string;
      try {
        text = io.readFile(file);
      } catch (error) {
        io.stderr(`program-pilot ${spec.name}: cannot read '${file}': ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
      const analysis = analyze(text);
      const output = spec.generate(analysis, options);
      if (!output.drawn) {
        const why = analysis.schedule.ok
          ? analysis.program.tasks.length === 0
            ? 'it has no tasks'
            : 'no task could be scheduled (dependency cycle)'
          : "it has no valid 'start' date (YYYY-MM-DD)";
        io.stderr(`program-pilot ${spec.name}: nothing to draw for ${file}: ${why}. Run 'program-pilot check ${file}' for details.\n`);
        return 1;
      }
      io.stdout(fence ? `\`\`\`mermaid\n${output.source}\`\`\`\n` : output.source);
      if (output.unscheduled.length > 0) {
        io.stderr(`program-pilot ${spec.name}: left out, because they could not be scheduled (dependency cycle): ${output.unscheduled.join(', ')}\n`);
      }
      if (output.note) io.stderr(`program-pilot ${spec.name}: ${output.note}\n`);
      return 0;
    },
  };
}

/** A check for an option that takes one of `values`. */
export function oneOf(values: readonly string[]): (value: string) => string | undefined {
  return (value) => (values.includes(value) ? undefined : `must be ${values.map((v) => `'${v}'`).join(', ')}, not '${value}'`);
}

/** A check for an option that takes a whole number of at least `min`. */
export function wholeNumber(min: number): (value: string) => string | undefined {
  return (value) => (/^\d+$/.test(value) && Number(value) >= min ? undefined : `must be a whole number of at least ${min}, not '${value}'`);
}
