/**
 * The panel page: receives a view from the extension, renders it with Mermaid (latest view
 * only, one render at a time), decorates the SVG, and keeps scroll position, zoom and options
 * across updates, hiding and window reloads.
 */
import type { MermaidConfig } from 'mermaid';
import type { CriticalPathView, GanttView, PanelKind, PanelView, ToWebview } from '../../src/protocol/panels';
import { renderMermaid } from './mermaidRenderer';
import { cssVar, mermaidTheme, onThemeChange, themeKind } from './theme';
import { decorateGantt } from './ganttDecorations';
import { decorateFlowchart } from './flowchartDecorations';
import { createToolbar, type Toolbar } from './toolbar';
import { loadState, post, saveState } from './vscodeApi';
import { describeView, noticesOf, type Notice } from './viewText';

const PX_PER_DAY = 9;
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;
const AUTO_FIT_MIN = 0.5;

export function startPanel(): void {
  const kind = document.body.dataset.kind as PanelKind;
  const scroller = byId('chart');
  const summary = byId('summary');
  const notices = byId('notices');
  const state = loadState();
  let zoom = state.zoom ?? 1;
  // Until the user zooms, a chart wider than the panel is shrunk to fit (never below readable).
  let autoFit = state.zoom === undefined && kind === 'criticalPath';
  let current: PanelView | undefined;
  let drawn: { svg: SVGSVGElement; width: number; height: number } | undefined;
  let restoreScroll = { left: state.scrollLeft ?? 0, top: state.scrollTop ?? 0 };

  const toolbar: Toolbar = createToolbar(byId('toolbar'), kind, {
    option: (value) => {
      if (kind === 'gantt') post({ type: 'setGroupBy', groupBy: value === 'team' ? 'team' : 'phase' });
      else post({ type: 'setScope', scope: value as CriticalPathView['scope'] });
    },
    zoom: (change) => {
      if (!drawn) return;
      autoFit = false;
      if (change === 'fit') zoom = fitZoom(drawn.width);
      else if (change === 'reset') zoom = 1;
      else zoom *= change === 'in' ? 1.25 : 0.8;
      applyZoom();
    },
    copySource: () => post({ type: 'copySource' }),
    saveSvg: () => drawn && post({ type: 'saveSvg', svg: exportSvg(drawn.svg, drawn.width, drawn.height) }),
    showLinks: (show) => {
      showLinks = show;
      saveState({ showLinks });
      applyLinks();
    },
  });
  let showLinks = state.showLinks ?? true;
  toolbar.setShowLinks(showLinks);
  const applyLinks = (): void => {
    drawn?.svg.classList.toggle('pp-hide-links', !showLinks);
  };
  toolbar.setHasChart(false);
  toolbar.setZoom(zoom * 100);

  const fitZoom = (width: number): number => (scroller.clientWidth - 24) / width;

  function applyZoom(): void {
    zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    toolbar.setZoom(zoom * 100);
    if (!autoFit) saveState({ zoom });
    if (!drawn) return;
    drawn.svg.style.width = `${drawn.width * zoom}px`;
    drawn.svg.style.height = `${drawn.height * zoom}px`;
  }

  let scrollFrame = 0;
  scroller.addEventListener('scroll', () => {
    cancelAnimationFrame(scrollFrame);
    scrollFrame = requestAnimationFrame(() => saveState({ scrollLeft: scroller.scrollLeft, scrollTop: scroller.scrollTop }));
  });

  const reveal = (taskId: string): void => post({ type: 'reveal', taskId });

  async function draw(view: PanelView): Promise<void> {
    toolbar.setOption(view.kind === 'gantt' ? view.groupBy : view.scope);
    saveState(view.kind === 'gantt' ? { kind, documentUri: view.documentUri, groupBy: view.groupBy } : { kind, documentUri: view.documentUri, scope: view.scope });
    summary.textContent = describeView(view);
    showNotices(notices, noticesOf(view), (scope) => post({ type: 'setScope', scope }));
    if (view.empty) {
      drawn = undefined;
      toolbar.setHasChart(false);
      const box = document.createElement('div');
      box.className = 'pp-empty';
      const title = document.createElement('h2');
      title.textContent = view.empty.title;
      const detail = document.createElement('p');
      detail.textContent = view.empty.detail;
      box.append(title, detail);
      scroller.replaceChildren(box);
      post({ type: 'rendered', ms: 0, elements: 0 });
      return;
    }
    if (drawn) restoreScroll = { left: scroller.scrollLeft, top: scroller.scrollTop };
    const busy = window.setTimeout(() => document.body.classList.add('pp-busy'), 150);
    try {
      const source = view.kind === 'gantt' ? view.chart.source : view.diagram.source;
      const rendered = await renderMermaid(scroller, source, mermaidConfig(view, scroller.clientWidth));
      if (view.kind === 'gantt') decorateGantt(rendered.svg, rendered.renderId, view.chart, reveal);
      else decorateFlowchart(rendered.svg, rendered.renderId, view.diagram, reveal);
      const size = naturalSize(rendered.svg);
      drawn = { svg: rendered.svg, ...size };
      rendered.svg.removeAttribute('width');
      rendered.svg.removeAttribute('height');
      rendered.svg.style.maxWidth = 'none';
      if (autoFit) zoom = Math.min(1, Math.max(AUTO_FIT_MIN, fitZoom(size.width)));
      applyZoom();
      applyLinks();
      scroller.scrollTo(restoreScroll.left, restoreScroll.top);
      toolbar.setHasChart(true);
      const elements = view.kind === 'gantt' ? view.chart.bars.length : view.diagram.nodes.length;
      post({ type: 'rendered', ms: rendered.ms, elements });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      showNotices(notices, [...noticesOf(view), { level: 'error', text: `The chart could not be drawn: ${message}` }], () => undefined);
      post({ type: 'rendered', ms: 0, elements: 0, error: message });
    } finally {
      window.clearTimeout(busy);
      document.body.classList.remove('pp-busy');
    }
  }

  // Only the newest view is drawn; views arriving during a render replace each other.
  let queued: PanelView | undefined;
  let rendering = false;
  async function request(view: PanelView): Promise<void> {
    queued = view;
    if (rendering) return;
    rendering = true;
    while (queued) {
      const next = queued;
      queued = undefined;
      current = next;
      await draw(next);
    }
    rendering = false;
  }

  window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message?.type === 'view') void request(message.view);
    else if (message?.type === 'gone') {
      drawn = undefined;
      toolbar.setHasChart(false);
      const box = document.createElement('div');
      box.className = 'pp-empty';
      box.textContent = `${message.fileName} was deleted.`;
      scroller.replaceChildren(box);
    }
  });
  onThemeChange(() => current && void request(current));
  post({ type: 'ready' });
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The panel page has no #${id}.`);
  return found;
}

