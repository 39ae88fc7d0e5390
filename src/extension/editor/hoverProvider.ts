/** Hover on program files: the core's Markdown for the task, dependency, person, team or risk under the cursor. */
import * as vscode from 'vscode';
import { hoverAt } from '../../core/hover/hoverAt';
import type { ProgramStore } from '../programStore';
import { PROGRAM_SELECTOR } from './positions';

export function registerHover(store: ProgramStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider(PROGRAM_SELECTOR, {
    provideHover(document, position) {
      const content = hoverAt(store.get(document), document.offsetAt(position));
      if (!content) return undefined;
      const markdown = new vscode.MarkdownString(content.markdown); // untrusted: no commands, no HTML
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(content.span.start), document.positionAt(content.span.end)));
    },
  });
}
