/**
 * The panel page: receives a view from the extension, renders it with Mermaid (latest view
 * only, one render at a time), decorates the SVG, and keeps scroll position, zoom and options
 * across updates, hiding and window reloads.
 */
import type { MermaidConfig } from 'mermaid';
import { VIEW_ELEMENT_ID, type CriticalPathView, type GanttView, type GanttZoom, type PanelKind, type PanelView, type ToWebview } from '../../src/protocol/panels';
import { ganttSource } from '../../src/core/mermaid/gantt';
import { filterBars, filterChoices, type GanttFilter, type LinkMode } from '../../src/core/mermaid/ganttView';
import { ganttGeometry, type GanttGeometryConfig } from '../../src/core/mermaid/ganttGeometry';
import { axisTiers, chooseScale, fitPxPerDay, MAX_PX_PER_DAY, MIN_PX_PER_DAY, scaleAt, SCALES, type TimeScale } from '../../src/core/mermaid/ganttScale';
import { mermaidLoaded, nextRenderId, preloadMermaid, renderMermaid } from './mermaidRenderer';
import { sketchGantt } from './ganttSketch';
import { cssVar, mermaidTheme, onThemeChange, themeKind } from './theme';
import { BASELINE_HEIGHT, decorateGantt, type DecoratedGantt } from './ganttDecorations';
import { stickyAxis, type AxisMark } from './ganttAxis';
import { criticalPathLegend, ganttLegend } from './ganttLegend';
import { ganttPalette } from './ganttPalette';
import { decorateFlowchart } from './flowchartDecorations';
import { createToolbar, type Toolbar } from './toolbar';
import { loadState, post, saveState } from './vscodeApi';
import { describeView, noticesOf, type Notice } from './viewText';
import { hideTooltip } from './tooltip';
import { exportPng, exportSvg } from './exportImage';

const MAX_ZOOM = 4;
/** Mermaid's flowchart text is 16 px: below this zoom it would be smaller than 10 px, so the panel scrolls instead. */
const MIN_READABLE_ZOOM = 10 / 16;
const SCALE_NAMES: Record<TimeScale, string> = { day: 'Days', week: 'Weeks', month: 'Months', quarter: 'Quarters' };

