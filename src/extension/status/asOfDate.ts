/** Asking the user for a report's as-of date. */
import * as vscode from 'vscode';
import { isValidIsoDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';

/** Undefined when the user cancels. */
export async function askForDate(proposed: IsoDate): Promise<IsoDate | undefined> {
  const value = await vscode.window.showInputBox({
    title: 'Weekly status: as-of date',
    prompt: 'The report covers the 7 days ending on this date (YYYY-MM-DD).',
    value: proposed,
    validateInput: (text) => (isValidIsoDate(text.trim()) ? undefined : 'Write a real date as YYYY-MM-DD, e.g. 2026-03-13.'),
  });
  return value === undefined ? undefined : value.trim();
}
