/**
 * The Gantt chart's geometry as the panel's first paint draws it, against Mermaid itself: the
 * labels and section names Mermaid parses from the same source, and the x coordinates of
 * Mermaid's own time scale (d3's, over Mermaid's parsed times). The browser test
 * (test/e2e/ganttFirstPaint.test.ts) compares the drawn SVGs.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ganttChart, ganttSource } from '../../../src/core/mermaid/gantt';
import { ganttGeometry, type GanttGeometryConfig } from '../../../src/core/mermaid/ganttGeometry';
import { plan, type TaskSpec } from './builder';
import { parseGantt } from './realMermaid';

const CONFIG: GanttGeometryConfig = { useWidth: 1400, leftPadding: 120, rightPadding: 120, barHeight: 22, barGap: 6, topPadding: 56, fontSize: 12, numberSectionStyles: 4 };

function day(offset: number): string {
  return new Date(Date.UTC(2026, 0, 5) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Names with what Mermaid's text rules must survive: its statement characters, markup, entities, emoji, long runs. */
const name = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('Ship #1; then <b>it</b>', '#35; literal', 'section two', 'a%%b', '  spaced  out ', 'x'.repeat(200), '🚀 مرحلة'),
);

const task = fc.record({ name, phase: fc.constantFrom('Design', 'Build', 'Launch #1', '2026', ''), start: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 0, max: 60 }), milestone: fc.boolean() });

describe('gantt geometry (the first paint) against Mermaid', () => {
  it('has Mermaid’s labels, section names, rows and time scale, for any names and dates', async () => {
    const { scaleTime } = await import('d3');
    await fc.assert(
      fc.asyncProperty(fc.array(task, { minLength: 1, maxLength: 12 }), fc.integer({ min: 500, max: 3000 }), async (specs, width) => {
        const tasks: TaskSpec[] = specs.map((t, i) => ({
          id: `k${i}`,
          name: t.name,
          phase: t.phase || undefined,
          start: day(t.start),
          finish: day(t.start + (t.milestone ? 0 : t.length)),
          duration: t.milestone ? 0 : t.length + 1,
          milestone: t.milestone,
        }));
        const { program, schedule } = plan({ name: 'Program: #1', statusDate: day(30), tasks });
        const chart = ganttChart(program, schedule);
        const config = { ...CONFIG, useWidth: width };
        const geometry = ganttGeometry(chart, chart.bars, config);
        const parsed = await parseGantt(ganttSource(chart, chart.bars));
        const bars = parsed.bars.filter((bar) => !bar.vert);
        const all = parsed.bars;
        const scale = scaleTime()
          .domain([Math.min(...all.map((b) => b.startMs)), Math.max(...all.map((b) => b.endMs))])
          .rangeRound([0, width - config.leftPadding - config.rightPadding]);
        const gap = config.barHeight + config.barGap;

        assert.equal(geometry.bars.length, bars.length);
        geometry.bars.forEach((placed, row) => {
          const mermaid = bars[row];
          assert.equal(placed.text, mermaid.text);
          assert.equal(placed.y, row * gap + config.topPadding);
          const startX = scale(new Date(mermaid.startMs));
          const endX = scale(new Date(mermaid.endMs));
          if (mermaid.milestone) {
            assert.equal(placed.x, startX + config.leftPadding + 0.5 * (endX - startX) - 0.5 * config.barHeight);
            assert.equal(placed.width, config.barHeight);
          } else {
            assert.equal(placed.x, startX + config.leftPadding);
            assert.equal(placed.width, endX - startX);
          }
        });
        assert.deepEqual(
          geometry.markers.map((m) => [m.text, m.x]),
          parsed.bars.filter((bar) => bar.vert).map((bar) => [bar.text, scale(new Date(bar.startMs)) + config.leftPadding]),
        );
        // One name per run of rows, centred on them, in Mermaid's order of sections.
        const runs: { section: string; rows: number }[] = [];
        for (const bar of bars) {
          if (runs.at(-1)?.section === bar.section) runs[runs.length - 1].rows++;
          else runs.push({ section: bar.section, rows: 1 });
        }
        let before = 0;
        const expected = runs.flatMap((run) => {
          const y = (run.rows * gap) / 2 + before * gap + config.topPadding;
          before += run.rows;
          return chart.sectioned ? [[run.section, y]] : [];
        });
        assert.deepEqual(geometry.sections.map((s) => [s.text, s.y]), expected);
        assert.equal(geometry.height, 2 * config.topPadding + bars.length * gap);
        assert.equal(geometry.title?.text, parsed.title);
      }),
      { numRuns: 60 },
    );
  });

  it('draws grid lines only inside the chart, at the time scale’s x', () => {
    const { program, schedule } = plan({ tasks: [{ id: 'a', start: '2026-03-02', finish: '2026-03-31', duration: 22 }] });
    const chart = ganttChart(program, schedule);
    const geometry = ganttGeometry(chart, chart.bars, CONFIG, ['2026-02-23', '2026-03-02', '2026-03-16', '2026-04-01', '2026-04-06']);
    // 30 days over 1,160 px: the 2nd of March at 0, the 16th 14 days in, the 1st of April at the end.
    assert.deepEqual(geometry.grid.xs, [0, Math.round((14 / 30) * 1160), 1160]);
    assert.equal(geometry.grid.bottom, geometry.height - 50);
  });
});
