/**
 * The geometry of the confidence panel's end-date chart: the runs per finish day as histogram
 * bars (by week, or by several weeks, when the spread is too wide for a bar a day to be seen),
 * the share of runs finished by each day as the S-curve over them, and the marked dates. Pure:
 * the panel draws what this returns, and the unit tests read it.
 */

export interface DistributionPoint {
  readonly date: string;
  readonly runs: number;
  /** Share of runs finished by this day, 0–1. */
  readonly cumulative: number;
}

export interface HistogramBar {
  readonly x: number;
  readonly width: number;
  readonly height: number;
  readonly y: number;
  readonly runs: number;
  /** First and last day the bar counts (inclusive). */
  readonly firstDate: string;
  readonly lastDate: string;
}

export interface DistributionFrame {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** Days per bar: 1, or a multiple of 7 (bars then start on Mondays). */
  readonly daysPerBar: number;
  readonly bars: readonly HistogramBar[];
  /** The S-curve's points, in plot coordinates. */
  readonly curve: readonly { readonly x: number; readonly y: number }[];
  /** The largest share of runs one bar holds (the top of the left axis). */
  readonly peakShare: number;
  /** Where a date falls on the x axis (the middle of its day). */
  readonly xOf: (date: string) => number;
  readonly yOfShare: (share: number) => number;
  /** Month starts inside the range, for the axis. */
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

export const dayNumberOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Days since the Monday on or before `day` (day 0, 1970-01-01, was a Thursday). */
const sinceMonday = (day: number): number => (((day + 3) % 7) + 7) % 7;

/**
 * Lays the chart out in `width` × `height` pixels. `marks` widen the range so that a promised
 * date outside the runs' spread is still on the chart.
 */
export function distributionFrame(points: readonly DistributionPoint[], marks: readonly string[], width: number, height: number, maxBars = 60): DistributionFrame {
  const plot = { left: 44, right: width - 44, top: 28, bottom: height - 34 };
  const days = [...points.map((p) => dayNumberOf(p.date)), ...marks.map(dayNumberOf)].filter(Number.isFinite);
  const first = days.length > 0 ? Math.min(...days) : 0;
  const last = days.length > 0 ? Math.max(...days) : 0;
  const span = last - first + 1;
  const daysPerBar = span <= maxBars ? 1 : 7 * Math.ceil(span / (7 * maxBars));
  const start = daysPerBar === 1 ? first : first - sinceMonday(first);
  const barCount = Math.max(1, Math.ceil((last + 1 - start) / daysPerBar));
  const dayWidth = (plot.right - plot.left) / (barCount * daysPerBar);
  const xOfDay = (day: number): number => plot.left + (day - start) * dayWidth;
  const total = points.reduce((sum, p) => sum + p.runs, 0);

  const counts = new Map<number, number>();
  for (const p of points) {
    const bin = Math.floor((dayNumberOf(p.date) - start) / daysPerBar);
    counts.set(bin, (counts.get(bin) ?? 0) + p.runs);
  }
  const peak = Math.max(1, ...counts.values());
  const peakShare = total > 0 ? peak / total : 0;
  const barHeight = (runs: number): number => (runs / peak) * (plot.bottom - plot.top);
  const bars = [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, runs]) => {
      const from = start + bin * daysPerBar;
      const h = barHeight(runs);
      // A pixel between neighbouring bars keeps them apart when they are narrow.
      const gap = dayWidth * daysPerBar > 3 ? 1 : 0;
      return { x: xOfDay(from) + gap / 2, width: Math.max(1, dayWidth * daysPerBar - gap), y: plot.bottom - h, height: h, runs, firstDate: dateOfDay(from), lastDate: dateOfDay(from + daysPerBar - 1) };
    });

  const yOfShare = (share: number): number => plot.bottom - share * (plot.bottom - plot.top);
  // The share rises across each finish day (its runs end during it) and stays flat between them.
  const curve: { x: number; y: number }[] = [];
  let before = 0;
  for (const p of points) {
    const day = dayNumberOf(p.date);
    curve.push({ x: xOfDay(day), y: yOfShare(before) }, { x: xOfDay(day + 1), y: yOfShare(p.cumulative) });
    before = p.cumulative;
  }

  const ticks: { x: number; label: string }[] = [];
  const end = start + barCount * daysPerBar;
  const date = new Date(start * DAY_MS);
  date.setUTCDate(1);
  for (date.setUTCMonth(date.getUTCMonth() + 1); date.getTime() / DAY_MS < end; date.setUTCMonth(date.getUTCMonth() + 1)) {
    const month = date.getUTCMonth();
    ticks.push({ x: xOfDay(Math.round(date.getTime() / DAY_MS)), label: month === 0 ? `${MONTHS[month]} ${date.getUTCFullYear()}` : MONTHS[month] });
  }

  return { width, height, plot, daysPerBar, bars, curve, peakShare, xOf: (d) => xOfDay(dayNumberOf(d) + 0.5), yOfShare, ticks };
}
