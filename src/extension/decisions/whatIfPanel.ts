/**
 * The what-if panel of one program file: the what-ifs asked side by side (one column each,
 * "Compare options" adds one), recomputed when the plan changes; "Apply" writes one as the
 * server's minimal edit, only on the user's click. The file is never touched otherwise.
 */
import * as vscode from 'vscode';
import { WHAT_IF, WHAT_IF_EDITS, WHAT_IF_TARGET, type WhatIfFromWebview, type WhatIfQuestion, type WhatIfToWebview, type WhatIfView } from '../../protocol/decisions';
import type { ProgramServer } from '../programServer';
import { askWhatIf } from './askWhatIf';
import { webviewPage } from './webviewPage';

export const WHAT_IF_VIEW_TYPE = 'programPilot.whatIf';
/** Columns kept side by side. */
const MAX_COLUMNS = 6;

export class WhatIfPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private questions: WhatIfQuestion[] = [];
  private views: WhatIfView[] = [];
  private generation = 0;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    readonly uri: vscode.Uri,
    private readonly server: ProgramServer,
    private readonly onDispose: () => void,
    /** The what-ifs a restored panel shows again. */
    restored: readonly WhatIfQuestion[] = [],
  ) {
    this.questions = restored.slice(-MAX_COLUMNS);
    panel.webview.html = webviewPage(panel.webview, extensionUri, 'whatif.js', 'What if');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: WhatIfFromWebview) => void this.handle(m)),
      server.onDidAnalyse((changed) => changed.toString() === uri.toString() && void this.update()),
      server.onDidRemove((removed) => removed.toString() === uri.toString() && void this.panel.webview.postMessage({ type: 'gone', fileName: this.fileName() } satisfies WhatIfToWebview)),
    );
  }

  /** Shows the question: alone, or beside the others when comparing. */
  async show(question: WhatIfQuestion, compare: boolean): Promise<WhatIfView | undefined> {
    this.questions = compare ? [...this.questions, question].slice(-MAX_COLUMNS) : [question];
    this.panel.reveal(undefined, true);
    const refused = await this.update(question);
    if (refused) void vscode.window.showInformationMessage(refused);
    const index = this.questions.indexOf(question);
    return index < 0 ? undefined : this.views[index];
  }

  /** Writes the what-if of column `index` into the file. */
  async apply(index: number): Promise<boolean> {
    const question = this.questions[index];
    if (!question) return false;
    const edits = await this.server.request(WHAT_IF_EDITS, { uri: this.uri.toString(), ...question });
    if (!edits || edits.length === 0) {
      void vscode.window.showInformationMessage('Nothing to write: the what-if changes nothing in the file as it is now.');
      return false;
    }
    return vscode.workspace.applyEdit(this.server.workspaceEdit(this.uri, edits));
  }

  private fileName(): string {
    return this.uri.path.slice(this.uri.path.lastIndexOf('/') + 1);
  }

  /** Recomputes every column; returns why `asked` (a new question) could not be answered, if so. */
  private async update(asked?: WhatIfQuestion): Promise<string | undefined> {
    const generation = ++this.generation;
    const uri = this.uri.toString();
    const questions = this.questions;
    const answers = await Promise.all(questions.map((q) => this.server.request(WHAT_IF, { uri, ...q }).catch(() => null)));
    const target = await this.server.request(WHAT_IF_TARGET, { uri }).catch(() => null);
    if (generation !== this.generation) return undefined;
    const refusal = asked ? answers[questions.indexOf(asked)] : undefined;
    // A question the plan no longer answers (its task was removed) leaves the panel.
    const kept = answers.map((a, i) => [a, questions[i]] as const).filter((pair): pair is readonly [WhatIfView, WhatIfQuestion] => !!pair[0] && !('message' in pair[0]));
    this.questions = kept.map(([, q]) => q);
    this.views = kept.map(([v]) => v);
    const scenarios = target?.scenarios ?? [];
    this.panel.title = `What if: ${this.fileName()}`;
    const state = { documentUri: uri, questions: this.questions };
    await this.panel.webview.postMessage({ type: 'views', fileName: this.fileName(), views: this.views, scenarios, state } satisfies WhatIfToWebview);
    return refusal && 'message' in refusal ? refusal.message : undefined;
  }

  private async handle(message: WhatIfFromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.update();
        return;
      case 'apply':
        await this.apply(message.index);
        return;
      case 'remove':
        this.questions.splice(message.index, 1);
        await this.update();
        return;
      case 'scenario':
        await this.show({ scenarioId: message.id }, true);
        return;
      case 'compare': {
        const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
        const target = await this.server.request(WHAT_IF_TARGET, { uri: this.uri.toString(), position: shown?.selection.active });
        if ('message' in target) {
          void vscode.window.showInformationMessage(`${target.message} Then click Compare options.`);
          return;
        }
        const question = await askWhatIf(target);
        if (question) await this.show(question, true);
        return;
      }
    }
  }

  dispose(): void {
    this.onDispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
