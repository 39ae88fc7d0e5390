/**
 * One e2e session: a private code-server with the built extension installed, a throw-away copy
 * of `examples/` as the workspace (tests never modify `examples/`), and Chromium showing it.
 * `useSession()` wires that into mocha: one session shared by all suites, a clean workbench for
 * each suite, and a failing test's message gets a screenshot path and what the page showed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/code-server/browser';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/code-server/server';
import { installBuiltExtension, installVsix, ROOT } from '../../../scripts/code-server/extension';
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

export interface SessionOptions {
  /** Other extensions (`.vsix` files) installed beside ours. */
  readonly vsix?: readonly string[];
  /** Settings over the e2e ones. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export async function startSession(options: SessionOptions = {}): Promise<Session> {
  const stateDir = mkdtempSync(join(tmpdir(), 'program-pilot-e2e-'));
  const workspace = join(stateDir, 'workspace');
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  const extensionsDir = join(stateDir, 'extensions');
  await installBuiltExtension(extensionsDir);
  for (const vsix of options.vsix ?? []) await installVsix(vsix, extensionsDir);
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

// One VS Code for the whole run: starting code-server and the workbench costs ~15 s, and the
// suites only need a clean workbench, which `reset()` gives them much faster.
let shared: Promise<Session> | undefined;

function sharedSession(): Promise<Session> {
  shared ??= startSession();
  return shared;
}

/** Ends the shared session; `test/e2e/support/hooks.ts` calls it after the last suite. */
export async function stopSharedSession(): Promise<void> {
  const session = await shared?.catch(() => undefined);
  shared = undefined;
  await session?.stop();
}

/**
 * Registers mocha hooks for a suite and returns an accessor for its workbench (the shared VS Code,
 * or with `own` one of the suite's own, e.g. with another extension installed):
 * `const workbench = useSession();` then `workbench().openFile(…)` inside the tests. Every
 * suite starts with no editor open and the workspace equal to `examples/` again.
 */
export function useSession(own?: SessionOptions): () => Workbench {
  let session: Session | undefined;
  before(async function () {
    this.timeout(180_000);
    // A suite whose tests are all skipped needs no VS Code.
    if (this.test?.parent?.tests.every((t) => t.isPending())) return;
    session = own ? await startSession(own) : await sharedSession();
    await session.workbench.closeEditorsAndPanel();
    cpSync(join(ROOT, 'examples'), session.workbench.workspace, { recursive: true });
  });
  // A suite's own VS Code (other extensions installed) goes with the suite.
  after(async () => {
    if (own) await session?.stop();
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
  return () => {
    if (!session) throw new Error('the e2e session did not start (see the error of the "before all" hook)');
    return session.workbench;
  };
}
