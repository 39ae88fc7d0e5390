/**
 * One e2e session: a private code-server with the built extension installed, a throw-away copy
 * of `examples/` as the workspace (tests never modify `examples/`), and Chromium showing it.
 * `useSession()` wires that into mocha: started once per suite, and a failing test's message
 * gets a screenshot path and what the page showed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/code-server/browser';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/code-server/server';
import { installBuiltExtension, ROOT } from '../../../scripts/code-server/extension';
import { Workbench } from './workbench';

export const ARTIFACTS = join(ROOT, 'test-results', 'e2e');

/** Settings that keep the workbench predictable for a script, on top of the server's quiet ones. */
const E2E_SETTINGS = {
  'workbench.editor.enablePreview': false,
  'editor.hover.delay': 150,
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Dark Modern',
  // The empty chat side bar would take a third of every screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export interface Session {
  readonly server: RunningCodeServer;
  readonly browser: Browser;
  readonly workbench: Workbench;
  stop(): Promise<void>;
}

export async function startSession(options: { settings?: Record<string, unknown> } = {}): Promise<Session> {
  const stateDir = mkdtempSync(join(tmpdir(), 'program-pilot-e2e-'));
  const workspace = join(stateDir, 'workspace');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  const extensionsDir = join(stateDir, 'extensions');
  await installBuiltExtension(extensionsDir);
  const server = await startCodeServer({ stateDir, extensionsDir, settings: { ...E2E_SETTINGS, ...options.settings } });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const workbench = new Workbench(page, server.url, workspace, ARTIFACTS);
    await workbench.open();
    const started = browser;
    return {
      server,
      browser: started,
      workbench,
      stop: async () => {
        await started.close();
        await server.stop();
        rmSync(stateDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/**
 * Registers mocha hooks for a suite and returns an accessor for its workbench:
 * `const workbench = useSession();` then `workbench().openFile(…)` inside the tests.
 */
export function useSession(options: { settings?: Record<string, unknown> } = {}): () => Workbench {
  let session: Session | undefined;
  before(async function () {
    this.timeout(120_000);
    // A suite whose tests are all skipped needs no VS Code.
    if (this.test?.parent?.tests.every((t) => t.isPending())) return;
    session = await startSession(options);
  });
  beforeEach(function () {
    session?.workbench.beginTest(this.currentTest?.fullTitle() ?? 'test');
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (!session || test?.state !== 'failed' || !test.err) return;
    const shot = await session.workbench.screenshot('failure').catch((e: unknown) => `(no screenshot: ${String(e)})`);
    test.err.message += `\n  screenshot: ${shot}\n  the page showed:\n${await session.workbench.describe()}`;
  });
  after(async () => {
    await session?.stop();
  });
  return () => {
    if (!session) throw new Error('the e2e session did not start (see the error of the "before all" hook)');
    return session.workbench;
  };
}
