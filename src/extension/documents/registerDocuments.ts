/**
 * "Show Charter", "Show RAID Log", "Show Stakeholder Map" and "Show Launch Readiness": each
 * opens (or reveals) the plan's document in a preview beside the editor, built by the server
 * from the current analysis, with the weekly status's toolbar (copy and save as Markdown or HTML).
 */
import * as vscode from 'vscode';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, type DocumentKind } from '../../core/documents/kinds';
import { DOCUMENT } from '../../protocol/documents';
import { pickProgram } from '../pickProgram';
import type { ProgramServer } from '../programServer';
import { Previews } from '../preview/previews';

/** Command id and icon of each kind; the view type is `programPilot.<kind>`. */
export const DOCUMENT_COMMANDS: Readonly<Record<DocumentKind, { readonly command: string; readonly icon: string }>> = {
  charter: { command: 'programPilot.showCharter', icon: 'book' },
  raid: { command: 'programPilot.showRaidLog', icon: 'checklist' },
  stakeholders: { command: 'programPilot.showStakeholderMap', icon: 'organization' },
  launch: { command: 'programPilot.showLaunchReadiness', icon: 'rocket' },
};

export function documentViewType(kind: DocumentKind): string {
  return `programPilot.${kind}`;
}

export function registerDocuments(context: vscode.ExtensionContext, server: ProgramServer): void {
  for (const kind of DOCUMENT_KINDS) {
    const label = DOCUMENT_LABELS[kind];
    const previews = new Previews(context, server, {
      viewType: documentViewType(kind),
      label,
      icon: DOCUMENT_COMMANDS[kind].icon,
      // Only the stakeholder map has a diagram: the others spare the page Mermaid's weight.
      script: kind === 'stakeholders' ? 'document.js' : 'status.js',
      request: (uri) => server.request(DOCUMENT, { uri, kind }),
    });
    context.subscriptions.push(
      previews,
      vscode.commands.registerCommand(DOCUMENT_COMMANDS[kind].command, async (resource?: unknown) => {
        const uri = await pickProgram(server, resource, { title: `Show ${label}`, whenNone: `Open a *.program.yaml file to see its ${label.toLowerCase()}.` });
        if (!uri) return undefined;
        await vscode.workspace.openTextDocument(uri); // so that the server builds it from the editor's text
        return previews.open(uri);
      }),
    );
  }
}
