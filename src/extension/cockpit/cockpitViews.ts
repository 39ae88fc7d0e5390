/**
 * The "Program" view container's tree views: Milestones, Attention, RAID and People, each with
 * one node per program (the active editor's first, expanded). Clicking an item selects its id
 * in the file; task items offer "Assign Owner…" inline. The Attention view's badge counts its items.
 */
import * as vscode from 'vscode';
import type { Tone } from '../../core/cockpit/tree';
import type { CockpitItem, CockpitProgram } from '../../protocol/cockpit';
import type { Range } from '../../protocol/requests';
import { ASSIGN_OWNER_COMMAND } from '../editor/assignOwner';
import { asRange, type ProgramServer } from '../programServer';
import { CockpitData } from './cockpitData';
import { registerNewProgram } from './newProgram';

export type CockpitSection = 'milestones' | 'attention' | 'raid' | 'people';
export const COCKPIT_VIEWS: Record<CockpitSection, string> = {
  milestones: 'programPilot.milestones',
  attention: 'programPilot.attention',
  raid: 'programPilot.raid',
  people: 'programPilot.people',
};
export const REVEAL_COMMAND = 'programPilot.cockpit.reveal';
const ASSIGN_FROM_VIEW_COMMAND = 'programPilot.cockpit.assignOwner';

type Element = { readonly uri: string; readonly program: CockpitProgram; readonly first: boolean } | { readonly uri: string; readonly item: CockpitItem };

const ICONS: Record<Tone, vscode.ThemeIcon> = {
  done: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  ok: new vscode.ThemeIcon('circle-large-outline'),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  info: new vscode.ThemeIcon('circle-small'),
  group: new vscode.ThemeIcon('folder'),
  person: new vscode.ThemeIcon('person'),
};

class SectionTree implements vscode.TreeDataProvider<Element> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly data: CockpitData,
    private readonly section: CockpitSection,
  ) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(element?: Element): Element[] {
    if (!element) return (this.data.programs ?? []).map((program, index) => ({ uri: program.uri, program, first: index === 0 }));
    const items = 'program' in element ? element.program[this.section] : (element.item.children ?? []);
    return items.map((item) => ({ uri: element.uri, item }));
  }

  getTreeItem(element: Element): vscode.TreeItem {
    if ('program' in element) {
      const count = element.program[this.section].length;
      const tree = new vscode.TreeItem(element.program.name, element.first ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      // VS Code keeps a known id's expanded state: the id changes with being first, so the active
      // editor's program opens expanded even when it was shown collapsed further down before.
      tree.id = `${this.section}:${element.first ? 'active' : 'other'}:${element.uri}`;
      tree.iconPath = new vscode.ThemeIcon('project');
      tree.description = this.section === 'attention' ? String(count) : undefined;
      tree.resourceUri = vscode.Uri.parse(element.uri);
      tree.tooltip = vscode.workspace.asRelativePath(vscode.Uri.parse(element.uri));
      tree.contextValue = 'program';
      return tree;
    }
    const { item } = element;
    const tree = new vscode.TreeItem(item.label, item.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    tree.description = item.description;
    tree.tooltip = item.reason;
    tree.iconPath = ICONS[item.tone];
    tree.contextValue = item.taskId ? 'task' : 'item';
    if (item.range) tree.command = { command: REVEAL_COMMAND, title: 'Reveal in File', arguments: [element.uri, item.range] };
    return tree;
  }
}

export function registerCockpit(context: vscode.ExtensionContext, server: ProgramServer): CockpitData {
  const data = new CockpitData(server);
  const trees = (Object.keys(COCKPIT_VIEWS) as CockpitSection[]).map((section) => {
    const provider = new SectionTree(data, section);
    return { section, provider, view: vscode.window.createTreeView(COCKPIT_VIEWS[section], { treeDataProvider: provider, showCollapseAll: section !== 'attention' }) };
  });
  const attention = trees.find((t) => t.section === 'attention')!.view;
  data.visible = () => trees.some((t) => t.view.visible);
  context.subscriptions.push(
    registerNewProgram(),
    data,
    ...trees.map((t) => t.view),
    ...trees.map((t) => t.view.onDidChangeVisibility(({ visible }) => visible && data.schedule())),
    data.onDidChange(() => {
      for (const t of trees) t.provider.refresh();
      const count = (data.programs ?? []).reduce((sum, p) => sum + p.attention.length, 0);
      attention.badge = count > 0 ? { value: count, tooltip: `${count} ${count === 1 ? 'item needs' : 'items need'} attention` } : undefined;
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string, range: Range) => {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: true });
      const selection = asRange(range);
      editor.selection = new vscode.Selection(selection.start, selection.end);
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    // Returns what the views now show (for the tests in a real VS Code).
    vscode.commands.registerCommand('programPilot.cockpit.refresh', async () => {
      await data.refresh();
      return data.programs;
    }),
    vscode.commands.registerCommand(ASSIGN_FROM_VIEW_COMMAND, (element?: Element) =>
      element && 'item' in element && element.item.taskId ? vscode.commands.executeCommand(ASSIGN_OWNER_COMMAND, element.uri, element.item.taskId) : undefined,
    ),
  );
  return data;
}
