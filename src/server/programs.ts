/** The program files the server knows, for the client's pickers and commands, and where a task is written. */
import type { Position } from 'vscode-languageserver';
import type { Task } from '../core/model';
import { symbolIndexOf } from '../core/navigation/symbolIndex';
import type { ProgramSummary, Range, TaskAt } from '../protocol/requests';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';

export function programSummary(entry: ProgramEntry): ProgramSummary {
  const { program } = entry.analysis;
  return { uri: entry.uri, name: program.name, ...(program.statusDate ? { statusDate: program.statusDate } : {}) };
}

export function taskLocation(entry: ProgramEntry, taskId: string): Range | null {
  const task = entry.analysis.program.tasks.find((t) => t.id === taskId);
  return task ? rangeOf(entry.document, task.idSpan) : null;
}

/** The task a command is about: the one named, else the one whose block holds `position`. */
export function taskAt(entry: ProgramEntry, taskId: string | undefined, position: Position | undefined): Task | undefined {
  const { program } = entry.analysis;
  const index = symbolIndexOf(program);
  const definition = taskId !== undefined ? index.definitionsOf('task', taskId)[0] : position ? index.definitionAround(entry.document.offsetAt(position)) : undefined;
  return definition?.kind === 'task' ? program.tasks[definition.index] : undefined;
}

/** The task around the editor's cursor, for "Show in Gantt". */
export function taskAtCursor(entry: ProgramEntry, position: Position | undefined): TaskAt | null {
  const task = position && taskAt(entry, undefined, position);
  return task ? { taskId: task.id, name: task.name || task.id } : null;
}
