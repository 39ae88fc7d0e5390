/**
 * Where `import` and `export` put what they make: standard output, or the file given with
 * `-o`, which is never replaced unless `--force` says so.
 */
import { fileProblem } from './args';
import type { CliIo } from './command';

/** True when written; false after telling the user why not (exit status 2). */
export function writeOutput(io: CliIo, command: string, output: string | undefined, text: string, force: boolean): boolean {
  if (output === undefined || output === '-') {
    io.stdout(text);
    return true;
  }
  if (!io.writeFile) {
    io.stderr(`program-pilot ${command}: cannot write '${output}' here\n`);
    return false;
  }
  try {
    io.writeFile(output, text, { overwrite: force });
    return true;
  } catch (error) {
    const exists = (error as { code?: unknown } | null)?.code === 'EEXIST';
    io.stderr(`program-pilot ${command}: cannot write '${output}': ${exists ? 'it already exists (add --force to replace it)' : fileProblem(error)}\n`);
    return false;
  }
}
