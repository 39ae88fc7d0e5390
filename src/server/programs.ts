/** The program files the server knows, for the client's pickers and commands, and where a task is written. */
import type { ProgramSummary, Range } from '../protocol/requests';
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
