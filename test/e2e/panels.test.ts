/**
 * The TPM opens the Gantt chart and the critical-path diagram: the expected tasks are there,
 * the critical ones are marked, and clicking a task reveals it in the editor.
 */
import * as assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { example, type Example } from './support/expected';
import { useSession } from './support/session';
import { waitForValue, type Workbench } from './support/workbench';

/** Clicks `target` in a panel and checks that the editor's cursor moved into `taskId`'s block. */
async function clickReveals(workbench: Workbench, plan: Example, taskId: string, target: ReturnType<Frame['locator']>): Promise<void> {
  const task = plan.analysis.program.tasks.find((t) => t.id === taskId);
  assert.ok(task, `no task ${taskId}`);
  const [first, last] = plan.lines(task.span);
  await target.click();
  await waitForValue(() => workbench.cursorLine(), (line) => line >= first && line <= last, `the editor to reveal ${taskId} (lines ${first}–${last})`);
}

/** Mermaid's chart, not the page's first paint of it (which Mermaid's replaces). */
const GANTT_DRAWN = 'svg:not(.pp-sketch) text[class*="taskText"]';
const DIAGRAM_DRAWN = 'svg g.node';
/** The task nodes (the chain's finish node aside): Mermaid names them `<render id>-flowchart-t<n>-<n>`. */
const TASK_NODES = 'svg g.node[id*="-flowchart-t"]';

/** What a TPM sees of the Gantt chart as it opens, read off the page. */
async function ganttLooks(panel: Frame) {
  return panel.locator('#chart').evaluate((chart) => {
    const svg = chart.querySelector<SVGSVGElement>(':scope > svg')!;
    // What the eye gets: the font size times how much the chart is scaled on screen.
    const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || svg.getBoundingClientRect().width);
    const labels = [...svg.querySelectorAll('text[class*="taskText"]')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    // No named functions in here: the test runner's compiler would wrap them in a helper the page lacks.
    const [blocked, notStarted] = ['rect.pp-bar-blocked', 'rect.pp-bar-planned:not(.pp-bar-blocked):not(.pp-bar-atRisk)'].map((selector) => {
      const bar = svg.querySelector(selector);
      const style = bar ? getComputedStyle(bar) : undefined;
      return style ? `${style.fill} ${style.stroke} ${style.strokeWidth}` : undefined;
    });
    chart.scrollTo(0, chart.scrollHeight);
    const axis = chart.querySelector('.pp-axis')?.getBoundingClientRect();
    return {
      smallestLabel: Math.min(...labels),
      labels: labels.length,
      scrolled: chart.scrollTop,
      axisOffset: axis ? axis.top - chart.getBoundingClientRect().top : undefined,
      axisHeight: axis?.height ?? 0,
      legend: [...document.querySelectorAll('.pp-legend-item')].map((item) => item.textContent ?? ''),
      blocked,
      notStarted,
    };
  });
}

/**
 * Saves the README's image of a panel: maximized and its chart fitted to the width (as far as
 * its text stays readable). VS Code
 * reloads a webview whose group is hidden or shown, so the panel is looked up again each time.
 */
async function showWhole(workbench: Workbench, tabTitle: string, rendered: string, name: string, prepare?: (panel: Frame) => Promise<void>): Promise<void> {
  await workbench.webview(rendered);
  await workbench.maximized(tabTitle, async () => {
    const panel = await workbench.webview(rendered);
    await prepare?.(panel);
    await panel.locator('vscode-button', { hasText: 'Fit' }).click();
    // Fit never shrinks text below 10 px: a longer chart then scrolls.
    const fits = () =>
      panel.locator('#chart').evaluate((chart) => {
        const svg = chart.querySelector<SVGSVGElement>(':scope > svg');
        const width = svg?.getBoundingClientRect().width ?? Infinity;
        return width <= chart.clientWidth || width / (svg?.viewBox.baseVal.width || width) <= 10 / 16 + 0.01;
      });
    await waitForValue(fits, Boolean, 'the chart to fit the maximized panel, or to reach the smallest readable size');
    await workbench.screenshot(name, { publishAs: name });
  });
}

