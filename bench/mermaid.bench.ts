/**
 * The charts: Mermaid source generation on generated plans (targets: ≤ 5 ms at 1,000 tasks,
 * ≤ 20 ms at 5,000, ≤ 80 ms at 20,000), and in headless Chromium through the real panel page
 * (the same HTML, CSP and bundle as in VS Code) at 50, 200 and 1,000 tasks: a panel opened, to
 * its first paint and to Mermaid's chart, the Gantt chart drawn again at another time scale in
 * an open panel (Mermaid loaded once per panel: only the layout and the drawing count), and a
 * live update after an edit (targets: panel open to bars drawn ≤ 500 ms at 200 tasks and
 * ≤ 1.5 s at 1,000, the live update ≤ 200 ms). The browser rows need `npm run build` (measure the
 * `--production` one, as it ships) and /usr/bin/chromium (or CHROMIUM_PATH); without them they
 * are skipped with a note.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { ganttChart } from '../src/core/mermaid/gantt';
import { criticalPathDiagram } from '../src/core/mermaid/criticalPath';
import { buildView } from '../src/server/views';
import { generatePlan } from './generatePlan';
import { measure, row, type BenchOptions, type BenchRow } from './harness';
import type { Browser } from 'playwright-core';
import { launchChromium, openPanelPage, type PanelPageHandle } from './panelPage';

const SOURCE_SIZES = [1_000, 5_000, 20_000];
const RENDER_SIZES = [50, 200, 1_000];
/** Rendering is slow and the machine shared: fewer runs than the default. */
const RENDER_RUNS = 3;

