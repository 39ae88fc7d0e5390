/**
 * Completion in program files: ids where the format expects one (owner, dependsOn, team, lead,
 * risk tasks, …), and elsewhere what the schema allows (keys the mapping lacks, new list items,
 * enum values, booleans). Where the cursor is is read from the live text (it is rarely valid
 * YAML mid-edit); which ids exist comes from the last analysis, so typing does not trigger one.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyze';
import { hoverAt } from '../core/hover/hoverAt';
import { ownerCandidates } from '../core/fixes/quickFixes';
import type { EntityKind, Task } from '../core/model';
import { completionContextAt } from '../core/navigation/completionContext';
import { schemaCompletions, type SchemaCompletionItem } from '../core/navigation/schemaCompletion';
import { symbolIndexOf } from '../core/navigation/symbolIndex';
import { rangeOf } from './positions';

/** Above this many candidates, only those matching what is typed are sent (and the list is marked incomplete). */
const MAX_ITEMS = 1000;

export const TRIGGER_CHARACTERS = [' ', '[', ','];

const ITEM_KINDS: Partial<Record<EntityKind, CompletionItemKind>> = {
  task: CompletionItemKind.Event,
  // LSP has no "user" kind (VS Code's own API has): a person is a value of the plan.
  person: CompletionItemKind.Value,
  team: CompletionItemKind.Module,
};

/** What an item carries to resolve: which id's definition to describe. */
export interface IdCompletionData {
  readonly uri: string;
  readonly kind: EntityKind;
  readonly id: string;
}

const SCHEMA_KINDS: Record<SchemaCompletionItem['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
};

export interface CompletionOptions {
  /** The client inserts snippet syntax (tab stops); else plain text is sent. */
  readonly snippets: boolean;
  /** The request comes from a typed space: only values follow (`status: `), so indenting a line pops up no key list. */
  readonly afterSpace: boolean;
}

/** `document` is the live text; `analysis` the last one made of this file. */
export function completions(document: TextDocument, analysis: Analysis, position: Position, options: CompletionOptions = { snippets: true, afterSpace: false }): CompletionList | null {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const context = completionContextAt(text, offset);
  if (!context) {
    const found = schemaCompletions(text, offset, analysis);
    return schemaList(document, options.afterSpace ? found.filter((item) => item.kind === 'value') : found, options.snippets);
  }
  const index = symbolIndexOf(analysis.program);
  const typed = text.slice(context.span.start, offset).toLowerCase();
  const task = enclosingTask(analysis, text, context.span.start);
  let ids = index.idsOf(context.kind);
  if (task && context.kind === 'task') {
    // Not the task itself, nor what it already depends on.
    const taken = new Set([task.id, ...(context.field === 'dependsOn' || context.field === 'task' ? task.dependsOn.map((d) => d.task.id) : [])]);
    ids = ids.filter((id) => !taken.has(id));
  }
  const isIncomplete = ids.length > MAX_ITEMS;
  if (isIncomplete) ids = ids.filter((id) => id.toLowerCase().includes(typed)).slice(0, MAX_ITEMS);
  // People: the task's team lead and members first, as the owner quick fix orders them.
  const rank = task && context.kind === 'person' ? new Map(ownerCandidates(analysis.program, task).map((p, i) => [p.id, i])) : undefined;
  const range = rangeOf(document, context.span);
  const items = ids.map((id, order): CompletionItem => {
    const definition = index.definitionsOf(context.kind, id)[0];
    const description = displayName(analysis, context.kind, definition.index);
    const data: IdCompletionData = { uri: document.uri, kind: context.kind, id };
    return {
      label: id,
      labelDetails: description === undefined ? undefined : { description },
      kind: ITEM_KINDS[context.kind] ?? CompletionItemKind.Reference,
      filterText: `${id} ${description ?? ''}`,
      sortText: String(rank?.get(id) ?? order).padStart(6, '0'),
      textEdit: { range, newText: id },
      data,
    };
  });
  return { isIncomplete, items };
}

function schemaList(document: TextDocument, found: readonly SchemaCompletionItem[], snippets: boolean): CompletionList | null {
  if (found.length === 0) return null;
  const items = found.map(
    (item, order): CompletionItem => ({
      label: item.label,
      kind: SCHEMA_KINDS[item.kind],
      detail: item.detail,
      documentation: item.documentation === undefined ? undefined : { kind: MarkupKind.Markdown, value: item.documentation },
      sortText: String(order).padStart(6, '0'),
      textEdit: { range: rangeOf(document, item.replaceRange), newText: snippets ? item.insertText : plainText(item.insertText) },
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      // The item's later lines are written relative to the cursor's line, as the core documents.
      insertTextMode: InsertTextMode.adjustIndentation,
    }),
  );
  return { isIncomplete: false, items };
}

/** Snippet syntax without its tab stops: `${1:x}` → `x`, `${1|a,b|}` → `a`, `$0` → nothing. */
export function plainText(snippet: string): string {
  // One pass, so that an escaped `\$` is never read as the start of a tab stop.
  return snippet.replace(/\\([$}\\])|\$\{\d+\|([^,|}]*)[^}]*\|\}|\$\{\d+:([^}]*)\}|\$\d+/g, (_all, escaped?: string, choice?: string, placeholder?: string) => escaped ?? choice ?? placeholder ?? '');
}

/** The item with the hover text of its id's definition, from the file's last analysis. */
export function resolveCompletion(item: CompletionItem, analysis: Analysis | undefined): CompletionItem {
  const data = item.data as IdCompletionData | undefined;
  if (!data) return item; // a schema item carries its documentation already
  const definition = data && analysis && symbolIndexOf(analysis.program).definitionsOf(data.kind, data.id)[0];
  const content = definition && hoverAt(analysis, definition.span.start);
  return content ? { ...item, documentation: { kind: MarkupKind.Markdown, value: content.markdown } } : item;
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
