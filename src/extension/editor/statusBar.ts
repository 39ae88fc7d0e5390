/**
 * The status bar item for the program in the active editor: overall health (GREEN / AMBER /
 * RED, with an icon and a theme color) and the projected end date, as the server assesses them;
 * clicking it generates the weekly status report. It stays on the last program while a panel
 * (not a text editor) has focus, and hides in other files.
 */
import * as vscode from 'vscode';
import type { OverallStatus } from '../../core/model';
import { HEALTH } from '../../protocol/requests';
import { isProgramDocument, type ProgramServer } from '../programServer';

const LOOK: Record<OverallStatus, { icon: string; background?: vscode.ThemeColor; color?: vscode.ThemeColor }> = {
  green: { icon: '$(pass-filled)', color: new vscode.ThemeColor('programPilot.statusBar.greenForeground') },
  amber: { icon: '$(warning)', background: new vscode.ThemeColor('statusBarItem.warningBackground') },
  red: { icon: '$(error)', background: new vscode.ThemeColor('statusBarItem.errorBackground') },
};

export function registerStatusBar(server: ProgramServer): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('programPilot.health', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Program Pilot: Program Health';
  let shown: vscode.Uri | undefined;
  /** Answers can come back out of order; only the latest question's is shown. */
  let asked = 0;

  const update = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (editor) shown = isProgramDocument(editor.document) ? editor.document.uri : undefined;
    const question = ++asked;
    const uri = shown;
    const health = uri && (await server.request(HEALTH, { uri: uri.toString() }).catch(() => null));
    if (question !== asked) return;
    if (!uri || !health) {
      item.hide();
      return;
    }
    const look = LOOK[health.status];
    item.text = `${look.icon} ${health.text}`;
    item.color = look.color;
    item.backgroundColor = look.background;
    item.accessibilityInformation = { label: health.accessibilityLabel };
    item.tooltip = new vscode.MarkdownString(health.tooltip); // untrusted: no commands, no HTML
    item.command = { command: 'programPilot.generateStatus', title: 'Generate Weekly Status', arguments: [uri] };
    item.show();
  };

  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    server.onDidAnalyse((uri) => uri.toString() === shown?.toString() && void update()),
    server.onDidRemove((uri) => {
      if (uri.toString() !== shown?.toString()) return;
      shown = undefined;
      void update();
    }),
  );
}
