/**
 * "Program Pilot: Show Milestone Trend": a panel with the plan's milestone trend and scope over
 * its commits. The server reads the history (git, cached in the extension's storage); a
 * notification shows progress when that takes more than a second. A point opens that version of
 * the file (the git extension's `git:` URI) or its diff with the current file.
 */
import * as vscode from 'vscode';
import { TREND, type TrendFromWebview, type TrendPanelState, type TrendResult, type TrendToWebview } from '../../protocol/baseline';
import { attribute, htmlPage, newNonce } from '../panels/panelHtml';
import { pickProgram } from '../pickProgram';
import type { ProgramServer } from '../programServer';

export const TREND_COMMAND = 'programPilot.showMilestoneTrend';
export const TREND_VIEW_TYPE = 'programPilot.trend';

/** A history read longer than this gets a progress notification. */
const PROGRESS_AFTER_MS = 1_000;

export function registerTrendPanel(context: vscode.ExtensionContext, server: ProgramServer): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(TREND_COMMAND, async (resource?: unknown) => {
      const uri = await pickProgram(server, resource, { title: 'Show Milestone Trend', whenNone: 'Open a *.program.yaml file to see its milestone trend.' });
      return uri ? TrendPanel.show(context, server, uri) : undefined;
    }),
    vscode.window.registerWebviewPanelSerializer(TREND_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const saved = state as Partial<TrendPanelState> | undefined;
        if (typeof saved?.documentUri !== 'string') {
          panel.dispose(); // nothing says which file it showed
          return;
        }
        panel.webview.options = webviewOptions(context);
        new TrendPanel(context, server, panel, vscode.Uri.parse(saved.documentUri));
      },
    }),
  );
}

function webviewOptions(context: vscode.ExtensionContext): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview')] };
}

/** The URI the built-in git extension opens for `path` at `ref` (its `toGitUri` shape). */
export function gitUri(path: string, ref: string): vscode.Uri {
  const file = vscode.Uri.file(path);
  return vscode.Uri.from({ scheme: 'git', path: file.path, query: JSON.stringify({ path: file.fsPath, ref }) });
}

export class TrendPanel implements vscode.Disposable {
  private static readonly open = new Map<string, TrendPanel>();

