/**
 * A small interface to the `git` command line: spawned with an argument array (never through a
 * shell, so file names and dates are never interpreted), with a time limit, and failures
 * reported as values rather than exceptions — a missing git or a folder outside a repository is
 * an ordinary situation, not an error.
 */
import { spawn } from 'node:child_process';
import { basename, dirname } from 'node:path';

export interface GitResult {
  /** Exit status; -1 when git could not be started or was stopped by the time limit. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface GitOptions {
  readonly cwd: string;
  /** Milliseconds before git is stopped; default 10 s. */
  readonly timeout?: number;
  /** Extra environment variables (tests set commit dates this way). */
  readonly env?: Readonly<Record<string, string>>;
}

const DEFAULT_TIMEOUT = 10_000;

/** No pager, no prompts for credentials, stable English-free machine output. */
export function gitEnvironment(options: Pick<GitOptions, 'env'>): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', ...options.env };
}

/** Milliseconds before git is stopped, as {@link GitOptions} says. */
export function gitTimeout(options: Pick<GitOptions, 'timeout'>): number {
  return options.timeout ?? DEFAULT_TIMEOUT;
}

export function runGit(args: readonly string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    const finish = (code: number, error?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const err = Buffer.concat(stderr).toString('utf8');
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: error ? `${err}${error}` : err });
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn('git', [...args], {
        cwd: options.cwd,
        shell: false,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: gitEnvironment(options),
      });
    } catch (error) {
      resolve({ code: -1, stdout: '', stderr: error instanceof Error ? error.message : String(error) });
      return;
    }
    const timer = setTimeout(() => {
      child.kill();
      finish(-1, 'git did not answer in time');
    }, gitTimeout(options));
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => finish(-1, error.message));
    child.on('close', (code) => finish(code ?? -1));
  });
}

export const NOT_IN_GIT = 'the plan is not in a git repository';

export interface RepositoryFile {
  /** The repository's top folder, where commands about the whole repository run. */
  readonly top: string;
  /** The file's path from the top. */
  readonly path: string;
  /** A shallow clone lacks older commits. */
  readonly shallow: boolean;
}

/**
 * Where the file sits in its repository (one git process), or undefined outside one or without
 * git. Git gives the folder's path inside the repository itself, so symbolic links in the
 * absolute path cannot confuse it.
 */
export async function locateInRepository(filePath: string, options: Omit<GitOptions, 'cwd'> = {}): Promise<RepositoryFile | undefined> {
  const result = await runGit(['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository'], { ...options, cwd: dirname(filePath) });
  const [top, prefix, shallow] = result.stdout.split(/\r?\n/);
  if (result.code !== 0 || !top || prefix === undefined) return undefined;
  return { top, path: `${prefix}${basename(filePath)}`, shallow: shallow === 'true' };
}

export interface CommittedVersion {
  readonly hash: string;
  /** Committer date in ISO 8601 with offset. */
  readonly date: string;
  readonly subject: string;
  readonly text: string;
}

export type VersionLookup = { readonly version: CommittedVersion } | { readonly unavailable: string };

/**
 * The file's content at the newest commit (on the current branch's history) whose committer
 * date is at or before the end of `date` in the local time zone.
 */
export async function fileVersionAtOrBefore(filePath: string, date: string, options: Omit<GitOptions, 'cwd'> = {}): Promise<VersionLookup> {
  const cwd = dirname(filePath);
  const located = await locateInRepository(filePath, options);
  if (!located) return { unavailable: NOT_IN_GIT };
  // Pathspecs are relative to `cwd`; a `<commit>:<path>` is relative to the repository's top.
  const path = located.path;

  const log = await runGit(
    ['--literal-pathspecs', 'log', '-1', `--before=${date} 23:59:59`, '--format=%H%x00%cI%x00%s', '--', basename(filePath)],
    { ...options, cwd },
  );
  const [hash, committed, subject] = log.stdout.trim().split('\0');
  if (log.code !== 0 || !hash) return { unavailable: `no git history for this file on or before ${date}` };

  const show = await runGit(['show', `${hash}:${path}`], { ...options, cwd });
  if (show.code !== 0) return { unavailable: `the file could not be read from commit ${hash.slice(0, 10)}` };
  return { version: { hash, date: committed ?? '', subject: subject ?? '', text: show.stdout } };
}