export function startPanel(): void {
  const kind = document.body.dataset.kind as PanelKind;
  // The Gantt panel paints its first chart itself and loads Mermaid after that (loading it
  // takes the page's only thread for a few hundred milliseconds), or after a while without a view.
  if (kind === 'gantt') window.setTimeout(() => preloadMermaid('gantt'), 1_000);
  else preloadMermaid('flowchart');
  const scroller = byId('chart');
  const summary = byId('summary');
  const notices = byId('notices');
  const legend = byId('legend');
  const state = loadState();
  let zoom = state.zoom ?? 1;
  // Until the user zooms, a chart wider than the panel is shrunk to fit (never below readable).
  let autoFit = state.zoom === undefined && kind === 'criticalPath';
  let timeScale: GanttZoom = state.timeScale ?? { mode: 'auto' };
  let linkMode: LinkMode = state.linkMode ?? 'critical';
  let filter: GanttFilter = state.filter ?? {};
  let showBaseline = state.showBaseline ?? true;
  /** The Mermaid source last drawn (filters applied), for "Copy Mermaid source". */
  let drawnSource: string | undefined;
  let pxPerDay = SCALES.week.pxPerDay;
  /** The panel width the chart was last laid out for. */
  let drawnWidth = 0;
  let current: PanelView | undefined;
  let drawn: { svg: SVGSVGElement; width: number; height: number; gantt?: DecoratedGantt } | undefined;
  let restoreScroll = { left: state.scrollLeft ?? 0, top: state.scrollTop ?? 0 };
  const redraw = (): void => {
    if (current) void request(current);
  };

  const toolbar: Toolbar = createToolbar(byId('toolbar'), kind, {
    option: (value) => {
      if (kind === 'gantt') post({ type: 'setGroupBy', groupBy: value === 'team' ? 'team' : 'phase' });
      else post({ type: 'setScope', scope: value as CriticalPathView['scope'] });
    },
    zoom: (change) => {
      if (!drawn) return;
      if (kind === 'gantt') {
        // The Gantt chart zooms by time scale: it is drawn again, and its text never shrinks.
        if (change === 'in' || change === 'out') {
          const next = pxPerDay * (change === 'in' ? 1.25 : 0.8);
          timeScale = { mode: 'custom', pxPerDay: Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, next)) };
        } else timeScale = { mode: change === 'reset' ? 'auto' : change };
        saveState({ timeScale });
        redraw();
        return;
      }
      autoFit = false;
      if (change === 'fit') zoom = fitZoom(drawn.width);
      else if (change === 'reset') zoom = 1;
      else if (change === 'in' || change === 'out') zoom *= change === 'in' ? 1.25 : 0.8;
      applyZoom();
    },
    copySource: () => post({ type: 'copySource', source: drawnSource }),
    saveSvg: () => drawn && post({ type: 'saveSvg', svg: exportSvg(drawn.svg, drawn.width, drawn.height) }),
    savePng: () => {
      if (!drawn) return;
      // The Gantt chart carries the program's name as its Mermaid title already.
      const title = kind === 'gantt' ? undefined : current?.fileName;
      const legendOptions = kind === 'gantt' ? { baseline: drawn.gantt?.baseline === true } : undefined;
      exportPng(drawn.svg, drawn.width, drawn.height, { title, legend: legendOptions }).then(
        (png) => post({ type: 'savePng', png }),
        (error: unknown) => showNotices(notices, [{ level: 'error', text: `The PNG image could not be made: ${error instanceof Error ? error.message : String(error)}` }], () => undefined),
      );
    },
    linkMode: (mode) => {
      linkMode = mode;
      saveState({ linkMode });
      drawn?.gantt?.setLinkMode(mode);
    },
    filter: (next) => {
      filter = next;
      saveState({ filter });
      redraw();
    },
    baseline: (on) => {
      showBaseline = on;
      saveState({ showBaseline });
      redraw();
    },
  });
  toolbar.setLinkMode(linkMode);
  toolbar.setHasChart(false);
  if (kind === 'criticalPath') toolbar.setZoom(`${Math.round(zoom * 100)}%`);
  const showLegend = (baseline: boolean): void => {
    legend.replaceChildren(kind === 'gantt' ? ganttLegend(ganttPalette(), { baseline }) : criticalPathLegend(ganttPalette(), { baseline }));
    legend.hidden = false;
  };
  showLegend(false);

  const fitZoom = (width: number): number => (scroller.clientWidth - 24) / width;

  function applyZoom(): void {
    zoom = Math.min(MAX_ZOOM, Math.max(MIN_READABLE_ZOOM, zoom));
    toolbar.setZoom(`${Math.round(zoom * 100)}%`);
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
    hideTooltip();
    drawnWidth = scroller.clientWidth;
    try {
      let elements: number;
      let ms: number;
      if (view.kind === 'gantt') {
        const bars = filterBars(view.chart.bars, filter, view.nearCriticalThreshold);
        const around = filter.around === undefined ? undefined : view.chart.bars.find((bar) => bar.taskId === filter.around);
        toolbar.setAround(filter.around === undefined ? undefined : around ? around.name : `${filter.around} (not in the chart)`);
        const hasBaseline = view.chart.baseline !== undefined;
        const baselineShown = hasBaseline && showBaseline;
        toolbar.setBaseline({ available: hasBaseline, on: showBaseline, reason: baselineReason(view) });
        showLegend(baselineShown);
        const layout = ganttLayout(view, bars.length > 0 ? bars : view.chart.bars, scroller.clientWidth - 24, timeScale, baselineShown);
        pxPerDay = layout.pxPerDay;
        toolbar.setZoom(timeScale.mode === 'custom' || timeScale.mode === 'fit' ? SCALE_NAMES[layout.scale] : `${SCALE_NAMES[layout.scale]}${timeScale.mode === 'auto' ? ' (auto)' : ''}`);
        const source = ganttSource(view.chart, bars, SCALES[layout.scale].axis);
        drawnSource = source;
        const palette = ganttPalette();
        const markerColor = (key: string): string => (key === 'statusDate' ? palette.status : palette.link);
        const tiers = layout.range ? axisTiers(layout.scale, layout.range.first, layout.range.last) : undefined;
        // The chart as drawn (Mermaid's or the sketch of it), decorated and with its date axis.
        const show = (svg: SVGSVGElement, renderId: string): void => {
          // Scrolling lays the page out at once: not for a first chart that stays at the top left.
          const scroll = drawn !== undefined || restoreScroll.left !== 0 || restoreScroll.top !== 0;
          const markers = view.chart.markers.map((m) => ({ key: m.key, color: markerColor(m.key) }));
          const gantt = decorateGantt(
            svg,
            renderId,
            bars,
            { nearCriticalThreshold: view.nearCriticalThreshold, linkMode, chartLeft: layout.config.leftPadding ?? 0, markers, showBaseline: baselineShown },
            reveal,
          );
          const size = naturalSize(svg);
          drawn = { svg, ...size, gantt };
          fixSize(svg, size.width, size.height);
          if (gantt.scale && layout.range && tiers) {
            const marks: AxisMark[] = view.chart.markers.map((m) => ({ date: m.date, label: `${m.label.replace(/ \d{4}-\d\d-\d\d$/, '')} ${m.date.slice(5)}`, color: markerColor(m.key) }));
            const today = localToday();
            if (today >= layout.range.first && today <= layout.range.last) marks.push({ date: today, label: 'Today', color: palette.today });
            const span = { left: layout.config.leftPadding ?? 0, right: size.width - (layout.config.rightPadding ?? 0), width: size.width };
            scroller.prepend(stickyAxis(tiers, gantt.scale, span, marks, palette));
          }
          if (scroll) scroller.scrollTo(restoreScroll.left, restoreScroll.top);
        };
        // The filter menus' choices are filled in after the chart is on screen: their components are slow to build.
        const choices = filterChoices(view.chart.bars);
        if (!mermaidLoaded()) {
          // The panel's first chart: Mermaid is still loading, and would take half a second more.
          const begin = performance.now();
          const renderId = nextRenderId();
          show(sketchGantt(scroller, ganttGeometry(view.chart, bars, layout.config, tiers?.lower.map((tick) => tick.start)), renderId, { fontFamily: cssVar('--vscode-font-family', 'sans-serif'), fontSize: layout.config.fontSize }), renderId);
          toolbar.setHasChart(true);
          // Not dimmed as busy while Mermaid loads: this chart is the plan as it is.
          window.clearTimeout(busy);
          await painted();
          post({ type: 'painted', ms: performance.now() - begin, elements: bars.length });
          toolbar.setFilter(filter, choices);
          preloadMermaid('gantt');
          // A newer view is drawn instead; and where the user scrolled is kept for Mermaid's chart.
          if (queued) return;
          restoreScroll = { left: scroller.scrollLeft, top: scroller.scrollTop };
        }
        const rendered = await renderMermaid(scroller, source, { ...mermaidCommon(), gantt: layout.config });
        show(rendered.svg, rendered.renderId);
        toolbar.setFilter(filter, choices);
        elements = bars.length;
        ms = rendered.ms;
      } else {
        const rendered = await renderMermaid(scroller, view.diagram.source, flowchartConfig(view));
        drawnSource = view.diagram.source;
        showLegend(view.diagram.nodes.some((node) => node.slip !== undefined));
        const palette = ganttPalette();
        decorateFlowchart(rendered.svg, rendered.renderId, view.diagram, reveal, { fill: palette.slipped, text: palette.background });
        const size = naturalSize(rendered.svg);
        drawn = { svg: rendered.svg, ...size };
        fixSize(rendered.svg, size.width, size.height);
        if (autoFit) zoom = Math.min(1, fitZoom(size.width));
        applyZoom();
        elements = view.diagram.nodes.length;
        ms = rendered.ms;
      }
      if (view.kind !== 'gantt') scroller.scrollTo(restoreScroll.left, restoreScroll.top);
      toolbar.setHasChart(true);
      post({ type: 'rendered', ms, elements });
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
    else if (message?.type === 'focusTask' && typeof message.taskId === 'string') {
      filter = { ...filter, around: message.taskId };
      saveState({ filter });
      redraw();
    }
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
  // The first view came with the page: drawn now, rather than after asking the extension for it.
  const carried = viewInPage();
  if (carried) void request(carried);
  // A chart laid out for the panel's width is laid out again when the panel is resized
  // (moved beside the editor, maximized…), once the resizing settles.
  let resizeTimer = 0;
  new ResizeObserver(() => {
    const followsWidth = kind === 'gantt' ? timeScale.mode === 'auto' || timeScale.mode === 'fit' : autoFit;
    // Also called once as observing starts: nothing is drawn yet, or the first chart is on its way.
    if (!drawn || !followsWidth || Math.abs(scroller.clientWidth - drawnWidth) < 16) return;
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(redraw, 200);
  }).observe(scroller);
  post({ type: 'ready', hasView: carried !== undefined });
}

/** The view the page's HTML carries (see panelHtml.ts), if any. */
function viewInPage(): PanelView | undefined {
  const element = document.getElementById(VIEW_ELEMENT_ID);
  if (!element?.textContent) return undefined;
  try {
    const view = JSON.parse(element.textContent) as PanelView;
    return view?.kind === document.body.dataset.kind ? view : undefined;
  } catch {
    return undefined;
  }
}

/** After the browser has drawn what is on the page (or a moment, where a hidden page draws nothing). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The panel page has no #${id}.`);
  return found;
}

function mermaidCommon(): MermaidConfig {
  const theme = mermaidTheme(themeKind());
  const fontFamily = cssVar('--vscode-font-family', 'sans-serif');
  return { ...theme, fontFamily, themeCSS: '' };
}

function flowchartConfig(view: CriticalPathView): MermaidConfig {
  // The diagram is already cut to a size Mermaid lays out in seconds; never refuse it.
  return { ...mermaidCommon(), maxEdges: Math.max(500, view.diagram.edges + 1), flowchart: { useMaxWidth: false, htmlLabels: true, curve: 'basis', nodeSpacing: 28, rankSpacing: 48, wrappingWidth: 240 } };
}

interface GanttLayout {
  readonly config: NonNullable<MermaidConfig['gantt']> & GanttGeometryConfig;
  readonly scale: TimeScale;
  readonly pxPerDay: number;
  /** The days drawn (bars and the program's dates), inclusive. */
  readonly range?: { readonly first: string; readonly last: string };
}

