/**
 * The status preview panel of one program file: shows the report for an as-of date (the server
 * builds it, git included), follows edits of the plan, and saves or copies the Markdown.
 */
import * as vscode from 'vscode';
import type { IsoDate } from '../../core/model';
import { statusFileName } from '../../core/status/fileName';
import { PROGRAM, STATUS } from '../../protocol/requests';
import type { StatusFromWebview, StatusToWebview } from '../../protocol/status';
import type { ProgramServer } from '../programServer';
import { askForDate } from './asOfDate';
import { saveReport } from './saveReport';
import { newNonce } from '../panels/panelHtml';
import { CHROME_STYLES } from '../webviewChrome';

export const STATUS_VIEW_TYPE = 'programPilot.status';

export class StatusPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private markdown = '';
  private html = '';
  private generation = 0;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly uri: vscode.Uri,
    private asOf: IsoDate,
    private readonly server: ProgramServer,
    private readonly onDispose: () => void,
  ) {
    panel.webview.html = statusHtml(panel.webview, vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'status.js'));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: StatusFromWebview) => void this.handle(m)),
      server.onDidAnalyse((changed) => changed.toString() === uri.toString() && void this.update()),
      server.onDidRemove((removed) => removed.toString() === uri.toString() && void this.post({ type: 'gone', fileName: this.fileName() })),
    );
  }

  /** Shows the panel for another date (or the same one, refreshed). */
  show(asOf: IsoDate): void {
    this.asOf = asOf;
    this.panel.reveal(undefined, false);
    void this.update();
  }

  private fileName(): string {
    return this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const result = await this.server.request(STATUS, { uri: this.uri.toString(), asOf: this.asOf }).catch(() => null);
    // A newer edit or date arrived while the server (and git) answered: its update will post instead.
    if (!result || generation !== this.generation) return;
    this.markdown = result.markdown;
    this.html = result.view.html;
    this.panel.title = `Status: ${result.programName || this.fileName()}`;
    await this.post({ type: 'view', view: result.view });
  }

  private async handle(message: StatusFromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.update();
      case 'copy':
        await vscode.env.clipboard.writeText(this.markdown);
        vscode.window.setStatusBarMessage('Weekly status copied to the clipboard as Markdown', 3000);
        return;
      case 'copiedHtml':
        vscode.window.setStatusBarMessage('Weekly status copied to the clipboard as HTML, ready to paste into an email or a wiki', 3000);
        return;
      case 'copyHtmlSource':
        // VS Code's clipboard holds text only: the page's source, for a wiki or an HTML email editor.
        await vscode.env.clipboard.writeText(this.html);
        vscode.window.setStatusBarMessage('Weekly status copied to the clipboard as HTML source', 3000);
        return;
      case 'save': {
        const program = await this.server.request(PROGRAM, { uri: this.uri.toString() });
        const name = program?.name || this.fileName().replace(/\.program\.ya?ml$/i, '');
        const target = vscode.Uri.joinPath(this.uri, '..', statusFileName(name, this.asOf));
        await saveReport(target, this.markdown);
        return;
      }
      case 'changeDate': {
        const date = await askForDate(this.asOf);
        if (date) this.show(date);
        return;
      }
      case 'reveal': {
        const position = new vscode.Position(Math.max(0, Math.floor(message.line) - 1), 0);
        // In the editor already showing the plan, else the first column (the preview is beside it).
        const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
        await vscode.window.showTextDocument(this.uri, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
        return;
      }
    }
  }

  private async post(message: StatusToWebview): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  /** The panel's content for tests: the Markdown currently shown. */
  get shownMarkdown(): string {
    return this.markdown;
  }

  dispose(): void {
    this.onDispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** The page: a strict CSP (our script and styles by nonce only, nothing remote) and theme colours. */
function statusHtml(webview: vscode.Webview, script: vscode.Uri): string {
  const n = newNonce();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    `style-src 'nonce-${n}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Weekly status</title>
<style nonce="${n}">${STYLES}</style>
</head>
<body data-status="">
<header class="toolbar" role="toolbar" aria-label="Weekly status">
  <span id="as-of" class="as-of"></span>
  <button id="change-date" class="secondary" type="button">Change date…</button>
  <button id="copy" class="secondary" type="button" title="Copy the report as Markdown">Copy to clipboard</button>
  <button id="copy-html" class="secondary" type="button" title="Copy the report as formatted HTML, for an email or a wiki">Copy as HTML</button>
  <button id="save" type="button">Save as Markdown</button>
</header>
<main id="report" class="report" aria-live="polite"><p class="loading">Generating the report…</p></main>
<script nonce="${n}" src="${webview.asWebviewUri(script).toString()}"></script>
</body>
</html>`;
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
