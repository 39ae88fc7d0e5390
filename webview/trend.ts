/**
 * The milestone trend page: our own SVG, drawn with DOM calls only (text goes in as text nodes,
 * never markup), coloured by the theme's chart colours. One line per milestone over the report
 * dates, the diagonal where a forecast meets its report date, and the task count below; a click
 * on a point opens that version of the plan, Shift+click its diff with the current file.
 */
import type { TrendFromWebview, TrendResult, TrendToWebview } from '../src/protocol/baseline';
import { milestoneTrendLayout, scopeLayout, type ChartLayout, type ChartPoint, type Frame } from './lib/trendLayout';

interface WebviewApi {
  postMessage(message: TrendFromWebview): void;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): WebviewApi;
const vscode = acquireVsCodeApi();

const SVG = 'http://www.w3.org/2000/svg';
/** As many distinct theme colours as `.series-N` classes in the page's style sheet. */
const COLOURS = 6;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  parent?.append(node);
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function axes(chart: SVGSVGElement, layout: ChartLayout, xTitle: string, yTitle: string): void {
  const { frame } = layout;
  const bottom = frame.height - frame.bottom;
  const right = frame.width - frame.right;
  svg('line', { x1: frame.left, y1: bottom, x2: right, y2: bottom, class: 'axis' }, chart);
  svg('line', { x1: frame.left, y1: frame.top, x2: frame.left, y2: bottom, class: 'axis' }, chart);
  for (const tick of layout.xTicks) {
    svg('line', { x1: tick.at, y1: frame.top, x2: tick.at, y2: bottom, class: 'grid' }, chart);
    svg('text', { x: tick.at, y: bottom + 16, class: 'tick', 'text-anchor': 'middle' }, chart).textContent = tick.label;
  }
  for (const tick of layout.yTicks) {
    svg('line', { x1: frame.left, y1: tick.at, x2: right, y2: tick.at, class: 'grid' }, chart);
    svg('text', { x: frame.left - 6, y: tick.at + 4, class: 'tick', 'text-anchor': 'end' }, chart).textContent = tick.label;
  }
  svg('text', { x: (frame.left + right) / 2, y: frame.height - 4, class: 'title', 'text-anchor': 'middle' }, chart).textContent = xTitle;
  const vertical = svg('text', { x: 0, y: 0, class: 'title', 'text-anchor': 'middle', transform: `translate(12 ${(frame.top + bottom) / 2}) rotate(-90)` }, chart);
  vertical.textContent = yTitle;
}

function point(chart: SVGSVGElement, at: ChartPoint, colour: string): void {
  const dot = svg('circle', { cx: at.x, cy: at.y, r: 4, class: `point ${colour}`, tabindex: 0, role: 'button', 'aria-label': at.label }, chart);
  svg('title', {}, dot).textContent = `${at.label}\nClick: open this version · Shift+click: compare with the current file`;
  const open = (compare: boolean) => vscode.postMessage({ type: 'open', commit: at.commit, compare });
  dot.addEventListener('click', (event) => open(event.shiftKey));
  dot.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(event.shiftKey);
    }
  });
}

function chartOf(layout: ChartLayout, label: string, xTitle: string, yTitle: string): SVGSVGElement {
  const { width, height } = layout.frame;
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'chart' });
  axes(chart, layout, xTitle, yTitle);
  if (layout.diagonal) {
    const { x1, y1, x2, y2 } = layout.diagonal;
    svg('line', { x1, y1, x2, y2, class: 'diagonal' }, chart);
    svg('text', { x: x2 - 4, y: y2 + 14, class: 'tick diagonal-label', 'text-anchor': 'end' }, chart).textContent = 'today';
  }
  layout.lines.forEach((line, i) => {
    const colour = `series-${i % COLOURS}`;
    svg('polyline', { points: line.points.map((p) => `${p.x},${p.y}`).join(' '), class: `line ${colour}` }, chart);
    for (const at of line.points) point(chart, at, colour);
  });
  return chart;
}

function legend(layout: ChartLayout): HTMLElement {
  const list = html('ul', 'legend');
  list.setAttribute('aria-label', 'Milestones');
  layout.lines.forEach((line, i) => {
    const item = html('li', '');
    item.append(html('span', `swatch series-${i % COLOURS}`), document.createTextNode(line.name));
    list.append(item);
  });
  const today = html('li', '');
  today.append(html('span', 'swatch diagonal-swatch'), document.createTextNode('Forecast = report date'));
  list.append(today);
  return list;
}

function frame(height: number): Frame {
  const width = Math.max(360, document.getElementById('charts')!.clientWidth - 8);
  return { width, height, left: 64, right: 16, top: 12, bottom: 40 };
}

let shown: TrendResult | undefined;

function render(trend: TrendResult): void {
  shown = trend;
  const { series } = trend;
  document.getElementById('file')!.textContent = trend.fileName;
  const notes: string[] = [];
  if (series.shallow) notes.push(series.shallow);
  if (series.skipped.length > 0) notes.push(`${series.skipped.length} version(s) could not be read and are left out.`);
  const notices = document.getElementById('notices')!;
  notices.replaceChildren(...notes.map((n) => html('p', 'notice', n)));
  const charts = document.getElementById('charts')!;
  const trendLayout = milestoneTrendLayout(series, frame(360));
  if (series.points.length === 0) charts.replaceChildren(html('p', 'empty', 'No committed version of this plan could be read yet.'));
  else {
    const trendParts =
      series.milestones.length > 0
        ? [chartOf(trendLayout, 'Milestone trend: forecast date by report date', 'Report date', 'Forecast'), legend(trendLayout)]
        : [html('p', 'empty', 'No version of this plan has a milestone yet.')];
    const scope = chartOf(scopeLayout(series, frame(160)), 'Task count by report date', 'Report date', 'Tasks');
    charts.replaceChildren(html('h2', '', 'Milestone trend'), ...trendParts, html('h2', '', 'Scope'), scope);
  }
  vscode.postMessage({ type: 'rendered', lines: trendLayout.lines.length, points: trendLayout.lines.reduce((n, l) => n + l.points.length, 0) });
}

window.addEventListener('message', (event: MessageEvent<TrendToWebview>) => {
  const message = event.data;
  if (message?.state) vscode.setState(message.state);
  if (message?.type === 'trend') render(message.trend);
  else if (message?.type === 'unavailable') {
    shown = undefined;
    document.getElementById('file')!.textContent = message.fileName;
    document.getElementById('charts')!.replaceChildren(html('p', 'empty', `No history to show: ${message.message}.`));
    vscode.postMessage({ type: 'rendered', lines: 0, points: 0 });
  }
});

let resizing = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(() => shown && render(shown));
});
document.getElementById('refresh')!.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
vscode.postMessage({ type: 'ready' });
