/**
 * Loads the real panel page (the same HTML, Content-Security-Policy and bundled script as in
 * VS Code) into headless Chromium, standing in for VS Code's webview host: it serves
 * `dist/` and `media/` from a fake origin, provides `acquireVsCodeApi`, delivers views as the
 * extension would and records what the page posts back. Used by the rendering benchmark and by
 * the browser checks of the panels.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { modulePreloads } from '../src/extension/panels/modulePreloads';
import { panelHtml } from '../src/extension/panels/panelHtml';
import type { FromWebview, PanelKind, PanelView } from '../src/protocol/panels';

const ROOT = resolve(__dirname, '..');
const ORIGIN = 'https://panel.test';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface PanelPageHandle {
  readonly page: Page;
  /** Everything the page posted to the "extension", in order. */
  readonly posted: FromWebview[];
  /** Console errors and CSP violations reported by the page. */
  readonly problems: string[];
  /** Sends a view and waits for the page to report it rendered. */
  show(view: PanelView): Promise<Extract<FromWebview, { type: 'rendered' }>>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

export async function openPanelPage(browser: Browser, kind: PanelKind, options: { theme?: string } = {}): Promise<PanelPageHandle> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const posted: FromWebview[] = [];
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.exposeFunction('__ppPost', (message: FromWebview) => posted.push(message));
  // A string, not a function: the page must not depend on how this file was compiled.
  await page.addInitScript(`{
    let state;
    const api = {
      postMessage: (message) => window.__ppPost(message),
      getState: () => state,
      setState: (next) => { state = next; },
    };
    window.acquireVsCodeApi = () => api;
    document.addEventListener('DOMContentLoaded', () => document.body.classList.add(${JSON.stringify(options.theme ?? 'vscode-light')}));
  }`);
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      const html = panelHtml({
        kind,
        title: kind,
        cspSource: ORIGIN,
        scriptUri: `${ORIGIN}/dist/webview/panel.js`,
        preloadUris: modulePreloads(join(ROOT, 'dist', 'webview'), kind).map((path) => `${ORIGIN}/dist/webview/${path}`),
        styleUri: `${ORIGIN}/media/panel.css`,
      });
      return route.fulfill({ body: html, contentType: 'text/html' });
    }
    if (!/^\/(dist|media)\/[\w./-]+$/.test(path) || path.includes('..')) return route.fulfill({ status: 404 });
    const extension = path.slice(path.lastIndexOf('.'));
    return route.fulfill({ body: readFileSync(join(ROOT, path)), contentType: TYPES[extension] ?? 'application/octet-stream' });
  });
  await page.goto(`${ORIGIN}/`);
  await waitFor(() => posted.some((m) => m.type === 'ready'), 30_000, 'the panel to start', problems);

  return {
    page,
    posted,
    problems,
    async show(view) {
      const before = posted.filter((m) => m.type === 'rendered').length;
      await page.evaluate((message) => window.postMessage(message, '*'), { type: 'view', view });
      await waitFor(() => posted.filter((m) => m.type === 'rendered').length > before, 120_000, 'the chart to render', problems);
      return posted.filter((m): m is Extract<FromWebview, { type: 'rendered' }> => m.type === 'rendered').at(-1)!;
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string, problems: readonly string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Page problems: ${problems.join(' / ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
