import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

/**
 * Starts `program-pilot <argv…>` as its own process from the sources, for what only a real
 * process shows: pipes, special files, the exit status.
 */
export function spawnCli(argv: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(ROOT, 'src/cli/main.ts'), ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Collects what the process prints until it exits. */
export function exitOf(child: ChildProcess): Promise<Exit> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `program-pilot <argv…>` in its own process to the end. */
export function runCliProcess(argv: readonly string[], cwd: string): Promise<Exit> {
  return exitOf(spawnCli(argv, cwd));
}
