/**
 * The charts' legends: the Gantt chart's, one swatch per style painted by the same rules as the
 * bars, and the critical-path diagram's.
 */
import { hatchPattern, paintOf, tintOf, type BarFlag, type BarStyle, type GanttPalette } from './ganttPalette';
import { svgElement } from './svgDom';
import { NODE_COLORS } from '../../src/core/mermaid/criticalPath';

type Swatch =
  | { readonly kind: 'bar'; readonly style: BarStyle; readonly flag?: BarFlag; readonly progress?: number }
  | { readonly kind: 'milestone' }
  | { readonly kind: 'deadline'; readonly missed: boolean }
  | { readonly kind: 'line'; readonly color: 'status' | 'today' }
  | { readonly kind: 'baseline' }
  | { readonly kind: 'node'; readonly color: string; readonly dash?: string }
  | { readonly kind: 'slip' };

const ENTRIES: readonly [string, Swatch][] = [
  ['Critical', { kind: 'bar', style: 'critical' }],
  ['Near-critical', { kind: 'bar', style: 'nearCritical' }],
  ['Not started', { kind: 'bar', style: 'planned' }],
  ['In progress (% done)', { kind: 'bar', style: 'planned', progress: 40 }],
  ['Done', { kind: 'bar', style: 'done' }],
  ['Blocked', { kind: 'bar', style: 'planned', flag: 'blocked' }],
  ['At risk', { kind: 'bar', style: 'planned', flag: 'atRisk' }],
  ['Milestone', { kind: 'milestone' }],
  ['Deadline met', { kind: 'deadline', missed: false }],
  ['Deadline missed', { kind: 'deadline', missed: true }],
  ['Status date', { kind: 'line', color: 'status' }],
  ['Today', { kind: 'line', color: 'today' }],
];

const BASELINE: [string, Swatch] = ['Baseline', { kind: 'baseline' }];

export interface LegendOptions {
  /** The chart draws baseline bars. */
  readonly baseline: boolean;
}

function entries(options: LegendOptions): readonly [string, Swatch][] {
  return options.baseline ? [...ENTRIES, BASELINE] : ENTRIES;
}

export function ganttLegend(palette: GanttPalette, options: LegendOptions): HTMLElement {
  return legendList(entries(options), palette);
}

export function criticalPathLegend(palette: GanttPalette, options: LegendOptions): HTMLElement {
  const list: [string, Swatch][] = [
    ['Critical', { kind: 'node', color: NODE_COLORS.critical }],
    ['Near-critical', { kind: 'node', color: NODE_COLORS.nearCritical, dash: '4 2' }],
  ];
  if (options.baseline) list.push(['Later than the baseline (working days)', { kind: 'slip' }]);
  return legendList(list, palette);
}

function legendList(list: readonly [string, Swatch][], palette: GanttPalette): HTMLElement {
  const host = document.createElement('div');
  host.className = 'pp-legend';
  host.setAttribute('role', 'list');
  host.setAttribute('aria-label', 'Legend');
  list.forEach(([label, swatch], index) => {
    const item = document.createElement('span');
    item.className = 'pp-legend-item';
    item.setAttribute('role', 'listitem');
    const text = document.createElement('span');
    text.textContent = label;
    item.append(swatchSvg(swatch, palette, `pp-legend-hatch-${index}`), text);
    host.append(item);
  });
  return host;
}

function swatchSvg(swatch: Swatch, palette: GanttPalette, hatch: string): SVGSVGElement {
  const svg = svgElement('svg', { width: '22', height: '14', viewBox: '0 0 22 14', 'aria-hidden': 'true' });
  if (swatch.kind === 'bar') {
    const p = paintOf(swatch.style, swatch.flag, palette, hatch);
    if (swatch.flag === 'blocked') svg.append(hatchPattern(hatch, tintOf(swatch.style, palette), palette));
    svg.append(
      svgElement('rect', { x: '1', y: '2', width: '20', height: '10', fill: p.fill, 'fill-opacity': String(p.fillOpacity), stroke: p.stroke, 'stroke-width': String(p.strokeWidth), ...(p.dash ? { 'stroke-dasharray': p.dash } : {}) }),
    );
    if (swatch.progress) svg.append(svgElement('rect', { x: '1', y: '9', width: String((20 * swatch.progress) / 100), height: '3', fill: palette.progress }));
  } else if (swatch.kind === 'milestone') {
    svg.append(svgElement('path', { d: 'M11,1 L17,7 L11,13 L5,7 z', fill: palette.planned, stroke: palette.planned }));
  } else if (swatch.kind === 'deadline') {
    const color = swatch.missed ? palette.critical : palette.deadline;
    svg.append(svgElement('line', { x1: '11', x2: '11', y1: '4', y2: '14', stroke: color, 'stroke-width': '2' }), svgElement('path', { d: 'M11,5 l-5,-5 h10 z', fill: color }));
  } else if (swatch.kind === 'baseline') {
    const p = paintOf('planned', undefined, palette, hatch);
    svg.append(
      svgElement('rect', { x: '1', y: '1', width: '16', height: '8', fill: p.fill, 'fill-opacity': String(p.fillOpacity), stroke: p.stroke, 'stroke-width': String(p.strokeWidth) }),
      svgElement('rect', { class: 'pp-baseline', x: '5', y: '10', width: '16', height: '3', fill: palette.baseline, 'fill-opacity': '0.85' }),
    );
  } else if (swatch.kind === 'node') {
    svg.append(svgElement('rect', { x: '2', y: '2', width: '18', height: '10', rx: '2', fill: 'none', stroke: swatch.color, 'stroke-width': '2.5', ...(swatch.dash ? { 'stroke-dasharray': swatch.dash } : {}) }));
  } else if (swatch.kind === 'slip') {
    svg.append(svgElement('rect', { x: '1', y: '1', width: '20', height: '12', rx: '6', fill: palette.slipped }));
    const plus = svgElement('text', { x: '11', y: '10.5', 'text-anchor': 'middle', 'font-size': '10px', 'font-weight': '700', fill: palette.background });
    plus.textContent = '+d';
    svg.append(plus);
  } else {
    svg.append(svgElement('line', { x1: '11', x2: '11', y1: '0', y2: '14', stroke: palette[swatch.color], 'stroke-width': '2' }));
  }
  return svg;
}

/** The legend as SVG, laid out in rows `width` wide, for the exported image. */
export function legendSvg(palette: GanttPalette, width: number, options: LegendOptions): SVGGElement & { height: number } {
  const group = svgElement('g', { class: 'pp-legend-export' }) as SVGGElement & { height: number };
  let x = 0;
  let y = 0;
  entries(options).forEach(([label, swatch], index) => {
    const itemWidth = 30 + label.length * 7 + 16;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += 20;
    }
    const icon = swatchSvg(swatch, palette, `pp-export-hatch-${index}`);
    icon.setAttribute('x', String(x));
    icon.setAttribute('y', String(y + 1));
    const text = svgElement('text', { x: String(x + 28), y: String(y + 12), 'font-size': '12px', fill: palette.text });
    text.textContent = label;
    group.append(icon, text);
    x += itemWidth;
  });
  group.height = y + 20;
  return group;
}
