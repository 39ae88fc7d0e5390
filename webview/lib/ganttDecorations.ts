/**
 * What Mermaid's gantt chart cannot draw, added to the rendered SVG: percent complete on the
 * bars, dependency arrows between them, deadlines, tooltips, and click-to-reveal (Mermaid's own
 * `click` is off under `securityLevel: 'strict'`). Colours are written as attributes, resolved
 * from the theme, so an exported SVG looks the same outside VS Code.
 */
import type { TaskStatus } from '../../src/core/model';
import type { GanttBar } from '../../src/core/mermaid/gantt';
import { ganttLinks, isNearCritical, type LinkMode } from '../../src/core/mermaid/ganttView';
import { workingDays } from '../../src/core/text/plural';
import { signedWorkingDays } from '../../src/core/baseline/varianceText';
import { weekdayDate } from '../../src/core/hover/dateText';
import { makeRevealable, svgElement } from './svgDom';
import { tooltip } from './tooltip';
import { barFlag, barStyle, ganttPalette, hatchPattern, paintOf, tintOf, type BarStyle, type Paint } from './ganttPalette';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly milestone: boolean;
}

const LANE = 8;
const STATUS_TEXT: Record<TaskStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
  blocked: 'blocked',
  'at-risk': 'at risk',
  cancelled: 'cancelled',
};
/** Drawn before a blocked or at-risk task's name, so the state reads without colour. */
const FLAG_ICON = { blocked: '⊘ ', atRisk: '⚠ ' } as const;

export interface GanttDecorationOptions {
  readonly nearCriticalThreshold: number;
  readonly linkMode: LinkMode;
  /** Where the bars' area starts (the section names are left of it): labels never run past it. */
  readonly chartLeft: number;
  /** The chart's dated lines, drawn by Mermaid as thin bars: coloured as on the date axis. */
  readonly markers: readonly { readonly key: string; readonly color: string }[];
  /** Draws each bar's baseline as a thin bar under it (the layout leaves room for it). */
  readonly showBaseline: boolean;
}

export interface DecoratedGantt {
  /** Maps a date to an x coordinate of the SVG; undefined when no bar gives the scale. */
  readonly scale?: DateScale;
  /** Baseline bars are drawn. */
  readonly baseline: boolean;
  setLinkMode(mode: LinkMode): void;
}

