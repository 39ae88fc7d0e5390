/**
 * Runs the integration tests (`test/integration/**\/*.test.ts`) inside a real VS Code extension
 * host through `@vscode/test-electron`'s `runTests`.
 *
 * Here VS Code cannot be downloaded, so by default `vscodeExecutablePath` points at a launcher
 * that runs the same tests in code-server (VS Code 1.139's server). With `--desktop` (a machine
 * with internet) `runTests` downloads and uses desktop VS Code instead: one suite, both worlds.
 *
 * Usage: tsx test/runIntegration.ts [--desktop] [--grep <pattern>]   (after `npm run build`)
 */
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'out', 'test', 'integration');
const LAUNCHER = join(ROOT, 'test', 'integration', 'runner', 'code-server-launcher');

/** The extension host runs JavaScript: bundle the entry and every suite next to each other. */
async function bundleTests(): Promise<void> {
  const source = join(ROOT, 'test', 'integration');
  const suites = readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(source, f));
  rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(source, 'index.ts'), ...suites],
    outbase: source,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

/** A throw-away workspace, so tests may edit and save files without touching `examples/`. */
function makeWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'program-pilot-it-'));
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  const fixtures = join(ROOT, 'test', 'integration', 'fixtures');
  if (existsSync(fixtures)) cpSync(fixtures, workspace, { recursive: true });
  return workspace;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const grepIndex = argv.indexOf('--grep');
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first.');
  await bundleTests();
  const workspace = makeWorkspace();
  try {
    await runTests({
      ...(argv.includes('--desktop') ? {} : { vscodeExecutablePath: LAUNCHER }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(OUT, 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: grepIndex >= 0 ? { PROGRAM_PILOT_TEST_GREP: argv[grepIndex + 1] } : {},
    });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
