/**
 * `program-pilot launch`: the go/no-go document — the checklist by readiness group with owners
 * and done state, the staged rollout, rollback triggers and post-launch checks, and the verdict
 * GO or NO-GO with its reasons: open checklist items, critical work forecast to finish after the
 * launch date, open high risks on work the launch waits for.
 */
import type { Analysis } from '../analyze';
import type { ChecklistItem, Task } from '../model';
import { plainText, strong, text, type Block } from '../status/document';
import { postLaunchBlocks } from './postLaunch';
import { forecastFinish, isOpen } from '../status/workdays';
import { documentMarkdown, type DocumentPart } from './markdown';
import { at, cell, personNames, who, type DocumentOptions } from './names';

export interface LaunchVerdict {
  readonly go: boolean;
  /** Why not, one sentence each; empty on GO. */
  readonly reasons: readonly string[];
}

const NO_GROUP = 'Other';

export function launchVerdict(analysis: Analysis): LaunchVerdict {
  const { program, schedule, asOf } = analysis;
  const launch = program.launch;
  if (!launch) return { go: false, reasons: ['The plan has no `launch` section: no date, no checklist.'] };
  const reasons: string[] = [];
  for (const item of launch.checklist) if (!item.done) reasons.push(`Checklist item open: ${item.item}`);
  const date = launch.date;
  if (date === undefined) reasons.push('The launch has no date (launch.date).');
  const forecast = (task: Task): string | undefined => {
    const ts = schedule.ok ? schedule.byId.get(task.id) : undefined;
    return ts ? forecastFinish(ts.finishDate, asOf) : undefined;
  };
  /** Open work the launch waits for: forecast to finish by the launch date, or critical. */
  const awaited = new Set<string>();
  for (const task of program.tasks) {
    if (!isOpen(task)) continue;
    const finish = forecast(task);
    const critical = schedule.byId.get(task.id)?.critical === true;
    if (date !== undefined && critical && finish !== undefined && finish > date) {
      reasons.push(`Critical work not done before the launch: ${task.name || task.id} (forecast ${finish})`);
    }
    if (critical || (date !== undefined && finish !== undefined && finish <= date)) awaited.add(task.id);
  }
  for (const risk of program.risks) {
    if (risk.status !== 'open' || (risk.probability !== 'high' && risk.impact !== 'high')) continue;
    const on = risk.tasks.filter((ref) => awaited.has(ref.id)).map((ref) => ref.id);
    if (on.length > 0) reasons.push(`Open high risk ${risk.id} on launch work (${on.join(', ')}): ${risk.title}`);
  }
  return { go: reasons.length === 0, reasons };
}

/** The checklist's groups in the order the file first names them, ungrouped items last. */
export function checklistGroups(checklist: readonly ChecklistItem[]): [string, ChecklistItem[]][] {
  const groups = new Map<string, ChecklistItem[]>();
  for (const item of checklist) {
    const group = item.group?.trim() || NO_GROUP;
    const list = groups.get(group);
    if (list) list.push(item);
    else groups.set(group, [item]);
  }
  const other = groups.get(NO_GROUP);
  groups.delete(NO_GROUP);
  return [...groups, ...(other ? [[NO_GROUP, other] as [string, ChecklistItem[]]] : [])];
}

export function launchMarkdown(analysis: Analysis, verdict = launchVerdict(analysis)): string {
  return documentMarkdown(launchDocument(analysis, verdict));
}

export function launchDocument(analysis: Analysis, verdict = launchVerdict(analysis), options: DocumentOptions = {}): DocumentPart[] {
  const { program, asOf } = analysis;
  const launch = program.launch;
  const names = personNames(analysis);
  const parts: DocumentPart[] = [
    { kind: 'heading', level: 1, content: [text(`${program.name || 'Program'} — launch readiness`)] },
    {
      kind: 'verdict',
      go: verdict.go,
      content: [strong(`Verdict: ${verdict.go ? 'GO' : 'NO-GO'}`), text(` — as of ${asOf}${launch?.date ? `, launch on ${launch.date}` : ''}.`)],
      reasons: verdict.reasons.map((r) => [text(r)]),
    },
  ];
  if (!launch) return parts;
  parts.push({ kind: 'heading', level: 2, content: [text('Checklist')] });
  if (launch.checklist.length === 0) parts.push({ kind: 'paragraph', content: [text('No checklist items yet (launch.checklist).')] });
  for (const [group, items] of checklistGroups(launch.checklist)) {
    parts.push(
      { kind: 'heading', level: 3, content: [text(group.charAt(0).toUpperCase() + group.slice(1))] },
      { kind: 'table', header: ['Item', 'Owner', 'Done'], rows: items.map((item) => [at(cell(item.item), item.span, options), who(item.owner, names), cell(item.done ? 'yes' : 'no')]) },
    );
  }
  const list = (title: string, items: readonly string[]): Block[] =>
    items.length === 0 ? [] : [{ kind: 'heading', level: 2, content: [text(title)] }, { kind: 'list', items: items.map((i) => [text(i)]) }];
  if (launch.rollout.length > 0) {
    parts.push(
      { kind: 'heading', level: 2, content: [text('Rollout')] },
      {
        kind: 'table',
        header: ['Stage', 'Traffic', 'Hold', 'Go criteria'],
        numeric: [true, true, false, false],
        rows: launch.rollout.map((stage, i) => [
          at(cell(String(i + 1)), stage.span, options),
          cell(stage.traffic === undefined ? undefined : `${stage.traffic}%`, '—'),
          cell(stage.hold, '—'),
          cell(stage.goCriteria.join('; ')),
        ]),
      },
    );
  }
  parts.push(...list('Rollback triggers', launch.rollbackTriggers));
  const handoffOwner = launch.handoffOwner && plainText(who(launch.handoffOwner, names));
  parts.push(
    ...postLaunchBlocks(
      { ...(launch.retrospective ? { retrospective: launch.retrospective } : {}), ...(handoffOwner ? { handoffOwner } : {}), checks: launch.postLaunch },
      'Post-launch',
    ),
  );
  return parts;
}
