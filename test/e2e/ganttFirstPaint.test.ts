/**
 * The Gantt panel's first paint, in headless Chromium through the real panel page (its HTML,
 * Content-Security-Policy and bundle): the page draws the chart itself while Mermaid loads, and
 * Mermaid's chart then replaces it without anything moving. Mermaid's code is held back until
 * the sketch has been read, so the comparison never races the swap.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { buildView } from '../../src/server/views';
import { generatePlan } from '../../bench/generatePlan';
import { launchChromium, openPanelPage } from '../../bench/panelPage';

const VIEW_OPTIONS = { documentUri: 'file:///plan.program.yaml', fileName: 'plan.program.yaml', groupBy: 'phase', scope: 'auto', nearCriticalThreshold: 2 } as const;

/** Names Mermaid's text rules and the label placement have to get right: entities, markup, emoji, right-to-left, very long. */
function hostilePlan(): string {
  const names = [
    'Ship #1; then <b>bold</b> & "quoted" %% not a comment',
    'Déploiement 🚀 مرحلة الإطلاق',
    `A very long task name that goes on ${'and on '.repeat(20)}`,
    'section review',
  ];
  let i = 0;
  // A phase whose name is a number: Mermaid keeps section rows by name in an object, where such keys come first.
  return generatePlan({ tasks: 40 })
    .replace(/^( {4}name: ).*$/gm, (line, key: string) => (i < names.length ? `${key}${JSON.stringify(names[i++])}` : line))
    .replace(/phase: infrastructure/g, "phase: '2026'");
}

const PLANS: readonly (readonly [string, () => string])[] = [
  ['the example program', () => readFileSync('examples/multi-tenancy.program.yaml', 'utf8')],
  ['a generated plan of 200 tasks', () => generatePlan({ tasks: 200 })],
  ['a plan with hostile names', hostilePlan],
];

/** What a reader sees of the chart: every box, label, band, section name and grid line, in a stable order. */
async function chartParts(page: Page): Promise<Record<string, string[]>> {
  // tsx names the helpers below with a function of its own, which the page does not have.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('#chart > svg')!;
    const id = (element: Element): string => element.id;
    const at = (element: Element, ...names: string[]): string => names.map((name) => element.getAttribute(name)).join(' ');
    // Where a task's label sits (a dated line's label is hidden, and centred whatever its class).
    const textClass = (element: Element): string =>
      element.classList.contains('vertText') ? 'vertText' : (element.getAttribute('class') ?? '').split(/\s+/).filter((c) => /^taskText(OutsideRight|OutsideLeft)?$/.test(c)).join(' ');
    // Each chart's ids start with a render id of its own (its bars', its patterns').
    const sorted = (list: string[]): string[] => list.map((item) => item.replace(/pp-chart-\d+-/g, '')).sort();
    return {
      size: [svg.getAttribute('viewBox') ?? '', svg.style.width, svg.style.height],
      // With what each chart's own style sheet does (a milestone's diamond, a label's anchor): an exported SVG keeps it.
      boxes: sorted([...svg.querySelectorAll('rect[id]')].map((r) => `${id(r)} ${at(r, 'x', 'y', 'width', 'height')} ${r.getAttribute('style') ?? ''} ${getComputedStyle(r).transform}`)),
      labels: sorted(
        [...svg.querySelectorAll('text[id]')].map((t) => {
          const style = getComputedStyle(t);
          return `${id(t)} ${Number(t.getAttribute('x')).toFixed(1)} ${t.getAttribute('y')} ${style.textAnchor} ${style.fontStyle} ${style.fontSize} ${textClass(t)} ${(t.textContent ?? '').trim()}`;
        }),
      ),
      bands: sorted([...svg.querySelectorAll('rect.section')].map((r) => `${at(r, 'x', 'y', 'width', 'height', 'class')} ${r.getAttribute('style') ?? ''}`)),
      sections: sorted([...svg.querySelectorAll('text.sectionTitle')].map((t) => `${at(t, 'x', 'y')} ${t.textContent}`)),
      grid: sorted([...svg.querySelectorAll('.grid .tick')].map((g) => `${g.getAttribute('transform')} ${g.querySelector('line')?.getAttribute('y2')}`)),
      links: sorted([...svg.querySelectorAll('path.pp-link')].map((p) => p.getAttribute('d') ?? '')),
      axis: [document.querySelector('#chart > .pp-axis svg')?.getAttribute('width') ?? 'no axis'],
    };
  });
}

for (const timeZone of ['UTC', 'America/New_York']) {
  describe(`Gantt panel: first paint before Mermaid's chart (time zone ${timeZone})`, function () {
    let browser: Browser | undefined;
    before(async () => {
      browser = await launchChromium({ TZ: timeZone });
    });
    after(async () => {
      await browser?.close();
    });

    it('draws the view its HTML carries as it starts, without asking for it, and says so', async () => {
      const view = buildView('gantt', analyze(PLANS[0][1]()), VIEW_OPTIONS);
      let release = (): void => undefined;
      const mermaidCode = new Promise<void>((resolve) => (release = resolve));
      const page = await openPanelPage(browser!, 'gantt', { view, holdChunks: mermaidCode });
      try {
        assert.deepEqual(page.posted[0], { type: 'ready', hasView: true });
        const deadline = Date.now() + 30_000;
        while (!page.posted.some((m) => m.type === 'painted') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
        assert.ok(page.posted.some((m) => m.type === 'painted'), 'painted with no view sent');
        release();
        assert.equal((await page.rendered()).error, undefined);
        assert.deepEqual(page.problems, [], 'no CSP report: the data block is never run');
      } finally {
        await page.page.close();
      }
    });

    for (const [name, plan] of PLANS) {
      it(`draws ${name} first, and Mermaid's chart puts everything in the same place`, async () => {
        const view = buildView('gantt', analyze(plan()), VIEW_OPTIONS);
        let release = (): void => undefined;
        const mermaidCode = new Promise<void>((resolve) => (release = resolve));
        const page = await openPanelPage(browser!, 'gantt', { holdChunks: mermaidCode });
        try {
          const first = await page.paint(view);
          assert.equal(first.type, 'painted', 'the chart is painted before Mermaid has loaded');
          const sketch = await chartParts(page.page);
          assert.ok(sketch.boxes.length > 0 && sketch.labels.length > 0, 'the first paint has bars and labels');
          assert.match(sketch.axis[0], /^\d+$/, 'the first paint has its date axis');
          assert.ok(await page.page.locator('#chart > svg.pp-sketch').count(), 'the first paint is marked as the sketch');
          release();
          const rendered = await page.rendered();
          assert.equal(rendered.error, undefined);
          assert.equal(await page.page.locator('#chart > svg.pp-sketch').count(), 0, "Mermaid's chart replaced the sketch");
          assert.deepEqual(await chartParts(page.page), sketch);
          assert.deepEqual(page.problems, []);
        } finally {
          await page.page.close();
        }
      });
    }
  });
}
