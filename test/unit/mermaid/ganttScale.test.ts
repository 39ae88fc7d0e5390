import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { axisTiers, chooseScale, fitPxPerDay, MAX_PX_PER_DAY, MIN_PX_PER_DAY, scaleAt, SCALES, TIME_SCALES } from '../../../src/core/mermaid/ganttScale';
import { ganttChart, ganttSource } from '../../../src/core/mermaid/gantt';
import { plan } from './builder';
import { parseGantt } from './realMermaid';

describe('gantt time scale', () => {
  it('picks the finest scale that fits the width, and quarters (scrolling) beyond', () => {
    assert.equal(chooseScale(14, 600), 'day');
    assert.equal(chooseScale(60, 600), 'week');
    assert.equal(chooseScale(60, 1900), 'day');
    assert.equal(chooseScale(180, 600), 'month');
    assert.equal(chooseScale(400, 600), 'quarter');
    assert.equal(chooseScale(5_000, 600), 'quarter');
  });

  it('never picks a scale that overflows when a finer one would not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 100, max: 4_000 }), (days, width) => {
        const scale = chooseScale(days, width);
        const finer = TIME_SCALES.slice(0, TIME_SCALES.indexOf(scale));
        assert.ok(finer.every((s) => days * SCALES[s].pxPerDay > width));
        if (scale !== 'quarter') assert.ok(days * SCALES[scale].pxPerDay <= width);
      }),
    );
  });

  it('labels a zoomed chart in units wide enough to read, and fits within the zoom limits', () => {
    assert.equal(scaleAt(SCALES.week.pxPerDay), 'week');
    assert.equal(scaleAt(40), 'day');
    assert.equal(scaleAt(0.6), 'quarter');
    assert.equal(fitPxPerDay(10, 1_000_000), MAX_PX_PER_DAY);
    assert.equal(fitPxPerDay(1_000_000, 100), MIN_PX_PER_DAY);
    assert.equal(fitPxPerDay(100, 500), 5);
  });

  it('draws months over ISO weeks, quarters over months, years over quarters', () => {
    const weeks = axisTiers('week', '2026-03-04', '2026-04-02');
    assert.deepEqual(weeks.upper.map((t) => t.label), ['Mar 2026', 'Apr 2026']);
    assert.deepEqual(weeks.lower.map((t) => [t.start, t.label]), [
      ['2026-03-02', 'W10'],
      ['2026-03-09', 'W11'],
      ['2026-03-16', 'W12'],
      ['2026-03-23', 'W13'],
      ['2026-03-30', 'W14'],
    ]);
    assert.deepEqual(axisTiers('month', '2026-03-04', '2026-05-02').upper.map((t) => t.label), ['Q1 2026', 'Q2 2026']);
    assert.deepEqual(axisTiers('month', '2026-03-04', '2026-05-02').lower.map((t) => t.label), ['Mar', 'Apr', 'May']);
    assert.deepEqual(axisTiers('quarter', '2026-11-04', '2027-02-02').upper.map((t) => t.label), ['2026', '2027']);
    assert.equal(axisTiers('week', '2021-01-04', '2021-01-04').lower[0].label, 'W1');
    assert.equal(axisTiers('week', '2020-12-28', '2020-12-28').lower[0].label, 'W53');
  });

  it('bounds the ticks for any dates, and draws none for impossible ones', () => {
    assert.deepEqual(axisTiers('day', 'soon', '2026-01-01'), { upper: [], lower: [] });
    assert.ok(axisTiers('day', '1900-01-01', '2400-01-01').lower.length <= 4_000);
  });

  it('writes each scale’s axis into a source Mermaid accepts', async () => {
    const { program, schedule } = plan({ tasks: [{ id: 'a', start: '2026-03-02', finish: '2026-03-06', duration: 5 }] });
    const chart = ganttChart(program, schedule);
    for (const scale of TIME_SCALES) {
      const source = ganttSource(chart, chart.bars, SCALES[scale].axis);
      assert.match(source, new RegExp(`tickInterval ${SCALES[scale].axis.tickInterval}`));
      assert.equal((await parseGantt(source)).bars.length, 1, scale);
    }
  });
});
