/**
 * The charts against the baseline, in a real VS Code on a git repository the test makes in the
 * workspace: the Gantt chart draws a thin baseline bar under each task that was in the baseline,
 * says the variance in the bar's tooltip and in the legend, and the toggle hides the bars; "Show
 * in Gantt" from the cursor filters the chart to the task, its predecessors and successors, under
 * a chip that removes the filter; the critical path badges the tasks that slipped.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { runGit } from '../../src/core/git/git';
import { useSession } from './support/session';
import { waitForValue } from './support/workbench';

const FOLDER = 'baseline-charts';
const FILE = `${FOLDER}/launch.program.yaml`;

/** `design → build → launch`, `design → docs`, and `review` on its own; `build` takes `buildDays`. */
const planText = (buildDays: number, extra: string[] = []) =>
  [
    'program: Launch Plan',
    'start: 2026-03-02',
    'statusDate: 2026-03-02',
    ...extra,
    'accountable: ann',
    'people:',
    '  - {id: ann, name: Ann}',
    'tasks:',
    '  - {id: design, name: Design, owner: ann, duration: 5}',
    `  - {id: build, name: Build, owner: ann, duration: ${buildDays}, dependsOn: [design]}`,
    '  - {id: launch, name: Launch, owner: ann, milestone: true, dependsOn: [build]}',
    '  - {id: review, name: Review, owner: ann, duration: 3}',
    '',
  ].join('\n');

const BARS = '#chart svg rect.pp-revealable';
/** On Mermaid's chart, not on the page's first paint of it (which Mermaid's replaces). */
const BASELINE_MARKS = '#chart svg:not(.pp-sketch) .pp-baseline';

async function count(panel: Frame, selector: string): Promise<number> {
  return panel.locator(selector).count();
}

