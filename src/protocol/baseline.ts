/**
 * The baseline and history requests: "Set Baseline" in two steps (what would be tagged, for the
 * user to confirm; then the tag and the edit), and the milestone trend of the plan's history.
 * Types only, shared by the extension, the server and the trend page.
 */
import type { HistorySeries } from '../core/history/series';
import { request, type Range, type UriParams } from './requests';

export interface BaselineTargetParams extends UriParams {
  /** The editor has unsaved changes to the file. */
  readonly documentDirty: boolean;
  /** Tag the last commit even though the file changed since (the user chose "Use last commit"). */
  readonly useLastCommit?: boolean;
}

export interface CommitInfo {
  readonly commit: string;
  readonly subject: string;
}

export type BaselineTarget =
  | (CommitInfo & { readonly tag: string })
  /** Why no tag can be made; `lastCommit` when the last commit holds the file and may be tagged instead. */
  | { readonly refused: string; readonly lastCommit?: CommitInfo };

/** What Set Baseline would tag: `baseline/<slug>/<today>` on the commit that holds the file as saved. Changes nothing. */
export const BASELINE_TARGET = request<BaselineTargetParams, BaselineTarget | null>('programPilot/baselineTarget');

export interface SetBaselineParams extends UriParams {
  readonly tag: string;
  /** The commit the user confirmed. */
  readonly commit: string;
}

export type SetBaselineResult =
  /** The tag was created; `edits` make the file name it (none when it already does). */
  | { readonly created: string; readonly edits: readonly { range: Range; newText: string }[] }
  | { readonly refused: string };

/** Creates the annotated tag (never moves one) and returns the minimal edit of the current text. */
export const SET_BASELINE = request<SetBaselineParams, SetBaselineResult>('programPilot/setBaseline');

export interface TrendResult {
  readonly series: HistorySeries;
  readonly fileName: string;
  /** The file's absolute path in each commit of the series (it may have been renamed), for opening that version. */
  readonly paths: Readonly<Record<string, string>>;
}

/** The milestone trend: the plan's committed versions as series (git in the server, cached on disk). */
export const TREND = request<UriParams, TrendResult | { readonly unavailable: string }>('programPilot/trend');

/** Extension → trend page. */
export type TrendToWebview =
  | { readonly type: 'trend'; readonly trend: TrendResult; readonly state: TrendPanelState }
  | { readonly type: 'unavailable'; readonly fileName: string; readonly message: string; readonly state: TrendPanelState };

/** What the trend page keeps with `setState`, and what the serializer gets back after a window reload. */
export interface TrendPanelState {
  readonly documentUri: string;
}

/** Trend page → extension. */
export type TrendFromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'refresh' }
  /** A point was clicked: open that commit's version, or (`compare`) its diff with the current file. */
  | { readonly type: 'open'; readonly commit: string; readonly compare: boolean }
  /** After each drawing: how many milestone lines and points (for the tests). */
  | { readonly type: 'rendered'; readonly lines: number; readonly points: number };