export function decorateGantt(
  svg: SVGSVGElement,
  renderId: string,
  bars: readonly GanttBar[],
  options: GanttDecorationOptions,
  reveal: (taskId: string) => void,
): DecoratedGantt {
  const palette = ganttPalette();
  const hatch = `${renderId}-blocked`;
  const defs = svgElement('defs', {});
  const boxes = new Map<string, Box>();
  const hatched = new Set<BarStyle>();
  const linksOf = new Map<string, SVGPathElement[]>();
  const focusLinks = (key: string, on: boolean): void => {
    for (const path of linksOf.get(key) ?? []) path.classList.toggle('pp-link-focus', on);
  };
  const right = svg.viewBox.baseVal?.width || Number(svg.getAttribute('width')) || 0;
  const outside: { text: SVGTextElement; box: Box }[] = [];
  // One pass over the chart's named elements: a selector per bar would read the whole chart each time.
  const named = new Map<string, Element>();
  for (const element of svg.querySelectorAll('rect[id], text[id]')) named.set(`${element.localName}#${element.id}`, element);
  const rectOf = (key: string): SVGRectElement | undefined => named.get(`rect#${renderId}-${key}`) as SVGRectElement | undefined;
  for (const bar of bars) {
    const rect = rectOf(bar.key);
    const text = named.get(`text#${renderId}-${bar.key}-text`) as SVGTextElement | undefined;
    if (!rect) continue;
    const box = boxOf(rect, bar.milestone);
    boxes.set(bar.key, box);
    const style = barStyle(bar, options.nearCriticalThreshold);
    const flag = barFlag(bar);
    if (flag === 'blocked' && !hatched.has(style)) {
      hatched.add(style);
      defs.append(hatchPattern(`${hatch}-${style}`, tintOf(style, palette), palette));
    }
    paint(rect, paintOf(style, flag, palette, `${hatch}-${style}`));
    rect.classList.add(`pp-bar-${style}`, ...(flag ? [`pp-bar-${flag}`] : []));
    if (text) {
      // Every label in the editor's text colour: bars are tints, so it reads inside and beside them.
      text.style.setProperty('fill', palette.text, 'important');
      if (flag) text.textContent = `${FLAG_ICON[flag]}${text.textContent ?? ''}`;
      if (style === 'cancelled') text.style.setProperty('text-decoration', 'line-through');
      outside.push({ text, box });
    }
    const summary = barSummary(bar, options.nearCriticalThreshold);
    for (const element of [rect, text]) {
      if (!element) continue;
      tooltip(element, summary);
      element.addEventListener('pointerenter', () => focusLinks(bar.key, true));
      element.addEventListener('pointerleave', () => focusLinks(bar.key, false));
      element.addEventListener('focus', () => focusLinks(bar.key, true));
      element.addEventListener('blur', () => focusLinks(bar.key, false));
    }
    makeRevealable(rect, `${summary.join('. ')}. Press Enter to reveal in the editor.`, () => reveal(bar.taskId));
    if (text) makeRevealable(text, `${bar.name}: reveal in editor`, () => reveal(bar.taskId));
    // Only the bar is a tab stop; its label reveals on click too.
    text?.setAttribute('tabindex', '-1');
    if (bar.progress !== undefined && bar.progress > 0 && bar.progress < 100 && !bar.milestone && bar.status !== 'done') {
      rect.after(progressStrip(box, bar.progress, palette.progress));
    }
  }

  // Both measure first and change after, so the chart is laid out once for both.
  const fitLabels = planLabelFit(outside, options.chartLeft, right);
  const separateMarkerLabels = planMarkerLabels(svg);
  fitLabels();
  separateMarkerLabels();
  paintRows(svg, palette);

  for (const marker of options.markers) {
    const line = rectOf(marker.key);
    if (line) paint(line, { fill: marker.color, fillOpacity: 0.8, stroke: marker.color, strokeWidth: 0 });
  }

  const overlay = svgElement('g', { class: 'pp-overlay', 'pointer-events': 'none' });
  defs.append(arrowHead(`${renderId}-arrow`, palette.link), arrowHead(`${renderId}-arrow-critical`, palette.critical));
  overlay.append(defs);
  for (const link of ganttLinks(bars)) {
    const from = boxes.get(link.from);
    const to = boxes.get(link.to);
    if (!from || !to) continue;
    const path = svgElement('path', {
      d: linkPath(from, to, link.type),
      fill: 'none',
      stroke: link.critical ? palette.critical : palette.link,
      'stroke-width': link.critical ? '1.6' : '1',
      'stroke-opacity': link.critical ? '0.9' : '0.7',
      'marker-end': `url(#${renderId}-arrow${link.critical ? '-critical' : ''})`,
      class: link.critical ? 'pp-link pp-link-critical' : 'pp-link',
    });
    for (const key of [link.from, link.to]) linksOf.set(key, [...(linksOf.get(key) ?? []), path]);
    overlay.append(path);
  }
  const scale = dateScale(bars, boxes);
  if (scale) {
    for (const bar of bars) {
      const box = boxes.get(bar.key);
      if (bar.deadline && box) overlay.append(deadlineMark(bar, box, scale(bar.deadline, 1), bar.late ? palette.critical : palette.deadline));
      if (options.showBaseline && bar.baseline && box) overlay.append(baselineMark(bar, bar.baseline, box, scale, palette.baseline));
    }
  }
  svg.append(overlay);
  const setLinkMode = (mode: LinkMode): void => {
    svg.dataset.links = mode;
  };
  setLinkMode(options.linkMode);
  return { scale, baseline: options.showBaseline, setLinkMode };
}