/**
 * The time scale and width: the finest scale at which the plan fits the panel (or the one the
 * user chose), a left column wide enough for the section names, text always 12 px.
 */
function ganttLayout(view: GanttView, bars: GanttView['chart']['bars'], availableWidth: number, zoom: GanttZoom, baseline: boolean): GanttLayout {
  const longestSection = Math.max(0, ...bars.map((bar) => bar.section.length));
  const leftPadding = view.chart.sectioned ? Math.min(260, Math.max(90, longestSection * 7 + 24)) : 24;
  const rightPadding = 120;
  const dates = [...bars.flatMap((bar) => [bar.start, bar.finish]), ...view.chart.markers.map((m) => m.date)].sort();
  const range = dates.length > 0 ? { first: dates[0], last: dates[dates.length - 1] } : undefined;
  const days = range ? Math.round((Date.parse(range.last) - Date.parse(range.first)) / 86_400_000) + 1 : 1;
  const room = Math.max(100, availableWidth - leftPadding - rightPadding);
  const pxPerDay =
    zoom.mode === 'custom' ? zoom.pxPerDay : zoom.mode === 'fit' ? fitPxPerDay(days, room) : SCALES[zoom.mode === 'auto' ? chooseScale(days, room) : zoom.mode].pxPerDay;
  const scale = zoom.mode === 'auto' ? chooseScale(days, room) : zoom.mode === 'custom' || zoom.mode === 'fit' ? scaleAt(pxPerDay) : zoom.mode;
  const width = Math.max(availableWidth, leftPadding + rightPadding + days * pxPerDay);
  return {
    scale,
    pxPerDay,
    range,
    config: {
      useMaxWidth: false,
      useWidth: width,
      leftPadding,
      rightPadding,
      barHeight: 22,
      // Room under each bar for its baseline bar.
      barGap: baseline ? 6 + BASELINE_HEIGHT + 2 : 6,
      topPadding: 56,
      fontSize: 12,
      sectionFontSize: 12,
      numberSectionStyles: 4,
    },
  };
}

/** Why the Baseline toggle is (or is not) available, for its tooltip. */
function baselineReason(view: GanttView): string {
  if (view.chart.baseline) return `Show each task's dates in baseline '${view.chart.baseline.ref}' as a thin bar under its bar`;
  return view.baselineNote ?? 'The plan names no baseline: run "Program Pilot: Set Baseline", or add `baseline: <git tag>` to the plan';
}

/** Today in the computer's time zone, as Mermaid draws dates. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function fixSize(svg: SVGSVGElement, width: number, height: number): void {
  svg.removeAttribute('height');
  svg.removeAttribute('width');
  svg.style.maxWidth = 'none';
  svg.style.width = `${width}px`;
  svg.style.height = `${height}px`;
}

function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: rect.width || 1, height: rect.height || 1 };
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
