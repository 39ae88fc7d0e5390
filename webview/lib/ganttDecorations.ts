/**
 * What Mermaid's gantt chart cannot draw, added to the rendered SVG: percent complete on the
 * bars, dependency arrows between them, deadlines, tooltips, and click-to-reveal (Mermaid's own
 * `click` is off under `securityLevel: 'strict'`). Colours are written as attributes, resolved
 * from the theme, so an exported SVG looks the same outside VS Code.
 */
import type { GanttBar, GanttChart } from '../../src/core/mermaid/gantt';
import { workingDays } from '../../src/core/text/plural';
import { cssVar } from './theme';
import { makeRevealable, svgElement, tooltip } from './svgDom';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly milestone: boolean;
}

const LANE = 8;

export function decorateGantt(svg: SVGSVGElement, renderId: string, chart: GanttChart, reveal: (taskId: string) => void): void {
  const colors = {
    link: cssVar('--vscode-editorWidget-foreground', cssVar('--vscode-foreground', '#6b6b6b')),
    critical: cssVar('--vscode-charts-red', '#e53935'),
    progress: cssVar('--vscode-charts-green', '#388a34'),
    deadline: cssVar('--vscode-charts-orange', '#d18616'),
    labelOutside: cssVar('--vscode-editor-foreground', cssVar('--vscode-foreground', '#616161')),
  };
  const boxes = new Map<string, Box>();
  for (const bar of chart.bars) {
    const rect = svg.querySelector<SVGRectElement>(`rect[id="${renderId}-${bar.key}"]`);
    const text = svg.querySelector<SVGTextElement>(`text[id="${renderId}-${bar.key}-text"]`);
    if (!rect) continue;
    const box = boxOf(rect, bar.milestone);
    boxes.set(bar.key, box);
    // Mermaid gives an in-progress task's label the dark text meant for inside its light bar
    // (with !important) even when the label does not fit and sits on the background beside it.
    if (text && /taskTextOutside(Right|Left)/.test(text.getAttribute('class') ?? '')) text.style.setProperty('fill', colors.labelOutside, 'important');
    const summary = barSummary(bar);
    for (const element of [rect, text]) {
      if (!element) continue;
      tooltip(element, summary);
      makeRevealable(element, `${bar.name}: reveal in editor`, () => reveal(bar.taskId));
    }
    // Only the bar is a tab stop; its label reveals on click too.
    text?.setAttribute('tabindex', '-1');
    if (bar.progress !== undefined && bar.progress > 0 && bar.progress < 100 && !bar.milestone && bar.status !== 'done') {
      rect.after(progressStrip(box, bar.progress, colors.progress));
    }
  }

  const overlay = svgElement('g', { class: 'pp-overlay', 'pointer-events': 'none' });
  const defs = svgElement('defs', {});
  defs.append(arrowHead(`${renderId}-arrow`, colors.link), arrowHead(`${renderId}-arrow-critical`, colors.critical));
  overlay.append(defs);
  const byKey = new Map(chart.bars.map((bar) => [bar.key, bar]));
  for (const bar of chart.bars) {
    const to = boxes.get(bar.key);
    if (!to) continue;
    for (const link of bar.predecessors) {
      const from = boxes.get(link.key);
      if (!from) continue;
      const critical = bar.critical && byKey.get(link.key)!.critical;
      overlay.append(
        svgElement('path', {
          d: linkPath(from, to, link.type),
          fill: 'none',
          stroke: critical ? colors.critical : colors.link,
          'stroke-width': critical ? '1.6' : '1',
          'stroke-opacity': critical ? '0.9' : '0.6',
          'marker-end': `url(#${renderId}-arrow${critical ? '-critical' : ''})`,
          class: critical ? 'pp-link pp-link-critical' : 'pp-link',
        }),
      );
    }
  }
  const scale = dateScale(chart.bars, boxes);
  if (scale) {
    for (const bar of chart.bars) {
      const box = boxes.get(bar.key);
      if (bar.deadline && box) overlay.append(deadlineMark(bar, box, scale(bar.deadline, 1), bar.late ? colors.critical : colors.deadline));
    }
  }
  svg.append(overlay);
  separateMarkerLabels(svg);
}

/**
 * Mermaid centres every vertical marker's label under its line, so labels of close dates (launch
 * and target end, say) overprint each other and the last may run off the chart: drop each label
 * that would touch the one before it to a lower row, and keep labels inside the chart.
 */
