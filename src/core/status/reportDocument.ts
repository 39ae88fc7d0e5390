/**
 * The report's text: one list of blocks, rendered to Markdown for the file, the clipboard and
 * the CLI, to HTML for email and wikis, and to the DOM in the preview.
 */
import { chance } from '../text/chance';
import type { OverallStatus } from '../model';
import { postLaunchBlocks } from '../documents/postLaunch';
import { dayNumber } from '../dates';
import { crossTeamTable } from '../dependencies/crossTeamDocument';
import { code, em, renderMarkdown, sourceLink, strong, text, type Block, type Inline, type Run } from './document';
import { dayText as day } from './dayText';
import { renderHtml } from './html';
import type { EndBuffer, EndSlip, InProgressItem, Metrics, MilestoneStatus, StatusReport, TaskRef } from './report';
import type { WeekOverWeek } from './weekOverWeek';
import type { Confidence, ConfidenceTooLarge } from './confidence';
import { plural, workingDays } from '../text/plural';

export const STATUS_LABELS: Readonly<Record<OverallStatus, string>> = {
  green: '🟢 On track',
  amber: '🟡 At risk',
  red: '🔴 Blocked or off track',
};

export function statusMarkdown(report: StatusReport): string {
  return renderMarkdown(statusDocument(report));
}

/** The report as a self-contained HTML page (for email, wikis and the preview's "Copy as HTML"). */
export function statusHtml(report: StatusReport): string {
  return renderHtml(statusDocument(report), `Program Status — ${report.programName || 'Unnamed program'} — ${report.asOf}`);
}

export function statusDocument(report: StatusReport): Block[] {
  return [
    ...title(report),
    ...errorBanner(report),
    ...overall(report),
    ...milestones(report),
    ...completed(report),
    ...inProgress(report),
    ...crossTeam(report),
    ...risks(report),
    ...metrics(report.metrics),
    ...historyMetrics(report.historyMetrics),
    ...nextWeek(report),
    ...actions(report),
    ...launch(report),
    ...(report.postLaunch ? postLaunchBlocks(report.postLaunch, `Post-launch — launched ${day(report.postLaunch.launchDate)}`) : []),
    ...decisions(report),
    ...weekOverWeek(report),
  ];
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
  if (report.confidence) blocks.push({ kind: 'paragraph', content: [text(confidenceText(report.confidence))] });
  // The first finding is the reason (or, with an override, beside it); the list has the rest.
  const rest = health.findings.slice(1);
  if (rest.length > 0) blocks.push({ kind: 'list', items: rest.map((f) => [text(`${f.status === 'red' ? '🔴' : '🟡'} ${f.message}`)]) });
  return blocks;
}

/** "Confidence: GA 80% by 2026-08-14; 62% to meet the target end (1,000 runs, seed 1)". */
function confidenceText(c: Confidence | ConfidenceTooLarge): string {
  if ('tooLarge' in c) return `Confidence: not forecast in the report for a plan of ${formatAmount(c.tooLarge)} tasks; run \`program-pilot forecast\` or Show Schedule Confidence in the editor.`;
  const promise = c.promise ? `; ${chance(c.promise.probability)} to meet the ${c.promise.kind === 'targetEnd' ? 'target end' : 'launch date'} ${c.promise.date}` : '';
  return `Confidence: ${c.name} 80% by ${day(c.p80)}${promise} (forecast of ${formatAmount(c.runs)} runs, seed ${c.seed})`;
}

/** Before anything else: the plan has errors, so the dates below are computed around them. */
function errorBanner(report: StatusReport): Block[] {
  const errors = report.planErrors;
  if (!errors || errors.count === 0) return [];
  const more = errors.count - errors.first.length;
  const items: Inline[] = errors.first.map((e) => [sourceLink(`${errors.fileName}:${e.line}`, e.line), text(` ${e.code} ${e.message}`)]);
  if (more > 0) items.push([text(`… and ${more} more: run `), code(`program-pilot check ${errors.fileName}`)]);
  return [
    {
      kind: 'alert',
      content: [
        strong(`⛔ The plan has ${plural(errors.count, 'error')}`),
        text('; the dates below leave out what they break (an invalid duration counts as 0 days, tasks on a dependency cycle are not scheduled, unknown references are ignored). Fix them before sending this report.'),
      ],
      items,
    },
  ];
}

const MILESTONE_LABELS: Readonly<Record<MilestoneStatus, string>> = {
  done: '✅ done',
  'on-track': '🟢 on track',
  'at-risk': '🟡 at risk',
  late: '🔴 late',
  unscheduled: '⚪ not scheduled',
};

/** `−2` with a true minus sign, as a table of numbers prints it. */
function number(days: number): string {
  return days < 0 ? `−${-days}` : String(days);
}

/** `+3`, `−2`, `0`: a variance in working days. */
function signed(days: number): string {
  return days > 0 ? `+${days}` : number(days);
}

function milestones(report: StatusReport): Block[] {
  const heading: Block = { kind: 'heading', level: 2, content: [text('Milestones')] };
  if (report.milestones.length === 0) return [heading, { kind: 'paragraph', content: [em('The plan has no milestones.')] }];
  const baseline = report.milestones.some((m) => m.plannedFrom === 'baseline');
  return [
    heading,
    {
      kind: 'table',
      header: ['Milestone', baseline ? 'Planned (baseline)' : 'Planned', 'Forecast', 'Variance (working days)', 'Float (working days)', 'Status'],
      numeric: [false, false, false, true, true, false],
      rows: report.milestones.map((m) => [
        [strong(m.name), ...(m.deadline ? [text(` (deadline ${m.deadline})`)] : [])],
        [text(m.planned ? day(m.planned) : '—')],
        [text(m.forecast ? day(m.forecast) : '—')],
        [text(m.variance === undefined ? '—' : signed(m.variance))],
        [text(m.float === undefined ? '—' : number(m.float))],
        [text(MILESTONE_LABELS[m.status])],
      ]),
    },
  ];
}

