/**
 * The Milestones view: each milestone with its forecast date and its float (or how late it is
 * against its deadline), done ones with whether they met their deadline.
 */
import type { Analysis } from '../analyze';
import type { Task } from '../model';
import { shortDate } from '../hover/dateText';
import { MILESTONE_WARNING_FLOAT } from '../status/health';
import { forecastDeadlineSlack, forecastFinish } from '../status/workdays';
import { plural } from '../text/plural';
import type { CockpitNode } from './tree';

export function milestoneNodes(analysis: Analysis): CockpitNode[] {
  const { program } = analysis;
  return program.tasks.filter((task) => task.milestone && task.status !== 'cancelled').map((task) => milestoneNode(analysis, task));
}

function milestoneNode(analysis: Analysis, task: Task): CockpitNode {
  const { schedule, asOf } = analysis;
  const year = asOf.slice(0, 4);
  const base = { label: task.name || task.id, span: task.idSpan, taskId: task.id };
  if (task.status === 'done') {
    const finished = task.actualFinish;
    const met = task.deadline === undefined || finished === undefined ? undefined : finished <= task.deadline;
    const verdict = met === undefined ? '' : met ? ' · deadline met' : ' · deadline missed';
    return {
      ...base,
      tone: met === false ? 'warning' : 'done',
      description: `done${finished ? ` ${shortDate(finished, year)}` : ''}${verdict}`,
      reason: `Done${finished ? ` on ${finished}` : ''}${task.deadline ? ` (deadline ${task.deadline})` : ''}`,
    };
  }
  const ts = schedule.ok ? schedule.byId.get(task.id) : undefined;
  if (!ts || !schedule.calendar) return { ...base, tone: 'warning', description: 'not scheduled', reason: 'The schedule cannot place this milestone.' };
  const forecast = forecastFinish(ts.finishDate, asOf);
  const date = shortDate(forecast, year);
  if (task.deadline !== undefined) {
    const slack = forecastDeadlineSlack(schedule.calendar, ts, task.deadline, asOf);
    if (slack < 0) {
      const late = plural(-slack, 'day');
      return { ...base, tone: 'error', description: `${date} · ${late} late`, reason: `Forecast ${forecast} misses the deadline ${task.deadline} by ${plural(-slack, 'working day')}.` };
    }
    return {
      ...base,
      tone: slack <= MILESTONE_WARNING_FLOAT ? 'warning' : 'ok',
      description: `${date} · float ${slack}d`,
      reason: `Forecast ${forecast}, ${plural(slack, 'working day')} before the deadline ${task.deadline}.`,
    };
  }
  return {
    ...base,
    tone: ts.tf <= 0 ? 'warning' : 'ok',
    description: `${date} · float ${ts.tf}d`,
    reason: `Forecast ${forecast}, ${ts.critical ? 'on the critical path' : `${plural(ts.tf, 'working day')} of float`}.`,
  };
}
