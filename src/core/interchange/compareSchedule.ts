/**
 * Checks an import against the source: the imported plan, scheduled by our own engine, is
 * compared task by task with the start, finish and total float the source file stored, and
 * the result is one line for the report ("schedule reproduced: 16/16 tasks", or which tasks
 * differ and the likely reason).
 */
import type { Schedule } from '../schedule/types';
import type { PlanDraft, StoredDates } from './draft';

import { displayName } from './warnings';

const DIFFERENCES_SHOWN = 10;

export function compareSchedule(draft: PlanDraft, schedule: Schedule, stored: readonly StoredDates[], approximated: ReadonlyMap<string, string>): string {
  const byId = new Map(draft.tasks.map((task) => [task.id, task]));
  const differences: string[] = [];
  let compared = 0;
  for (const source of stored) {
    const task = byId.get(source.id);
    if (!task || task.status === 'cancelled' || (source.start === undefined && source.finish === undefined)) continue;
    compared++;
    const ours = schedule.byId.get(source.id);
    const found: string[] = [];
    if (!ours) found.push('not scheduled here (on a dependency cycle)');
    else {
      if (source.start !== undefined && source.start !== ours.startDate) found.push(`starts ${ours.startDate} here, ${source.start} in the file`);
      if (source.finish !== undefined && source.finish !== ours.finishDate) found.push(`finishes ${ours.finishDate} here, ${source.finish} in the file`);
      if (source.totalFloat !== undefined && source.totalFloat !== ours.tf && task.status !== 'done') found.push(`total float ${ours.tf}d here, ${source.totalFloat}d in the file`);
    }
    if (found.length > 0) differences.push(`'${displayName(task.name)}' ${found.join(', ')} (${approximated.get(task.id) ?? likelyReason(draft, task.status)})`);
  }
  if (compared === 0) return 'the file stores no task dates to compare the schedule with';
  const reproduced = `schedule reproduced: ${compared - differences.length}/${compared} tasks`;
  if (differences.length === 0) return reproduced;
  const more = differences.length > DIFFERENCES_SHOWN ? `; and ${differences.length - DIFFERENCES_SHOWN} more` : '';
  return `${reproduced}; different: ${differences.slice(0, DIFFERENCES_SHOWN).join('; ')}${more}`;
}

function likelyReason(draft: PlanDraft, status: string | undefined): string {
  if (draft.statusDate && status !== 'done') return 'work not done resumes after the status date here, or a task it depends on moved';
  return 'a task it depends on moved, or the source was not recalculated before it was saved';
}