/**
 * The row bands (a faint tint on every other section), section names and title in the theme's
 * colours, rather than Mermaid's: its bands are lilac and yellow in the light theme.
 */
function paintRows(svg: SVGSVGElement, palette: ReturnType<typeof ganttPalette>): void {
  for (const band of svg.querySelectorAll<SVGRectElement>('rect.section')) {
    band.style.fill = palette.text;
    band.style.opacity = '1';
    band.style.fillOpacity = /\bsection[02]\b/.test(band.getAttribute('class') ?? '') ? '0.05' : '0';
  }
  for (const text of svg.querySelectorAll<SVGTextElement>('text.sectionTitle, text.titleText')) text.style.fill = palette.text;
}

function paint(element: SVGElement, p: Paint): void {
  // Inline styles beat Mermaid's stylesheet, and travel with an exported SVG.
  element.style.fill = p.fill;
  element.style.fillOpacity = String(p.fillOpacity);
  element.style.stroke = p.stroke;
  element.style.strokeWidth = `${p.strokeWidth}px`;
  if (p.dash) element.style.strokeDasharray = p.dash;
}

/**
 * A label beside its bar (Mermaid puts it right of the bar, or left when the right has no room)
 * goes to the side with more room and is cut with an ellipsis where it would run into the
 * section names or off the chart; the tooltip keeps the whole name. All labels are measured
 * first and changed after: measuring after a change would lay the whole chart out again, once
 * per label (most of a 200-task chart's decoration time).
 */
function planLabelFit(labels: readonly { text: SVGTextElement; box: Box }[], left: number, right: number): () => void {
  const placed = labels.flatMap(({ text, box }) => {
    const cls = text.getAttribute('class') ?? '';
    if (!/taskTextOutside(Left|Right)/.test(cls)) return [];
    const length = text.getComputedTextLength();
    const roomLeft = box.x - 5 - left - 4;
    const roomRight = right > 0 ? right - (box.x + box.width + 5) - 4 : Infinity;
    const onRight = roomRight >= roomLeft || length <= roomRight;
    const room = onRight ? roomRight : roomLeft;
    // The longest start of the name that fits with an ellipsis, measured on the text as it is.
    const full = text.textContent ?? '';
    let keep = full.length;
    if (Number.isFinite(room) && length > room) {
      const ellipsis = ELLIPSIS_EM * (parseFloat(getComputedStyle(text).fontSize) || 12);
      let low = 0;
      let high = full.length;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (text.getSubStringLength(0, mid) + ellipsis <= room) low = mid;
        else high = mid - 1;
      }
      keep = low;
    }
    return [{ text, cls, x: onRight ? box.x + box.width + 5 : box.x - 5, onRight, content: keep === full.length ? undefined : keep > 0 ? `${full.slice(0, keep).trimEnd()}…` : '…' }];
  });
  return () => {
    for (const { text, cls, x, onRight, content } of placed) {
      text.setAttribute('x', String(x));
      text.setAttribute('text-anchor', onRight ? 'start' : 'end');
      text.setAttribute('class', cls.replace(/taskTextOutside(Left|Right)/, onRight ? 'taskTextOutsideRight' : 'taskTextOutsideLeft'));
      if (content !== undefined) text.textContent = content;
    }
  };
}

/** An ellipsis is about this wide, in em (measured in common UI fonts; the room keeps a margin). */
const ELLIPSIS_EM = 1;

/**
 * Mermaid centres every vertical marker's label under its line, so labels of close dates (launch
 * and target end, say) overprint each other and the last may run off the chart: drop each label
 * that would touch the one before it to a lower row, and keep labels inside the chart. Measures
 * now; the function returned makes the change.
 */
