/**
 * Baselines and history in a real VS Code, on a git repository the test makes inside the
 * workspace: Set Baseline makes exactly one tag and one minimal edit, the hover then shows the
 * variance, and the milestone trend panel draws a line per milestone.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runGit } from '../../src/core/git/git';
import { activateExtension, closeAllEditors, hoverText, positionOf, waitFor, workspaceRoot } from './support';

interface SetBaselineOutcome {
  readonly tag: string;
  readonly commit: string;
  readonly edited: boolean;
}

interface TrendHandle {
  readonly lastRender?: { lines: number; points: number };
  openVersion(commit: string, compare: boolean): Promise<void>;
}

const plan = (statusDate: string, duration: number) =>
  [
    'program: Trend Test',
    'start: 2026-01-05',
    `statusDate: ${statusDate}`,
    'accountable: ann',
    'people:',
    '  - {id: ann, name: Ann}',
    'tasks:',
    `  - {id: build, name: Build, owner: ann, duration: ${duration}}`,
    '  - {id: launch, name: Launch, owner: ann, milestone: true, dependsOn: [build]}',
    '',
  ].join('\n');

describe('baselines and history', () => {
  const folder = join(workspaceRoot().fsPath, `baseline-repo-${process.pid}`);
  const file = join(folder, 'trend.program.yaml');
  const git = async (...args: string[]) => {
    const result = await runGit(['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'tag.gpgsign=false', '-c', 'commit.gpgsign=false', ...args], { cwd: folder });
    assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  const commit = async (date: string, message: string) => {
    await git('add', '-A');
    const stamp = `${date}T12:00:00Z`;
    const result = await runGit(['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], {
      cwd: folder,
      env: { GIT_AUTHOR_DATE: stamp, GIT_COMMITTER_DATE: stamp },
    });
    assert.equal(result.code, 0, result.stderr);
  };

  before(async () => {
    await activateExtension();
    mkdirSync(folder, { recursive: true });
    await git('init', '-q', '--initial-branch=main');
    // The server tags with the repository's identity, as it would with the user's.
    await git('config', 'user.name', 'Test');
    await git('config', 'user.email', 'test@example.com');
    await git('config', 'tag.gpgsign', 'false');
    writeFileSync(file, plan('2026-01-05', 5));
    await commit('2026-01-05', 'first plan');
    writeFileSync(file, plan('2026-01-12', 8));
    await commit('2026-01-12', 'build slips');
  });
  after(async () => {
    await closeAllEditors();
    rmSync(folder, { recursive: true, force: true });
  });

  it('Set Baseline creates exactly one tag and one minimal edit, then the hover shows the variance', async () => {
    const uri = vscode.Uri.file(file);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const before = editor.document.getText();
    const outcome = (await vscode.commands.executeCommand('programPilot.setBaseline', uri, { confirmed: true })) as SetBaselineOutcome | undefined;
    assert.ok(outcome, 'Set Baseline did not finish');
    assert.match(outcome.tag, /^baseline\/trend-test\/\d{4}-\d{2}-\d{2}$/);
    assert.equal(await git('tag', '--list'), `${outcome.tag}\n`);
    assert.equal((await git('rev-parse', `${outcome.tag}^{commit}`)).trim(), (await git('rev-parse', 'HEAD')).trim());
    await waitFor(() => editor.document.getText() !== before, { describe: () => 'the baseline edit to be applied' });
    assert.equal(editor.document.getText(), before.replace('statusDate: 2026-01-12\n', `statusDate: 2026-01-12\nbaseline: ${outcome.tag}\n`));
    assert.equal(editor.document.isDirty, true, 'the user saves the edit');

    await editor.document.save();
    const position = positionOf(editor.document, 'name: Build', 6);
    let last = '';
    await waitFor(async () => (last = await hoverText(uri, position)).includes('Baseline finish'), { timeoutMs: 20_000, describe: () => `the variance in the hover; last: ${last}` });
    assert.match(last, /Baseline finish .* · forecast .* · on the baseline/);

    await commit('2026-01-13', 'name the baseline');
    const again = (await vscode.commands.executeCommand('programPilot.setBaseline', uri, { confirmed: true })) as SetBaselineOutcome | undefined;
    assert.equal(again, undefined, 'a second baseline the same day would move the tag');
    assert.equal(await git('tag', '--list'), `${outcome.tag}\n`);
  });

  it('the milestone trend panel draws the line of the milestone over the commits', async () => {
    const handle = (await vscode.commands.executeCommand('programPilot.showMilestoneTrend', vscode.Uri.file(file))) as TrendHandle;
    const render = await waitFor(() => handle.lastRender, { timeoutMs: 20_000, describe: () => 'the trend panel to draw' });
    assert.deepEqual({ lines: render.lines, points: render.points }, { lines: 1, points: 3 }); // three commits: two plans and the one naming the baseline

    // A point opens that version through the git extension.
    const first = (await git('rev-list', '--max-parents=0', 'HEAD')).trim();
    await handle.openVersion(first, false);
    const opened = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'git' && vscode.window.activeTextEditor.document, { timeoutMs: 20_000, describe: () => `a git: editor; active: ${vscode.window.activeTextEditor?.document.uri.toString()}` });
    await waitFor(() => opened.getText() === plan('2026-01-05', 5), { describe: () => `the first version's text; shown: ${opened.getText()}` });
  });
});
