/**
 * The document previews in a real extension host: each command opens its preview beside the
 * plan with exactly the core's document, running it again reveals the same preview, the
 * stakeholder map draws its quadrant chart for the HTML page, and the launch follows edits.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { buildDocument, type DocumentKind } from '../../src/core/documents/kinds';
import { documentMarkdown } from '../../src/core/documents/markdown';
import { closeAllEditors, openProgram, waitFor, workspaceUri } from './support';

/** What the commands return: the extension's preview object (same extension host, not serialized). */
interface PreviewHandle {
  readonly panel: vscode.WebviewPanel;
  readonly shownMarkdown: string;
  readonly shownHtml: string;
  readonly lastDiagrams?: { readonly rendered: number; readonly errors: readonly string[] };
}

const EXAMPLE = 'multi-tenancy.program.yaml';
const COMMANDS: Record<DocumentKind, { command: string; title: string }> = {
  charter: { command: 'programPilot.showCharter', title: 'Charter' },
  raid: { command: 'programPilot.showRaidLog', title: 'RAID log' },
  stakeholders: { command: 'programPilot.showStakeholderMap', title: 'Stakeholder map' },
  launch: { command: 'programPilot.showLaunchReadiness', title: 'Launch readiness' },
};

function expected(kind: DocumentKind, document: vscode.TextDocument): string {
  return documentMarkdown(buildDocument(kind, analyze(document.getText())).parts);
}

async function shown(handle: PreviewHandle, markdown: string): Promise<void> {
  await waitFor(() => handle.shownMarkdown === markdown, { timeoutMs: 20_000, describe: () => `the preview shows:\n${handle.shownMarkdown.slice(0, 600)}\n…expected:\n${markdown.slice(0, 600)}` });
}

function previewTabs(kind: DocumentKind): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(`programPilot.${kind}`));
}

describe('document previews', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeAllEditors();
  });

  for (const [kind, { command, title }] of Object.entries(COMMANDS) as [DocumentKind, (typeof COMMANDS)[DocumentKind]][]) {
    it(`${command} opens the ${title.toLowerCase()} beside the plan, the core's document, once per file`, async () => {
      const editor = await openProgram(EXAMPLE);
      const handle = await vscode.commands.executeCommand<PreviewHandle>(command, editor.document.uri);
      assert.ok(handle, 'the command returned no preview');
      assert.equal(handle.panel.viewType, `programPilot.${kind}`);
      await shown(handle, expected(kind, editor.document));
      assert.equal(handle.panel.title, `${title}: Multi-tenancy platform`);
      await waitFor(() => handle.panel.viewColumn !== undefined && handle.panel.viewColumn !== editor.viewColumn, {
        describe: () => `the preview is in column ${handle.panel.viewColumn}, the plan in ${editor.viewColumn}: not beside it`,
      });
      const again = await vscode.commands.executeCommand<PreviewHandle>(command, editor.document.uri);
      assert.equal(again, handle, 'the second run reveals the same preview');
      assert.equal(previewTabs(kind).length, 1);
    });
  }

  it('draws the stakeholder map as a Mermaid SVG, which the HTML page carries instead of the table', async () => {
    const editor = await openProgram(EXAMPLE);
    const handle = await vscode.commands.executeCommand<PreviewHandle>('programPilot.showStakeholderMap', editor.document.uri);
    await waitFor(() => handle.lastDiagrams, { timeoutMs: 60_000, describe: () => 'the page never reported its chart' });
    assert.deepEqual(handle.lastDiagrams, { rendered: 1, errors: [] });
    const html = handle.shownHtml;
    assert.match(html, /<svg[\s>]/);
    assert.ok(html.includes('Helen Brandt'), 'the chart names a stakeholder');
    assert.doesNotMatch(html, /<script/i);
    assert.match(handle.shownMarkdown, /```mermaid\nquadrantChart\n/, 'the Markdown keeps the Mermaid source');
  });

  it('follows edits: the launch preview updates when a checklist item is done', async () => {
    const editor = await openProgram(EXAMPLE);
    const handle = await vscode.commands.executeCommand<PreviewHandle>('programPilot.showLaunchReadiness', editor.document.uri);
    await shown(handle, expected('launch', editor.document));
    const text = editor.document.getText();
    const open = text.indexOf('done: false');
    assert.ok(open > text.indexOf('\nlaunch:'), 'the example has an open launch checklist item');
    const before = handle.shownMarkdown;
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(open), editor.document.positionAt(open + 'done: false'.length)), 'done: true'));
    await shown(handle, expected('launch', editor.document));
    assert.notEqual(handle.shownMarkdown, before);
  });

  it('says in its tab when the plan is deleted', async () => {
    const uri = workspaceUri(`deleted-${process.pid}.program.yaml`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('program: Doomed\nstart: 2026-03-02\nlaunch:\n  date: 2026-04-01\n'));
    const handle = await vscode.commands.executeCommand<PreviewHandle>('programPilot.showLaunchReadiness', uri);
    await waitFor(() => handle.panel.title === 'Launch readiness: Doomed', { describe: () => `the preview is titled ${handle.panel.title}` });
    await vscode.workspace.fs.delete(uri);
    await waitFor(() => handle.panel.title === 'Launch readiness: Doomed (deleted)', { timeoutMs: 20_000, describe: () => `the preview is titled ${handle.panel.title}` });
  });
});