function planMarkerLabels(svg: SVGSVGElement): () => void {
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.vertText')]
    .map((text) => ({ text, box: text.getBBox() }))
    .sort((a, b) => a.box.x - b.box.x);
  const right = svg.viewBox.baseVal?.width || svg.getBBox().width;
  const moves: { text: SVGTextElement; name: 'x' | 'y'; by: number }[] = [];
  const rowEnds: number[] = [];
  let lineHeight = 0;
  for (const { text, box } of labels) {
    lineHeight = Math.max(lineHeight, box.height);
    let left = box.x;
    if (right > 0 && left + box.width > right) {
      left = right - box.width;
      moves.push({ text, name: 'x', by: left - box.x });
    }
    let row = rowEnds.findIndex((end) => end + 6 <= left);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = left + box.width;
    if (row > 0) moves.push({ text, name: 'y', by: row * box.height });
  }
  const extra = (rowEnds.length - 1) * lineHeight;
  return () => {
    for (const { text, name, by } of moves) text.setAttribute(name, String(Number(text.getAttribute(name) ?? 0) + by));
    const viewBox = svg.viewBox.baseVal;
    if (extra > 0 && viewBox && viewBox.height > 0) {
      svg.setAttribute('viewBox', `${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height + extra}`);
      const height = Number(svg.getAttribute('height'));
      if (height > 0) svg.setAttribute('height', String(height + extra));
    }
  };
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

function barSummary(bar: GanttBar, nearCriticalThreshold: number): string[] {
  const lines = [bar.name];
  lines.push(bar.milestone ? `Milestone: ${bar.finish}` : `${bar.start} → ${bar.finish} (${workingDays(bar.duration)})`);
  const near = isNearCritical(bar, nearCriticalThreshold) ? ' (near-critical)' : '';
  lines.push(bar.totalFloat < 0 ? `${workingDays(-bar.totalFloat)} late` : bar.critical ? 'Critical (no float)' : `Float: ${workingDays(bar.totalFloat)}${near}`);
  lines.push(`Status: ${STATUS_TEXT[bar.status]}${bar.progress !== undefined ? `, ${bar.progress}% complete` : ''}`);
  if (bar.owner) lines.push(`Owner: ${bar.owner}`);
  if (bar.team) lines.push(`Team: ${bar.team}`);
  if (bar.deadline) lines.push(`Deadline: ${bar.deadline}${bar.late ? ' (missed by the forecast)' : ''}`);
  if (bar.baseline) lines.push(`Baseline finish ${weekdayDate(bar.baseline.finish, bar.finish.slice(0, 4))} · ${signedWorkingDays(bar.baseline.finishVariance)}`);
  else if (bar.newSinceBaseline) lines.push('New since the baseline');
  lines.push(`Id: ${bar.taskId}`);
  return lines;
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

export type DateScale = (date: string, plusDays?: number) => number;

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

/** The height of a baseline bar, and its gap below the task's bar (the layout's bar gap leaves room). */
export const BASELINE_HEIGHT = 4;
const BASELINE_GAP = 2;

/**
 * The task's baseline, under its bar as MS Project draws it: a thin bar from the baseline's
 * start to its finish, or a small diamond where a milestone was due.
 */
function baselineMark(bar: GanttBar, baseline: NonNullable<GanttBar['baseline']>, box: Box, scale: DateScale, color: string): SVGElement {
  const y = box.y + box.height + BASELINE_GAP;
  if (bar.milestone) {
    // A milestone's diamond is centred on its day as Mermaid draws it: the baseline's is placed alike.
    const x = scale(baseline.finish) + (box.x + box.width / 2 - scale(bar.finish));
    const r = BASELINE_HEIGHT;
    return svgElement('path', { class: 'pp-baseline', d: `M${x},${y - r / 2} l${r},${r} l-${r},${r} l-${r},-${r} z`, fill: color, 'fill-opacity': '0.85' });
  }
  const x0 = scale(baseline.start);
  const x1 = scale(baseline.finish, 1);
  return svgElement('rect', { class: 'pp-baseline', x: String(x0), y: String(y), width: String(Math.max(1, x1 - x0)), height: String(BASELINE_HEIGHT), fill: color, 'fill-opacity': '0.85' });
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
  tooltip(group, [`Deadline of ${bar.name}`, `${bar.deadline}${bar.late ? ': missed by the forecast' : ': met by the forecast'}`]);
  return group;
}
