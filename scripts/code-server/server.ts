/**
 * Starts and stops a private code-server: its own process group (so stopping it also ends the
 * extension host and file watchers it spawns), its own HOME/XDG folders (nothing is written to
 * the real home), a pre-seeded user-data folder, and readiness by `GET /healthz`.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './install';

/** Quiet, offline, deterministic workbench: no AI features, telemetry, tours or update checks. */
export const BASE_SETTINGS: Readonly<Record<string, unknown>> = {
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};

export interface StartOptions {
  /** Port to listen on; a free one when omitted or 0. */
  readonly port?: number;
  readonly host?: string;
  /** The folder the workbench opens when the URL names none. */
  readonly folder?: string;
  /** Holds home, user data, extensions and the log; a new temp folder when omitted. */
  readonly stateDir?: string;
  readonly userDataDir?: string;
  readonly extensionsDir?: string;
  /** Merged over BASE_SETTINGS into the user settings. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Extra code-server arguments, e.g. `['--vscode-option', 'enable-smoke-test-driver']`. */
  readonly args?: readonly string[];
  /** Extra environment, inherited by the extension host. */
  readonly env?: NodeJS.ProcessEnv;
  readonly readyTimeoutMs?: number;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly stateDir: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** code-server's stdout and stderr. */
  readonly logFile: string;
  /** Settles when code-server's main process ends, with its exit code (null after a signal). */
  readonly exited: Promise<number | null>;
  /** Ends the whole process group; resolves once it is gone. Safe to call twice. */
  stop(): Promise<void>;
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, host, () => server.close(() => resolveFree(true)));
  });
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, intervalMs = 100): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return condition();
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

export function logTail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function startCodeServer(options: StartOptions = {}): Promise<RunningCodeServer> {
  const rt = await ensureCodeServer();
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort(host));
  if (options.port && !(await portIsFree(port, host))) {
    throw new Error(`Port ${port} on ${host} is already in use; choose another one.`);
  }
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'program-pilot-code-server-'));
  const home = join(stateDir, 'home');
  const userDataDir = options.userDataDir ?? join(stateDir, 'user-data');
  const extensionsDir = options.extensionsDir ?? join(stateDir, 'extensions');
  for (const dir of [home, join(userDataDir, 'User'), extensionsDir]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...options.settings }, null, 2));

  const logFile = join(stateDir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const args = [
    rt.entry,
    '--config', '/dev/null',
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(options.args ?? []),
    ...(options.folder ? [options.folder] : []),
  ];
  // `detached` makes the child a session and process-group leader (setsid), so one signal to
  // the group reaches the extension host and watchers too.
  const child = spawn(rt.node, args, {
    detached: true,
    stdio: ['ignore', log, log],
    env: {
      ...rt.env,
      ...options.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_STATE_HOME: join(home, '.local', 'state'),
    },
  });
  closeSync(log);
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`code-server did not start; log: ${logFile}`);
  let exited = false;
  const exitCode = new Promise<number | null>((resolveExit) =>
    child.on('exit', (code) => {
      exited = true;
      resolveExit(code);
    }),
  );
  // If this process dies without stopping the server, do not leave it running.
  const killOnExit = () => signalGroup(pgid, 'SIGKILL');
  process.on('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', killOnExit);
      signalGroup(pgid, 'SIGTERM');
      if (!(await waitUntil(() => !groupAlive(pgid), 5000))) {
        signalGroup(pgid, 'SIGKILL');
        await waitUntil(() => !groupAlive(pgid), 5000);
      }
    })());

  const url = `http://${host}:${port}`;
  const ready = await waitUntil(async () => exited || (await healthy(url)), options.readyTimeoutMs ?? 30_000);
  if (!ready || exited) {
    await stop();
    throw new Error(`code-server did not become ready at ${url}. Last lines of ${logFile}:\n${logTail(logFile)}`);
  }
  return { url, port, host, stateDir, userDataDir, extensionsDir, logFile, exited: exitCode, stop };
}
