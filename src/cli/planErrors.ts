/**
 * What `status`, `schedule` and `dependencies` do when the plan has errors (in what it says, not
 * a missed deadline: see `isPlanError`): they still print their output, say on standard error
 * that it leaves out what the errors break (with the first errors at `file:line:column`), and
 * exit 1 unless `--allow-errors` is given.
 */
import type { Diagnostic } from '../core/diagnostics';
import { LineIndex } from '../core/source';
import { isPlanError } from '../core/status/planErrors';
import { plural } from '../core/text/plural';
import { oneLine } from './args';
import type { CliIo } from './command';

/** How many errors standard error quotes; `program-pilot check` lists them all. */
const QUOTED = 3;

export const ALLOW_ERRORS_USAGE = `  --allow-errors       Exit 0 even when the plan has errors (the output is printed
                       either way; standard error lists the first errors).`;

/** The exit status for a plan with these diagnostics: 1 with errors unless allowed, else 0. */
export function exitForPlanErrors(io: CliIo, command: string, file: string, text: string, diagnostics: readonly Diagnostic[], allow: boolean): number {
  const errors = diagnostics.filter(isPlanError);
  if (errors.length === 0) return 0;
  const lines = new LineIndex(text);
  const quoted = errors.slice(0, QUOTED).map((d) => {
    const at = lines.positionAt(d.span.start);
    return `  ${file}:${at.line + 1}:${at.character + 1}: ${d.code} ${oneLine(d.message)}\n`;
  });
  const more = errors.length > QUOTED ? `  … and ${errors.length - QUOTED} more: run 'program-pilot check ${file}'\n` : '';
  io.stderr(`program-pilot ${command}: ${file} has ${plural(errors.length, 'error')}; the dates leave out what they break:\n${quoted.join('')}${more}`);
  return allow ? 0 : 1;
}
