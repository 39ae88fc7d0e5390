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

/** `env`: added to the browser's environment (a time zone, `TZ`, say). */
export function launchChromium(env: Record<string, string> = {}): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, env: { ...process.env, ...env } });
}

export interface PanelPageHandle {
  readonly page: Page;
  /** Everything the page posted to the "extension", in order. */
  readonly posted: FromWebview[];
  /** Console errors and CSP violations reported by the page. */
  readonly problems: string[];
  /** Sends a view and waits for the page to report it rendered. */
  show(view: PanelView): Promise<Extract<FromWebview, { type: 'rendered' }>>;
  /** Posts a view to the page, as the extension does, and says when on the page's clock. */
  send(view: PanelView): Promise<number>;
  /** Waits until the page has reported a chart drawn (by Mermaid), without sending anything. */
  rendered(): Promise<Extract<FromWebview, { type: 'rendered' }>>;
  /** When the page posted each message, and each click, in milliseconds of the page's clock (0: its navigation started). */
  postTimes(): Promise<{ readonly type: string; readonly at: number }[]>;
  /** Sends a view and waits for its first paint: the page's own sketch of a Gantt chart, or the chart. */
  paint(view: PanelView): Promise<Extract<FromWebview, { type: 'painted' | 'rendered' }>>;
}

export interface PanelPageOptions {
  readonly theme?: string;
  /** Mermaid's code (the chunks) is served only once this settles: what the page shows without it. */
  readonly holdChunks?: Promise<unknown>;
  /** The first view, carried in the page's HTML as the extension puts it there. */
  readonly view?: PanelView;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

export async function openPanelPage(browser: Browser, kind: PanelKind, options: PanelPageOptions = {}): Promise<PanelPageHandle> {
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
    window.__ppTimes = [];
    const api = {
      postMessage: (message) => {
        window.__ppTimes.push({ type: message.type, at: performance.now() });
        window.__ppPost(message);
      },
      getState: () => state,
      setState: (next) => { state = next; },
    };
    window.acquireVsCodeApi = () => api;
    document.addEventListener('click', () => window.__ppTimes.push({ type: 'click', at: performance.now() }), true);
    document.addEventListener('DOMContentLoaded', () => document.body.classList.add(${JSON.stringify(options.theme ?? 'vscode-light')}));
  }`);
  let startedWith: Set<string> | undefined; // the chunks never held back, read from the script once
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
        view: options.view,
      });
      return route.fulfill({ body: html, contentType: 'text/html' });
    }
    if (!/^\/(dist|media)\/[\w./-]+$/.test(path) || path.includes('..')) return route.fulfill({ status: 404 });
    const extension = path.slice(path.lastIndexOf('.'));
    const fulfill = () => route.fulfill({ body: readFileSync(join(ROOT, path)), contentType: TYPES[extension] ?? 'application/octet-stream' });
    // Not awaited here: a route handler that waits holds up the page's other requests.
    if (options.holdChunks && path.includes('/chunks/') && !(startedWith ??= startChunks()).has(path)) return void options.holdChunks.then(fulfill);
    return fulfill();
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'domcontentloaded' });
  await waitFor(() => posted.some((m) => m.type === 'ready'), 30_000, 'the panel to start', problems);

  /** Posts the view to the page; the page's clock when it did. */
  const send = (view: PanelView): Promise<number> =>
    page.evaluate((message) => {
      window.postMessage(message, '*');
      return performance.now();
    }, { type: 'view', view } as const);

  return {
    page,
    posted,
    problems,
    send,
    async show(view) {
      const before = posted.filter((m) => m.type === 'rendered').length;
      await send(view);
      await waitFor(() => posted.filter((m) => m.type === 'rendered').length > before, 120_000, 'the chart to render', problems);
      return posted.filter((m): m is Extract<FromWebview, { type: 'rendered' }> => m.type === 'rendered').at(-1)!;
    },
    async rendered() {
      const isRender = (m: FromWebview): m is Extract<FromWebview, { type: 'rendered' }> => m.type === 'rendered';
      await waitFor(() => posted.some(isRender), 120_000, 'the chart to render', problems);
      return posted.find(isRender)!;
    },
    postTimes: () => page.evaluate(() => (window as unknown as { __ppTimes: { type: string; at: number }[] }).__ppTimes),
    async paint(view) {
      const first = (m: FromWebview): m is Extract<FromWebview, { type: 'painted' | 'rendered' }> => m.type === 'painted' || m.type === 'rendered';
      const before = posted.filter(first).length;
      await send(view);
      await waitFor(() => posted.filter(first).length > before, 120_000, 'the chart to be painted', problems);
      return posted.filter(first)[before];
    },
  };
}

/** The chunks the panel's script imports as it starts (the rest are Mermaid's), as paths. */
function startChunks(): Set<string> {
  const script = readFileSync(join(ROOT, 'dist', 'webview', 'panel.js'), 'utf8');
  return new Set([...script.matchAll(/(?:import|from)\s*"\.\/(chunks\/[\w.-]+\.js)"/g)].map((m) => `/dist/webview/${m[1]}`));
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string, problems: readonly string[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Page problems: ${problems.join(' / ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
