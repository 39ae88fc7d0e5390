/**
 * Which column of a CSV holds what. Two exports are recognised by their headers — Jira's
 * (Summary, Issue key, Assignee, Due date, Status, issue links) and Smartsheet's or an Excel
 * task list's (Task Name, Duration, Predecessors by row number, Start, Finish, Assigned To) —
 * and `--map name=Summary,owner=Assignee,…` names the columns of any other file (or overrides
 * the recognised ones).
 */

export const FIELDS = ['id', 'name', 'owner', 'duration', 'start', 'finish', 'deadline', 'dependsOn', 'blocks', 'status', 'progress', 'phase', 'notes'] as const;
export type Field = (typeof FIELDS)[number];

export type LayoutName = 'jira' | 'task list' | 'mapped';

export interface Layout {
  readonly name: LayoutName;
  /** Column indexes per field; `dependsOn` and `blocks` may have several (Jira repeats link columns). */
  readonly columns: ReadonlyMap<Field, readonly number[]>;
}

/** Header names (lower case) per field, first match wins. */
const JIRA: Readonly<Partial<Record<Field, readonly (string | RegExp)[]>>> = {
  id: ['issue key'],
  name: ['summary'],
  owner: ['assignee'],
  deadline: ['due date', 'due'],
  start: ['start date', 'target start'],
  status: ['status'],
  duration: ['original estimate'],
  phase: ['epic link summary', 'parent summary', 'epic link'],
  dependsOn: [/^inward issue link \(blocks\)$/, 'issue links'],
  blocks: [/^outward issue link \(blocks\)$/],
  notes: ['description'],
};

const TASK_LIST: Readonly<Partial<Record<Field, readonly (string | RegExp)[]>>> = {
  name: ['task name', 'task', 'name'],
  duration: ['duration'],
  dependsOn: ['predecessors'],
  start: ['start', 'start date'],
  finish: ['finish', 'end', 'end date', 'finish date'],
  owner: ['assigned to', 'assignee', 'owner', 'resource names'],
  progress: ['% complete', 'percent complete', 'progress'],
  status: ['status'],
  phase: ['phase', 'section'],
  notes: ['comments', 'notes'],
};

export type LayoutResult = { readonly ok: true; readonly layout: Layout } | { readonly ok: false; readonly error: string };

export function chooseLayout(header: readonly string[], map: Readonly<Record<string, string>> | undefined): LayoutResult {
  const lower = header.map((h) => h.trim().toLowerCase());
  const recognised: { name: LayoutName; table: typeof JIRA } | undefined =
    lower.includes('summary') && lower.includes('issue key') ? { name: 'jira', table: JIRA } : lower.some((h) => TASK_LIST.name!.includes(h)) ? { name: 'task list', table: TASK_LIST } : undefined;
  const columns = new Map<Field, number[]>();
  if (recognised) {
    for (const [field, names] of Object.entries(recognised.table) as [Field, readonly (string | RegExp)[]][]) {
      const found = matching(lower, names);
      if (found.length > 0) columns.set(field, field === 'dependsOn' || field === 'blocks' ? found : [found[0]]);
    }
  }
  for (const [field, column] of Object.entries(map ?? {})) {
    if (!(FIELDS as readonly string[]).includes(field)) return { ok: false, error: `--map: unknown field '${field}'; the fields are ${FIELDS.join(', ')}` };
    const found = lower.flatMap((h, index) => (h === column.trim().toLowerCase() ? [index] : []));
    if (found.length === 0) return { ok: false, error: `--map ${field}=${column}: the file has no column '${column}'; its columns are ${header.map((h) => `'${h}'`).join(', ')}` };
    columns.set(field as Field, found);
  }
  if (!columns.has('name')) {
    return { ok: false, error: `cannot tell which column holds the task names (not a Jira export or a task list): give --map name=COLUMN; the columns are ${header.map((h) => `'${h}'`).join(', ')}` };
  }
  return { ok: true, layout: { name: map && Object.keys(map).length > 0 && !recognised ? 'mapped' : (recognised?.name ?? 'mapped'), columns } };
}

/** Indexes of the columns named by the first of `names` that matches any (every column it matches). */
function matching(lower: readonly string[], names: readonly (string | RegExp)[]): number[] {
  for (const name of names) {
    const found = lower.flatMap((h, index) => ((typeof name === 'string' ? h === name : name.test(h)) ? [index] : []));
    if (found.length > 0) return found;
  }
  return [];
}
