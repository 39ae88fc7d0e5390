/**
 * The Gantt and critical-path panels in a real VS Code: the commands open a webview whose page
 * (Mermaid under the strict CSP) reports a rendered chart, the panel follows edits, and
 * revealing a task selects its id in the editor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { closeAllEditors, openProgram, waitFor } from './support';

/** What the commands return: the extension's panel object (same extension host, not serialized). */
interface PanelHandle {
  readonly panel: vscode.WebviewPanel;
  readonly kind: 'gantt' | 'criticalPath';
  readonly lastRender?: { ms: number; elements: number; error?: string };
  reveal(taskId: string): Promise<void>;
}

const EXAMPLE = 'multi-tenancy.program.yaml';

async function rendered(handle: PanelHandle, atLeast: (elements: number) => boolean): Promise<number> {
  return waitFor(() => handle.lastRender && !handle.lastRender.error && atLeast(handle.lastRender.elements) && handle.lastRender.elements, {
    timeoutMs: 60_000,
    describe: () => `the ${handle.kind} panel to render (last report: ${JSON.stringify(handle.lastRender)})`,
  });
}

describe('panels', () => {
  afterEach(async () => {
    // A test that failed by asking "Which program?" leaves the pick open.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeAllEditors();
  });

  it('opens the Gantt chart beside the editor and renders every scheduled task but the cancelled ones (hidden by default)', async () => {
    const editor = await openProgram(EXAMPLE);
    const handle = (await vscode.commands.executeCommand('programPilot.showGantt')) as PanelHandle;
    assert.ok(handle, 'the command returned no panel');
    assert.equal(handle.panel.viewType, 'programPilot.gantt');
    assert.equal(handle.panel.title, `Gantt: ${EXAMPLE}`);
    const { program, schedule } = analyze(editor.document.getText());
    const taskCount = schedule.tasks.filter((t) => program.tasks[t.index].status !== 'cancelled').length;
    assert.ok(taskCount > 10 && taskCount < schedule.tasks.length, 'the example should have scheduled tasks, and a cancelled one');
    assert.equal(await rendered(handle, (n) => n > 0), taskCount);
  });

  it('follows edits: a new task appears in the chart', async () => {
    const editor = await openProgram(EXAMPLE);
    const handle = (await vscode.commands.executeCommand('programPilot.showGantt')) as PanelHandle;
    const before = await rendered(handle, (n) => n > 0);
    const end = editor.document.getText().indexOf('\nrisks:');
    assert.ok(end > 0, 'the example lists tasks before risks');
    await editor.edit((edit) => edit.insert(editor.document.positionAt(end), '\n  - id: it-added-task\n    name: Added by the test\n    duration: 2\n'));
    assert.equal(await rendered(handle, (n) => n === before + 1), before + 1);
  });

  it('shows the critical path and reveals a task in the editor', async () => {
    const editor = await openProgram(EXAMPLE);
    const handle = (await vscode.commands.executeCommand('programPilot.showCriticalPath')) as PanelHandle;
    assert.equal(handle.panel.viewType, 'programPilot.criticalPath');
    await rendered(handle, (n) => n > 0);
    const tasks = analyze(editor.document.getText()).program.tasks;
    const id = tasks[tasks.length - 1].id;
    await handle.reveal(id);
    const active = vscode.window.activeTextEditor;
    assert.ok(active, 'no active editor after reveal');
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active.document.getText(active.selection), id);
  });

  it('shows the task at the cursor in the Gantt chart with only its predecessors and successors', async () => {
    const editor = await openProgram(EXAMPLE);
    const text = editor.document.getText();
    const at = text.indexOf('- id: tenant-provisioning-api');
    assert.ok(at > 0, 'the example has the task');
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 40), editor.document.positionAt(at + 40));
    const handle = (await vscode.commands.executeCommand('programPilot.showInGantt')) as PanelHandle;
    const { program, schedule } = analyze(text);
    const all = schedule.tasks.filter((t) => program.tasks[t.index].status !== 'cancelled').length;
    const around = await rendered(handle, (n) => n > 0 && n < all);
    assert.ok(around > 2, `only ${around} tasks around the task`);
    // The lens names the task: the same chart.
    const again = (await vscode.commands.executeCommand('programPilot.showInGantt', editor.document.uri.toString(), 'tenant-provisioning-api')) as PanelHandle;
    assert.equal(again, handle);
  });

  it('shows the existing panel again instead of opening a second one', async () => {
    const editor = await openProgram(EXAMPLE);
    const first = (await vscode.commands.executeCommand('programPilot.showGantt')) as PanelHandle;
    // As from the editor title button, which passes the file.
    const second = (await vscode.commands.executeCommand('programPilot.showGantt', editor.document.uri)) as PanelHandle;
    assert.equal(second, first);
  });

  // The workspace holds several program files, so a command that cannot tell which one is meant
  // asks, and these tests would time out on the open pick.
  it('charts the program beside the focused chart instead of asking which program', async () => {
    const editor = await openProgram(EXAMPLE);
    const gantt = (await vscode.commands.executeCommand('programPilot.showGantt')) as PanelHandle;
    gantt.panel.reveal(undefined, false);
    await waitFor(() => gantt.panel.active && !vscode.window.activeTextEditor, { describe: () => 'the Gantt panel to take the focus' });
    const critical = (await vscode.commands.executeCommand('programPilot.showCriticalPath')) as PanelHandle;
    assert.equal(critical.panel.title, `Critical path: ${EXAMPLE}`);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === editor.document), 'the program editor should still be visible');
  });

  it('charts the program last active when a chart covers its editor', async () => {
    await openProgram(EXAMPLE);
    const gantt = (await vscode.commands.executeCommand('programPilot.showGantt')) as PanelHandle;
    gantt.panel.reveal(vscode.ViewColumn.One, false);
    await waitFor(() => gantt.panel.active && vscode.window.visibleTextEditors.length === 0, { describe: () => 'the Gantt panel to cover the editor' });
    const critical = (await vscode.commands.executeCommand('programPilot.showCriticalPath')) as PanelHandle;
    assert.equal(critical.panel.title, `Critical path: ${EXAMPLE}`);
  });
});
