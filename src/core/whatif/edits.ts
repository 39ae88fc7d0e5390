/**
 * The edits "Apply" writes for a what-if: the fields the changed program differs in (`duration`,
 * `milestone`, `status`, `notBefore`) set on each changed task, and each added task inserted as a
 * new item after the task it follows, shaped like it. Minimal text edits: comments, quoting and
 * the rest of the layout stay as they were.
 */
import type { Program, Task } from '../model';
import { setField } from '../fixes/quickFixes';
import type { TextEdit } from '../fixes/textEdit';
import { appendListItem } from '../fixes/yamlLayout';
import { applyChanges, type WhatIfChange } from './changes';
import type { WhatIfInput } from './impact';

/** Fields a new key goes after, in the order the format lists them. */
const TASK_KEYS = ['id', 'name', 'phase', 'team', 'owner', 'accountable', 'consulted', 'informed', 'duration', 'milestone', 'dependsOn', 'notBefore', 'deadline', 'status'];

/** The edits that make the file say what `whatIf(input, changes)` scheduled; empty when nothing changes. */
export function whatIfEdits(text: string, input: WhatIfInput, changes: readonly WhatIfChange[]): TextEdit[] {
  const before = input.program;
  const after = applyChanges(before, input.graph, input.schedule, changes).program;
  const edits: TextEdit[] = [];
  for (let i = 0; i < before.tasks.length; i++) {
    const task = before.tasks[i];
    const changed = after.tasks[i];
    if (changed !== task) edits.push(...taskEdits(text, task, changed));
  }
  for (let i = before.tasks.length; i < after.tasks.length; i++) edits.push(insertTask(text, before, after.tasks[i]));
  return mergeInsertions(edits);
}

function taskEdits(text: string, task: Task, changed: Task): TextEdit[] {
  const edits: TextEdit[] = [];
  const set = (key: string, value: string): void => {
    edits.push(setField(text, task, key, value, TASK_KEYS.slice(0, TASK_KEYS.indexOf(key))));
  };
  if (changed.duration !== task.duration || changed.milestone !== task.milestone) {
    if (task.fields.milestone && task.milestone !== changed.milestone) set('milestone', String(changed.milestone));
    if (changed.duration > 0 || task.fields.duration) set('duration', durationText(text, task, changed.duration));
  }
  if (changed.status !== task.status) set('status', changed.status);
  if (changed.notBefore !== task.notBefore && changed.notBefore !== undefined) set('notBefore', changed.notBefore);
  return edits;
}

/** A duration written the way the task already writes it: `15`, `15d`, or `3w` when whole weeks. */
function durationText(text: string, task: Task, days: number): string {
  const field = task.fields.duration;
  const written = field ? text.slice(field.value.start, field.value.end).trim() : 'd';
  if (written.endsWith('w') && days % 5 === 0) return `${days / 5}w`;
  return /^\d+$/.test(written) ? String(days) : `${days}d`;
}

/** A new task item after the task it depends on first (else at the end of the list). */
function insertTask(text: string, program: Program, added: Task): TextEdit {
  const follows = program.tasks.find((task) => task.id === added.dependsOn[0]?.task.id) ?? program.tasks[program.tasks.length - 1];
  const pairs: [string, string][] = [
    ['id', yamlText(added.id)],
    ['name', yamlText(added.name)],
  ];
  if (added.team) pairs.push(['team', yamlText(added.team.id)]);
  if (added.team && follows?.owner && follows.team?.id === added.team.id) pairs.push(['owner', yamlText(follows.owner.id)]);
  pairs.push(['duration', `${added.duration}d`]);
  if (added.dependsOn.length > 0) pairs.push(['dependsOn', `[${added.dependsOn.map((d) => yamlText(d.task.id)).join(', ')}]`]);
  return appendListItem(text, program.fields.tasks, 'tasks', follows, pairs);
}

/** Plain when YAML reads it back as the same text, else double-quoted (JSON strings are YAML). */
export function yamlText(value: string): string {
  const plain = /^[A-Za-z_][\w .\/()'-]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Insertions at one offset (new keys after the same field) become one edit, in their order. */
function mergeInsertions(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = edit.span.start === edit.span.end ? merged.find((m) => m.span.start === edit.span.start && m.span.end === edit.span.start) : undefined;
    if (same) merged[merged.indexOf(same)] = { span: same.span, newText: same.newText + edit.newText };
    else merged.push({ span: edit.span, newText: edit.newText });
  }
  return merged;
}
