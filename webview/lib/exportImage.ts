/**
 * The chart as a file: an SVG as drawn (decorations included), or a PNG at twice the screen
 * resolution with the program's name above it and, for the Gantt chart, the legend below. Both
 * on the editor's background so they read on slides.
 */
import { cssVar } from './theme';
import { ganttPalette } from './ganttPalette';
import { legendSvg, type LegendOptions } from './ganttLegend';
import { svgElement } from './svgDom';

const MARGIN = 16;
const TITLE_HEIGHT = 30;
const PNG_SCALE = 2;

/**
 * A copy of the chart at its natural size, without the page's focus stops, and without the
 * dependency arrows the panel hides (the page's style sheet does not travel with the file).
 */
function standalone(svg: SVGSVGElement, width: number, height: number): SVGSVGElement {
  const hidden = [...svg.querySelectorAll('.pp-link')].map((link) => getComputedStyle(link).display === 'none');
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.pp-link').forEach((link, index) => {
    if (hidden[index]) link.remove();
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height)));
  copy.style.removeProperty('width');
  copy.style.removeProperty('height');
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
  return copy;
}

function background(x: number, y: number): SVGRectElement {
  return svgElement('rect', { x: String(x), y: String(y), width: '100%', height: '100%', fill: cssVar('--vscode-editor-background', '#ffffff') });
}

export function exportSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = standalone(svg, width, height);
  const box = svg.viewBox.baseVal;
  copy.insertBefore(background(box?.x ?? 0, box?.y ?? 0), copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The PNG file's bytes, base64. */
export async function exportPng(svg: SVGSVGElement, width: number, height: number, extras: { title?: string; legend?: LegendOptions }): Promise<string> {
  const palette = ganttPalette();
  const innerWidth = Math.ceil(width);
  const legend = extras.legend ? legendSvg(palette, innerWidth, extras.legend) : undefined;
  const titleHeight = extras.title ? TITLE_HEIGHT : 0;
  const legendTop = MARGIN + titleHeight + Math.ceil(height) + 12;
  const totalWidth = innerWidth + 2 * MARGIN;
  const totalHeight = (legend ? legendTop + legend.height : legendTop - 12) + MARGIN;
  const page = svgElement('svg', { xmlns: 'http://www.w3.org/2000/svg', width: String(totalWidth), height: String(totalHeight), viewBox: `0 0 ${totalWidth} ${totalHeight}` });
  page.append(background(0, 0));
  if (extras.title) {
    const title = svgElement('text', { x: String(MARGIN), y: String(MARGIN + 18), 'font-size': '18px', 'font-weight': '600', fill: palette.text, 'font-family': cssVar('--vscode-font-family', 'sans-serif') });
    title.textContent = extras.title;
    page.append(title);
  }
  const chart = standalone(svg, width, height);
  chart.setAttribute('x', String(MARGIN));
  chart.setAttribute('y', String(MARGIN + titleHeight));
  page.append(chart);
  if (legend) {
    legend.setAttribute('transform', `translate(${MARGIN},${legendTop})`);
    legend.setAttribute('font-family', cssVar('--vscode-font-family', 'sans-serif'));
    page.append(legend);
  }
  const url = `data:image/svg+xml;base64,${utf8Base64(new XMLSerializer().serializeToString(page))}`;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the chart could not be turned into an image'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = totalWidth * PNG_SCALE;
  canvas.height = totalHeight * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas available');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, totalWidth, totalHeight);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In chunks: String.fromCharCode takes a bounded number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
