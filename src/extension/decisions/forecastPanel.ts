/**
 * "Program Pilot: Show Schedule Confidence": the forecast panel of one program file. The server
 * runs the forecast in a worker thread and reports progress; a run that takes more than a second
 * shows VS Code's progress notification with the percentage. An edit of the plan stops the run
 * (in the server) and starts a new one once the edit is analysed.
 */
import * as vscode from 'vscode';
import { FORECAST, FORECAST_PROGRESS, type ForecastFromWebview, type ForecastToWebview } from '../../protocol/decisions';
import type { ProgramServer } from '../programServer';
import { webviewPage } from './webviewPage';

export const FORECAST_VIEW_TYPE = 'programPilot.forecast';
/** A forecast that has not answered by then shows the progress notification. */
const PROGRESS_AFTER_MS = 1000;

type ProgressListener = (done: number, total: number) => void;
/** Progress notifications by request token, for every panel. */
const listeners = new Map<string, ProgressListener>();
let subscribed: Promise<void> | undefined;
let nextToken = 0;

function listenForProgress(server: ProgramServer, context: vscode.ExtensionContext): Promise<void> {
  subscribed ??= server.start().then((client) => {
    context.subscriptions.push(client.onNotification(FORECAST_PROGRESS.method, (p: { token: string; done: number; total: number }) => listeners.get(p.token)?.(p.done, p.total)));
  });
  return subscribed;
}

export class ForecastPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    readonly uri: vscode.Uri,
    private readonly server: ProgramServer,
    private readonly onDispose: () => void,
  ) {
    panel.webview.html = webviewPage(panel.webview, context.extensionUri, 'forecast.js', 'Schedule confidence');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: ForecastFromWebview) => (m.type === 'ready' || m.type === 'rerun') && void this.update()),
      server.onDidAnalyse((changed) => changed.toString() === uri.toString() && void this.update()),
    );
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
    void this.update();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    await listenForProgress(this.server, this.context);
    const token = `forecast-${++nextToken}`;
    const settings = vscode.workspace.getConfiguration('programPilot.forecast');
    const params = {
      uri: this.uri.toString(),
      token,
      iterations: settings.get<number>('iterations', 5000),
      seed: settings.get<number>('seed', 1),
      distribution: settings.get<'pert' | 'triangular'>('distribution', 'pert'),
    };
    await this.post({ type: 'busy' });
    const answer = this.server.request(FORECAST, params).catch((error: unknown) => ({ message: `The forecast failed: ${String(error)}` }));
    this.showProgressIfSlow(token, answer);
    const result = await answer;
    if (generation !== this.generation || 'cancelled' in result) return; // a newer run answers instead
    this.panel.title = `Confidence: ${this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1)}`;
    const state = { documentUri: this.uri.toString() };
    await this.post('view' in result ? { type: 'view', view: result.view, state } : { type: 'message', text: result.message, state });
  }

  private showProgressIfSlow(token: string, answer: Promise<unknown>): void {
    let last = { done: 0, total: 0 };
    listeners.set(token, (done, total) => (last = { done, total }));
    let finished = false;
    void answer.finally(() => {
      finished = true;
      listeners.delete(token);
    });
    setTimeout(() => {
      if (finished) return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Forecasting the schedule' }, async (progress) => {
        let reported = 0;
        const report = (done: number, total: number) => {
          const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
          if (percent > reported) progress.report({ increment: percent - reported, message: `${percent}%` });
          reported = Math.max(reported, percent);
        };
        report(last.done, last.total);
        listeners.set(token, report);
        await answer;
      });
    }, PROGRESS_AFTER_MS);
  }

  private async post(message: ForecastToWebview): Promise<void> {
    await this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.onDispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
