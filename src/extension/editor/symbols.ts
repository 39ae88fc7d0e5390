/** The outline of a program file (phases → tasks, milestones, risks, …) and workspace-wide symbol search. */
import * as vscode from 'vscode';
import { documentSymbols, type SymbolNode, type SymbolNodeKind } from '../../core/navigation/documentSymbols';
import { symbolIndexOf, type Definition } from '../../core/navigation/symbolIndex';
import type { EntityKind, Program } from '../../core/model';
import type { ProgramStore } from '../programStore';
import { PROGRAM_SELECTOR, rangeOf } from './positions';

const SYMBOL_KINDS: Record<SymbolNodeKind, vscode.SymbolKind> = {
  section: vscode.SymbolKind.Namespace,
  phase: vscode.SymbolKind.Package,
  task: vscode.SymbolKind.Function,
  milestone: vscode.SymbolKind.Event,
  person: vscode.SymbolKind.Object,
  team: vscode.SymbolKind.Struct,
  risk: vscode.SymbolKind.Key,
  action: vscode.SymbolKind.Method,
  issue: vscode.SymbolKind.EnumMember,
  decision: vscode.SymbolKind.Boolean,
  stakeholder: vscode.SymbolKind.Interface,
};

/** Workspace symbol search stops here; the user narrows the query. */
const MAX_WORKSPACE_SYMBOLS = 2000;

export function registerSymbols(store: ProgramStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(
      PROGRAM_SELECTOR,
      {
        provideDocumentSymbols(document) {
          const toSymbol = (node: SymbolNode): vscode.DocumentSymbol => {
            const range = (span: SymbolNode['span']) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
            const symbol = new vscode.DocumentSymbol(node.name || ' ', node.detail, SYMBOL_KINDS[node.kind], range(node.span), range(node.selectionSpan));
            symbol.children = node.children.map(toSymbol);
            return symbol;
          };
          return documentSymbols(store.get(document).program).map(toSymbol);
        },
      },
      { label: 'Program Pilot' },
    ),
    vscode.languages.registerWorkspaceSymbolProvider({
      provideWorkspaceSymbols(query) {
        const wanted = query.toLowerCase();
        const symbols: vscode.SymbolInformation[] = [];
        for (const uri of store.uris()) {
          const analysis = store.peek(uri);
          const lines = store.lineIndex(uri);
          if (!analysis || !lines) continue;
          for (const definition of symbolIndexOf(analysis.program).definitions) {
            const name = `${titleOf(definition)} (${definition.id})`;
            if (!isSubsequence(wanted, name.toLowerCase())) continue;
            symbols.push(new vscode.SymbolInformation(name, SYMBOL_KINDS[symbolKindOf(analysis.program, definition)], definition.kind, new vscode.Location(uri, rangeOf(lines, definition.span))));
            if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
          }
        }
        return symbols;
      },
    }),
  );
}

function symbolKindOf(program: Program, definition: Definition): SymbolNodeKind {
  return definition.kind === 'task' && program.tasks[definition.index].milestone ? 'milestone' : (definition.kind satisfies EntityKind);
}

function titleOf(definition: Definition): string {
  const entity = definition.entity as { name?: string; title?: string };
  return entity.name || entity.title || definition.id;
}

/** Fuzzy match as VS Code's symbol picker does it: the query's letters in order. */
function isSubsequence(query: string, text: string): boolean {
  let at = 0;
  for (const c of query) {
    if (c === ' ') continue;
    at = text.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
