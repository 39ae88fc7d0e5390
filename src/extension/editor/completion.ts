/**
 * Completion of ids where the format expects one (owner, dependsOn, team, lead, risk tasks,
 * …), without Red Hat's YAML extension. Where an id goes is read from the live text (it is
 * rarely valid YAML mid-edit); which ids exist comes from the last analysis, so typing does not
 * trigger one.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import { hoverAt } from '../../core/hover/hoverAt';
import { ownerCandidates } from '../../core/fixes/quickFixes';
import type { EntityKind, Task } from '../../core/model';
import { completionContextAt } from '../../core/navigation/completionContext';
import { symbolIndexOf } from '../../core/navigation/symbolIndex';
import type { ProgramStore } from '../programStore';
import { PROGRAM_SELECTOR } from './positions';

/** Above this many candidates, only those matching what is typed are sent (and the list is marked incomplete). */
const MAX_ITEMS = 1000;

const ITEM_KINDS: Partial<Record<EntityKind, vscode.CompletionItemKind>> = {
  task: vscode.CompletionItemKind.Event,
  person: vscode.CompletionItemKind.User,
  team: vscode.CompletionItemKind.Module,
};

class IdCompletion extends vscode.CompletionItem {
  constructor(
    id: string,
    readonly analysis: Analysis,
    readonly definitionStart: number,
  ) {
    super(id);
  }
}

export function registerCompletion(store: ProgramStore): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    PROGRAM_SELECTOR,
    {
      provideCompletionItems(document, position) {
        const text = document.getText();
        const context = completionContextAt(text, document.offsetAt(position));
        if (!context) return undefined;
        const analysis = store.peek(document.uri) ?? store.get(document);
        const index = symbolIndexOf(analysis.program);
        const typed = text.slice(context.span.start, document.offsetAt(position)).toLowerCase();
        const task = enclosingTask(analysis, text, context.span.start);
        let ids = index.idsOf(context.kind);
        if (task && context.kind === 'task') {
          // Not the task itself, nor what it already depends on.
          const taken = new Set([task.id, ...(context.field === 'dependsOn' || context.field === 'task' ? task.dependsOn.map((d) => d.task.id) : [])]);
          ids = ids.filter((id) => !taken.has(id));
        }
        const incomplete = ids.length > MAX_ITEMS;
        if (incomplete) ids = ids.filter((id) => id.toLowerCase().includes(typed)).slice(0, MAX_ITEMS);
        // People: the task's team lead and members first, as the owner quick fix orders them.
        const rank = task && context.kind === 'person' ? new Map(ownerCandidates(analysis.program, task).map((p, i) => [p.id, i])) : undefined;
        const range = new vscode.Range(document.positionAt(context.span.start), document.positionAt(context.span.end));
        const items = ids.map((id, order) => {
          const definition = index.definitionsOf(context.kind, id)[0];
          const item = new IdCompletion(id, analysis, definition.span.start);
          item.label = { label: id, description: displayName(analysis, context.kind, definition.index) };
          item.kind = ITEM_KINDS[context.kind] ?? vscode.CompletionItemKind.Reference;
          item.filterText = `${id} ${item.label.description ?? ''}`;
          item.sortText = String(rank?.get(id) ?? order).padStart(6, '0');
          item.range = range;
          return item;
        });
        return new vscode.CompletionList(items, incomplete);
      },
      resolveCompletionItem(item) {
        if (item instanceof IdCompletion) {
          const content = hoverAt(item.analysis, item.definitionStart);
          if (content) item.documentation = new vscode.MarkdownString(content.markdown);
        }
        return item;
      },
    },
    ' ',
    '[',
    ',',
  );
}

/**
 * The task whose block holds the cursor, from the last analysis: trusted only while the text
 * before the cursor still has that task's id where the analysis saw it (typing may have moved it).
 */
function enclosingTask(analysis: Analysis, text: string, offset: number): Task | undefined {
  const definition = symbolIndexOf(analysis.program).definitionAround(offset);
  if (definition?.kind !== 'task' || definition.span.end > offset) return undefined;
  const written = text.slice(definition.span.start, definition.span.end);
  return written === definition.id || written.slice(1, -1) === definition.id ? analysis.program.tasks[definition.index] : undefined;
}

function displayName(analysis: Analysis, kind: EntityKind, index: number): string | undefined {
  const { program } = analysis;
  switch (kind) {
    case 'task':
      return program.tasks[index].name;
    case 'person':
      return program.people[index].name;
    case 'team':
      return program.teams[index].name;
    default:
      return undefined;
  }
}
