/**
 * Many blobs through one `git cat-file --batch` process: the ids go to its standard input, one a
 * line, and the answers come back in order as `<id> blob <size>\n<bytes>\n` (or `<id> missing`).
 * One process for a whole history instead of one `git show` per commit. Only object ids are
 * sent, never paths, so no file name can end a line of the request.
 */
import { spawn } from 'node:child_process';
import { gitEnvironment, gitTimeout, type GitOptions } from './git';

export type BlobProblem = 'missing' | 'not a blob' | 'binary' | 'too large' | 'not an object id';

export type Blob = { readonly id: string; readonly text: string } | { readonly id: string; readonly problem: BlobProblem };

export interface BlobOptions extends GitOptions {
  /** Blobs larger than this many bytes are skipped (read and dropped), default 16 MiB. */
  readonly maxBytes?: number;
}

export type BlobsResult = { readonly blobs: ReadonlyMap<string, Blob> } | { readonly unavailable: string };

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
/** A header is `<id> <type> <size>`: anything longer is not git talking. */
const MAX_HEADER = 1024;
/** Where git itself looks for a NUL to call content binary. */
const BINARY_PROBE = 8000;
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NEWLINE = 0x0a;
// A byte order mark stays in the text, as the parser expects and reads past it.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Reads the blobs with these ids; each id is answered (a repeated id once). */
export function readBlobs(ids: readonly string[], options: BlobOptions): Promise<BlobsResult> {
  const blobs = new Map<string, Blob>();
  const wanted: string[] = [];
  for (const id of new Set(ids)) {
    if (OBJECT_ID.test(id)) wanted.push(id);
    else blobs.set(id, { id, problem: 'not an object id' });
  }
  if (wanted.length === 0) return Promise.resolve({ blobs });

  return new Promise((resolve) => {
    const parser = new BatchParser(options.maxBytes ?? DEFAULT_MAX_BYTES);
    const stderr: Buffer[] = [];
    let settled = false;
    const finish = (result: BlobsResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', ['cat-file', '--batch'], { cwd: options.cwd, shell: false, windowsHide: true, stdio: ['pipe', 'pipe', 'pipe'], env: gitEnvironment(options) });
    } catch (error) {
      resolve({ unavailable: `git could not be started: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const timer = setTimeout(() => {
      child.kill();
      finish({ unavailable: 'git did not answer in time' });
    }, gitTimeout(options));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (!parser.push(chunk)) {
        child.kill();
        finish({ unavailable: 'git cat-file gave an answer that could not be read' });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => finish({ unavailable: `git could not be started: ${error.message}` }));
    child.on('close', (code) => {
      const answers = parser.answers;
      if (code !== 0 || answers.length !== wanted.length) {
        const reason = Buffer.concat(stderr).toString('utf8').trim();
        finish({ unavailable: `git cat-file failed${reason ? `: ${reason}` : ''}` });
        return;
      }
      // Answers come in request order; git may print an id in another form than asked.
      answers.forEach((answer, i) => blobs.set(wanted[i], { ...answer, id: wanted[i] }));
      finish({ blobs });
    });
    // A git that exits early closes its input: the close handler reports it.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(`${wanted.join('\n')}\n`);
  });
}

/**
 * The `--batch` output format, read from chunks of any size (a header or a blob may be split
 * anywhere). Content beyond `maxBytes` is counted and dropped, never kept.
 */
export class BatchParser {
  readonly answers: Blob[] = [];
  private header: number[] = [];
  /** Bytes of the current blob still to come, then its line break; -1 between answers. */
  private remaining = -1;
  private body: Buffer[] | undefined;
  private keep = false;
  private id = '';
  private type = '';

  constructor(private readonly maxBytes: number) {}

  /** False when the bytes are not in the batch format. */
  push(chunk: Uint8Array): boolean {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining < 0) {
        const newline = chunk.indexOf(NEWLINE, i);
        const end = newline < 0 ? chunk.length : newline;
        if (this.header.length + end - i > MAX_HEADER) return false;
        for (let k = i; k < end; k++) this.header.push(chunk[k]);
        i = end;
        if (newline < 0) break;
        i++;
        if (!this.startAnswer(Buffer.from(this.header).toString('utf8'))) return false;
        this.header = [];
        continue;
      }
      if (this.remaining === 0) {
        if (chunk[i] !== NEWLINE) return false;
        i++;
        this.endAnswer();
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - i);
      if (this.keep) this.body!.push(Buffer.from(chunk.subarray(i, i + take)));
      this.remaining -= take;
      i += take;
    }
    return true;
  }

  private startAnswer(header: string): boolean {
    const parts = header.split(' ');
    if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
      this.answers.push({ id: parts[0], problem: 'missing' });
      return true;
    }
    if (parts.length !== 3 || !/^\d+$/.test(parts[2])) return false;
    [this.id, this.type] = parts;
    this.remaining = Number(parts[2]);
    this.keep = this.type === 'blob' && this.remaining <= this.maxBytes;
    this.body = this.keep ? [] : undefined;
    return true;
  }

  private endAnswer(): void {
    const id = this.id;
    if (this.type !== 'blob') this.answers.push({ id, problem: 'not a blob' });
    else if (!this.keep) this.answers.push({ id, problem: 'too large' });
    else {
      const bytes = Buffer.concat(this.body!);
      const probe = bytes.subarray(0, BINARY_PROBE);
      this.answers.push(probe.includes(0) ? { id, problem: 'binary' } : { id, text: UTF8.decode(bytes) });
    }
    this.remaining = -1;
    this.body = undefined;
  }
}
