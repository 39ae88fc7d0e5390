/**
 * The cockpit's data on the extension side: one request for every view, asked again when the
 * server analysed or removed a program or another program editor became active. While a view
 * shows, a burst of analyses costs one request (debounced); while none does, only the badge
 * needs the data, so it is asked at most every few seconds (a 20,000-task plan's trees take the
 * server about 100 ms and are 3 MB).
 */
import * as vscode from 'vscode';
import { COCKPIT, type CockpitProgram } from '../../protocol/cockpit';
import { isProgramDocument, type ProgramServer } from '../programServer';

const REFRESH_DELAY = 100;
const HIDDEN_REFRESH_DELAY = 5000;

export class CockpitData implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending refresh runs. */
  private due = 0;
  /** Whether any of the views shows; set by the views. */
  visible: () => boolean = () => false;
  private asked = 0;
  private active: vscode.Uri | undefined;
  /** Undefined until the server first answered. */
  programs: readonly CockpitProgram[] | undefined;
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: ProgramServer) {
    const editor = vscode.window.activeTextEditor;
    if (editor && isProgramDocument(editor.document)) this.active = editor.document.uri;
    this.disposables.push(
      server.onDidAnalyse(() => this.schedule()),
      server.onDidRemove(() => this.schedule()),
      vscode.window.onDidChangeActiveTextEditor((next) => {
        if (!next || !isProgramDocument(next.document) || next.document.uri.toString() === this.active?.toString()) return;
        this.active = next.document.uri;
        this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('programPilot.cockpit') && this.schedule()),
    );
    this.schedule();
  }

  schedule(): void {
    const visible = this.visible();
    const due = Date.now() + (visible ? REFRESH_DELAY : HIDDEN_REFRESH_DELAY);
    // Hidden, a pending refresh is kept (throttled); shown, each change pushes it back (debounced).
    if (this.timer !== undefined && !visible && this.due <= due) return;
    clearTimeout(this.timer);
    this.due = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, due - Date.now());
  }

  async refresh(): Promise<void> {
    const question = ++this.asked;
    const criticalLimit = vscode.workspace.getConfiguration('programPilot').get<number>('cockpit.criticalTaskLimit', 2);
    const programs = await this.server.request(COCKPIT, { active: this.active?.toString(), criticalLimit }).catch(() => undefined);
    if (question !== this.asked || programs === undefined) return;
    this.programs = programs;
    void vscode.commands.executeCommand('setContext', 'programPilot.noPrograms', programs.length === 0);
    this.changed.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
