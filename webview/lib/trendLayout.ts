/**
 * The geometry of the milestone trend chart (x: report date, y: forecast date, one line per
 * milestone, the diagonal where forecast = report date) and of the scope chart (task count per
 * report date): plain numbers and label strings, so the page only draws them and tests can read
 * them. Pure; no DOM.
 */
import { dayNumber, isoFromDayNumber } from '../../src/core/dates';
import { shortDate } from '../../src/core/hover/dateText';
import type { HistorySeries } from '../../src/core/history/series';

export interface Frame {
  readonly width: number;
  readonly height: number;
  /** Room for the axis labels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Tick {
  readonly at: number;
  readonly label: string;
}

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly commit: string;
  /** "Launch: 12 Mar (report 3 Feb, commit subject)". */
  readonly label: string;
}

export interface ChartLine {
  readonly id: string;
  readonly name: string;
  readonly points: readonly ChartPoint[];
}

export interface ChartLayout {
  readonly frame: Frame;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly lines: readonly ChartLine[];
  /** The "today" diagonal (forecast = report date), clipped to the plot; absent when it does not cross it. */
  readonly diagonal?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

const TICKS = 6;

interface Scale {
  readonly at: (day: number) => number;
  readonly ticks: (label: (value: number) => string) => Tick[];
}

/** A linear scale from [min, max] onto [from, to], widened a little when the range is empty. */
function scale(min: number, max: number, from: number, to: number): Scale {
  const low = min === max ? min - 1 : min;
  const high = min === max ? max + 1 : max;
  const at = (value: number) => from + ((value - low) / (high - low)) * (to - from);
  return {
    at,
    ticks: (label) => {
      const values = new Set<number>();
      for (let i = 0; i < TICKS; i++) values.add(Math.round(low + ((high - low) * i) / (TICKS - 1)));
      return [...values].map((value) => ({ at: at(value), label: label(value) }));
    },
  };
}

/** Smallest and largest of `values` (a loop: a long history has too many values to spread into Math.min). */
function extent(values: Iterable<number>, start: readonly number[] = []): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const list of [start, values]) {
    for (const value of list) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return [min, max];
}

const dayLabel = (year: string) => (day: number) => shortDate(isoFromDayNumber(day), year);

/** The milestone trend of `series` in `frame`. Versions and forecasts without a valid date are left out. */
export function milestoneTrendLayout(series: HistorySeries, frame: Frame): ChartLayout {
  const names = new Map(series.milestones.map((m) => [m.id, m.name]));
  const reports = series.points.map((p) => dayNumber(p.reportDate));
  const forecasts = series.points.flatMap((p) => Object.values(p.milestones).map((d) => dayNumber(d) ?? NaN)).filter(Number.isFinite);
  const xs = reports.filter((d): d is number => d !== undefined);
  if (xs.length === 0) return { frame, xTicks: [], yTicks: [], lines: [] };
  const [xMin, xMax] = extent(xs);
  // The y range takes in the report dates, so the diagonal is always on the chart.
  const [yMin, yMax] = extent(forecasts, [xMin, xMax]);
  const x = scale(xMin, xMax, frame.left, frame.width - frame.right);
  const y = scale(yMin, yMax, frame.height - frame.bottom, frame.top);
  const year = isoFromDayNumber(xMax).slice(0, 4);
  const byId = new Map<string, ChartPoint[]>();
  series.points.forEach((point, i) => {
    const report = reports[i];
    if (report === undefined) return;
    for (const [id, date] of Object.entries(point.milestones)) {
      const day = dayNumber(date);
      if (day === undefined) continue;
      const label = `${names.get(id) ?? id}: ${shortDate(date, year)} (report ${shortDate(point.reportDate, year)}, ${point.subject || point.commit.slice(0, 10)})`;
      let line = byId.get(id);
      if (!line) byId.set(id, (line = []));
      line.push({ x: x.at(report), y: y.at(day), commit: point.commit, label });
    }
  });
  const lines = [...byId].map(([id, points]) => ({ id, name: names.get(id) ?? id, points }));
  // Forecast = report date from the later of the two ranges' starts to the earlier of their ends.
  const from = Math.max(xMin, yMin);
  const to = Math.min(xMax, yMax);
  const diagonal = from <= to ? { x1: x.at(from), y1: y.at(from), x2: x.at(to), y2: y.at(to) } : undefined;
  return { frame, xTicks: x.ticks(dayLabel(year)), yTicks: y.ticks(dayLabel(year)), lines, ...(diagonal ? { diagonal } : {}) };
}

/** The task count of each version against its report date. */
export function scopeLayout(series: HistorySeries, frame: Frame): ChartLayout {
  const usable = series.points.flatMap((p) => {
    const day = dayNumber(p.reportDate);
    return day === undefined ? [] : [{ day, point: p }];
  });
  if (usable.length === 0) return { frame, xTicks: [], yTicks: [], lines: [] };
  const [dayMin, dayMax] = extent(usable.map((u) => u.day));
  const [countMin, countMax] = extent(usable.map((u) => u.point.taskCount), [0]);
  const x = scale(dayMin, dayMax, frame.left, frame.width - frame.right);
  const y = scale(countMin, countMax, frame.height - frame.bottom, frame.top);
  const year = isoFromDayNumber(dayMax).slice(0, 4);
  const points = usable.map(({ day, point }) => ({
    x: x.at(day),
    y: y.at(point.taskCount),
    commit: point.commit,
    label: `${point.taskCount} tasks (report ${shortDate(point.reportDate, year)}, ${point.subject || point.commit.slice(0, 10)})`,
  }));
  return { frame, xTicks: x.ticks(dayLabel(year)), yTicks: y.ticks((n) => String(n)), lines: [{ id: 'scope', name: 'Tasks', points }] };
}
