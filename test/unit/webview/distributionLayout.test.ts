import { strict as assert } from 'node:assert';
import { dayNumberOf, distributionFrame, type DistributionPoint } from '../../../webview/lib/distributionLayout';

/** `runs` per consecutive calendar day from `first`, with the running share. */
function points(first: string, runs: readonly number[]): DistributionPoint[] {
  const total = runs.reduce((a, b) => a + b, 0);
  let done = 0;
  return runs.map((count, i) => {
    done += count;
    return { date: new Date((dayNumberOf(first) + i) * 86_400_000).toISOString().slice(0, 10), runs: count, cumulative: done / total };
  });
}

describe('the confidence panel\'s end-date chart', () => {
  it('draws a bar a day for a narrow spread, as tall as its share of the peak, and the S-curve rising to 100 %', () => {
    const frame = distributionFrame(points('2026-08-03', [10, 40, 30, 20]), [], 640, 260);
    assert.equal(frame.daysPerBar, 1);
    assert.deepEqual(frame.bars.map((b) => b.runs), [10, 40, 30, 20]);
    assert.equal(frame.peakShare, 0.4);
    const tallest = frame.bars[1];
    assert.equal(tallest.y, frame.plot.top);
    assert.ok(Math.abs(frame.bars[0].height - tallest.height / 4) < 1e-9);
    assert.ok(frame.bars.every((b, i) => i === 0 || b.x > frame.bars[i - 1].x + frame.bars[i - 1].width - 1e-9), 'bars never overlap');
    assert.equal(frame.curve[0].y, frame.plot.bottom);
    assert.equal(frame.curve[frame.curve.length - 1].y, frame.plot.top);
    assert.ok(frame.curve.every((p, i) => i === 0 || (p.x >= frame.curve[i - 1].x && p.y <= frame.curve[i - 1].y)), 'the curve only rises');
  });

  it('bins a wide spread into weeks starting on Mondays, counting every run once', () => {
    const runs = Array.from({ length: 200 }, (_, i) => (i % 7 < 5 ? 1 + (i % 3) : 0));
    const input = points('2026-08-05', runs).filter((p) => p.runs > 0);
    const frame = distributionFrame(input, [], 640, 260);
    assert.equal(frame.daysPerBar % 7, 0);
    assert.ok(frame.bars.length <= 60);
    assert.equal(frame.bars.reduce((sum, b) => sum + b.runs, 0), runs.reduce((a, b) => a + b, 0));
    for (const bar of frame.bars) assert.equal(new Date(`${bar.firstDate}T00:00:00Z`).getUTCDay(), 1, bar.firstDate);
  });

  it('keeps a promised date outside the runs on the chart, and labels month starts', () => {
    const frame = distributionFrame(points('2026-08-24', [5, 5]), ['2026-09-15'], 640, 260);
    const target = frame.xOf('2026-09-15');
    assert.ok(target > frame.bars[1].x && target <= frame.plot.right, `${target}`);
    assert.deepEqual(frame.ticks.map((t) => t.label), ['Sep']);
    assert.ok(frame.ticks[0].x > frame.bars[1].x && frame.ticks[0].x < target);
  });

  it('draws nothing false for no runs', () => {
    const frame = distributionFrame([], [], 640, 260);
    assert.deepEqual([frame.bars.length, frame.curve.length, frame.peakShare], [0, 0, 0]);
  });
});
