/**
 * `npm run demo`: builds the extension for production, installs it into the local code-server
 * (installing code-server first if needed), and serves VS Code with `examples/` open and the
 * example program in the editor, looking like the README's screenshots. Ctrl+C stops everything
 * it started.
 *
 * Usage: npm run demo [-- --port 8080] [-- --host 127.0.0.1]
 * Env:   PROGRAM_PILOT_PORT, PROGRAM_PILOT_HOST (the flags win).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { installBuiltExtension, ROOT } from './code-server/extension';
import { ensureCodeServer } from './code-server/install';
import { logTail, startCodeServer } from './code-server/server';

/** The file the demo opens in the editor. */
const EXAMPLE = 'multi-tenancy.program.yaml';

/** The workbench of the README's screenshots, over the server's quiet defaults. */
const DEMO_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  // Otherwise an empty chat side bar takes a third of the window.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The repository above examples/ is not the demo's business: no prompt to open it.
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * The workbench URL with `examples/` as the folder and the example program open: VS Code's web
 * workbench opens the `openFile` of its `payload` parameter (a remote URI on this server).
 */
function demoUrl(serverUrl: string, host: string, port: number, folder: string): string {
  const file = `vscode-remote://${host}:${port}${join(folder, EXAMPLE)}`;
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify([['openFile', file]]))}`;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3) ?? (index >= 0 ? process.argv[index + 1] : undefined) ?? fallback;
}

async function main(): Promise<number> {
  const port = Number(option('port', process.env.PROGRAM_PILOT_PORT ?? '8080'));
  const host = option('host', process.env.PROGRAM_PILOT_HOST ?? '127.0.0.1');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number, not "${option('port', '')}".`);

  // The minified bundles a user installs: the development panel script is 7.8 MB of unminified Mermaid.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed.');
  const rt = await ensureCodeServer();
  // The demo keeps its VS Code state (layout, opened editors) between runs, beside the install.
  const stateDir = join(rt.dir, 'demo');
  const extensionsDir = join(stateDir, 'extensions');
  await installBuiltExtension(extensionsDir);
  const folder = join(ROOT, 'examples');
  const server = await startCodeServer({ port, host, folder, stateDir, extensionsDir, settings: DEMO_SETTINGS });

  console.log(`\nProgram Pilot demo: VS Code with examples/${EXAMPLE} open at\n\n  ${demoUrl(server.url, host, port, folder)}\n\nPress Ctrl+C to stop.\n`);
  let stopping = false;
  const stopped = new Promise<number>((resolveStop) => {
    const stop = () => {
      stopping = true;
      void server.stop().then(() => resolveStop(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const crashed = server.exited.then((code) => {
    if (stopping) return stopped;
    console.error(`code-server stopped unexpectedly (exit ${code}). Last lines of ${server.logFile}:\n${logTail(server.logFile)}`);
    return 1;
  });
  const code = await Promise.race([stopped, crashed]);
  if (code === 0) console.log('Stopped.');
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
