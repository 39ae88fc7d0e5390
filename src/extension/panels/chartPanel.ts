/**
 * One Gantt or critical-path panel for one program file: keeps it in step with the file
 * (debounced on the server's analyses), answers the page's requests (reveal a task, copy the
 * Mermaid source, save the SVG, change grouping or scope) and survives a window reload through
 * the state the page saves.
 */
import * as vscode from 'vscode';
import type { GanttGrouping } from '../../core/mermaid/gantt';
import { CRITICAL_PATH_SCOPES, type CriticalPathScope } from '../../core/mermaid/criticalPath';
import { CRITICAL_PATH, GANTT, TASK_LOCATION } from '../../protocol/requests';
import { asRange, type ProgramServer } from '../programServer';
import { modulePreloads } from './modulePreloads';
import { panelHtml } from './panelHtml';
import type { FromWebview, PanelKind, PanelState, PanelView, ToWebview } from '../../protocol/panels';

export const VIEW_TYPES: Record<PanelKind, string> = {
  gantt: 'programPilot.gantt',
  criticalPath: 'programPilot.criticalPath',
};

const TITLES: Record<PanelKind, string> = { gantt: 'Gantt', criticalPath: 'Critical path' };

/** Extra quiet time after the server's own debounce, so a burst of edits renders once. */
const UPDATE_DELAY_MS = 200;
/** How long a new panel waits for its first view to put it in the page (about what VS Code takes to make the webview). */
const FIRST_VIEW_WAIT_MS = 300;
/** An SVG larger than this is not a chart we drew. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_SVG_CHARS = 200_000_000;

export interface PanelOptions {
  readonly groupBy?: GanttGrouping;
  readonly scope?: CriticalPathScope;
}

export class ChartPanel implements vscode.Disposable {
  private static readonly open = new Map<string, ChartPanel>();

  /** Shows the panel of this kind for `uri`, creating it beside the editor if needed. */
  static show(context: vscode.ExtensionContext, server: ProgramServer, kind: PanelKind, uri: vscode.Uri): ChartPanel {
    const existing = ChartPanel.open.get(ChartPanel.key(kind, uri));
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPES[kind],
      ChartPanel.title(kind, uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      ChartPanel.webviewOptions(context),
    );
    return new ChartPanel(context, server, panel, kind, uri, {});
  }

  /** Takes over a panel VS Code restored after a reload. */
  static restore(context: vscode.ExtensionContext, server: ProgramServer, panel: vscode.WebviewPanel, kind: PanelKind, state: PanelState): ChartPanel {
    panel.webview.options = ChartPanel.webviewOptions(context);
    return new ChartPanel(context, server, panel, kind, vscode.Uri.parse(state.documentUri), state);
  }

  /** The open panels, for tests and for commands that act on them. */
  static panels(): readonly ChartPanel[] {
    return [...ChartPanel.open.values()];
  }

  private static key(kind: PanelKind, uri: vscode.Uri): string {
    return `${kind}|${uri.toString()}`;
  }

  private static title(kind: PanelKind, uri: vscode.Uri): string {
    return `${TITLES[kind]}: ${baseName(uri)}`;
  }

  private static webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
    };
  }

  private readonly disposables: vscode.Disposable[] = [];
  private groupBy: GanttGrouping;
  private scope: CriticalPathScope;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private lastSent = '';
  private lastView: PanelView | undefined;
  /**
   * The first view, asked of the server as the page starts loading rather than once it is
   * ready: the request overlaps the page's load. Dropped when the plan changes first.
   */
  private prefetched: Promise<PanelView | null> | undefined;
  /** The first view as the page's HTML carries it (serialized), when it does. */
  private carried: string | undefined;
  private disposed = false;
  /** A "Show in Gantt" task asked for before the page was ready. */
  private pendingFocus: string | undefined;
  /** What the page reported after its last render (used by the tests). */
  lastRender: Extract<FromWebview, { type: 'rendered' }> | undefined;

  private constructor(
    context: vscode.ExtensionContext,
    private readonly server: ProgramServer,
    readonly panel: vscode.WebviewPanel,
    readonly kind: PanelKind,
    readonly uri: vscode.Uri,
    options: PanelOptions,
  ) {
    const settings = vscode.workspace.getConfiguration('programPilot');
    this.groupBy = options.groupBy ?? (settings.get<string>('gantt.groupBy') === 'team' ? 'team' : 'phase');
    this.scope = options.scope && CRITICAL_PATH_SCOPES.includes(options.scope) ? options.scope : 'critical';
    ChartPanel.open.set(ChartPanel.key(kind, uri), this);
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', kind === 'gantt' ? 'gantt.svg' : 'critical-path.svg');
    const first = this.view();
    first.catch(() => undefined); // update() sees the failure, if it still wants this view
    this.prefetched = first;
    void this.load(context, first);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // A hidden page is discarded; shown again it loads afresh and says 'ready'.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      server.onDidAnalyse((changed) => changed.toString() === uri.toString() && this.scheduleUpdate()),
      server.onDidRemove((removed) => removed.toString() === uri.toString() && this.post({ type: 'gone', fileName: baseName(uri) })),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('programPilot.criticalPath.nearCriticalThreshold')) this.scheduleUpdate();
      }),
    );
  }

  /**
   * Sets the page, with the first view in it when the server has it within a moment (the page
   * then draws it as it starts, without a round trip to ask for it); otherwise without, and the
   * page asks once it is ready.
   */
  private async load(context: vscode.ExtensionContext, first: Promise<PanelView | null>): Promise<void> {
    const view = await Promise.race([first.catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_VIEW_WAIT_MS))]);
    if (this.disposed) return;
    // Not when the plan changed meanwhile: the page then asks for the new view.
    const carried = view && first === this.prefetched ? view : undefined;
    if (carried) {
      this.carried = JSON.stringify(carried);
      this.lastView = carried;
      this.prefetched = undefined;
    }
    const webview = this.panel.webview;
    const file = (...path: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, ...path)).toString();
    webview.html = panelHtml({
      kind: this.kind,
      title: ChartPanel.title(this.kind, this.uri),
      cspSource: webview.cspSource,
      scriptUri: file('dist', 'webview', 'panel.js'),
      preloadUris: modulePreloads(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview').fsPath, this.kind).map((path) => file('dist', 'webview', path)),
      styleUri: file('media', 'panel.css'),
      view: carried,
    });
  }

  private scheduleUpdate(): void {
    this.prefetched = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  /** Sends the current view, unless the page already has exactly this one. */
  async update(): Promise<void> {
    if (!this.ready) return;
    const pending = this.prefetched ?? this.view();
    this.prefetched = undefined;
    const view = await pending.catch(() => undefined); // the server restarting: the next analysis updates the panel
    if (view === undefined) return;
    if (view === null) {
      this.post({ type: 'gone', fileName: baseName(this.uri) });
      return;
    }
    const serialized = JSON.stringify(view);
    if (serialized === this.lastSent) return;
    this.lastSent = serialized;
    this.lastView = view;
    this.post({ type: 'view', view });
  }

  /** The view of the file's current text (the server reads it from disk if nobody opened it); null when it cannot be read. */
  private view(): Promise<PanelView | null> {
    const uri = this.uri.toString();
    if (this.kind === 'gantt') return this.server.request(GANTT, { uri, groupBy: this.groupBy });
    const threshold = vscode.workspace.getConfiguration('programPilot').get<number>('criticalPath.nearCriticalThreshold', 2);
    return this.server.request(CRITICAL_PATH, { uri, scope: this.scope, nearCriticalThreshold: Number.isFinite(threshold) ? threshold : 2 });
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message?.type) {
      case 'ready':
        this.ready = true;
        // A fresh page (first load, or shown again after hiding) has nothing yet, or the view its HTML carries.
        this.lastSent = message.hasView === true && this.carried !== undefined ? this.carried : '';
        if (this.pendingFocus !== undefined) this.post({ type: 'focusTask', taskId: this.pendingFocus });
        this.pendingFocus = undefined;
        return this.update();
      case 'reveal':
        if (typeof message.taskId === 'string') await this.reveal(message.taskId);
        return;
      case 'copySource':
        return this.copySource(typeof message.source === 'string' && message.source.length <= MAX_SVG_CHARS ? message.source : undefined);
      case 'saveSvg':
        if (typeof message.svg === 'string' && message.svg.length <= MAX_SVG_CHARS && /^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(message.svg)) {
          await this.saveImage('svg', new TextEncoder().encode(message.svg));
        }
        return;
      case 'savePng':
        if (typeof message.png === 'string' && message.png.length <= MAX_SVG_CHARS && /^[A-Za-z0-9+/]+=*$/.test(message.png)) {
          const bytes = Buffer.from(message.png, 'base64');
          // Only a PNG file is written, whatever the page sent.
          if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) await this.saveImage('png', bytes);
        }
        return;
      case 'setGroupBy':
        this.groupBy = message.groupBy === 'team' ? 'team' : 'phase';
        return this.update();
      case 'setScope':
        if (CRITICAL_PATH_SCOPES.includes(message.scope)) this.scope = message.scope;
        return this.update();
      case 'rendered':
        this.lastRender = message;
        if (message.error) void vscode.window.showWarningMessage(`Program Pilot could not draw the ${TITLES[this.kind].toLowerCase()}: ${message.error}`);
        return;
    }
  }

  /** Selects the task's id in an editor, reusing the column where the file is already shown. */
  async reveal(taskId: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const location = await this.server.request(TASK_LOCATION, { uri: this.uri.toString(), taskId });
    if (!location) {
      void vscode.window.showInformationMessage(`Task '${taskId}' is no longer in ${baseName(this.uri)}.`);
      return;
    }
    const range = asRange(location);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Gantt: shows only `taskId` and its predecessors and successors (a chip in the toolbar removes the filter). */
  focusTask(taskId: string): void {
    if (this.ready) this.post({ type: 'focusTask', taskId });
    else this.pendingFocus = taskId;
  }

  /** `drawn`: the source the page drew, with its filters; else the whole chart's. */
  private async copySource(drawn: string | undefined): Promise<void> {
    const view = this.lastView;
    if (!view || view.empty) return;
    await vscode.env.clipboard.writeText(drawn ?? (view.kind === 'gantt' ? view.chart.source : view.diagram.source));
    vscode.window.setStatusBarMessage('$(check) Mermaid source copied', 3_000);
  }

  private async saveImage(format: 'svg' | 'png', bytes: Uint8Array): Promise<void> {
    const suffix = this.kind === 'gantt' ? 'gantt' : 'critical-path';
    const stem = baseName(this.uri).replace(/\.program\.ya?ml$/i, '');
    const name = format.toUpperCase();
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(this.uri, '..', `${stem}-${suffix}.${format}`),
      filters: { [`${name} image`]: [format] },
      saveLabel: `Save ${name}`,
      title: `Save the ${TITLES[this.kind].toLowerCase()} as ${name}`,
    });
    // The save dialog itself asks before replacing an existing file.
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Saved ${vscode.workspace.asRelativePath(target)}`);
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    if (ChartPanel.open.get(ChartPanel.key(this.kind, this.uri)) === this) ChartPanel.open.delete(ChartPanel.key(this.kind, this.uri));
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
