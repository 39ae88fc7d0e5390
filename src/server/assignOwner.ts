/**
 * "Assign owner…": whom the client's picker offers for a task (everyone in the plan, the task's
 * team lead and members first), and the edit that makes the picked person its owner.
 */
import type { Position } from 'vscode-languageserver';
import { assignOwnerEdit, ownerCandidates, personLabel } from '../core/fixes/quickFixes';
import type { AssignOwnerParams, OwnerChoices } from '../protocol/requests';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';
import { taskAt } from './programs';

export function ownerChoices(entry: ProgramEntry, taskId: string | undefined, position: Position | undefined): OwnerChoices {
  const { program } = entry.analysis;
  const task = taskAt(entry, taskId, position);
  if (!task) return { message: 'Put the cursor on a task to assign its owner.' };
  const candidates = ownerCandidates(program, task);
  if (candidates.length === 0) return { message: 'The plan lists no people yet: add them under `people` first.' };
  const teamId = task.team?.id;
  const lead = program.teams.find((t) => t.id === teamId)?.lead?.id;
  const choices = candidates.map((person) => ({
    id: person.id,
    label: personLabel(person),
    description: [person.role, person.team?.id].filter(Boolean).join(' · '),
    detail: person.id === lead ? `Lead of the task's team (${teamId})` : teamId && person.team?.id === teamId ? `On the task's team (${teamId})` : undefined,
  }));
  return { taskId: task.id, title: `Owner of ${task.name || task.id}`, choices };
}

/** The edit on the current text (it may have changed while the picker was open); null when the task is gone. */
export function assignOwner(entry: ProgramEntry, params: AssignOwnerParams): { range: ReturnType<typeof rangeOf>; newText: string }[] | null {
  const task = entry.analysis.program.tasks.find((t) => t.id === params.taskId);
  if (!task || typeof params.personId !== 'string') return null;
  const edit = assignOwnerEdit(entry.document.getText(), task, params.personId);
  return [{ range: rangeOf(entry.document, edit.span), newText: edit.newText }];
}
