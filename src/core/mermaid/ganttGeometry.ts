/**
 * Where Mermaid's gantt renderer puts each part of a chart of `ganttSource`, computed without
 * Mermaid: the panel draws this first, while Mermaid is still loading, and Mermaid's chart then
 * replaces it in place (webview/lib/ganttSketch.ts). The rules follow Mermaid 11's renderer,
 * and a test compares them with the chart Mermaid draws, so an upgrade that moves anything fails.
 */
import type { IsoDate } from '../model';
import { barLabel, markerLabel, sectionLabel, titleLabel, type GanttBar, type GanttMarker } from './gantt';
import { shownText } from './text';

/** The part of Mermaid's gantt configuration that places things (the panel sets all of it). */
export interface GanttGeometryConfig {
  readonly useWidth: number;
  readonly leftPadding: number;
  readonly rightPadding: number;
  readonly barHeight: number;
  readonly barGap: number;
  readonly topPadding: number;
  readonly fontSize: number;
  readonly numberSectionStyles: number;
}

/** Mermaid's defaults for what the panel does not set. */
const GRID_LINE_START_PADDING = 35;
const TITLE_TOP_MARGIN = 25;
const DAY_MS = 86_400_000;

export interface GeometryBar {
  readonly bar: GanttBar;
  /** The rectangle: a milestone's square, which Mermaid turns into a diamond about its centre. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The label as Mermaid shows it. */
  readonly text: string;
  readonly textY: number;
  /** Inside the bar the label is centred here; the room it has there. */
  readonly textCenterX: number;
  readonly labelRoom: number;
  /** Mermaid's colour slot of the bar's section (0–3). */
  readonly sectionStyle: number;
}

export interface GeometrySection {
  readonly text: string;
  readonly y: number;
  readonly sectionStyle: number;
}

export interface GeometryMarker {
  readonly marker: GanttMarker;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly textY: number;
}

export interface GanttGeometry {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly GeometryBar[];
  /** One band per row, across the chart, in the row's section style. */
  readonly bands: readonly { readonly y: number; readonly width: number; readonly height: number; readonly sectionStyle: number }[];
  readonly sections: readonly GeometrySection[];
  readonly markers: readonly GeometryMarker[];
  readonly title?: { readonly text: string; readonly x: number; readonly y: number };
  /** Grid lines: their x (from `left`, the bars' left edge), and their length up from `bottom`. */
  readonly grid: { readonly left: number; readonly xs: readonly number[]; readonly bottom: number; readonly length: number };
}

/** Midnight of the day, in the computer's time zone, as Mermaid reads `YYYY-MM-DD`. */
function localMidnight(date: IsoDate, plusDays = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).getTime();
}

/** `gridDays`: where the grid lines go (Mermaid's tick interval); those outside the chart are left out. */
export function ganttGeometry(
  chart: { readonly title?: string; readonly sectioned: boolean; readonly markers: readonly GanttMarker[] },
  bars: readonly GanttBar[],
  config: GanttGeometryConfig,
  gridDays: readonly IsoDate[] = [],
): GanttGeometry {
  const { useWidth: width, leftPadding, barHeight, topPadding } = config;
  const gap = barHeight + config.barGap;
  const height = 2 * topPadding + bars.length * gap;
  // Bars span from their start's midnight to the midnight after their (inclusive) finish; the
  // markers are instants. Mermaid's time scale covers them all, rounded to whole pixels.
  const spans = bars.map((bar) => [localMidnight(bar.start), localMidnight(bar.finish, 1)] as const);
  const instants = chart.markers.map((marker) => localMidnight(marker.date));
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const [start, end] of spans) {
    t0 = Math.min(t0, start);
    t1 = Math.max(t1, end);
  }
  for (const t of instants) {
    t0 = Math.min(t0, t);
    t1 = Math.max(t1, t);
  }
  const range = width - leftPadding - config.rightPadding;
  const span = t1 > t0 ? t1 - t0 : DAY_MS;
  const x = (t: number): number => Math.round(((t - t0) / span) * range);

  // Without sections every bar is in Mermaid's unnamed one.
  const sectionNames = bars.map((bar) => (chart.sectioned ? shownText(sectionLabel(bar.section)) : ''));
  const styleOf = new Map<string, number>();
  for (const name of sectionNames) if (!styleOf.has(name)) styleOf.set(name, styleOf.size % config.numberSectionStyles);

  const placed = bars.map((bar, row): GeometryBar => {
    const [start, end] = spans[row];
    const startX = x(start);
    const endX = x(end);
    const y = row * gap + topPadding;
    const box = bar.milestone
      ? { x: startX + leftPadding + 0.5 * (endX - startX) - 0.5 * barHeight, width: barHeight }
      : { x: startX + leftPadding, width: endX - startX };
    return {
      bar,
      ...box,
      y,
      height: barHeight,
      text: shownText(barLabel(bar)),
      textY: y + barHeight / 2 + (config.fontSize / 2 - 2),
      textCenterX: box.x + box.width / 2,
      // Mermaid compares the label's width with the bar's, or with a milestone's square.
      labelRoom: bar.milestone ? barHeight : endX - startX,
      sectionStyle: styleOf.get(sectionNames[row])!,
    };
  });

  const sections: GeometrySection[] = [];
  let rowsBefore = 0;
  for (let row = 0; row < bars.length; ) {
    const name = sectionNames[row];
    let rows = 0;
    while (row < bars.length && sectionNames[row] === name) {
      row++;
      rows++;
    }
    if (name) sections.push({ text: name, y: (rows * gap) / 2 + rowsBefore * gap + topPadding, sectionStyle: styleOf.get(name)! });
    rowsBefore += rows;
  }

  const markers = chart.markers.map((marker, i): GeometryMarker => ({
    marker,
    text: shownText(markerLabel(marker)),
    x: x(instants[i]) + leftPadding,
    y: GRID_LINE_START_PADDING,
    width: 0.08 * barHeight,
    height: bars.length * gap + 2 * barHeight,
    textY: GRID_LINE_START_PADDING + bars.length * gap + 60,
  }));

  const gridTimes = gridDays.map((day) => localMidnight(day)).filter((t) => t >= t0 && t <= t1);
  const title = shownText(titleLabel(chart.title));
  return {
    width,
    height,
    bars: placed,
    bands: placed.map((bar) => ({ y: bar.y - 2, width: width - config.rightPadding / 2, height: gap, sectionStyle: bar.sectionStyle })),
    sections,
    markers,
    title: title ? { text: title, x: width / 2, y: TITLE_TOP_MARGIN } : undefined,
    // Mermaid's axis sits 50 px above the bottom, its ticks reaching up to the grid's start.
    grid: { left: leftPadding, xs: gridTimes.map(x), bottom: height - 50, length: height - topPadding - GRID_LINE_START_PADDING },
  };
}
