/**
 * Messages between the status preview's extension side and its webview script. Types only
 * (no `vscode` import), so the webview bundle can share them.
 */
import type { Block } from '../core/status/document';
import type { OverallStatus } from '../core/model';

export interface StatusView {
  /** The report as blocks: exactly what "Save as Markdown" writes, rendered by the webview. */
  readonly blocks: readonly Block[];
  readonly status: OverallStatus;
  readonly asOf: string;
  readonly fileName: string;
  /** The report as one self-contained HTML page (inline styles, no script): what "Copy as HTML" puts on the clipboard. */
  readonly html: string;
  /** Where "Save as Markdown" writes by default, relative to the plan's folder. */
  readonly saveName: string;
  /** What the webview keeps (`setState`) so that the preview comes back after a window reload. */
  readonly state: StatusPanelState;
}

export interface StatusPanelState {
  /** The program file's URI, as text. */
  readonly documentUri: string;
  readonly asOf: string;
}

export type StatusToWebview =
  | { readonly type: 'view'; readonly view: StatusView }
  /** The program file was deleted. */
  | { readonly type: 'gone'; readonly fileName: string };

export type StatusFromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'save' }
  | { readonly type: 'copy' }
  /** The webview could not put HTML on the clipboard itself: copy the page's source as text. */
  | { readonly type: 'copyHtmlSource' }
  /** The webview put the HTML on the clipboard: say so. */
  | { readonly type: 'copiedHtml' }
  | { readonly type: 'changeDate' }
  /** Show this line (1-based) of the plan in the editor: a link in the report was clicked. */
  | { readonly type: 'reveal'; readonly line: number };