function separateMarkerLabels(svg: SVGSVGElement): void {
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.vertText')]
    .map((text) => ({ text, box: text.getBBox() }))
    .sort((a, b) => a.box.x - b.box.x);
  const right = svg.viewBox.baseVal?.width || svg.getBBox().width;
  const rowEnds: number[] = [];
  let lineHeight = 0;
  for (const { text, box } of labels) {
    lineHeight = Math.max(lineHeight, box.height);
    let left = box.x;
    if (right > 0 && left + box.width > right) {
      left = right - box.width;
      text.setAttribute('x', String(Number(text.getAttribute('x') ?? 0) - (box.x - left)));
    }
    let row = rowEnds.findIndex((end) => end + 6 <= left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = left + box.width;
    if (row > 0) text.setAttribute('y', String(Number(text.getAttribute('y') ?? 0) + row * box.height));
  }
  const extra = (rowEnds.length - 1) * lineHeight;
  const viewBox = svg.viewBox.baseVal;
  if (extra > 0 && viewBox && viewBox.height > 0) {
    svg.setAttribute('viewBox', `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height + extra}`);
    const height = Number(svg.getAttribute('height'));
    if (height > 0) svg.setAttribute('height', String(height + extra));
  }
}

function boxOf(rect: SVGRectElement, milestone: boolean): Box {
  const x = Number(rect.getAttribute('x'));
  const y = Number(rect.getAttribute('y'));
  const width = Number(rect.getAttribute('width'));
  const height = Number(rect.getAttribute('height'));
  if (!milestone) return { x, y, width, height, milestone };
  // Mermaid turns a milestone's square into a diamond (rotated 45°, scaled 0.8) about its centre.
  const half = (height * 0.8 * Math.SQRT2) / 2;
  return { x: x + width / 2 - half, y, width: 2 * half, height, milestone };
}

function barSummary(bar: GanttBar): string {
  const lines = [bar.name];
  lines.push(bar.milestone ? `Milestone: ${bar.finish}` : `${bar.start} → ${bar.finish} (${workingDays(bar.duration)})`);
  lines.push(bar.totalFloat < 0 ? `${workingDays(bar.totalFloat)} late` : bar.critical ? 'Critical (no float)' : `Float: ${workingDays(bar.totalFloat)}`);
  const status = bar.status.replace('-', ' ');
  lines.push(`Status: ${status}${bar.progress !== undefined ? `, ${bar.progress}% complete` : ''}`);
  if (bar.owner) lines.push(`Owner: ${bar.owner}`);
  if (bar.deadline) lines.push(`Deadline: ${bar.deadline}${bar.late ? ' (missed by the forecast)' : ''}`);
  lines.push(`Id: ${bar.taskId}`);
  return lines.join('\n');
}

function progressStrip(box: Box, progress: number, color: string): SVGRectElement {
  const height = Math.max(3, box.height / 4);
  return svgElement('rect', {
    class: 'pp-progress',
    x: String(box.x),
    y: String(box.y + box.height - height),
    width: String((box.width * progress) / 100),
    height: String(height),
    fill: color,
    'pointer-events': 'none',
  });
}

/**
 * An elbow from one bar's edge to another's, by link type: finish-to-start leaves the
 * predecessor's right end and enters the successor's left end, and so on. Links that would run
 * backwards turn in the gap between the rows.
 */
function linkPath(from: Box, to: Box, type: 'FS' | 'SS' | 'FF' | 'SF'): string {
  const fromFinish = type === 'FS' || type === 'FF';
  const toStart = type === 'FS' || type === 'SS';
  const sx = fromFinish ? from.x + from.width : from.x;
  const sy = from.y + from.height / 2;
  const ex = toStart ? to.x : to.x + to.width;
  const ey = to.y + to.height / 2;
  const out = fromFinish ? 1 : -1; // leaving to the right or to the left
  const into = toStart ? 1 : -1; // arriving moving right (at a left end) or moving left
  const x1 = sx + out * LANE;
  const x2 = ex - into * LANE;
  if (out !== into) {
    const lane = out === 1 ? Math.max(x1, x2) : Math.min(x1, x2);
    return `M${sx},${sy} H${lane} V${ey} H${ex}`;
  }
  if ((x2 - x1) * out >= 0) return `M${sx},${sy} H${x1} V${ey} H${ex}`;
  const gapY = ey > sy ? to.y - (to.y - (from.y + from.height)) / 2 : to.y + to.height + (from.y - (to.y + to.height)) / 2;
  return `M${sx},${sy} H${x1} V${gapY} H${x2} V${ey} H${ex}`;
}

function arrowHead(id: string, color: string): SVGMarkerElement {
  const marker = svgElement('marker', {
    id,
    viewBox: '0 0 10 10',
    refX: '9',
    refY: '5',
    markerWidth: '7',
    markerHeight: '7',
    orient: 'auto-start-reverse',
  });
  marker.append(svgElement('path', { d: 'M0,1 L10,5 L0,9 z', fill: color }));
  return marker;
}

type DateScale = (date: string, plusDays?: number) => number;

/**
 * Maps a date to an x coordinate, read off the drawn bars (Mermaid does not expose its scale):
 * a bar spans from its start date's midnight to the midnight after its finish date. Mermaid
 * works in local time, and so does this.
 */
function dateScale(bars: readonly GanttBar[], boxes: ReadonlyMap<string, Box>): DateScale | undefined {
  const points: [number, number][] = [];
  for (const bar of bars) {
    const box = boxes.get(bar.key);
    if (!box || bar.milestone || box.width <= 0) continue;
    points.push([localTime(bar.start, 0), box.x], [localTime(bar.finish, 1), box.x + box.width]);
    if (points.length >= 2) break;
  }
  if (points.length < 2 || points[1][0] === points[0][0]) return undefined;
  const [[t0, x0], [t1, x1]] = points;
  const slope = (x1 - x0) / (t1 - t0);
  return (date, plusDays = 0) => x0 + (localTime(date, plusDays) - t0) * slope;
}

function localTime(date: string, plusDays: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).getTime();
}

function deadlineMark(bar: GanttBar, box: Box, x: number, color: string): SVGGElement {
  // The overlay ignores the pointer; a deadline mark takes it back for its tooltip.
  const group = svgElement('g', { class: bar.late ? 'pp-deadline pp-deadline-missed' : 'pp-deadline', 'pointer-events': 'visiblePainted' });
  const top = box.y - 3;
  const bottom = box.y + box.height + 3;
  group.append(
    svgElement('line', { x1: String(x), x2: String(x), y1: String(top), y2: String(bottom), stroke: color, 'stroke-width': '2' }),
    svgElement('path', { d: `M${x},${top} l-5,-5 h10 z`, fill: color }),
  );
  tooltip(group, `Deadline of ${bar.name}: ${bar.deadline}${bar.late ? ' (missed by the forecast)' : ''}`);
  return group;
}
