/**
 * The status bar item for the program in the active editor: overall health (GREEN / AMBER /
 * RED, with an icon and a theme color) and the projected end date; clicking it generates the
 * weekly status report. It stays on the last program while a panel (not a text editor) has
 * focus, and hides in other files.
 */
import * as vscode from 'vscode';
import type { OverallStatus } from '../../core/model';
import { escapeMarkdown } from '../../core/status/document';
import { assessHealth, projectedEnd } from '../../core/status/health';
import { longDate, shortDate } from '../../core/hover/dateText';
import { isProgramDocument, type ProgramStore } from '../programStore';

const LOOK: Record<OverallStatus, { icon: string; label: string; background?: vscode.ThemeColor; color?: vscode.ThemeColor }> = {
  green: { icon: '$(pass-filled)', label: 'Green', color: new vscode.ThemeColor('programPilot.statusBar.greenForeground') },
  amber: { icon: '$(warning)', label: 'Amber', background: new vscode.ThemeColor('statusBarItem.warningBackground') },
  red: { icon: '$(error)', label: 'Red', background: new vscode.ThemeColor('statusBarItem.errorBackground') },
};
/** How many findings the tooltip lists before "and N more". */
const MAX_FINDINGS = 5;

export function registerStatusBar(store: ProgramStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('programPilot.health', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Program Pilot: Program Health';
  let shown: vscode.Uri | undefined;

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    if (editor) shown = isProgramDocument(editor.document) ? editor.document.uri : undefined;
    const analysis = shown && store.peek(shown);
    if (!shown || !analysis) {
      item.hide();
      return;
    }
    const { program, schedule, asOf } = analysis;
    const health = assessHealth(program, schedule, asOf);
    const end = projectedEnd(program, schedule, asOf);
    const look = LOOK[health.status];
    item.text = `${look.icon} ${look.label}${end ? ` · ends ${shortDate(end, asOf.slice(0, 4))}` : ''}`;
    item.color = look.color;
    item.backgroundColor = look.background;
    item.accessibilityInformation = { label: `Program health ${look.label}${end ? `, projected end ${longDate(end)}` : ''}. ${health.reason}` };
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(program.name || 'Program')}** — ${look.label.toUpperCase()}\n\n${escapeMarkdown(health.reason)}\n\n`);
    if (health.override) tooltip.appendMarkdown(`_Set by \`statusOverride\`; the data says ${health.dataStatus.toUpperCase()}: ${escapeMarkdown(health.dataReason, false)}_\n\n`);
    for (const finding of health.findings.slice(0, MAX_FINDINGS)) tooltip.appendMarkdown(`- ${finding.status.toUpperCase()}: ${escapeMarkdown(finding.message, false)}\n`);
    if (health.findings.length > MAX_FINDINGS) tooltip.appendMarkdown(`- and ${health.findings.length - MAX_FINDINGS} more\n`);
    tooltip.appendMarkdown(`\nProjected end: ${end ? longDate(end) : 'not scheduled'} (as of ${longDate(asOf)})\n\nClick to generate the weekly status report.`);
    item.tooltip = tooltip;
    item.command = { command: 'programPilot.generateStatus', title: 'Generate Weekly Status', arguments: [shown] };
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    store.onDidChange((uri) => uri.toString() === shown?.toString() && update()),
    store.onDidRemove((uri) => {
      if (uri.toString() !== shown?.toString()) return;
      shown = undefined;
      update();
    }),
  );
}
