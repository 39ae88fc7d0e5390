/**
 * Stands in for the VS Code executable that `@vscode/test-electron`'s `runTests` spawns when
 * desktop VS Code cannot be downloaded. It takes the same command line
 * (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, the folder to open), starts
 * code-server with the smoke-test driver, loads the workbench in Chromium with the test payload,
 * forwards the tests' output and exits with their exit code: the extension tests run in
 * code-server's real extension host.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../../scripts/code-server/browser';
import { logTail, startCodeServer, type RunningCodeServer } from '../../../scripts/code-server/server';

const TIMEOUT_MS = Number(process.env.PROGRAM_PILOT_TEST_TIMEOUT_MS ?? 10 * 60_000);

interface LaunchArgs {
  readonly developmentPath: string;
  readonly testsPath: string;
  readonly folder?: string;
}

/**
 * Reads what `runTests` passes. Its `--user-data-dir`/`--extensions-dir` are ignored on purpose:
 * every run gets fresh ones, so no editor state leaks from one run into the next.
 */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const developmentPath = value('extensionDevelopmentPath');
  const testsPath = value('extensionTestsPath');
  if (!developmentPath || !testsPath) throw new Error('Expected --extensionDevelopmentPath=… and --extensionTestsPath=…');
  const positional = argv.filter((a) => !a.startsWith('-'));
  const folder = positional.at(-1);
  return { developmentPath: resolve(developmentPath), testsPath: resolve(testsPath), ...(folder ? { folder: resolve(folder) } : {}) };
}

/** The workbench URL that makes code-server load the extension under development and run its tests. */
export function testPayloadUrl(server: Pick<RunningCodeServer, 'url' | 'host' | 'port'>, args: LaunchArgs): string {
  const remote = (path: string) => `vscode-remote://${server.host}:${server.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(args.developmentPath)],
    ['extensionTestsPath', remote(args.testsPath)],
    ['skipWelcome', 'true'],
  ];
  const folder = args.folder ? `folder=${encodeURIComponent(args.folder)}&` : '';
  return `${server.url}/?${folder}payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * The tests' output (the extension host's console) arrives as `info`/`log` messages; the
 * workbench's own warnings and errors (e.g. the unreachable marketplace, with stack traces) go
 * to a file, unless PROGRAM_PILOT_VERBOSE is set.
 */
function forwardConsole(consoleLog: string): (type: string, args: unknown[]) => void {
  const verbose = Boolean(process.env.PROGRAM_PILOT_VERBOSE);
  return (type, args) => {
    if (type === 'info' || type === 'log' || verbose) console.log(...args);
    else appendFileSync(consoleLog, `[${type}] ${args.map(String).join(' ')}\n`);
  };
}

async function main(): Promise<number> {
  const args = parseLaunchArgs(process.argv.slice(2));
  const server = await startCodeServer({ args: ['--vscode-option', 'enable-smoke-test-driver'] });
  const stopAll: (() => Promise<void>)[] = [() => server.stop()];
  const cleanup = async () => {
    for (const step of stopAll.splice(0).reverse()) await step().catch(() => undefined);
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)));
  try {
    const browser = await launchChromium();
    stopAll.push(() => browser.close());
    const page = await browser.newPage();
    let reportExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolveExit) => (reportExit = resolveExit));
    const consoleLog = join(server.stateDir, 'workbench-console.log');
    await page.exposeFunction('codeAutomationLog', forwardConsole(consoleLog));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    page.on('crash', () => reportExit(3));
    await page.goto(testPayloadUrl(server, args));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolveTimeout) => {
      timer = setTimeout(() => {
        console.error(`Integration tests did not finish within ${TIMEOUT_MS / 1000} s. code-server log:\n${logTail(server.logFile)}`);
        resolveTimeout(2);
      }, TIMEOUT_MS);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    await cleanup();
    // A failed run keeps code-server's state and log for inspection.
    if (code !== 0) console.error(`code-server state kept in ${server.stateDir}; logs: ${server.logFile}, ${consoleLog}`);
    else rmSync(server.stateDir, { recursive: true, force: true });
    return code;
  } finally {
    await cleanup();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
