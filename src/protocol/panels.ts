/**
 * Messages between the panels' extension side and their webview script. Types and one
 * constant (no `vscode` import), so the webview bundle can share them.
 */
import type { GanttChart, GanttGrouping } from '../core/mermaid/gantt';
import type { CriticalPathDiagram, CriticalPathScope } from '../core/mermaid/criticalPath';
import type { GanttFilter, LinkMode } from '../core/mermaid/ganttView';
import type { TimeScale } from '../core/mermaid/ganttScale';

export type PanelKind = 'gantt' | 'criticalPath';

/** Why there is nothing to draw, in words for the panel. */
export interface EmptyReason {
  readonly title: string;
  readonly detail: string;
}

interface ViewBase {
  /** The program file, for the webview's saved state (restored after a window reload). */
  readonly documentUri: string;
  readonly fileName: string;
  /** Errors in the file: the chart may be incomplete while they last. */
  readonly errorCount: number;
  readonly empty?: EmptyReason;
  /** Why the plan's baseline is not compared (being read, a missing ref…); undefined when it is, or the plan names none. */
  readonly baselineNote?: string;
}

export interface GanttView extends ViewBase {
  readonly kind: 'gantt';
  readonly chart: GanttChart;
  readonly groupBy: GanttGrouping;
  /** Float (working days) up to which open work counts as near-critical. */
  readonly nearCriticalThreshold: number;
}

export interface CriticalPathView extends ViewBase {
  readonly kind: 'criticalPath';
  readonly diagram: CriticalPathDiagram;
  /** The scope asked for (the diagram says which one `auto` became). */
  readonly scope: CriticalPathScope;
}

export type PanelView = GanttView | CriticalPathView;

export type ToWebview =
  | { readonly type: 'view'; readonly view: PanelView }
  /** The program file was deleted. */
  | { readonly type: 'gone'; readonly fileName: string }
  /** Gantt: filter to this task and its predecessors and successors ("Show in Gantt"). */
  | { readonly type: 'focusTask'; readonly taskId: string };

export type FromWebview =
  /** The page has started; `hasView`: it is drawing the view its HTML carried. */
  | { readonly type: 'ready'; readonly hasView?: boolean }
  | { readonly type: 'reveal'; readonly taskId: string }
  /** The source of the chart as drawn (filtered); without it, the whole chart's. */
  | { readonly type: 'copySource'; readonly source?: string }
  | { readonly type: 'saveSvg'; readonly svg: string }
  /** A PNG image, base64. */
  | { readonly type: 'savePng'; readonly png: string }
  | { readonly type: 'setGroupBy'; readonly groupBy: GanttGrouping }
  | { readonly type: 'setScope'; readonly scope: CriticalPathScope }
  /**
   * A Gantt chart's first paint, drawn by the page itself while Mermaid loads (Mermaid's chart
   * replaces it, then 'rendered' follows): how long it took and how many bars it has.
   */
  | { readonly type: 'painted'; readonly ms: number; readonly elements: number }
  /** After each render: how long Mermaid took and what was drawn, or the error. */
  | { readonly type: 'rendered'; readonly ms: number; readonly elements: number; readonly error?: string };

/** What the webview keeps with `setState`, and what the serializer gets back after a reload. */
export interface PanelState {
  readonly kind: PanelKind;
  readonly documentUri: string;
  readonly groupBy?: GanttGrouping;
  readonly scope?: CriticalPathScope;
  readonly scrollLeft?: number;
  readonly scrollTop?: number;
  readonly zoom?: number;
  /** Gantt: which dependency arrows are drawn (default: critical and the task in focus). */
  readonly linkMode?: LinkMode;
  /** Gantt: the time scale (default `auto`, the finest that fits), or pixels per day after +/−. */
  readonly timeScale?: GanttZoom;
  readonly filter?: GanttFilter;
  /** Gantt: draw the baseline bars (default true, when the plan has a baseline). */
  readonly showBaseline?: boolean;
}

/** `auto`: the finest scale that fits the panel; `fit`: the plan fills the width exactly. */
export type GanttZoom = { readonly mode: 'auto' | 'fit' | TimeScale } | { readonly mode: 'custom'; readonly pxPerDay: number };

/** The id of the panel page's element that carries its first view (JSON, never run: a data block). */
export const VIEW_ELEMENT_ID = 'pp-view';
