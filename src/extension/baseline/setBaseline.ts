/**
 * "Program Pilot: Set Baseline": after a modal confirmation naming the tag and the commit, the
 * server creates the annotated tag `baseline/<slug>/<date>` on the commit that holds the file as
 * saved, and the file gets `baseline: <tag>` as a minimal edit the user saves. Nothing is tagged
 * without that confirmation; an unsaved or uncommitted file is refused (with "Use last commit"
 * when the last commit holds the file).
 */
import * as vscode from 'vscode';
import { BASELINE_TARGET, SET_BASELINE, type BaselineTarget } from '../../protocol/baseline';
import { pickProgram } from '../pickProgram';
import type { ProgramServer } from '../programServer';

export const SET_BASELINE_COMMAND = 'programPilot.setBaseline';

/** The command's second argument. `confirmed` skips the modal question: for tests only, which cannot answer it. */
export interface SetBaselineOptions {
  readonly confirmed?: boolean;
}

export interface SetBaselineOutcome {
  readonly tag: string;
  readonly commit: string;
  readonly edited: boolean;
}

const USE_LAST_COMMIT = 'Use last commit';
const CREATE = 'Create Tag';

export function registerSetBaseline(server: ProgramServer): vscode.Disposable {
  return vscode.commands.registerCommand(SET_BASELINE_COMMAND, async (resource?: unknown, options?: SetBaselineOptions) => {
    // A repository's own configuration can make git run commands: not in a folder the user does not trust.
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showErrorMessage('Set Baseline runs git, which Restricted Mode does not allow. Trust this folder first.');
      return undefined;
    }
    const uri = await pickProgram(server, resource, { title: 'Set Baseline', whenNone: 'Open a *.program.yaml file to set its baseline.' });
    return uri ? setBaseline(server, uri, options?.confirmed === true) : undefined;
  });
}

async function setBaseline(server: ProgramServer, uri: vscode.Uri, confirmed: boolean): Promise<SetBaselineOutcome | undefined> {
  const documentDirty = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
  let target = await server.request(BASELINE_TARGET, { uri: uri.toString(), documentDirty });
  if (target && 'refused' in target && target.lastCommit) {
    const { commit, subject } = target.lastCommit;
    const choice = await vscode.window.showWarningMessage(
      `Cannot set the baseline: ${target.refused}.`,
      { modal: true, detail: `"${USE_LAST_COMMIT}" tags the last commit, ${commit.slice(0, 10)} (${subject}), which holds an older version of the file.` },
      USE_LAST_COMMIT,
    );
    if (choice !== USE_LAST_COMMIT) return undefined;
    target = await server.request(BASELINE_TARGET, { uri: uri.toString(), documentDirty, useLastCommit: true });
  }
  const ready = usable(target);
  if (!ready) return undefined;
  if (!confirmed) {
    const answer = await vscode.window.showInformationMessage(
      `Create the tag '${ready.tag}' on commit ${ready.commit.slice(0, 10)}?`,
      { modal: true, detail: `Commit: ${ready.subject}\nThe file then names it as its baseline (an edit you save and commit). A baseline tag is never moved.` },
      CREATE,
    );
    if (answer !== CREATE) return undefined;
  }
  const result = await server.request(SET_BASELINE, { uri: uri.toString(), tag: ready.tag, commit: ready.commit });
  if ('refused' in result) {
    void vscode.window.showErrorMessage(`Program Pilot did not create the baseline: ${result.refused}.`);
    return undefined;
  }
  const edited = result.edits.length > 0 && (await vscode.workspace.applyEdit(server.workspaceEdit(uri, result.edits)));
  void vscode.window.showInformationMessage(
    `Created the tag ${result.created} on commit ${ready.commit.slice(0, 10)}. ${edited ? 'Save the file and commit it, ' : 'The file already names it; '}push the tag with: git push origin ${result.created}`,
  );
  return { tag: result.created, commit: ready.commit, edited };
}

/** The target, or undefined after telling the user why there is none. */
function usable(target: BaselineTarget | null): Extract<BaselineTarget, { tag: string }> | undefined {
  if (!target) {
    void vscode.window.showErrorMessage('Program Pilot cannot read this program file.');
    return undefined;
  }
  if ('refused' in target) {
    void vscode.window.showErrorMessage(`Cannot set the baseline: ${target.refused}.`);
    return undefined;
  }
  return target;
}
