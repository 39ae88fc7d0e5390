/**
 * The Gantt panel opened in a real VS Code (code-server and Chromium, as the end-to-end tests
 * run it), the plan already open and analysed (a warm extension host): from the click on
 * "Program Pilot: Show Gantt Chart" in the palette to the chart in the panel. Both ends are read
 * on the pages' own clocks (the workbench's for the click, the webview's for the chart, as it is
 * put in the page, a few milliseconds before it is painted). It includes what
 * the chart bench leaves out: VS Code making the webview, serving its files, and the request to
 * the language server. Skipped, with a note, without `npm run build` and code-server
 * (`npm run code-server:install`).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startSession } from '../test/e2e/support/session';
import { generatePlan } from './generatePlan';
import { row, type BenchOptions, type BenchRow } from './harness';

const SIZES = [200, 1_000];
const RUNS = 7;
const COMMAND = 'Program Pilot: Show Gantt Chart';

export default async function vscodePanelBench(options: BenchOptions): Promise<BenchRow[]> {
  const codeServer = process.env.PROGRAM_PILOT_CODE_SERVER_DIR ?? resolve(__dirname, '../.code-server');
  if (!existsSync(resolve(__dirname, '../dist/extension.js')) || !existsSync(codeServer)) {
    process.stderr.write('vscodePanel.bench: skipping (run `npm run build` and `npm run code-server:install`)\n');
    return [];
  }
  const session = await startSession();
  const rows: BenchRow[] = [];
  try {
    const { workbench } = session;
    for (const tasks of options.sizesGiven ? options.sizes.filter((n) => n <= 1_000) : SIZES) {
      const file = `bench-${tasks}.program.yaml`;
      writeFileSync(join(workbench.workspace, file), generatePlan({ tasks }));
      const samples: { painted: number; drawn: number }[] = [];
      // The first run loads the panel's code into the extension host; it is not counted.
      for (let run = 0; run <= RUNS; run++) {
        await workbench.closeEditorsAndPanel();
        await workbench.openFile(file);
        // The plan analysed: its diagnostics are in (the Problems count has settled).
        await new Promise((done) => setTimeout(done, 1_500));
        await recordClicks(workbench.page);
        await workbench.runCommand(COMMAND);
        const clickedAt = await lastClick(workbench.page);
        const { painted, drawn } = await chartTimes(workbench.page);
        if (run > 0) samples.push({ painted: painted - clickedAt, drawn: drawn - clickedAt });
      }
      rows.push(
        row('Gantt panel opened in VS Code: chart on screen (first paint)', tasks, samples.map((s) => s.painted)),
        row("Gantt panel opened in VS Code: Mermaid's chart in its place", tasks, samples.map((s) => s.drawn)),
      );
    }
  } finally {
    await session.stop();
  }
  return rows;
}

/** The workbench notes the time of each click (palette rows are clicked), on an absolute clock. */
async function recordClicks(page: Page): Promise<void> {
  await page.evaluate(`{
    window.__ppClicks = [];
    if (!window.__ppClickListener) {
      window.__ppClickListener = () => window.__ppClicks.push(performance.timeOrigin + performance.now());
      document.addEventListener('pointerdown', window.__ppClickListener, true);
    }
  }`);
}

async function lastClick(page: Page): Promise<number> {
  const clicks = (await page.evaluate('window.__ppClicks')) as number[];
  if (clicks.length === 0) throw new Error('the palette row was not clicked');
  return clicks[clicks.length - 1];
}

/**
 * When (absolute clock) the Gantt panel's page first showed a chart, and Mermaid's: the page is
 * found as soon as it has its chart element, then watched from inside (a mutation observer sees
 * each chart as it is put in, before it is painted).
 */
async function chartTimes(page: Page): Promise<{ painted: number; drawn: number }> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || !frame.url().includes('/webview/')) continue;
      const times = await frame.evaluate(WATCH_CHART).catch(() => undefined);
      if (times) return times as { painted: number; drawn: number };
    }
    await new Promise((done) => setTimeout(done, 5));
  }
  throw new Error('no webview showed the Gantt chart');
}

/** Run in a webview: undefined at once unless it is the chart page; else, once Mermaid's chart is in, both times. */
const WATCH_CHART = `(() => {
  const chart = document.getElementById('chart');
  if (!chart || document.body.dataset.kind !== 'gantt') return undefined;
  return new Promise((resolve) => {
    const now = () => performance.timeOrigin + performance.now();
    let painted = 0;
    const check = () => {
      const svg = chart.querySelector(':scope > svg');
      if (svg && !painted) painted = now();
      if (svg && !svg.classList.contains('pp-sketch')) resolve({ painted, drawn: now() });
    };
    new MutationObserver(check).observe(chart, { childList: true });
    check();
  });
})()`;
