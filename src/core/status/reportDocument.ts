/**
 * The report's text: one list of blocks, rendered to Markdown for the file, the clipboard and
 * the CLI, and to the DOM in the preview.
 */
import type { IsoDate, OverallStatus } from '../model';
import { dayNumber, weekdayOf } from '../dates';
import { code, em, renderMarkdown, strong, text, type Block, type Inline, type Run } from './document';
import type { InProgressItem, Metrics, StatusReport, TaskRef } from './report';
import type { WeekOverWeek } from './weekOverWeek';
import { plural, workingDays } from '../text/plural';

export const STATUS_LABELS: Readonly<Record<OverallStatus, string>> = {
  green: '🟢 On track',
  amber: '🟡 At risk',
  red: '🔴 Blocked or off track',
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function statusMarkdown(report: StatusReport): string {
  return renderMarkdown(statusDocument(report));
}

export function statusDocument(report: StatusReport): Block[] {
  return [
    ...title(report),
    ...overall(report),
    ...completed(report),
    ...inProgress(report),
    ...risks(report),
    ...metrics(report.metrics),
    ...nextWeek(report),
    ...decisions(report),
    ...weekOverWeek(report),
  ];
}

/** `Fri 2026-03-13`: the weekday helps a reader place a date in the week. */
function day(date: IsoDate): string {
  const n = dayNumber(date);
  return n === undefined ? date : `${WEEKDAYS[weekdayOf(n)]} ${date}`;
}

function taskName(task: TaskRef): Run[] {
  return [...(task.milestone ? [text('🏁 ')] : []), strong(task.name)];
}

function owner(name: string | undefined): Run[] {
  return name === undefined ? [] : [text(` — ${name}`)];
}

/** Progress older than this (calendar days) makes forecasts optimistic: the report says so. */
const STALE_PROGRESS_DAYS = 7;

function title(report: StatusReport): Block[] {
  const week = report.week === undefined ? 'Before Start' : `Week ${report.week}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, content: [text(`Program Status — ${week}`)] },
    { kind: 'paragraph', content: [strong(report.programName || 'Unnamed program'), text(` · as of ${day(report.asOf)}`)] },
  ];
  const recorded = report.statusDate === undefined ? undefined : dayNumber(report.statusDate);
  const age = recorded === undefined ? undefined : (dayNumber(report.asOf) ?? recorded) - recorded;
  if (age === undefined) {
    blocks.push({ kind: 'note', content: [text('The plan has no statusDate, so forecasts assume all open work starts as planned.')] });
  } else if (age > STALE_PROGRESS_DAYS) {
    blocks.push({
      kind: 'note',
      content: [text(`⚠️ Progress was last recorded on ${report.statusDate}, ${plural(age, 'day')} before this report: forecasts may be optimistic.`)],
    });
  }
  return blocks;
}

function overall(report: StatusReport): Block[] {
  const { health } = report;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, content: [text(`Overall status: ${STATUS_LABELS[health.status]}`)] },
    { kind: 'paragraph', content: [text(health.reason)] },
  ];
  if (health.override) {
    blocks.push({
      kind: 'note',
      content: [text('Status set by the plan. '), strong(`What the data says: ${STATUS_LABELS[health.dataStatus]}`), text(` — ${health.dataReason}`)],
    });
  }
  if (report.projectedEnd) blocks.push({ kind: 'paragraph', content: [text(`Projected end: ${day(report.projectedEnd)}`)] });
  // The first finding is the reason; list them all when there is more than one.
  if (health.findings.length > 1) {
    blocks.push({ kind: 'list', items: health.findings.map((f) => [text(`${f.status === 'red' ? '🔴' : '🟡'} ${f.message}`)]) });
  }
  return blocks;
}

function completed(report: StatusReport): Block[] {
  const { from, to } = report.completedWindow;
  const heading: Block = { kind: 'heading', level: 2, content: [text(`Completed this week (${from} – ${to})`)] };
  if (report.completed.length === 0) return [heading, { kind: 'paragraph', content: [em('Nothing was completed this week.')] }];
  return [
    heading,
    {
      kind: 'list',
      items: report.completed.map((item) => [
        ...taskName(item),
        text(` — finished ${day(item.finished)}`),
        ...(item.lateBy ? [text(`, ${workingDays(item.lateBy)} after its deadline`)] : []),
        ...(item.owner ? [text(` (${item.owner})`)] : []),
      ]),
    },
  ];
}

function progressNote(item: InProgressItem): string {
  const notes: string[] = [];
  if (item.status === 'blocked') notes.push(item.blocker ? `⛔ blocked: ${item.blocker}` : '⛔ blocked');
  else if (item.status === 'at-risk') notes.push('⚠️ at risk');
  if (item.lateVsDeadline) notes.push(`late: ${workingDays(item.lateVsDeadline)} past the deadline ${item.deadline}`);
  if (item.lateVsPlan) notes.push(`late: ${workingDays(item.lateVsPlan)} past the plan (${item.plannedFinish})`);
  if (item.critical) notes.push('critical path');
  return notes.join(' · ');
}

function inProgress(report: StatusReport): Block[] {
  const heading: Block = { kind: 'heading', level: 2, content: [text('In progress')] };
  if (report.inProgress.length === 0) return [heading, { kind: 'paragraph', content: [em('No work in progress.')] }];
  return [
    heading,
    {
      kind: 'table',
      header: ['Task', 'Owner', 'Progress', 'Forecast finish', 'Notes'],
      numeric: [false, false, true, false, false],
      rows: report.inProgress.map((item) => [
        taskName(item),
        [text(item.owner ?? '—')],
        [text(item.progress === undefined ? '—' : `${item.progress}%`)],
        [text(item.forecastFinish ? day(item.forecastFinish) : '—')],
        [text(progressNote(item))],
      ]),
    },
  ];
}

function risks(report: StatusReport): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, content: [text('Risks & mitigations')] }];
  if (report.risks.length === 0) blocks.push({ kind: 'paragraph', content: [em('No open risks.')] });
  else {
    blocks.push({
      kind: 'table',
      header: ['Risk', 'Probability × impact', 'Owner', 'Mitigation'],
      rows: report.risks.map((r) => [
        [strong(r.title)],
        [text(`${r.probability ?? '?'} × ${r.impact ?? '?'}${r.score === undefined ? '' : ` (${r.score})`}`)],
        [text(r.owner ?? '—')],
        r.mitigation ? [text(r.mitigation)] : [em('none')],
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 3, content: [text('Open issues')] });
  if (report.issues.length === 0) blocks.push({ kind: 'paragraph', content: [em('No open issues.')] });
  else {
    blocks.push({
      kind: 'table',
      header: ['Issue', 'Severity', 'Owner', 'Impact'],
      rows: report.issues.map((i) => [[strong(i.title)], [text(i.severity ?? '—')], [text(i.owner ?? '—')], [text(i.impact ?? '—')]]),
    });
  }
  return blocks;
}

/** Whole numbers with thousands separators, the same on every machine (no locale). */
export function formatAmount(value: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(value % 1 === 0 ? 0 : 2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

function metrics(m: Metrics): Block[] {
  const items: Inline[] = [
    [text(`Milestones hit on time: ${m.milestonesOnTime} of ${m.milestonesDue} due so far`)],
    [text(`Tasks done: ${m.tasksDone} of ${m.tasksTotal}${m.tasksCancelled ? ` (${m.tasksCancelled} cancelled, not counted)` : ''}`)],
    [text(`Active blockers: ${m.activeBlockers}`)],
  ];
  const v = m.scheduleVariance;
  if (v) {
    const against = v.referenceKind === 'targetEnd' ? `the target end ${v.reference}` : `the latest deadline ${v.reference}`;
    const verdict =
      v.workingDays > 0 ? `${workingDays(v.workingDays)} late` : v.workingDays < 0 ? `${workingDays(v.workingDays)} ahead` : 'on the day';
    items.push([text(`Schedule variance: ${verdict} — projected end ${v.projectedEnd} against ${against}`)]);
  } else {
    items.push([text('Schedule variance: no target end or deadline to measure against')]);
  }
  const b = m.budget;
  if (b) {
    const currency = b.currency ? ` ${b.currency}` : '';
    const pace = b.burn > b.elapsed + 0.05 ? ' — spending ahead of time' : '';
    items.push([
      text(`Budget burn: ${percent(b.burn)} spent (${formatAmount(b.spent)} of ${formatAmount(b.total)}${currency}) with ${percent(b.elapsed)} of the time elapsed${pace}`),
    ]);
  }
  return [{ kind: 'heading', level: 2, content: [text('Metrics')] }, { kind: 'list', items }];
}

function nextWeek(report: StatusReport): Block[] {
  const window = report.nextWeekWindow;
  const heading: Block = {
    kind: 'heading',
    level: 2,
    content: [text(window ? `Next week goals (${window.from} – ${window.to})` : 'Next week goals')],
  };
  if (!window) return [heading, { kind: 'paragraph', content: [em('The schedule cannot be computed, so nothing is forecast.')] }];
  if (report.nextWeek.length === 0) return [heading, { kind: 'paragraph', content: [em('Nothing starts, finishes or falls due.')] }];
  return [
    heading,
    {
      kind: 'list',
      items: report.nextWeek.map((item) => {
        const what = item.milestone
          ? `due ${day(item.finishes ?? '')}`
          : [item.starts && `starts ${day(item.starts)}`, item.finishes && `finishes ${day(item.finishes)}`].filter(Boolean).join(', ');
        return [...taskName(item), text(` — ${what}`), ...owner(item.owner)];
      }),
    },
  ];
}

function decisions(report: StatusReport): Block[] {
  const heading: Block = { kind: 'heading', level: 2, content: [text('Decisions needed')] };
  if (report.decisions.length === 0) return [heading, { kind: 'paragraph', content: [em('No pending decisions.')] }];
  return [
    heading,
    {
      kind: 'list',
      items: report.decisions.map((d) => [
        ...(d.overdueBy ? [text('⏰ ')] : []),
        strong(d.title),
        text(d.needBy ? ` — needed by ${day(d.needBy)}` : ' — no need-by date'),
        ...(d.overdueBy ? [text(` (${plural(d.overdueBy, 'day')} overdue)`)] : []),
        ...(d.owner ? [text(`, owner ${d.owner}`)] : []),
      ]),
    },
  ];
}

function names(tasks: readonly { readonly name: string }[]): Run[] {
  return tasks.flatMap((t, i) => [...(i > 0 ? [text(', ')] : []), strong(t.name)]);
}

function weekOverWeek(report: StatusReport): Block[] {
  const wow = report.weekOverWeek;
  if ('unavailable' in wow) return [{ kind: 'paragraph', content: [em(`Week over week: not compared — ${wow.unavailable}.`)] }];
  return [
    { kind: 'heading', level: 2, content: [text('Week over week')] },
    {
      kind: 'paragraph',
      content: [text('Compared with commit '), code(wow.commit.hash.slice(0, 10)), text(` of ${wow.commit.date.slice(0, 10)} (“${wow.commit.subject}”).`)],
    },
    { kind: 'list', items: changes(wow) },
  ];
}

function changes(wow: WeekOverWeek): Inline[] {
  const line = (label: string, tasks: readonly { readonly name: string }[], none: string): Inline =>
    tasks.length === 0 ? [text(`${label}: ${none}`)] : [text(`${label}: `), ...names(tasks)];
  const items: Inline[] = [
    line('Newly completed', wow.newlyCompleted, 'none'),
    line('Newly blocked', wow.newlyBlocked, 'none'),
  ];
  if (wow.movedMilestones.length === 0) items.push([text('Milestone forecasts: unchanged')]);
  for (const m of wow.movedMilestones) {
    const direction = m.workingDays > 0 ? 'later' : 'earlier';
    items.push([text('Milestone '), strong(m.name), text(` moved ${workingDays(m.workingDays)} ${direction}: ${m.from} → ${m.to}`)]);
  }
  if (wow.added.length === 0 && wow.removed.length === 0) items.push([text('Scope: no tasks added or removed')]);
  else {
    const parts: Run[] = [text('Scope change: ')];
    if (wow.added.length) parts.push(text(`${wow.added.length} added (`), ...names(wow.added), text(')'));
    if (wow.added.length && wow.removed.length) parts.push(text('; '));
    if (wow.removed.length) parts.push(text(`${wow.removed.length} removed (`), ...names(wow.removed), text(')'));
    items.push(parts);
  }
  const resolved = wow.unblocked.length ? [text('; unblocked: '), ...names(wow.unblocked)] : [];
  items.push([text(`Blockers: ${wow.blockersThen} a week ago → ${wow.blockersNow} now`), ...resolved]);
  return items;
}
