/**
 * The preview of one document of one program file beside the editor: the weekly status and the
 * charter, RAID log, stakeholder map and launch readiness. The server builds the document; the
 * panel follows edits of the plan, says when the file is deleted, copies and saves the Markdown
 * or the HTML page, and shows the plan's line behind a link. A {@link PreviewKind} says what
 * differs between documents.
 */
import * as vscode from 'vscode';
import { withDiagrams } from '../../core/documents/html';
import type { PreviewFromWebview, PreviewResult, PreviewToWebview } from '../../protocol/preview';
import { attribute, contentSecurityPolicy, htmlPage, newNonce } from '../panels/panelHtml';
import type { ProgramServer } from '../programServer';
import { CHROME_STYLES } from '../webviewChrome';
import { saveDocument } from './saveDocument';

export interface PreviewKind {
  readonly viewType: string;
  /** What the document is called in the toolbar and messages: "Weekly status", "Charter". */
  readonly label: string;
  readonly icon: string;
  /** The page's script in dist/webview/: `document.js` draws Mermaid diagrams, `status.js` has none. */
  readonly script: 'status.js' | 'document.js';
  /** The document asks the server for it as of a date the user may change (the weekly status). */
  readonly askDate?: (current: string | undefined) => Promise<string | undefined>;
  readonly request: (uri: string, asOf: string | undefined) => Promise<PreviewResult | null>;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private result: PreviewResult | undefined;
  private svgs: readonly (string | undefined)[] = [];
  private generation = 0;
  /** What the page reported about its diagrams, for tests: how many rendered and the errors. */
  lastDiagrams: { readonly rendered: number; readonly errors: readonly string[] } | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    readonly uri: vscode.Uri,
    private asOf: string | undefined,
    private readonly kind: PreviewKind,
    server: ProgramServer,
    private readonly onDispose: () => void,
  ) {
    panel.iconPath = new vscode.ThemeIcon(kind.icon);
    panel.webview.html = previewHtml(panel.webview, vscode.Uri.joinPath(extensionUri, 'dist', 'webview', kind.script), kind);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: PreviewFromWebview) => void this.handle(m)),
      server.onDidAnalyse((changed) => changed.toString() === uri.toString() && void this.update()),
      server.onDidRemove((removed) => removed.toString() === uri.toString() && this.gone()),
    );
  }

  /** Shows the panel (for another date, or the same), refreshed. */
  show(asOf?: string): void {
    if (asOf !== undefined) this.asOf = asOf;
    this.panel.reveal(undefined, false);
    void this.update();
  }

  private fileName(): string {
    return this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1);
  }

  /** The plan was deleted: the page says so, and so does the tab. */
  private gone(): void {
    this.generation++; // an answer still on its way is for a file that is no more
    if (!this.panel.title.endsWith(' (deleted)')) this.panel.title = `${this.panel.title} (deleted)`;
    void this.post({ type: 'gone', fileName: this.fileName() });
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const result = await this.kind.request(this.uri.toString(), this.asOf).catch(() => null);
    // A newer edit or date arrived while the server answered: its update will post instead.
    if (!result || generation !== this.generation) return;
    this.result = result;
    this.svgs = []; // the page draws this document's diagrams afresh and sends them
    this.panel.title = result.title;
    await this.post({ type: 'view', view: result.view });
  }

  private async handle(message: PreviewFromWebview): Promise<void> {
    const label = this.kind.label;
    switch (message.type) {
      case 'ready':
        return this.update();
      case 'copy':
        await vscode.env.clipboard.writeText(this.shownMarkdown);
        vscode.window.setStatusBarMessage(`${label} copied to the clipboard as Markdown`, 3000);
        return;
      case 'copiedHtml':
        vscode.window.setStatusBarMessage(`${label} copied to the clipboard as HTML, ready to paste into an email or a wiki`, 3000);
        return;
      case 'copyHtmlSource':
        // VS Code's clipboard holds text only: the page's source, for a wiki or an HTML email editor.
        await vscode.env.clipboard.writeText(this.shownHtml);
        vscode.window.setStatusBarMessage(`${label} copied to the clipboard as HTML source`, 3000);
        return;
      case 'save':
      case 'saveHtml': {
        if (!this.result) return;
        const html = message.type === 'saveHtml';
        const name = html ? this.result.view.saveName.replace(/\.md$/i, '.html') : this.result.view.saveName;
        await saveDocument(vscode.Uri.joinPath(this.uri, '..', name), html ? this.shownHtml : this.shownMarkdown, html ? 'html' : 'md');
        return;
      }
      case 'changeDate': {
        const date = await this.kind.askDate?.(this.asOf);
        if (date) this.show(date);
        return;
      }
      case 'diagrams':
        this.svgs = Array.isArray(message.svgs) ? message.svgs.map((svg) => (typeof svg === 'string' ? svg : undefined)) : [];
        this.lastDiagrams = { rendered: this.svgs.filter((svg) => svg !== undefined).length, errors: Array.isArray(message.errors) ? message.errors.map(String) : [] };
        return;
      case 'reveal': {
        const position = new vscode.Position(Math.max(0, Math.floor(message.line) - 1), 0);
        // In the editor already showing the plan, else the first column (the preview is beside it).
        const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
        await vscode.window.showTextDocument(this.uri, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
        return;
      }
    }
  }

  private async post(message: PreviewToWebview): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  /** The Markdown currently shown: what Copy and Save as Markdown write. */
  get shownMarkdown(): string {
    return this.result?.markdown ?? '';
  }

  /** The HTML page currently shown, with the diagrams the page rendered: what Save as HTML writes. */
  get shownHtml(): string {
    return this.result ? withDiagrams(this.result.view.html, this.svgs) : '';
  }

  dispose(): void {
    this.onDispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/**
 * The page: a strict CSP (our script by nonce only, nothing remote) and theme colours. Mermaid
 * writes style elements and attributes, so a page with diagrams allows inline styles; the
 * others take our styles by nonce only.
 */
function previewHtml(webview: vscode.Webview, script: vscode.Uri, kind: PreviewKind): string {
  const n = newNonce();
  const csp =
    kind.script === 'document.js'
      ? contentSecurityPolicy(webview.cspSource, n)
      : ["default-src 'none'", `script-src 'nonce-${n}'`, `style-src 'nonce-${n}'`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`].join('; ');
  const label = attribute(kind.label);
  const changeDate = kind.askDate ? '\n  <button id="change-date" class="secondary" type="button">Change date…</button>' : '';
  return htmlPage({
    csp,
    title: kind.label,
    head: `<style nonce="${n}">${STYLES}</style>`,
    body: `<body data-status="">
<header class="toolbar" role="toolbar" aria-label="${label}">
  <span id="as-of" class="as-of"></span>${changeDate}
  <button id="copy" class="secondary" type="button" title="Copy the document as Markdown">Copy as Markdown</button>
  <button id="copy-html" class="secondary" type="button" title="Copy the document as formatted HTML, for an email or a wiki">Copy as HTML</button>
  <button id="save-html" class="secondary" type="button">Save as HTML</button>
  <button id="save" type="button">Save as Markdown</button>
</header>
<main id="report" class="report" aria-live="polite"><p class="loading">Generating the ${label.toLowerCase()}…</p></main>
<script nonce="${n}" src="${attribute(webview.asWebviewUri(script).toString())}"></script>
</body>`,
  });
}

const STYLES = `${CHROME_STYLES}
.as-of { margin-right: auto; color: var(--vscode-descriptionForeground); }
.report { max-width: 1100px; }
h1 { font-size: 1.7em; margin: 0.8em 0 0.2em; }
h2 { font-size: 1.3em; margin: 1.4em 0 0.4em; padding-bottom: 0.2em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
body[data-status="green"] h2:first-of-type { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
body[data-status="amber"] h2:first-of-type { color: var(--vscode-editorWarning-foreground, var(--vscode-charts-yellow)); }
body[data-status="red"] h2:first-of-type { color: var(--vscode-errorForeground, var(--vscode-charts-red)); }
.alert { margin: 0.8em 0; padding: 8px 12px; border-left: 4px solid var(--vscode-errorForeground, var(--vscode-charts-red));
  background: var(--vscode-inputValidation-errorBackground, transparent); }
.alert ul { margin: 0.4em 0 0; }
.verdict { margin: 0.8em 0 1.2em; padding: 10px 14px; border: 1px solid; border-left-width: 6px; }
.verdict .verdict-line { font-size: 1.5em; margin: 0; }
.verdict ul { margin: 0.4em 0 0; }
.verdict.go { border-color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.verdict.no-go { border-color: var(--vscode-errorForeground, var(--vscode-charts-red)); background: var(--vscode-inputValidation-errorBackground, transparent); }
.verdict.go .verdict-line strong { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.verdict.no-go .verdict-line strong { color: var(--vscode-errorForeground, var(--vscode-charts-red)); }
.diagram { margin: 0.8em 0; overflow-x: auto; }
.diagram svg { max-width: 100%; height: auto; }
.diagram-error { color: var(--vscode-errorForeground); }
a.line-link { color: var(--vscode-textLink-foreground); }
a.line-link:hover { color: var(--vscode-textLink-activeForeground); }
blockquote { margin: 0.6em 0; padding: 4px 12px; border-left: 4px solid var(--vscode-textBlockQuote-border);
  background: var(--vscode-textBlockQuote-background); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background); padding: 1px 4px; border-radius: 3px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 10px; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); }
th { background: var(--vscode-keybindingTable-headerBackground, transparent); }
.numeric { text-align: right; font-variant-numeric: tabular-nums; }
.loading, .gone { color: var(--vscode-descriptionForeground); }
`;
