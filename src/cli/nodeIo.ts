/**
 * The real terminal and file system behind `CliIo`: output that stops quietly when its reader
 * goes away (`program-pilot schedule plan.program.yaml | head -1`), and reading that refuses
 * anything but a regular file instead of waiting forever on a named pipe.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import type { CliIo } from './command';

export function nodeIo(): CliIo {
  return {
    stdout: writerTo(process.stdout, 'standard output'),
    stderr: writerTo(process.stderr, 'standard error'),
    readFile: readRegularFile,
    // 'wx' fails with EEXIST instead of replacing a file the user did not ask to replace.
    writeFile: (path, text, { overwrite }) => writeFileSync(path, text, { flag: overwrite ? 'w' : 'wx' }),
    cwd: process.cwd(),
  };
}

/**
 * Writes to `stream`. EPIPE means the reader has all it wants: drop the rest, as Unix tools do,
 * and let the command finish with its own exit status. Any other write error ends the run.
 */
function writerTo(stream: NodeJS.WriteStream, name: string): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    if (error.code === 'EPIPE') return;
    if (stream !== process.stderr) process.stderr.write(`program-pilot: cannot write to ${name}: ${error.message}\n`);
    process.exit(2);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

// Without O_NONBLOCK, opening a named pipe waits for a writer before fstat can tell what it is.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file; a directory fails with EISDIR, any other kind of file with its kind. */
function readRegularFile(path: string): Uint8Array {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    if (!stats.isFile()) throw new Error(`it is ${kindOf(stats)}, not a regular file`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}
