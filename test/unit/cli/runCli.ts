import { readFileSync } from 'node:fs';
import { main } from '../../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `program-pilot <argv…>` in memory and captures what it prints. Files are read from
 * `files` (text is stored as UTF-8), else (with `disk`) from the real file system; anything else
 * is missing, as the file system would say it. With `written`, files the command writes are
 * kept there (an existing one — in `files` or already written — is refused as the disk would).
 */
export async function runCli(
  argv: readonly string[],
  options: { files?: Readonly<Record<string, string | Uint8Array>>; disk?: boolean; cwd?: string; written?: Map<string, string> } = {},
): Promise<CliRun> {
  const files = options.files ?? {};
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readFile: (path) => {
      if (path in files) return typeof files[path] === 'string' ? Buffer.from(files[path]) : files[path];
      if (options.disk) return readFileSync(path);
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    cwd: options.cwd ?? '/work',
    ...(options.written ? { writeFile: writeTo(options.written, files) } : {}),
  });
  return { code, stdout, stderr };
}

function writeTo(written: Map<string, string>, files: Readonly<Record<string, unknown>>): (path: string, text: string, options: { readonly overwrite: boolean }) => void {
  return (path, text, { overwrite }) => {
    if (!overwrite && (path in files || written.has(path))) throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST' });
    written.set(path, text);
  };
}
