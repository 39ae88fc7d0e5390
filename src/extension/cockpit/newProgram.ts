/**
 * "Program Pilot: New Program…": asks for a name, a start date and the teams, writes
 * `<slug>.program.yaml` from the kickoff template into the workspace folder (never over an
 * existing file) and opens it with the TODOs to fill in as tab stops.
 */
import * as vscode from 'vscode';
import { dayNumber, isoFromDayNumber, isValidIsoDate, todayIso, weekdayOf } from '../../core/dates';
import { newProgramFileName, newProgramText } from '../../core/documents/newProgram';

export const NEW_PROGRAM_COMMAND = 'programPilot.newProgram';

/** Next Monday: programs start at the beginning of a week. */
function nextMonday(): string {
  const today = dayNumber(todayIso())!;
  return isoFromDayNumber(today + ((8 - weekdayOf(today)) % 7 || 7));
}

async function targetFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should the program file go?' }))?.uri;
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Create Program Here' });
  return picked?.[0];
}

export function registerNewProgram(): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_PROGRAM_COMMAND, async (): Promise<vscode.Uri | undefined> => {
    const name = await vscode.window.showInputBox({
      title: 'New Program (1/3)',
      prompt: 'The program’s name',
      placeHolder: 'Payments platform v2',
      validateInput: (value) => (value.trim() ? undefined : 'Give the program a name.'),
    });
    if (name === undefined) return undefined;
    const start = await vscode.window.showInputBox({
      title: 'New Program (2/3)',
      prompt: 'Start date (YYYY-MM-DD)',
      value: nextMonday(),
      validateInput: (value) => (isValidIsoDate(value.trim()) ? undefined : 'Write a real date as YYYY-MM-DD.'),
    });
    if (start === undefined) return undefined;
    const teams = await vscode.window.showInputBox({ title: 'New Program (3/3)', prompt: 'Teams, separated by commas', placeHolder: 'Platform, Mobile, SRE' });
    if (teams === undefined) return undefined;
    const folder = await targetFolder();
    if (!folder) return undefined;
    const uri = vscode.Uri.joinPath(folder, newProgramFileName(name));
    if (await vscode.workspace.fs.stat(uri).then(() => true, () => false)) {
      void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(uri)} already exists; choose another name.`);
      return undefined;
    }
    const input = { name, start: start.trim(), teams: teams.split(',') };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newProgramText(input)));
    const editor = await vscode.window.showTextDocument(uri);
    // The same text again as a snippet, so that Tab walks through the TODOs to fill in.
    const document = editor.document;
    await editor.insertSnippet(new vscode.SnippetString(newProgramText(input, { snippet: true })), new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)));
    return uri;
  });
}
