/**
 * Installs the built extension into a code-server extensions folder the way a .vsix install
 * lays it out (`<publisher>.<name>-<version>/`), with exactly the files `vsce package` would
 * ship, so an e2e run also catches a file missing from the package.
 */
import { listFiles } from '@vscode/vsce';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');

export interface Manifest {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
}

export function manifest(): Manifest {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** Returns the installed folder. Needs `npm run build` first. */
export async function installBuiltExtension(extensionsDir: string): Promise<string> {
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  const { publisher, name, version } = manifest();
  const target = join(extensionsDir, `${publisher}.${name}-${version}`);
  for (const file of await listFiles({ cwd: ROOT, packageManager: 'none' })) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(ROOT, file), join(target, file));
  }
  return target;
}
