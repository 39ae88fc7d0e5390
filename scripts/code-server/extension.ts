/**
 * Installs the built extension into a code-server extensions folder the way a .vsix install
 * lays it out (`<publisher>.<name>-<version>/`), with exactly the files `vsce package` would
 * ship, so the demo and the e2e tests also catch a file missing from the package.
 */
import { listFiles, PackageManager } from '@vscode/vsce';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ensureCodeServer } from './install';

export const ROOT = resolve(__dirname, '..', '..');

export interface Manifest {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
}

export function manifest(): Manifest {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

// Asking vsce takes seconds (it loads its whole packaging pipeline); the answer does not change
// within one process.
let packagedFiles: Promise<string[]> | undefined;

/** Replaces any previous copy and returns the installed folder. Needs `npm run build` first. */
export async function installBuiltExtension(extensionsDir: string): Promise<string> {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const { publisher, name, version } = manifest();
  const target = join(extensionsDir, `${publisher}.${name}-${version}`);
  rmSync(target, { recursive: true, force: true });
  packagedFiles ??= listFiles({ cwd: ROOT, packageManager: PackageManager.None });
  for (const file of await packagedFiles) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(ROOT, file), join(target, file));
  }
  return target;
}

/**
 * Installs a packaged extension (a `.vsix`, e.g. one another extension's tests run beside) into
 * an extensions folder with code-server's own `--install-extension`, which unpacks it as VS Code
 * does. Resolves when code-server has finished; rejects with its output when it failed.
 */
export async function installVsix(vsix: string, extensionsDir: string): Promise<void> {
  const rt = await ensureCodeServer();
  const home = join(extensionsDir, '..', 'vsix-install-home');
  mkdirSync(home, { recursive: true });
  await new Promise<void>((resolveInstall, reject) => {
    const child = spawn(rt.node, [rt.entry, '--extensions-dir', extensionsDir, '--user-data-dir', join(home, 'user-data'), '--install-extension', vsix], {
      env: { ...rt.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveInstall() : reject(new Error(`installing ${vsix} failed (exit ${code}):\n${output}`))));
  });
}
