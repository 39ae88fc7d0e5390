/**
 * The previews of one kind: at most one per program file (running the command again reveals and
 * refreshes it), opened beside the editor, and brought back after a window reload by a
 * serializer for the kind's view type (with its `onWebviewPanel:` activation event).
 */
import * as vscode from 'vscode';
import type { PreviewState } from '../../protocol/preview';
import type { ProgramServer } from '../programServer';
import { PreviewPanel, type PreviewKind } from './previewPanel';

export class Previews implements vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: ProgramServer,
    private readonly kind: PreviewKind,
    /** Whether a restored state is one this kind can show again (the status needs its date). */
    valid: (state: Partial<PreviewState>) => boolean = () => true,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(kind.viewType, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
          const saved = (typeof state === 'object' && state !== null ? state : {}) as Partial<PreviewState>;
          const uri = typeof saved.documentUri === 'string' ? vscode.Uri.parse(saved.documentUri) : undefined;
          // Without a file to show (or when it is already shown) there is nothing to restore.
          if (!uri || !valid(saved) || this.panels.has(uri.toString())) {
            panel.dispose();
            return;
          }
          panel.webview.options = this.webviewOptions();
          this.adopt(panel, uri, typeof saved.asOf === 'string' ? saved.asOf : undefined);
        },
      }),
    );
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview')] };
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, asOf: string | undefined): PreviewPanel {
    const key = uri.toString();
    const preview = new PreviewPanel(panel, this.context.extensionUri, uri, asOf, this.kind, this.server, () => this.panels.delete(key));
    this.panels.set(key, preview);
    return preview;
  }

  /** The file's preview, revealed and refreshed if it is open, else opened beside the editor. */
  open(uri: vscode.Uri, asOf?: string): PreviewPanel {
    const existing = this.panels.get(uri.toString());
    if (existing) {
      existing.show(asOf);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.kind.label, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions());
    return this.adopt(panel, uri, asOf);
  }

  dispose(): void {
    for (const preview of [...this.panels.values()]) preview.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