export default async function mermaidBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const tasks of options.sizes ?? SOURCE_SIZES) {
    const { program, schedule, graph } = analyze(generatePlan({ tasks }));
    // As the panels and the CLI call them: with the analysis's dependency graph.
    rows.push(measure('gantt source', tasks, () => ganttChart(program, schedule, { graph }), { runs: options.runs }));
    rows.push(measure('critical-path source (auto)', tasks, () => criticalPathDiagram(program, schedule, { graph }), { runs: options.runs }));
  }
  if (!existsSync(resolve(__dirname, '../dist/webview/panel.js')) || !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    process.stderr.write('mermaid.bench: skipping the Chromium rows (run `npm run build`; needs /usr/bin/chromium or CHROMIUM_PATH)\n');
    return rows;
  }
  const browser = await launchChromium();
  try {
    for (const tasks of options.sizes ? options.sizes.filter((n) => n <= 1_000) : RENDER_SIZES) {
      const analysis = analyze(generatePlan({ tasks }));
      const viewOptions = { documentUri: 'file:///bench.program.yaml', fileName: 'bench.program.yaml', groupBy: 'phase', scope: 'auto', nearCriticalThreshold: 2 } as const;
      for (const kind of ['gantt', 'criticalPath'] as const) rows.push(...(await openedRows(browser, kind, buildView(kind, analysis, viewOptions), tasks)));
      rows.push(await rescaleRow(browser, buildView('gantt', analysis, viewOptions), tasks));
      rows.push(await liveUpdateRow(browser, tasks, viewOptions));
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * A panel opened: a fresh page each run (its HTML, with the first view in it as the extension
 * writes it, then its script and Mermaid's code loaded and compiled), timed on the page's own
 * clock from its navigation start to what it reports drawn. Playwright's own set-up and round
 * trips (a new browser context, its bindings: a few hundred milliseconds together) are not the
 * panel's; nor is the extension's share (the view's build is the source rows above; the whole
 * trip in a real VS Code is vscodePanel.bench.ts).
 */
async function openedRows(browser: Browser, kind: 'gantt' | 'criticalPath', view: ReturnType<typeof buildView>, tasks: number): Promise<BenchRow[]> {
  const painted: number[] = [];
  const drawn: number[] = [];
  // The first run warms the browser's own caches of fonts and such; it is not counted.
  for (let run = -1; run < RENDER_RUNS; run++) {
    const page = await openPanelPage(browser, kind, { view });
    try {
      const rendered = await page.rendered();
      if (rendered.error) throw new Error(rendered.error);
      const times = await page.postTimes();
      const at = (type: string): number | undefined => times.find((t) => t.type === type)?.at;
      if (run < 0) continue;
      drawn.push(at('rendered')!);
      painted.push(at('painted') ?? at('rendered')!);
    } finally {
      await page.page.close();
    }
  }
  if (kind === 'criticalPath') return [row('critical-path panel opened: diagram drawn', tasks, drawn)];
  return [row('Gantt panel opened: first paint (the page\'s own drawing)', tasks, painted), row('Gantt panel opened: Mermaid\'s chart in its place', tasks, drawn)];
}

/**
 * An edit in the open file: one task takes a day longer, then a day less, and so on. Each run is
 * the panel's share of a keystroke: the view built from the new analysis (the analysis itself
 * is measured in analysis.bench.ts), then, on the page's clock, from the view's message to the
 * chart drawn and decorated.
 */
async function liveUpdateRow(browser: Browser, tasks: number, viewOptions: Parameters<typeof buildView>[2]): Promise<BenchRow> {
  const text = generatePlan({ tasks });
  const durations = /duration: (\d+)/.exec(text);
  const edited = [text, text.replace(/duration: (\d+)/, (_m, days: string) => `duration: ${Number(days) + 1}`)].map((t) => analyze(t));
  if (!durations || edited[0].schedule.projectEnd === undefined) throw new Error('the generated plan has no duration to edit');
  const page = await openPanelPage(browser, 'gantt');
  try {
    await page.show(buildView('gantt', edited[0], viewOptions));
    const samples: number[] = [];
    // The first run warms up.
    for (let run = 0; run <= RENDER_RUNS * 2; run++) {
      const begin = performance.now();
      const view = buildView('gantt', edited[(run + 1) % 2], viewOptions);
      const built = performance.now() - begin;
      const drawnSoFar = renders(page);
      const sentAt = await page.send(view);
      const drawnAt = await nextRenderAt(page, drawnSoFar);
      if (run > 0) samples.push(built + drawnAt - sentAt);
    }
    return row('Gantt chart after an edit (open panel: view built, sent and drawn)', tasks, samples);
  } finally {
    await page.page.close();
  }
}

/** Week, then Month, then Week…: each click draws the open panel's chart again (page clock: from the click to the chart). */
async function rescaleRow(browser: Browser, view: ReturnType<typeof buildView>, tasks: number): Promise<BenchRow> {
  const page = await openPanelPage(browser, 'gantt');
  try {
    await page.show(view);
    const samples: number[] = [];
    for (let run = 0; run <= RENDER_RUNS; run++) {
      const drawnSoFar = renders(page);
      await page.page.locator('vscode-button', { hasText: run % 2 === 0 ? 'Month' : 'Week' }).click();
      const drawnAt = await nextRenderAt(page, drawnSoFar);
      const clickedAt = (await page.postTimes()).filter((t) => t.type === 'click').at(-1)!.at;
      if (run > 0) samples.push(drawnAt - clickedAt);
    }
    return row('Gantt chart drawn again at another time scale', tasks, samples);
  } finally {
    await page.page.close();
  }
}

function renders(page: PanelPageHandle): number {
  return page.posted.filter((m) => m.type === 'rendered').length;
}

/** When, on the page's clock, the page reported the chart after the first `before` drawn. */
async function nextRenderAt(page: PanelPageHandle, before: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (renders(page) === before) {
    if (Date.now() > deadline) throw new Error(`The chart was not drawn again. Page problems: ${page.problems.join(' / ') || 'none'}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const rendered = page.posted.filter((m) => m.type === 'rendered')[before];
  if (rendered.type === 'rendered' && rendered.error) throw new Error(rendered.error);
  return (await page.postTimes()).filter((t) => t.type === 'rendered')[before].at;
}