  static show(context: vscode.ExtensionContext, server: ProgramServer, uri: vscode.Uri): TrendPanel {
    const existing = TrendPanel.open.get(uri.toString());
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(TREND_VIEW_TYPE, `Milestone trend: ${baseName(uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(context));
    return new TrendPanel(context, server, panel, uri);
  }

  private readonly disposables: vscode.Disposable[] = [];
  private trend: TrendResult | undefined;
  private generation = 0;
  /** What the page reported after its last drawing (used by the tests). */
  lastRender: Extract<TrendFromWebview, { type: 'rendered' }> | undefined;

  /** Also takes over a panel VS Code restored after a reload. */
  constructor(
    context: vscode.ExtensionContext,
    private readonly server: ProgramServer,
    readonly panel: vscode.WebviewPanel,
    readonly uri: vscode.Uri,
  ) {
    TrendPanel.open.set(uri.toString(), this);
    panel.webview.html = trendHtml(panel.webview, vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'trend.js'));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: TrendFromWebview) => void this.receive(message)),
      // A commit changes the history; saving is when a new one may follow.
      vscode.workspace.onDidSaveTextDocument((document) => document.uri.toString() === uri.toString() && void this.update()),
    );
  }

  private async receive(message: TrendFromWebview): Promise<void> {
    switch (message?.type) {
      case 'ready':
      case 'refresh':
        return this.update();
      case 'open':
        if (typeof message.commit === 'string') await this.openVersion(message.commit, message.compare === true);
        return;
      case 'rendered':
        this.lastRender = message;
        return;
    }
  }

  async update(): Promise<void> {
    const generation = ++this.generation;
    const answer = this.server.request(TREND, { uri: this.uri.toString() }).catch((error: unknown) => ({ unavailable: error instanceof Error ? error.message : String(error) }));
    const timer = setTimeout(() => {
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Reading the history of ${baseName(this.uri)}…` }, () => answer);
    }, PROGRESS_AFTER_MS);
    const result = await answer.finally(() => clearTimeout(timer));
    if (generation !== this.generation) return;
    if ('unavailable' in result) {
      this.trend = undefined;
      await this.post({ type: 'unavailable', fileName: baseName(this.uri), message: result.unavailable, state: this.state() });
      return;
    }
    this.trend = result;
    await this.post({ type: 'trend', trend: result, state: this.state() });
  }

  /** Opens the file as of `commit` (a point of the chart), or its diff with the current file. */
  async openVersion(commit: string, compare: boolean): Promise<void> {
    const path = this.trend?.paths[commit];
    if (!path) return;
    const version = gitUri(path, commit);
    const title = `${baseName(vscode.Uri.file(path))} (${commit.slice(0, 10)})`;
    if (compare) await vscode.commands.executeCommand('vscode.diff', version, this.uri, `${title} ↔ current`);
    else await vscode.window.showTextDocument(version, { viewColumn: vscode.ViewColumn.One, preview: true });
  }

  private state(): TrendPanelState {
    return { documentUri: this.uri.toString() };
  }

  private async post(message: TrendToWebview): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (TrendPanel.open.get(this.uri.toString()) === this) TrendPanel.open.delete(this.uri.toString());
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The page: a strict CSP (only our nonce'd script and style, nothing remote) and the theme's colours. */
function trendHtml(webview: vscode.Webview, script: vscode.Uri): string {
  const n = newNonce();
  const csp = ["default-src 'none'", `script-src 'nonce-${n}'`, `style-src 'nonce-${n}'`, `font-src ${webview.cspSource}`].join('; ');
  return htmlPage({
    csp,
    title: 'Milestone trend',
    head: `<style nonce="${n}">${STYLES}</style>`,
    body: `<body>
<header class="toolbar" role="toolbar" aria-label="Milestone trend">
  <span id="file" class="file"></span>
  <span class="hint">Click a point to open that version · Shift+click to compare it with the current file</span>
  <button id="refresh" type="button">Refresh</button>
</header>
<div id="notices" aria-live="polite"></div>
<main id="charts" aria-live="polite"><p class="empty">Reading the plan's history…</p></main>
<script nonce="${n}" src="${attribute(webview.asWebviewUri(script).toString())}"></script>
</body>`,
  });
}

const SERIES = ['blue', 'red', 'green', 'yellow', 'purple', 'orange'];

const STYLES = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); padding: 0 16px 16px; }
.toolbar { display: flex; gap: 12px; align-items: center; padding: 8px 0; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
.file { font-weight: 600; }
.hint { margin-right: auto; color: var(--vscode-descriptionForeground); }
button { font: inherit; padding: 4px 12px; border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
h2 { font-size: 1.1em; margin: 16px 0 4px; }
.notice { color: var(--vscode-editorWarning-foreground); margin: 8px 0 0; }
.empty { color: var(--vscode-descriptionForeground); }
.chart { display: block; overflow: visible; }
.axis { stroke: var(--vscode-foreground); stroke-width: 1; }
.grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border, #8884)); stroke-width: 0.5; stroke-dasharray: 2 3; }
.tick, .title { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.title { fill: var(--vscode-foreground); }
.diagonal { stroke: var(--vscode-descriptionForeground); stroke-width: 1.5; stroke-dasharray: 6 4; }
.line { fill: none; stroke-width: 2; }
.point { stroke: var(--vscode-editor-background); stroke-width: 1.5; cursor: pointer; }
.point:focus { outline: none; stroke: var(--vscode-focusBorder); stroke-width: 3; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 4px 0 0; }
.swatch { display: inline-block; width: 14px; height: 3px; margin-right: 6px; vertical-align: middle; }
.diagonal-swatch { border-top: 2px dashed var(--vscode-descriptionForeground); height: 0; }
${SERIES.map((c, i) => `.line.series-${i} { stroke: var(--vscode-charts-${c}); } .point.series-${i}, .swatch.series-${i} { fill: var(--vscode-charts-${c}); background: var(--vscode-charts-${c}); }`).join('\n')}
`;
