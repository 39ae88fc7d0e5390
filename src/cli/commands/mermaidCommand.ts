/**
 * What `program-pilot gantt` and `program-pilot critical-path` share: read one program file,
 * print the Mermaid source the panel draws (optionally inside a ```mermaid fence, which GitHub
 * and most wikis render), and explain on stderr what could not be drawn.
 * Exit status: 0 drawn, 1 nothing could be scheduled, 2 usage error or unreadable file.
 */
import { analyze, type Analysis } from '../../core/analyze';
import { parseCommandArgs, readProgramText, type ValueCheck } from '../args';
import type { CliCommand } from '../command';

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
  readonly options: Readonly<Record<string, ValueCheck>>;
  readonly generate: (analysis: Analysis, options: ReadonlyMap<string, string>) => MermaidOutput;
}

export function mermaidCommand(spec: MermaidCommandSpec): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run(args, io) {
      const parsed = parseCommandArgs(args, { values: spec.options, flags: ['fence'], files: 'one' });
      if (typeof parsed === 'string') {
        io.stderr(`program-pilot ${spec.name}: ${parsed}\n\n${spec.usage}`);
        return 2;
      }
      const file = parsed.files[0];
      const options = parsed.values;
      const fence = parsed.flags.has('fence');
      const text = readProgramText(io, spec.name, file);
      if (text === undefined) return 2;
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