describe('Gantt chart and critical path', () => {
  const workbench = useSession();
  const plan = example('multi-tenancy.program.yaml');
  const { program, schedule } = plan.analysis;
  const critical = schedule.tasks.filter((t) => t.critical).map((t) => program.tasks[t.index]);

  it('draws every task in the Gantt chart, marks the critical ones, and reveals a clicked bar', async () => {
    assert.ok(critical.length > 0, 'the example has a critical path');
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Gantt Chart');
    await showWhole(workbench(), 'Gantt: multi-tenancy.program.yaml', GANTT_DRAWN, 'gantt');
    const chart = await workbench().webview(GANTT_DRAWN, 'the rendered Gantt chart');

    // Long names may be shortened on screen; the bar's accessible name always has the whole one.
    const labels = await chart.locator('svg rect.pp-revealable').evaluateAll((els) => els.map((e) => ({ text: e.getAttribute('aria-label') ?? '', cls: e.getAttribute('class') ?? '' })));
    const missing = program.tasks.filter((t) => t.status !== 'cancelled' && !labels.some((l) => l.text.includes(t.name)));
    assert.deepEqual(missing.map((t) => t.id), [], 'tasks missing from the chart');
    const unmarked = critical.filter((t) => !labels.some((l) => l.text.includes(t.name) && /crit/i.test(l.cls)));
    assert.deepEqual(unmarked.map((t) => t.id), [], 'critical tasks not marked critical');

    const target = critical[critical.length - 1];
    await clickReveals(workbench(), plan, target.id, chart.locator(`svg rect.pp-revealable[aria-label^="${target.name}."]`).first());
  });

  // Beside the editor in a small window (a panel of about 600 px) and maximized on a large screen.
  for (const size of [
    { width: 1200, height: 800, maximize: false },
    { width: 1920, height: 1080, maximize: true },
  ]) {
    it(`opens the Gantt chart readable at ${size.width}×${size.height}${size.maximize ? ', maximized' : ', beside the editor'}`, async () => {
      const page = workbench().page;
      await page.setViewportSize({ width: size.width, height: size.height });
      try {
        await workbench().openFile('multi-tenancy.program.yaml');
        await workbench().runCommand('Program Pilot: Show Gantt Chart');
        await workbench().webview(GANTT_DRAWN, 'the rendered Gantt chart');
        const check = async () => {
          const panel = await workbench().webview(GANTT_DRAWN, 'the rendered Gantt chart');
          const looks = await waitForValue(() => ganttLooks(panel), (l) => l.labels > 0 && l.axisOffset !== undefined, 'the chart and its axis');
          assert.ok(looks.smallestLabel >= 11, `task labels are ${looks.smallestLabel.toFixed(1)} px on screen`);
          assert.ok(looks.scrolled > 0, 'the chart scrolls down');
          assert.ok(looks.axisHeight > 20 && looks.axisOffset! >= -1 && looks.axisOffset! <= 2, `the date axis stays at the top (offset ${looks.axisOffset}, height ${looks.axisHeight})`);
          for (const entry of ['Critical', 'Near-critical', 'Blocked', 'At risk', 'Done', 'Milestone', 'Deadline missed']) assert.ok(looks.legend.includes(entry), `legend lacks ${entry}`);
          assert.ok(looks.blocked && looks.notStarted, 'a blocked and a not-started bar are drawn');
          assert.notEqual(looks.blocked, looks.notStarted, 'a blocked bar looks different from a not-started one');
          await workbench().screenshot(`gantt-${size.width}`);
        };
        if (size.maximize) await workbench().maximized('Gantt: multi-tenancy.program.yaml', check);
        else await check();
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
      }
    });
  }

  it('opens the critical path as the critical chain in one row', async () => {
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Critical Path');
    const diagram = await workbench().webview(TASK_NODES, 'the rendered critical-path diagram');
    const nodes = await waitForValue(
      () => diagram.locator(TASK_NODES).evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', y: Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2) }))),
      (list) => list.length === critical.length,
      `the ${critical.length} critical tasks`,
    );
    assert.deepEqual(critical.filter((t) => !nodes.some((n) => n.text.includes(t.name))).map((t) => t.id), [], 'critical tasks missing');
    const rows = new Set(nodes.map((n) => n.y));
    assert.equal(rows.size, 1, `nodes at heights ${[...rows].join(', ')}`);
    assert.match((await diagram.locator('svg g.node[id*="-flowchart-finish"]').textContent()) ?? '', /Finish \d{4}-\d\d-\d\d/);
  });

  it('highlights the critical chain in the critical-path diagram and reveals a clicked node', async () => {
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Critical Path');
    // All 39 tasks would be too small to read in the README: the image shows the chain only.
    await showWhole(workbench(), 'Critical path: multi-tenancy.program.yaml', DIAGRAM_DRAWN, 'critical-path', async (panel) => {
      const shown = () => panel.locator(TASK_NODES).count();
      await waitForValue(shown, (count) => count === critical.length, `the diagram to show only the ${critical.length} critical tasks`);
    });
    const diagram = await workbench().webview(DIAGRAM_DRAWN, 'the rendered critical-path diagram');

    const nodes = await diagram.locator(TASK_NODES).evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', cls: e.getAttribute('class') ?? '' })));
    const unmarked = critical.filter((t) => !nodes.some((n) => n.text.includes(t.name) && /\bcritical\b/.test(n.cls)));
    assert.deepEqual(unmarked.map((t) => t.id), [], 'critical tasks not highlighted');

    const target = critical[0];
    await clickReveals(workbench(), plan, target.id, diagram.locator('svg g.node', { hasText: target.name }).first());
  });
});
