/**
 * The Gantt chart drawn without Mermaid, for the panel's first paint: Mermaid takes half a
 * second to load and draw on a panel's first chart, this a few milliseconds. It makes the SVG
 * Mermaid will make (the same ids, classes and coordinates, from `ganttGeometry`), so the
 * decorations apply to it unchanged, and Mermaid's chart later replaces it without a jump.
 * Mermaid's dates under the grid are left out: the panel hides them (the sticky axis has the dates).
 */
import type { GanttGeometry } from '../../src/core/mermaid/ganttGeometry';
import { svgElement } from './svgDom';

/** Draws the chart into `container`, in place of what it shows. */
export function sketchGantt(container: HTMLElement, geometry: GanttGeometry, renderId: string, options: { fontFamily: string; fontSize: number }): SVGSVGElement {
  const { width, height } = geometry;
  const svg = svgElement('svg', {
    id: renderId,
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    class: 'pp-sketch',
    role: 'graphics-document document',
    'aria-roledescription': 'gantt',
  });
  svg.style.fontFamily = options.fontFamily;
  svg.style.fontSize = '16px';
  // What Mermaid's style sheet does to its chart, inside the SVG as Mermaid's is, so an export
  // of the sketch looks the same.
  const style = svgElement('style', {});
  style.textContent = [
    '.milestone{transform:rotate(45deg) scale(0.8,0.8)}',
    '.taskText,.vertText,.titleText{text-anchor:middle}',
    '.taskTextOutsideRight{text-anchor:start}',
    '.taskTextOutsideLeft{text-anchor:end}',
    '.milestoneText{font-style:italic}',
    '.vertText{font-size:15px}',
    '.titleText{font-size:18px}',
  ]
    .map((rule) => `#${renderId} ${rule}`)
    .join('');
  svg.append(style);

  const bands = svgElement('g', {});
  for (const band of geometry.bands) {
    bands.append(svgElement('rect', { x: '0', y: String(band.y), width: String(band.width), height: String(band.height), class: `section section${band.sectionStyle}` }));
  }

  const grid = svgElement('g', { class: 'grid', transform: `translate(${geometry.grid.left}, ${geometry.grid.bottom})` });
  // Lines on whole pixels, as Mermaid's axis draws them.
  const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
  for (const x of geometry.grid.xs) {
    const tick = svgElement('g', { class: 'tick', transform: `translate(${x + offset},0)` });
    tick.style.opacity = '0.8';
    tick.append(svgElement('line', { stroke: 'currentColor', y2: String(-geometry.grid.length) }));
    grid.append(tick);
  }

  const tasks = svgElement('g', {});
  const labels: { text: SVGTextElement; bar: GanttGeometry['bars'][number] }[] = [];
  for (const placed of geometry.bars) {
    const { bar } = placed;
    const rect = svgElement('rect', {
      id: `${renderId}-${bar.key}`,
      rx: '3',
      ry: '3',
      x: String(placed.x),
      y: String(placed.y),
      width: String(placed.width),
      height: String(placed.height),
      class: `task${bar.milestone ? ' milestone' : ''}${bar.critical ? ' crit' : ''} task${placed.sectionStyle}`,
    });
    // Turned into a diamond about its centre by the style above, as Mermaid's is.
    if (bar.milestone) rect.setAttribute('transform-origin', `${placed.x + placed.width / 2}px ${placed.y + placed.height / 2}px`);
    tasks.append(rect);
  }
  for (const marker of geometry.markers) {
    tasks.append(svgElement('rect', { id: `${renderId}-${marker.marker.key}`, rx: '3', ry: '3', x: String(marker.x), y: String(marker.y), width: String(marker.width), height: String(marker.height), class: 'task vert' }));
  }
  for (const placed of geometry.bars) {
    const text = svgElement('text', { id: `${renderId}-${placed.bar.key}-text`, 'font-size': String(options.fontSize), y: String(placed.textY) });
    text.textContent = placed.text;
    tasks.append(text);
    labels.push({ text, bar: placed });
  }
  for (const marker of geometry.markers) {
    const text = svgElement('text', { id: `${renderId}-${marker.marker.key}-text`, 'font-size': String(options.fontSize), x: String(marker.x), y: String(marker.textY), class: 'vertText' });
    text.textContent = marker.text;
    tasks.append(text);
  }

  const titles = svgElement('g', {});
  for (const section of geometry.sections) {
    const text = svgElement('text', { x: '10', y: String(section.y), 'font-size': String(options.fontSize), class: `sectionTitle sectionTitle${section.sectionStyle}` });
    const line = svgElement('tspan', { 'alignment-baseline': 'central', x: '10' });
    line.textContent = section.text;
    text.append(line);
    titles.append(text);
  }
  svg.append(grid, bands, tasks, titles);
  if (geometry.title) {
    const title = svgElement('text', { x: String(geometry.title.x), y: String(geometry.title.y), class: 'titleText' });
    title.textContent = geometry.title.text;
    svg.append(title);
  }
  container.replaceChildren(svg);
  placeLabels(labels);
  return svg;
}

/**
 * Inside its bar when it fits, as Mermaid decides, else beside it (the decorations choose the
 * side). Measured as Mermaid measures them (before their class is set), all at once, then changed.
 */
function placeLabels(labels: readonly { text: SVGTextElement; bar: GanttGeometry['bars'][number] }[]): void {
  const widths = labels.map(({ text }) => text.getBBox().width);
  labels.forEach(({ text, bar }, i) => {
    const inside = widths[i] <= bar.labelRoom;
    text.setAttribute('x', String(inside ? bar.textCenterX : bar.x + bar.width + 5));
    const slot = inside ? `taskText taskText${bar.sectionStyle}` : `taskTextOutsideRight taskTextOutside${bar.sectionStyle}`;
    text.setAttribute('class', bar.bar.milestone ? `${slot} milestoneText` : slot);
  });
}