describe('charts against the baseline', () => {
  const workbench = useSession();

  before(async function () {
    this.timeout(60_000);
    const folder = join(workbench().workspace, FOLDER);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const git = async (...args: string[]) => {
      const result = await runGit(['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: folder });
      assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.stderr}`);
    };
    await git('init', '-q', '--initial-branch=main');
    writeFileSync(join(folder, 'launch.program.yaml'), planText(10));
    await git('add', 'launch.program.yaml');
    await git('commit', '-q', '-m', 'the plan as committed to');
    await git('tag', 'kickoff');
    // Since the baseline: Build takes 5 days more, and Docs is new.
    writeFileSync(join(folder, 'launch.program.yaml'), planText(15, ['baseline: kickoff']).replace('tasks:\n', 'tasks:\n  - {id: docs, name: Docs, owner: ann, duration: 2, dependsOn: [design]}\n'));
  });
  after(() => rmSync(join(workbench().workspace, FOLDER), { recursive: true, force: true }));

  it('draws the baseline under each bar, with the variance in the tooltip, a legend entry and a toggle', async () => {
    await workbench().openFile(FILE);
    await workbench().runCommand('Program Pilot: Show Gantt Chart');
    // The baseline is read from git in the background; the chart is drawn again once it is.
    const panel = await workbench().webview(BASELINE_MARKS, 'the Gantt chart with baseline bars');
    await waitForValue(() => count(panel, BARS), (n) => n === 5, 'the five bars');
    // Design, Build, Launch and Review were in the baseline; Docs is new.
    assert.equal(await count(panel, BASELINE_MARKS), 4);
    const legend = await panel.locator('.pp-legend-item').allInnerTexts();
    assert.ok(legend.includes('Baseline'), `legend: ${legend.join(', ')}`);

    // Build's baseline bar ends where the 10-day Build ended: 5 working days before the bar does.
    // No named functions in here: the test runner's compiler would wrap them in a helper the page lacks.
    const geometry = await panel.locator('#chart > svg').evaluate((svg) => {
      const bar = svg.querySelector('rect.pp-revealable[aria-label^="Build."]')!.getBoundingClientRect();
      const below = [...svg.querySelectorAll('rect.pp-baseline')].map((b) => b.getBoundingClientRect()).find((b) => Math.abs(b.top - bar.bottom) < 6);
      return below ? { bar: bar.right, baseline: below.right } : undefined;
    });
    assert.ok(geometry && geometry.baseline < geometry.bar - 20, `Build's bar ends at ${geometry?.bar}, its baseline at ${geometry?.baseline}`);

    await panel.locator('rect.pp-revealable[aria-label^="Build."]').hover({ position: { x: 3, y: 3 } });
    const tip = await waitForValue(() => panel.locator('#pp-tooltip').innerText(), (t) => t.includes('Baseline finish'), 'the bar tooltip with the baseline');
    assert.match(tip, /Baseline finish \w{3} \d+ \w{3} · \+5 working days/);
    await panel.locator('rect.pp-revealable[aria-label^="Docs."]').hover({ position: { x: 3, y: 3 } });
    await waitForValue(() => panel.locator('#pp-tooltip').innerText(), (t) => t.includes('New since the baseline'), 'the new task said to be new');

    const toggle = panel.locator('vscode-checkbox[label="Baseline"]');
    assert.equal(await toggle.evaluate((box) => (box as HTMLElement & { checked: boolean }).checked && !box.hasAttribute('disabled')), true, 'the toggle is on and enabled');
    await toggle.click();
    await waitForValue(() => count(panel, BASELINE_MARKS), (n) => n === 0, 'the baseline bars to go');
    await toggle.click();
    await waitForValue(() => count(panel, BASELINE_MARKS), (n) => n === 4, 'the baseline bars to come back');
    await workbench().screenshot('gantt-baseline');
  });

  it('says the variance against the baseline in the task hover and in its CodeLens', async () => {
    await workbench().openFile(FILE);
    // Build's id: the task itself (a reference in Launch's dependsOn would be about the link).
    const hover = await workbench().hover('build', (h) => /Baseline finish/.test(h));
    assert.match(hover, /Baseline finish \w{3} \d+ \w{3} · forecast \w{3} \d+ \w{3} · \+5 working days/, hover);
    const lenses = await waitForValue(
      () => workbench().page.locator('.codelens-decoration').allInnerTexts(),
      (texts) => texts.some((t) => t.includes('vs baseline')),
      'a CodeLens with the variance',
    );
    assert.ok(lenses.some((t) => t.includes('+5d vs baseline')), lenses.join(' | '));
    await workbench().screenshot('hover-baseline');
    await workbench().closeEditorsAndPanel();
  });

  it('shows the task at the cursor in the Gantt chart under a chip that removes the filter', async () => {
    await workbench().openFile(FILE);
    await workbench().goTo(11, 10); // the line of Build
    await workbench().runCommand('Program Pilot: Show in Gantt Chart');
    const panel = await workbench().webview('#pp-around:not([hidden])', 'the Gantt chart with the "around" chip');
    assert.equal((await panel.locator('#pp-around .pp-chip-label').innerText()).trim(), 'Around: Build');
    // Build, what it waits for (Design) and what waits for it (Launch); not Docs nor Review.
    const names = () => panel.locator(BARS).evaluateAll((bars) => bars.map((b) => (b.getAttribute('aria-label') ?? '').split('.')[0]).sort());
    assert.deepEqual(await waitForValue(names, (list) => list.length === 3, 'the three tasks around Build'), ['Build', 'Design', 'Launch']);
    await workbench().screenshot('around-build');
    await panel.locator('#pp-around .pp-chip-remove').click();
    await waitForValue(() => count(panel, BARS), (n) => n === 5, 'every task again');
    assert.equal(await panel.locator('#pp-around').isHidden(), true, 'the chip is gone');
  });

  it('badges the slipped tasks in the critical path, and says so in the legend', async () => {
    await workbench().openFile(FILE);
    await workbench().runCommand('Program Pilot: Show Critical Path');
    const panel = await workbench().webview('#chart svg .pp-slip', 'the critical path with slip badges');
    // Build and Launch finish 5 working days later than in the baseline; Design does not.
    const badges = await panel.locator('#chart svg .pp-slip').allTextContents();
    assert.deepEqual(badges, ['+5d', '+5d']);
    const legend = await panel.locator('.pp-legend-item').allInnerTexts();
    assert.ok(legend.some((entry) => entry.includes('Later than the baseline')), `legend: ${legend.join(', ')}`);
  });
});

describe('charts in a high contrast theme', () => {
  const workbench = useSession({ settings: { 'workbench.colorTheme': 'Default High Contrast' } });

  it("outlines the Gantt chart's bars and legend in the theme's contrast border", async () => {
    await workbench().openFile('multi-tenancy.program.yaml');
    await workbench().runCommand('Program Pilot: Show Gantt Chart');
    const panel = await workbench().webview('#chart svg:not(.pp-sketch) text[class*="taskText"]', 'the rendered Gantt chart');
    const seen = await waitForValue(
      () =>
        panel.locator('#chart').evaluate((chart) => {
          // No named functions in here: the test runner's compiler would wrap them in a helper the page lacks.
          const probe = document.createElement('span');
          probe.style.color = getComputedStyle(document.body).getPropertyValue('--vscode-contrastBorder').trim();
          document.body.append(probe);
          const border = getComputedStyle(probe).color;
          probe.remove();
          const plain = 'rect.pp-bar-planned:not(.pp-bar-blocked):not(.pp-bar-atRisk)';
          const bar = chart.querySelector(`svg ${plain}`);
          const swatch = [...document.querySelectorAll('.pp-legend-item')].find((item) => item.textContent === 'Not started')?.querySelector('rect');
          const critical = chart.querySelector('svg rect.pp-bar-critical');
          return {
            highContrast: document.body.classList.contains('vscode-high-contrast'),
            border,
            bar: bar && getComputedStyle(bar).stroke,
            swatch: swatch && getComputedStyle(swatch).stroke,
            critical: critical && getComputedStyle(critical).stroke,
          };
        }),
      (looks) => looks.highContrast && looks.bar !== null,
      'the chart drawn in the high contrast theme',
    );
    assert.match(seen.border, /^rgb/, `the theme's contrast border: ${seen.border}`);
    assert.equal(seen.bar, seen.border, 'a not-started bar is outlined in the contrast border');
    assert.equal(seen.swatch, seen.border, 'its legend swatch too');
    assert.notEqual(seen.critical, seen.border, 'critical bars keep their own colour');
    await workbench().maximized('Gantt: multi-tenancy.program.yaml', () => workbench().screenshot('gantt-high-contrast', { publishAs: 'gantt-high-contrast' }));
  });
});
