/**
 * What `program-pilot charter|raid|stakeholders|launch` share: read one program file (as of
 * `--as-of`, else its statusDate, else today), print a Markdown document, and exit with the
 * status the document decides (0, or 1 for a NO-GO launch).
 */
import { analyze, type Analysis } from '../../core/analyze';
import { isoDate, parseCommandArgs, readProgramText } from '../args';
import type { CliCommand } from '../command';

export interface DocumentCommandSpec {
  readonly name: string;
  readonly summary: string;
  /** What the document holds, for the usage text (wrapped at 80 columns). */
  readonly describes: string;
  /** What exit status 1 means, when the command uses it. */
  readonly failure?: string;
  readonly generate: (analysis: Analysis) => { readonly markdown: string; readonly status?: 0 | 1 };
}

export function documentCommand(spec: DocumentCommandSpec): CliCommand {
  const usage = `Usage: program-pilot ${spec.name} [--as-of YYYY-MM-DD] <file>

${spec.describes}

Options:
  --as-of YYYY-MM-DD   The date the document is as of (default: the file's statusDate,
                       else today).
  -h, --help           Show this help.

Exit status: 0 printed, ${spec.failure ? `1 ${spec.failure}, ` : ''}2 usage error or unreadable file, 3 internal error.
`;
  return {
    name: spec.name,
    summary: spec.summary,
    usage,
    run(args, io) {
      const parsed = parseCommandArgs(args, { values: { 'as-of': isoDate }, flags: [], files: 'one' });
      if (typeof parsed === 'string') {
        io.stderr(`program-pilot ${spec.name}: ${parsed}\n\n${usage}`);
        return 2;
      }
      const text = readProgramText(io, spec.name, parsed.files[0]);
      if (text === undefined) return 2;
      const asOf = parsed.values.get('as-of');
      const output = spec.generate(analyze(text, asOf ? { asOf } : {}));
      io.stdout(output.markdown);
      return output.status ?? 0;
    },
  };
}
