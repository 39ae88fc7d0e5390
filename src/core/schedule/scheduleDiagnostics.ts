/**
 * What the schedule has to say about the plan: deadlines the earliest finish misses (PP501) and a
 * launch date before the work is done (PP502). Each names the chain of tasks that drives the
 * date, so the user knows where to act.
 *
 * `data`: PP501 `{ taskId, days, chain }` (chain = driving task ids, first to last, ending at the
 * task); PP502 `{ days, chain }` (the chain driving the project end).
 */
import { diagnostic, type Diagnostic, type RelatedInformation } from '../diagnostics';
import type { Located, Program } from '../model';
import type { Span } from '../source';
import { plural } from '../text/plural';
import { dayNumber } from '../dates';
import { drivingChain, projectEndTask } from './drivingChain';
import type { Schedule, TaskSchedule } from './types';

/** Related entries per diagnostic: the links nearest the late task; a longer chain is summarised in the message. */
const MAX_RELATED = 50;
/** Chain members named in a message before it is elided in the middle. */
const MAX_NAMED = 8;

export function scheduleDiagnostics(program: Program, schedule: Schedule): Diagnostic[] {
  if (!schedule.ok || !schedule.calendar) return [];
  const diagnostics: Diagnostic[] = [];
  for (const scheduled of schedule.tasks) {
    if (scheduled.deadlineLf === undefined || daysPastDeadline(scheduled) <= 0) continue;
    diagnostics.push(missedDeadline(program, schedule, scheduled));
  }
  const launch = launchBeforeEnd(program, schedule);
  if (launch) diagnostics.push(launch);
  return diagnostics;
}

function missedDeadline(program: Program, schedule: Schedule, scheduled: TaskSchedule): Diagnostic {
  const task = program.tasks[scheduled.index];
  const days = daysPastDeadline(scheduled);
  const chain = drivingChain(schedule, scheduled.id);
  const message =
    `Task '${task.id}' misses its deadline ${task.deadline} by ${plural(days, 'working day')}: ` +
    `its earliest finish is ${scheduled.finishDate}. ${chainSentence(chain, schedule)}`;
  return diagnostic('PP501', valueSpan(task, 'deadline', task.idSpan), message, {
    related: relatedFor(program, chain.slice(0, -1), scheduled.id),
    data: { taskId: task.id, days, chain: chain.slice(-MAX_RELATED).map((t) => t.id) },
  });
}

/**
 * Working days the finish shown lands after the task's deadline (0 or less: met). The shown day,
 * not EF, so a milestone dated on its deadline meets it whatever drives it.
 */
export function daysPastDeadline(scheduled: TaskSchedule): number {
  return scheduled.deadlineLf === undefined ? 0 : scheduled.finishDay - (scheduled.deadlineLf - 1);
}

function launchBeforeEnd(program: Program, schedule: Schedule): Diagnostic | undefined {
  const launch = program.launch;
  const calendar = schedule.calendar;
  const launchDay = launch?.date === undefined ? undefined : dayNumber(launch.date);
  const endDay = schedule.projectEndDate === undefined ? undefined : dayNumber(schedule.projectEndDate);
  if (!launch || !calendar || launchDay === undefined || endDay === undefined || launchDay >= endDay) return undefined;
  const days = calendar.offsetOf(schedule.projectEndDate!) - calendar.offsetOf(launch.date!, 'previous');
  const last = projectEndTask(schedule);
  const chain = last ? drivingChain(schedule, last.id) : [];
  const message =
    `The launch date ${launch.date} is before the projected finish of the work, ${schedule.projectEndDate} ` +
    `(${plural(days, 'working day')} later). ${chainSentence(chain, schedule)}`;
  return diagnostic('PP502', valueSpan(launch, 'date', launch.span), message, {
    related: relatedFor(program, chain, undefined),
    data: { days, chain: chain.slice(-MAX_RELATED).map((t) => t.id) },
  });
}

/** "Driven by: a → b → c, from the program start." with the middle elided for long chains. */
function chainSentence(chain: readonly TaskSchedule[], schedule: Schedule): string {
  if (chain.length === 0) return '';
  const ids = chain.map((t) => t.id);
  const named =
    ids.length <= MAX_NAMED
      ? ids.join(' → ')
      : [...ids.slice(0, 3), `… (${ids.length - 7} more)`, ...ids.slice(-4)].join(' → ');
  return `Driven by: ${named}, ${originOf(chain[0], schedule)}.`;
}

function originOf(first: TaskSchedule, schedule: Schedule): string {
  switch (first.driverKind) {
    case 'notBefore':
      return `which cannot start before ${first.startDate} (notBefore)`;
    case 'statusDate':
      // The resume day itself: a done milestone at the head is dated on the status date before it.
      return `whose work resumes on ${schedule.calendar?.dateOf(first.es) ?? first.startDate}, after the status date`;
    case 'actual':
      return `which started on ${first.startDate}`;
    default:
      return `from the program start on ${schedule.calendar?.startDate ?? first.startDate}`;
  }
}

/** One entry per chain task, nearest the late task first when the chain is long. */
function relatedFor(program: Program, chain: readonly TaskSchedule[], drives: string | undefined): RelatedInformation[] {
  const shown = chain.slice(-MAX_RELATED);
  return shown.map((t, i) => {
    const next = shown[i + 1]?.id ?? drives;
    return {
      message: `'${t.id}' runs ${t.startDate} – ${t.finishDate}${next === undefined ? ' and sets the project end' : ` and drives '${next}'`}`,
      span: program.tasks[t.index].idSpan,
    };
  });
}

function valueSpan(item: Located, key: string, fallback: Span): Span {
  return item.fields[key]?.value ?? fallback;
}
