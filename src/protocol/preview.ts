/**
 * Messages between a document preview's extension side and its webview script: the weekly
 * status and the charter, RAID log, stakeholder map and launch readiness previews share them.
 * Types only (no `vscode` import), so the webview bundles can share them.
 */
import type { DocumentPart } from '../core/documents/markdown';

export interface PreviewView {
  /** The document as parts: exactly what "Save as Markdown" writes, rendered by the webview. */
  readonly parts: readonly DocumentPart[];
  /** The page's tone: the report's overall status (green, amber, red) or the launch verdict (go, no-go); empty for none. */
  readonly tone: string;
  /** What the toolbar says first, e.g. "As of 2026-03-13". */
  readonly subtitle: string;
  readonly fileName: string;
  /**
   * The document as one self-contained HTML page (inline styles, no script): what "Copy as HTML"
   * and "Save as HTML" write, each diagram's rendered SVG put in place of its fallback table.
   */
  readonly html: string;
  /** Where "Save as Markdown" writes by default, relative to the plan's folder (`.html` for "Save as HTML"). */
  readonly saveName: string;
  /** What the webview keeps (`setState`) so that the preview comes back after a window reload. */
  readonly state: PreviewState;
}

export interface PreviewState {
  /** The program file's URI, as text. */
  readonly documentUri: string;
  /** The weekly status's as-of date; the other documents are as of the plan's statusDate. */
  readonly asOf?: string;
}

export interface PreviewResult {
  readonly view: PreviewView;
  /** The document as Markdown: what "Copy" and "Save as Markdown" write. */
  readonly markdown: string;
  /** The tab's title. */
  readonly title: string;
}

export type PreviewToWebview =
  | { readonly type: 'view'; readonly view: PreviewView }
  /** The program file was deleted. */
  | { readonly type: 'gone'; readonly fileName: string };

export type PreviewFromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'save' }
  | { readonly type: 'saveHtml' }
  | { readonly type: 'copy' }
  /** The webview could not put HTML on the clipboard itself: copy the page's source as text. */
  | { readonly type: 'copyHtmlSource' }
  /** The webview put the HTML on the clipboard: say so. */
  | { readonly type: 'copiedHtml' }
  | { readonly type: 'changeDate' }
  /** Show this line (1-based) of the plan in the editor: a link in the document was clicked. */
  | { readonly type: 'reveal'; readonly line: number }
  /** The diagrams as rendered for export (light theme), in document order; undefined where one failed. */
  | { readonly type: 'diagrams'; readonly svgs: readonly (string | undefined)[]; readonly errors: readonly string[] };
