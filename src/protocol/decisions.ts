/**
 * What-if and the confidence forecast between the extension and the language server: the
 * requests, and the messages of their panels' webviews. Types only (no `vscode`, no LSP
 * library), so the server, the extension and the webview bundles all share them.
 */
import type { Request, Notification, Range, UriParams } from './requests';

const request = <P, R>(method: string): Request<P, R> => ({ method });
const notification = <P>(method: string): Notification<P> => ({ method });

/** One change the user asks about; `addAfter` adds `days` of work that waits for the task. */
export interface WhatIfChangeParams {
  readonly kind: 'slip' | 'duration' | 'cancel' | 'addAfter';
  readonly task: string;
  /** Working days (not for `cancel`). */
  readonly days?: number;
}

/** A scenario of the file, to open as a what-if. */
export interface ScenarioChoice {
  readonly id: string;
  readonly name: string;
}

export interface WhatIfTargetParams extends UriParams {
  /** The task; without it, the task around `position`. */
  readonly taskId?: string;
  readonly position?: Range['start'];
}
export type WhatIfTarget =
  | {
      readonly taskId: string;
      readonly name: string;
      /** Its duration in working days, proposed as the new one. */
      readonly duration: number;
      readonly scenarios: readonly ScenarioChoice[];
    }
  /** No task there; the scenarios can still be opened. */
  | { readonly message: string; readonly scenarios: readonly ScenarioChoice[] };
/** The task a what-if is about and the scenarios of the file. */
export const WHAT_IF_TARGET = request<WhatIfTargetParams, WhatIfTarget>('programPilot/whatIfTarget');

/** A change, or a scenario of the file by id. */
export type WhatIfQuestion = { readonly change: WhatIfChangeParams } | { readonly scenarioId: string };
export type WhatIfParams = UriParams & WhatIfQuestion;

export interface DayView {
  readonly date: string;
  /** `2026-W16`. */
  readonly week: string;
}
export interface MoveView {
  readonly id: string;
  readonly name: string;
  readonly from: DayView;
  readonly to: DayView;
  /** Working days later (negative: earlier). */
  readonly days: number;
  /** "+10 working days, week 17 → week 19". */
  readonly change: string;
}

/** A what-if's impact, in what the panel shows (the changed program itself stays in the server). */
export interface WhatIfView {
  readonly title: string;
  readonly question: WhatIfQuestion;
  /** False when the plan has no valid start: only `applied`/`skipped` are meaningful. */
  readonly ok: boolean;
  readonly applied: readonly string[];
  readonly skipped: readonly string[];
  /** Milestones that move, then the projected end. */
  readonly moves: readonly MoveView[];
  readonly deadlines: readonly { readonly name: string; readonly date: string; readonly met: boolean; readonly finishBefore: string; readonly finishAfter: string }[];
  readonly criticalPath: { readonly before: readonly string[]; readonly after: readonly string[]; readonly changed: boolean };
  readonly lateHandoffs: readonly { readonly from: string; readonly fromTeam: string; readonly to: string; readonly toTeam: string; readonly needBy: string; readonly delivers: string; readonly days: number }[];
  /** Whether "Apply" has anything to write. */
  readonly editable: boolean;
}
export const WHAT_IF = request<WhatIfParams, WhatIfView | { readonly message: string }>('programPilot/whatIf');

/** The minimal edits that write the what-if into the current text; null when nothing can be written. */
export const WHAT_IF_EDITS = request<WhatIfParams, { range: Range; newText: string }[] | null>('programPilot/whatIfEdits');

/** How to forecast: the `programPilot.forecast.*` settings. */
export interface ForecastOptions {
  readonly iterations?: number;
  readonly seed?: number;
  readonly distribution?: 'pert' | 'triangular';
}
export interface ForecastParams extends UriParams, ForecastOptions {
  /** Matches progress notifications to this request. */
  readonly token: string;
}
export interface ForecastRow {
  readonly id: string;
  readonly name: string;
  readonly plan: string;
  readonly p50: string;
  readonly p80: string;
  readonly p95: string;
  readonly earliest: string;
  readonly latest: string;
  readonly deadline?: { readonly date: string; readonly probability: number };
}
export interface ForecastView {
  readonly fileName: string;
  readonly uncertain: boolean;
  readonly runs: number;
  readonly seed: number;
  readonly distribution: 'pert' | 'triangular';
  readonly estimatedTasks: number;
  readonly scheduleRisks: number;
  readonly rows: readonly ForecastRow[];
  readonly projectEnd?: ForecastRow;
  readonly promises: readonly { readonly kind: 'deadline' | 'targetEnd' | 'launch'; readonly name: string; readonly date: string; readonly probability: number }[];
  readonly criticality: readonly { readonly id: string; readonly name: string; readonly share: number }[];
  readonly drivers: readonly { readonly kind: 'task' | 'risk'; readonly id: string; readonly name: string; readonly correlation: number }[];
  /**
   * The projected end's distribution, earliest first: per finish day the runs that end on it and
   * the share of runs finished by it (the S-curve).
   */
  readonly endDistribution: readonly { readonly date: string; readonly runs: number; readonly cumulative: number }[];
}
export type ForecastAnswer = { readonly view: ForecastView } | { readonly message: string } | { readonly cancelled: true };
export const FORECAST = request<ForecastParams, ForecastAnswer>('programPilot/forecast');
/** Server → client: runs done of a forecast. */
export const FORECAST_PROGRESS = notification<{ readonly token: string; readonly done: number; readonly total: number }>('programPilot/forecastProgress');

/** What the what-if and confidence webviews keep (`setState`), so that their panel comes back after a window reload. */
export interface DecisionPanelState {
  /** The program file's URI, as text. */
  readonly documentUri: string;
  /** The what-ifs shown side by side (what-if panel only). */
  readonly questions?: readonly WhatIfQuestion[];
}

/** What-if panel ↔ its webview. */
export type WhatIfToWebview =
  | { readonly type: 'views'; readonly fileName: string; readonly views: readonly WhatIfView[]; readonly scenarios: readonly { readonly id: string; readonly name: string }[]; readonly state: DecisionPanelState }
  | { readonly type: 'gone'; readonly fileName: string };
export type WhatIfFromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'apply'; readonly index: number }
  | { readonly type: 'remove'; readonly index: number }
  | { readonly type: 'compare' }
  | { readonly type: 'scenario'; readonly id: string };

/** Forecast panel ↔ its webview. */
export type ForecastToWebview =
  | { readonly type: 'view'; readonly view: ForecastView; readonly state: DecisionPanelState }
  | { readonly type: 'message'; readonly text: string; readonly state: DecisionPanelState }
  | { readonly type: 'busy' };
export type ForecastFromWebview = { readonly type: 'ready' } | { readonly type: 'rerun' };
