/**
 * "Program Pilot: Generate Weekly Status": picks the plan (the editor's, the one clicked, or
 * one from a list), settles the as-of date (the file's statusDate, else today, or asks), and
 * opens or refreshes that plan's preview. Previews open when the window reloads come back.
 */
import * as vscode from 'vscode';
import { isValidIsoDate, todayIso } from '../../core/dates';
import { pickProgram } from '../pickProgram';
import { PROGRAM, STATUS } from '../../protocol/requests';
import type { ProgramServer } from '../programServer';
import { Previews } from '../preview/previews';
import { askForDate } from './asOfDate';

export const STATUS_VIEW_TYPE = 'programPilot.status';

export function registerStatusReport(context: vscode.ExtensionContext, server: ProgramServer): void {
  const previews = new Previews(
    context,
    server,
    {
      viewType: STATUS_VIEW_TYPE,
      label: 'Weekly status',
      icon: 'report',
      script: 'status.js',
      askDate: (current) => askForDate(current ?? todayIso()),
      // The server (and git) report as of a date: the panel always has one.
      request: (uri, asOf) => server.request(STATUS, { uri, asOf: asOf ?? todayIso() }),
    },
    (state) => typeof state.asOf === 'string' && isValidIsoDate(state.asOf),
  );
  context.subscriptions.push(
    previews,
    vscode.commands.registerCommand('programPilot.generateStatus', async (resource?: unknown) => {
      const uri = await pickProgram(server, resource, { title: 'Generate Weekly Status', whenNone: 'Open a *.program.yaml file to generate its weekly status.' });
      if (!uri) return undefined;
      await vscode.workspace.openTextDocument(uri); // so that the server reports on the editor's text
      const program = await server.request(PROGRAM, { uri: uri.toString() });
      const proposed = program?.statusDate ?? todayIso();
      const ask = vscode.workspace.getConfiguration('programPilot').get<boolean>('status.askForDate', false);
      const asOf = ask ? await askForDate(proposed) : proposed;
      if (!asOf) return undefined;
      return previews.open(uri, asOf);
    }),
  );
}
