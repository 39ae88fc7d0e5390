/**
 * The charts: Mermaid source generation on generated plans (targets: ≤ 5 ms at 1,000 tasks,
 * ≤ 20 ms at 5,000, ≤ 80 ms at 20,000), and time to the first rendered chart in headless
 * Chromium through the real panel page (the same HTML, CSP and bundle as in VS Code) at 50,
 * 200 and 1,000 tasks, and the Gantt chart drawn again at another time scale in an open panel
 * (Mermaid loaded once per panel: only the layout and the drawing count), and a live update
 * after an edit (targets: panel open to bars drawn ≤ 500 ms at 200 tasks, the live update ≤ 200
 * ms, ≤ 1.5 s at 1,000 tasks). The browser rows need `npm run build` (measure the
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
import { measure, measureAsync, type BenchOptions, type BenchRow } from './harness';
import { launchChromium, openPanelPage } from './panelPage';

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
      for (const kind of ['gantt', 'criticalPath'] as const) {
        const view = buildView(kind, analysis, viewOptions);
        const work = kind === 'gantt' ? 'first Gantt chart in Chromium' : 'first critical-path diagram in Chromium';
        // Each run is a fresh page: "first chart" includes loading the 3 MB bundle.
        rows.push(
          await measureAsync(
            work,
            tasks,
            async () => {
              const page = await openPanelPage(browser, kind);
              try {
                const rendered = await page.show(view);
                if (rendered.error) throw new Error(rendered.error);
              } finally {
                await page.page.close();
              }
            },
            { runs: RENDER_RUNS, warmup: 1 },
          ),
        );
      }
      rows.push(await rescaleRow(browser, buildView('gantt', analysis, viewOptions), tasks));
      rows.push(await liveUpdateRow(browser, tasks, viewOptions));
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/**
 * An edit in the open file: one task takes a day longer, then a day less, and so on. Each run is
 * the panel's share of a keystroke: the view built from the new analysis, sent, drawn and
 * decorated (the analysis itself is measured in analysis.bench.ts).
 */
async function liveUpdateRow(browser: Awaited<ReturnType<typeof launchChromium>>, tasks: number, viewOptions: Parameters<typeof buildView>[2]): Promise<BenchRow> {
  const text = generatePlan({ tasks });
  const durations = /duration: (\d+)/.exec(text);
  const edited = [text, text.replace(/duration: (\d+)/, (_m, days: string) => `duration: ${Number(days) + 1}`)].map((t) => analyze(t));
  if (!durations || edited[0].schedule.projectEnd === undefined) throw new Error('the generated plan has no duration to edit');
  const page = await openPanelPage(browser, 'gantt');
  try {
    await page.show(buildView('gantt', edited[0], viewOptions));
    let run = 0;
    return await measureAsync(
      'Gantt chart after an edit (open panel: view built, sent and drawn)',
      tasks,
      async () => {
        const rendered = await page.show(buildView('gantt', edited[++run % 2], viewOptions));
        if (rendered.error) throw new Error(rendered.error);
      },
      { runs: RENDER_RUNS * 2, warmup: 1 },
    );
  } finally {
    await page.page.close();
  }
}

/** Week, then Month, then Week…: each click draws the open panel's chart again. */
async function rescaleRow(browser: Awaited<ReturnType<typeof launchChromium>>, view: ReturnType<typeof buildView>, tasks: number): Promise<BenchRow> {
  const page = await openPanelPage(browser, 'gantt');
  try {
    await page.show(view);
    let scale = 0;
    return await measureAsync(
      'Gantt chart drawn again at another time scale',
      tasks,
      async () => {
        const before = page.posted.filter((m) => m.type === 'rendered').length;
        await page.page.locator('vscode-button', { hasText: ++scale % 2 === 0 ? 'Week' : 'Month' }).click();
        const deadline = Date.now() + 60_000;
        while (page.posted.filter((m) => m.type === 'rendered').length === before) {
          if (Date.now() > deadline) throw new Error(`The chart was not drawn again. Page problems: ${page.problems.join(' / ') || 'none'}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      },
      { runs: RENDER_RUNS, warmup: 1 },
    );
  } finally {
    await page.page.close();
  }
}
