/**
 * Progress consistency: actual dates in order (PP401) and not after the status date (PP404),
 * done tasks with an actual finish (PP402), and `progress: 100` only on done tasks (PP403).
 */
import { dayNumber } from '../dates';
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { Task } from '../model';
import { valueSpan, type CheckContext } from './context';

export function checkProgress(context: CheckContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  const statusDate = context.program.statusDate;
  const statusDay = statusDate === undefined ? undefined : dayNumber(statusDate);
  for (const task of context.program.tasks) {
    const start = task.actualStart === undefined ? undefined : dayNumber(task.actualStart);
    const finish = task.actualFinish === undefined ? undefined : dayNumber(task.actualFinish);
    if (start !== undefined && finish !== undefined && finish < start) {
      found.push(
        diagnostic(
          'PP401',
          valueSpan(task, 'actualFinish', task.idSpan),
          `Task '${task.id}' finished (${task.actualFinish}) before it started (${task.actualStart}). Correct one of the two dates.`,
          { related: [{ message: 'actualStart is here', span: valueSpan(task, 'actualStart', task.idSpan) }], data: { taskId: task.id } },
        ),
      );
    }
    if (task.status === 'done' && task.actualFinish === undefined) {
      found.push(
        diagnostic('PP402', valueSpan(task, 'status', task.idSpan), `Task '${task.id}' is done but has no \`actualFinish\`. Record the day it finished.`, {
          data: { taskId: task.id },
        }),
      );
    }
    if (task.progress === 100 && task.status !== 'done' && task.status !== 'cancelled') {
      found.push(
        diagnostic(
          'PP403',
          valueSpan(task, 'progress', task.idSpan),
          `Task '${task.id}' is at 100% but its status is '${task.status}'. Set \`status: done\` with an \`actualFinish\`, or lower the progress.`,
          { data: { taskId: task.id } },
        ),
      );
    }
    if (statusDay !== undefined && statusDate !== undefined) {
      if (start !== undefined && start > statusDay) found.push(afterStatusDate(task, 'actualStart', statusDate));
      if (finish !== undefined && finish > statusDay) found.push(afterStatusDate(task, 'actualFinish', statusDate));
    }
  }
  return found;
}

function afterStatusDate(task: Task, key: 'actualStart' | 'actualFinish', statusDate: string): Diagnostic {
  return diagnostic(
    'PP404',
    valueSpan(task, key, task.idSpan),
    `Task '${task.id}' has ${key} ${task[key]}, after the statusDate ${statusDate}: progress cannot be recorded for days that have not happened. Correct the date or move statusDate forward.`,
    { data: { taskId: task.id, field: key } },
  );
}
