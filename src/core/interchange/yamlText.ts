/**
 * Writes a {@link PlanDraft} as a `*.program.yaml` file with the `yaml` package, which quotes
 * every string that needs it (a name like `- x: y # z`, `007`, a leading space, a line break),
 * so any text the source held comes back as the same string. Block style, one task a block,
 * typed dependencies and people as one-line maps; what could not be carried over is listed as
 * comments at the top and above the tasks it concerns.
 */
import { Document, isMap, isSeq, type Node } from 'yaml';
import type { DraftDependency, DraftTask, PlanDraft } from './draft';

export function draftToYaml(draft: PlanDraft): string {
  const doc = new Document(programObject(draft));
  const tasks = doc.get('tasks', true);
  if (isSeq(tasks)) {
    tasks.items.forEach((item, index) => {
      const task = draft.tasks[index];
      if (task.comments.length > 0) (item as Node).commentBefore = commentText(task.comments);
      const dependsOn = isMap(item) ? item.get('dependsOn', true) : undefined;
      if (isSeq(dependsOn)) for (const dependency of dependsOn.items) if (isMap(dependency)) dependency.flow = true;
    });
  }
  for (const key of ['people', 'calendar'] as const) flowItems(doc.get(key, true));
  return doc.toString({ lineWidth: 0 });
}

function programObject(draft: PlanDraft): Record<string, unknown> {
  return {
    program: draft.program,
    start: draft.start,
    ...(draft.statusDate ? { statusDate: draft.statusDate } : {}),
    ...(draft.accountable ? { accountable: draft.accountable } : {}),
    ...(draft.holidays.length > 0 ? { calendar: { holidays: draft.holidays.map((h) => (h.name ? { date: h.date, name: h.name } : h.date)) } } : {}),
    ...(draft.people.length > 0 ? { people: draft.people.map((p) => ({ id: p.id, name: p.name, ...(p.email ? { email: p.email } : {}) })) } : {}),
    tasks: draft.tasks.map(taskObject),
  };
}

function taskObject(task: DraftTask): Record<string, unknown> {
  const optional = <K extends keyof DraftTask>(key: K): Record<string, unknown> => (task[key] !== undefined ? { [key]: task[key] } : {});
  return {
    id: task.id,
    name: task.name,
    ...optional('phase'),
    ...optional('owner'),
    ...(task.milestone ? { milestone: true } : { duration: task.duration }),
    ...(task.dependsOn.length > 0 ? { dependsOn: task.dependsOn.map(dependencyValue) } : {}),
    ...optional('notBefore'),
    ...optional('deadline'),
    ...optional('status'),
    ...optional('progress'),
    ...optional('actualStart'),
    ...optional('actualFinish'),
    ...optional('notes'),
  };
}

/** A plain finish-to-start link is just the id, as people write it. */
function dependencyValue(dependency: DraftDependency): unknown {
  if (dependency.type === 'FS' && dependency.lag === 0) return dependency.task;
  return { task: dependency.task, ...(dependency.type !== 'FS' ? { type: dependency.type } : {}), ...(dependency.lag !== 0 ? { lag: dependency.lag } : {}) };
}

/** Items of a list (holidays inside `calendar`, people) as one-line maps. */
function flowItems(node: unknown): void {
  const list = isMap(node) ? node.get('holidays', true) : node;
  if (isSeq(list)) for (const item of list.items) if (isMap(item)) item.flow = true;
}

/** The `yaml` package puts `#` before each line; a leading space keeps `# text` readable. */
function commentText(lines: readonly string[]): string {
  return lines.map((line) => ` ${oneLine(line)}`).join('\n');
}

/** Comment lines to put above the YAML text, then an empty line. */
export function headerComments(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.map((line) => `# ${oneLine(line)}`).join('\n')}\n\n`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
