/**
 * The Program view's data in a real VS Code: the cockpit request answers for the example through
 * the language server, the active editor's program first, and clicking an item selects its id.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CockpitItem, CockpitProgram } from '../../src/protocol/cockpit';
import { closeAllEditors, openProgram, waitFor, workspaceUri } from './support';

const EXAMPLE = 'multi-tenancy.program.yaml';

async function cockpit(): Promise<CockpitProgram[]> {
  return waitFor(
    async () => {
      const programs = (await vscode.commands.executeCommand('programPilot.cockpit.refresh')) as CockpitProgram[] | undefined;
      return programs && programs.length > 0 && programs;
    },
    { timeoutMs: 20_000, describe: () => 'the cockpit to list the workspace programs' },
  );
}

describe('program cockpit', () => {
  afterEach(closeAllEditors);

  it('answers the tree data of the example, the active program first', async () => {
    const editor = await openProgram(EXAMPLE);
    const [first] = await waitFor(async () => {
      const programs = await cockpit();
      return programs[0].uri === editor.document.uri.toString() && programs;
    }, { timeoutMs: 20_000, describe: () => 'the active program to come first' });
    assert.equal(first.name, 'Multi-tenancy platform');
    assert.ok(first.milestones.some((m) => m.label === 'General availability'));
    assert.deepEqual(first.raid.map((g) => g.label), ['Risks', 'Actions', 'Issues', 'Decisions']);
    assert.ok(first.people.length > 10);
    const blocked = first.attention.find((item) => item.taskId === 'tenant-encryption-keys');
    assert.ok(blocked, `no blocked task in ${JSON.stringify(first.attention.map((a) => a.label))}`);
    assert.match(blocked.reason ?? '', /^Blocked: KMS key quota/);
  });

  it('selects the id of an item in its file when it is clicked', async () => {
    await openProgram(EXAMPLE);
    const programs = await cockpit();
    const example = programs.find((p) => p.uri === workspaceUri(EXAMPLE).toString())!;
    const blocked = example.attention.find((item: CockpitItem) => item.taskId === 'tenant-encryption-keys')!;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('programPilot.cockpit.reveal', example.uri, blocked.range);
    const editor = await waitFor(() => vscode.window.activeTextEditor, { describe: () => 'an editor to open' });
    assert.equal(editor.document.uri.toString(), example.uri);
    assert.equal(editor.document.getText(editor.selection), 'tenant-encryption-keys');
  });

  it('creates a new program that checks clean and opens it', async () => {
    const answers = ['Integration Kickoff', '2026-06-01', 'Platform, Data'];
    const original = vscode.window.showInputBox;
    (vscode.window as { showInputBox: typeof original }).showInputBox = async () => answers.shift();
    let uri: vscode.Uri | undefined;
    try {
      uri = (await vscode.commands.executeCommand('programPilot.newProgram')) as vscode.Uri | undefined;
    } finally {
      (vscode.window as { showInputBox: typeof original }).showInputBox = original;
    }
    assert.ok(uri, 'the command made no file');
    try {
      assert.equal(uri.toString(), workspaceUri('integration-kickoff.program.yaml').toString());
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      // The snippet put the cursor on the first TODO, and left the text as written to disk.
      assert.equal(editor.document.getText(editor.selection), 'TODO: why this program exists, for whom, and what changes when it is done.');
      assert.equal(editor.document.getText(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      const problems = await waitFor(
        async () => {
          const programs = await cockpit();
          return programs.some((p) => p.uri === uri!.toString()) && vscode.languages.getDiagnostics(uri!);
        },
        { timeoutMs: 20_000, describe: () => 'the new program to be analysed' },
      );
      assert.deepEqual(problems.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map((d) => d.message), []);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
