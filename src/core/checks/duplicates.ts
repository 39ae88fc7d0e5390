/** PP101: two items of the same kind with one id make every reference to it ambiguous. */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { EntityKind, Program } from '../model';
import type { Span } from '../source';
import type { CheckContext } from './context';

interface Identified {
  readonly id: string;
  readonly idSpan: Span;
}

/** Every kind but tasks, whose duplicates the dependency graph has already found. */
const OTHER_KIND_LISTS: readonly [EntityKind, string, (program: Program) => readonly Identified[]][] = [
  ['person', 'people', (p) => p.people],
  ['team', 'teams', (p) => p.teams],
  ['risk', 'risks', (p) => p.risks],
  ['action', 'actions', (p) => p.actions],
  ['issue', 'issues', (p) => p.issues],
  ['decision', 'decisions', (p) => p.decisions],
  ['stakeholder', 'stakeholders', (p) => p.stakeholders],
];

export function checkDuplicateIds(context: CheckContext): Diagnostic[] {
  const { program, graph } = context;
  const found: Diagnostic[] = [];
  for (const index of graph.duplicates) {
    const task = program.tasks[index];
    if (task.id !== '') found.push(duplicateId('task', 'tasks', task, program.tasks[graph.indexById.get(task.id)!]));
  }
  for (const [kind, listName, list] of OTHER_KIND_LISTS) {
    const first = new Map<string, Identified>();
    for (const item of list(program)) {
      if (item.id === '') continue;
      const original = first.get(item.id);
      if (original === undefined) first.set(item.id, item);
      else found.push(duplicateId(kind, listName, item, original));
    }
  }
  return found;
}

function duplicateId(kind: EntityKind, listName: string, item: Identified, original: Identified): Diagnostic {
  return diagnostic(
    'PP101',
    item.idSpan,
    `Duplicate ${kind} id '${item.id}': another item in ${listName} already uses it, so references to it are ambiguous. Rename one of them.`,
    {
      related: [{ message: `'${item.id}' is first defined here`, span: original.idSpan }],
      data: { kind, id: item.id },
    },
  );
}