function mermaidConfig(view: PanelView, availableWidth: number): MermaidConfig {
  const theme = mermaidTheme(themeKind());
  const fontFamily = cssVar('--vscode-font-family', 'sans-serif');
  const common: MermaidConfig = { ...theme, fontFamily, themeCSS: '' };
  if (view.kind === 'criticalPath') {
    // The diagram is already cut to a size Mermaid lays out in seconds; never refuse it.
    return { ...common, maxEdges: Math.max(500, view.diagram.edges + 1), flowchart: { useMaxWidth: false, htmlLabels: true, curve: 'basis', nodeSpacing: 28, rankSpacing: 48 } };
  }
  return { ...common, gantt: ganttLayout(view, availableWidth) };
}

/** Wide enough that a day stays readable (the panel scrolls), and a left column for section names. */
function ganttLayout(view: GanttView, availableWidth: number): NonNullable<MermaidConfig['gantt']> {
  const longestSection = Math.max(0, ...view.chart.bars.map((bar) => bar.section.length));
  const leftPadding = Math.min(260, Math.max(90, longestSection * 7 + 24));
  const rightPadding = 80;
  const range = view.chart.range;
  const dates = [range?.first, range?.last, ...view.chart.markers.map((m) => m.date)].filter((d): d is string => !!d).sort();
  const days = dates.length > 0 ? Math.round((Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 86_400_000) + 1 : 1;
  const width = Math.max(availableWidth - 16, leftPadding + rightPadding + days * PX_PER_DAY);
  return {
    useMaxWidth: false,
    useWidth: width,
    leftPadding,
    rightPadding,
    barHeight: 22,
    barGap: 6,
    topPadding: 56,
    fontSize: 12,
    sectionFontSize: 12,
    numberSectionStyles: 4,
  };
}

function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width || 1, height: rect.height || 1 };
}

/** A standalone SVG file: natural size, and the editor background behind it so it reads on slides. */
function exportSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height)));
  copy.style.removeProperty('width');
  copy.style.removeProperty('height');
  for (const element of copy.querySelectorAll('[tabindex]')) element.removeAttribute('tabindex');
  const box = svg.viewBox.baseVal;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(box?.x ?? 0));
  background.setAttribute('y', String(box?.y ?? 0));
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', cssVar('--vscode-editor-background', '#ffffff'));
  copy.insertBefore(background, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function showNotices(host: HTMLElement, list: readonly Notice[], widen: (scope: 'all') => void): void {
  host.replaceChildren(
    ...list.map((notice) => {
      const line = document.createElement('div');
      line.className = `pp-notice pp-notice-${notice.level}`;
      line.textContent = notice.text;
      if (notice.action) {
        const link = document.createElement('vscode-button');
        link.setAttribute('secondary', '');
        link.textContent = notice.action.label;
        link.addEventListener('click', () => widen(notice.action!.scope));
        line.append(' ', link);
      }
      return line;
    }),
  );
  host.hidden = list.length === 0;
}