function crossTeam(report: StatusReport): Block[] {
  return [{ kind: 'heading', level: 2, content: [text('Cross-team dependencies')] }, crossTeamTable(report.crossTeam)];
}

function actions(report: StatusReport): Block[] {
  const until = report.nextWeekWindow?.to;
  const heading: Block = { kind: 'heading', level: 2, content: [text(until ? `Actions overdue or due by ${day(until)}` : 'Actions overdue or due within a week')] };
  if (report.actions.length === 0) return [heading, { kind: 'paragraph', content: [em('No open actions are overdue or due.')] }];
  return [
    heading,
    {
      kind: 'table',
      header: ['Action', 'Owner', 'Due', 'Status'],
      rows: report.actions.map((a) => [
        [strong(a.title)],
        [text(a.owner ?? '—')],
        [text(day(a.due))],
        [text(a.overdueBy ? `⏰ ${plural(a.overdueBy, 'day')} overdue` : a.due === report.asOf ? 'due today' : 'open')],
      ]),
    },
  ];
}

function launch(report: StatusReport): Block[] {
  const l = report.launch;
  if (!l) return [];
  const until = l.workingDaysToLaunch === undefined ? '' : l.workingDaysToLaunch === 0 ? ', today' : `, in ${workingDays(l.workingDaysToLaunch)}`;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, content: [text(`Launch readiness — ${day(l.date)}${until}`)] },
    { kind: 'paragraph', content: [text(`Checklist: ${l.done} of ${l.total} done.`)] },
  ];
  if (l.launchWeek) blocks.push({ kind: 'note', content: [strong(`🔴 Launch week with ${plural(l.open.length, 'open item')}.`)] });
  if (l.open.length > 0) blocks.push({ kind: 'list', items: l.open.map((item) => [strong(item.item), ...owner(item.owner)]) });
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
    // Impact and ETA columns only when some risk states them.
    const impact = report.risks.some((r) => r.impactText);
    const eta = report.risks.some((r) => r.eta);
    blocks.push({
      kind: 'table',
      header: ['Risk', 'Probability × impact', ...(impact ? ['Impact'] : []), 'Owner', 'Mitigation', ...(eta ? ['ETA'] : [])],
      rows: report.risks.map((r) => [
        [strong(r.title)],
        [text(`${r.probability ?? '?'} × ${r.impact ?? '?'}${r.score === undefined ? '' : ` (${r.score})`}`)],
        ...(impact ? [[text(r.impactText ?? '—')]] : []),
        [text(r.owner ?? '—')],
        r.mitigation ? [text(r.mitigation)] : [em('none')],
        ...(eta ? [[text(r.eta ? day(r.eta) : '—')]] : []),
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
  items.push([text(m.buffer ? bufferText(m.buffer) : 'Buffer to the target end: no target end or deadline to measure against')]);
  if (m.slip) items.push(...slipTexts(m.slip).map((line) => [text(line)]));
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

/**
 * The seed's TPM metrics from the git history and the baseline, one line each with what it was
 * measured over; how each is computed is `program-pilot metrics`' text, too long for a report.
 */
function historyMetrics(metrics: StatusReport['historyMetrics']): Block[] {
  if (metrics === undefined) return [];
  const heading: Block = { kind: 'heading', level: 3, content: [text('From the plan’s history')] };
  if ('unavailable' in metrics) return [heading, { kind: 'paragraph', content: [text(`Not computed: ${metrics.unavailable}.`)] }];
  const items: Inline[] = metrics.map((m) => {
    const target = m.target === undefined || m.meetsTarget === undefined ? '' : ` (target ${m.target}: ${m.meetsTarget ? 'met' : 'not met'})`;
    const why = m.value === 'n/a' ? m.details[0] : `over ${m.over}`;
    return [strong(m.title), text(`: ${m.value}${target}${why ? ` — ${why}` : ''}`)];
  });
  return [heading, { kind: 'list', items }, { kind: 'paragraph', content: [text('How each is computed, item by item: '), code('program-pilot metrics'), text('.')] }];
}

function bufferText(b: EndBuffer): string {
  const target = b.referenceKind === 'targetEnd' ? 'the target end' : 'the latest deadline';
  const dates = `(forecast ${b.forecastEnd}, ${b.referenceKind === 'targetEnd' ? 'target' : 'deadline'} ${b.reference})`;
  if (b.workingDays < 0) return `Past ${target} by ${workingDays(b.workingDays)} ${dates}`;
  return `Buffer to ${target}: ${b.workingDays === 0 ? 'none' : workingDays(b.workingDays)} ${dates}`;
}

function slipTexts(s: EndSlip): string[] {
  const line = (against: string, days: number, reference: string): string => {
    const verdict = days > 0 ? `${workingDays(days)} later` : days < 0 ? `${workingDays(days)} earlier` : 'on the same day';
    return `Forecast end against ${against}: ${verdict} (forecast ${s.forecastEnd}, ${reference})`;
  };
  const lines = [line('the plan', s.workingDays, `plan without recorded progress ${s.planEnd}`)];
  if (s.baselineEnd !== undefined && s.baselineWorkingDays !== undefined) lines.push(line('the baseline', s.baselineWorkingDays, `baseline ${s.baselineEnd}`));
  return lines;
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
        ...(d.recommendation ? [text('. Recommendation: '), strong(d.recommendation)] : []),
        ...(d.options ? [text(`. Options: ${d.options}`)] : []),
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
