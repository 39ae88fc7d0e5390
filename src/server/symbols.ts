/** The outline of a program file (phases → tasks, milestones, risks, …) and workspace-wide symbol search. */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { documentSymbols as outline, type SymbolNode, type SymbolNodeKind } from '../core/navigation/documentSymbols';
import { symbolIndexOf, type Definition } from '../core/navigation/symbolIndex';
import type { EntityKind, Program } from '../core/model';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';

const SYMBOL_KINDS: Record<SymbolNodeKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  phase: SymbolKind.Package,
  task: SymbolKind.Function,
  milestone: SymbolKind.Event,
  person: SymbolKind.Object,
  team: SymbolKind.Struct,
  risk: SymbolKind.Key,
  action: SymbolKind.Method,
  issue: SymbolKind.EnumMember,
  decision: SymbolKind.Boolean,
  stakeholder: SymbolKind.Interface,
};

/** Workspace symbol search stops here; the user narrows the query. */
const MAX_WORKSPACE_SYMBOLS = 2000;

export function documentSymbols(entry: ProgramEntry): DocumentSymbol[] {
  const toSymbol = (node: SymbolNode): DocumentSymbol => ({
    name: node.name || ' ',
    detail: node.detail,
    kind: SYMBOL_KINDS[node.kind],
    range: rangeOf(entry.document, node.span),
    selectionRange: rangeOf(entry.document, node.selectionSpan),
    children: node.children.map(toSymbol),
  });
  return outline(entry.analysis.program).map(toSymbol);
}

export function workspaceSymbols(entries: readonly ProgramEntry[], query: string): SymbolInformation[] {
  const wanted = query.toLowerCase();
  const symbols: SymbolInformation[] = [];
  for (const { uri, document, analysis } of entries) {
    for (const definition of symbolIndexOf(analysis.program).definitions) {
      const name = `${titleOf(definition)} (${definition.id})`;
      if (!isSubsequence(wanted, name.toLowerCase())) continue;
      symbols.push({ name, kind: SYMBOL_KINDS[symbolKindOf(analysis.program, definition)], containerName: definition.kind, location: { uri, range: rangeOf(document, definition.span) } });
      if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
    }
  }
  return symbols;
}

function symbolKindOf(program: Program, definition: Definition): SymbolNodeKind {
  return definition.kind === 'task' && program.tasks[definition.index].milestone ? 'milestone' : (definition.kind satisfies EntityKind);
}

function titleOf(definition: Definition): string {
  const entity = definition.entity as { name?: string; title?: string };
  return entity.name || entity.title || definition.id;
}

/** Fuzzy match as the editor's symbol picker does it: the query's letters in order. */
function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const c of query) {
    if (c === ' ') continue;
    at = text.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
