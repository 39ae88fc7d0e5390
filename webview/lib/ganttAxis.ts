/**
 * The Gantt chart's date axis, drawn by us in a sticky strip above the chart so it stays in
 * view while the chart scrolls down: two tiers (months over weeks, quarters over months…) and
 * the status date, today and the program's other dates labelled on it.
 */
import type { AxisTiers, AxisTick } from '../../src/core/mermaid/ganttScale';
import type { DateScale } from './ganttDecorations';
import type { GanttPalette } from './ganttPalette';
import { svgElement } from './svgDom';

export interface AxisMark {
  readonly date: string;
  readonly label: string;
  readonly color: string;
}

const ROW = 18;
/** A label needs about this many pixels per character at 12 px. */
const CHAR = 7;

export function stickyAxis(tiers: AxisTiers, scale: DateScale, span: { left: number; right: number; width: number }, marks: readonly AxisMark[], palette: GanttPalette): HTMLElement {
  const host = document.createElement('div');
  host.className = 'pp-axis';
  const height = ROW * (marks.length > 0 ? 3 : 2) + 2;
  const svg = svgElement('svg', { width: String(span.width), height: String(height), role: 'img', 'aria-label': 'Date axis' });
  svg.style.display = 'block';
  tier(svg, tiers.upper, 0, scale, span, palette, true);
  tier(svg, tiers.lower, ROW, scale, span, palette, false);
  svg.append(svgElement('line', { x1: String(span.left), x2: String(span.right), y1: String(2 * ROW), y2: String(2 * ROW), stroke: palette.done, 'stroke-opacity': '0.6' }));
  // Labels of close dates go side by side rather than over each other: pushed right of the one
  // before, then, where that runs off the end, pulled left of the one after.
  const placed = [...marks]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((mark) => ({ mark, x: scale(mark.date), width: mark.label.length * CHAR + 8 }))
    .filter(({ x }) => x >= span.left && x <= span.width)
    .map((item) => ({ ...item, labelX: item.x - item.width / 2 }));
  let freeFrom = span.left;
  for (const item of placed) {
    item.labelX = Math.max(item.labelX, freeFrom);
    freeFrom = item.labelX + item.width + 4;
  }
  let freeTo = span.width;
  for (const item of [...placed].reverse()) {
    item.labelX = Math.min(item.labelX, freeTo - item.width);
    freeTo = item.labelX - 4;
  }
  for (const { mark, x, width, labelX } of placed) {
    svg.append(svgElement('line', { x1: String(x), x2: String(x), y1: '0', y2: String(height), stroke: mark.color, 'stroke-width': '2' }));
    const label = svgElement('g', { class: 'pp-axis-mark' });
    label.append(
      svgElement('rect', { x: String(labelX), y: String(2 * ROW + 2), width: String(width), height: String(ROW - 3), rx: '3', fill: mark.color }),
      textAt(labelX + width / 2, 3 * ROW - 4, mark.label, palette.background, 'middle'),
    );
    svg.append(label);
  }
  host.append(svg);
  return host;
}

function tier(svg: SVGSVGElement, ticks: readonly AxisTick[], top: number, scale: DateScale, span: { left: number; right: number }, palette: GanttPalette, upper: boolean): void {
  for (const tick of ticks) {
    const x0 = Math.max(span.left, scale(tick.start));
    const x1 = Math.min(span.right, scale(tick.end));
    if (x1 <= x0) continue;
    svg.append(svgElement('line', { x1: String(x0), x2: String(x0), y1: String(top + 2), y2: String(top + ROW), stroke: palette.done, 'stroke-opacity': '0.5' }));
    if (tick.label.length * CHAR + 4 > x1 - x0) continue;
    const text = upper ? textAt(x0 + 4, top + ROW - 5, tick.label, palette.text, 'start') : textAt((x0 + x1) / 2, top + ROW - 5, tick.label, palette.done, 'middle');
    if (upper) text.setAttribute('font-weight', '600');
    svg.append(text);
  }
}

function textAt(x: number, y: number, content: string, color: string, anchor: 'start' | 'middle'): SVGTextElement {
  const text = svgElement('text', { x: String(x), y: String(y), fill: color, 'text-anchor': anchor, 'font-size': '12px' });
  text.textContent = content;
  return text;
}
