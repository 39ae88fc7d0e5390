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

const GANTT_DRAWN = 'svg text[class*="taskText"]';
const DIAGRAM_DRAWN = 'svg g.node';

/**
 * Saves the README's image of a panel: maximized and its chart fitted to the width. VS Code
 * reloads a webview whose group is hidden or shown, so the panel is looked up again each time.
 */
async function showWhole(workbench: Workbench, tabTitle: string, rendered: string, name: string, prepare?: (panel: Frame) => Promise<void>): Promise<void> {
  await workbench.webview(rendered);
  await workbench.maximized(tabTitle, async () => {
    const panel = await workbench.webview(rendered);
    await prepare?.(panel);
    await panel.locator('vscode-button', { hasText: 'Fit' }).click();
    const fits = () => panel.locator('#chart').evaluate((chart) => (chart.querySelector(':scope > svg')?.getBoundingClientRect().width ?? Infinity) <= chart.clientWidth);
    await waitForValue(fits, Boolean, 'the chart to fit the maximized panel');
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

    const labels = await chart.locator('svg text[class*="taskText"]').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', cls: e.getAttribute('class') ?? '' })));
    const missing = program.tasks.filter((t) => t.status !== 'cancelled' && !labels.some((l) => l.text.includes(t.name)));
    assert.deepEqual(missing.map((t) => t.id), [], 'tasks missing from the chart');
    const unmarked = critical.filter((t) => !labels.some((l) => l.text.includes(t.name) && /crit/i.test(l.cls)));
    assert.deepEqual(unmarked.map((t) => t.id), [], 'critical tasks not marked critical');

    const target = critical[critical.length - 1];
    await clickReveals(workbench(), plan, target.id, chart.locator('svg text[class*="taskText"]', { hasText: target.name }).first());
  });

  it('highlights the critical chain in the critical-path diagram and reveals a clicked node', async () => {
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Critical Path');
    // All 39 tasks would be too small to read in the README: the image shows the chain only.
    await showWhole(workbench(), 'Critical path: multi-tenancy.program.yaml', DIAGRAM_DRAWN, 'critical-path', async (panel) => {
      await panel.locator('#pp-option').click();
      await panel.getByRole('option', { name: 'Critical path only' }).click();
      const shown = () => panel.locator('svg g.node').count();
      await waitForValue(shown, (count) => count === critical.length, `the diagram to show only the ${critical.length} critical tasks`);
    });
    const diagram = await workbench().webview(DIAGRAM_DRAWN, 'the rendered critical-path diagram');

    const nodes = await diagram.locator('svg g.node').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', cls: e.getAttribute('class') ?? '' })));
    const unmarked = critical.filter((t) => !nodes.some((n) => n.text.includes(t.name) && /\bcritical\b/.test(n.cls)));
    assert.deepEqual(unmarked.map((t) => t.id), [], 'critical tasks not highlighted');

    const target = critical[0];
    await clickReveals(workbench(), plan, target.id, diagram.locator('svg g.node', { hasText: target.name }).first());
  });
});
