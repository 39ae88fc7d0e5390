/**
 * `program-pilot charter`: the program's charter as a document — business context, success
 * criteria, scope, teams, RACI, the timeline by phase with dates from the schedule, and the top
 * open risks with their mitigations.
 */
import type { Analysis } from '../analyze';
import type { Task } from '../model';
import { riskScore } from '../cockpit/raid';
import { strong, text, type Block, type Inline } from '../status/document';
import { documentMarkdown, type DocumentPart } from './markdown';
import { at, cell, personNames, who, type DocumentOptions } from './names';

/** How many open risks the charter lists. */
export const TOP_RISKS = 5;

export function charterMarkdown(analysis: Analysis): string {
  return documentMarkdown(charterDocument(analysis));
}

export function charterDocument(analysis: Analysis, options: DocumentOptions = {}): DocumentPart[] {
  const { program } = analysis;
  const names = personNames(analysis);
  const charter = program.charter;
  const members = new Map<string, string[]>();
  for (const person of program.people) if (person.team) members.set(person.team.id, [...(members.get(person.team.id) ?? []), person.name || person.id]);
  const list = (items: readonly string[] | undefined, none: string): Block =>
    items && items.length > 0 ? { kind: 'list', items: items.map((item) => [text(item)]) } : { kind: 'paragraph', content: [text(none)] };
  const parts: DocumentPart[] = [
    { kind: 'heading', level: 1, content: [text(`${program.name || 'Program'} — charter`)] },
    ...metaLine(analysis),
    { kind: 'heading', level: 2, content: [text('Business context')] },
    { kind: 'paragraph', content: [text(charter?.context?.trim() || 'Not written yet (charter.context).')] },
    { kind: 'heading', level: 2, content: [text('Success criteria')] },
    list(charter?.successCriteria, 'None written yet (charter.successCriteria).'),
    { kind: 'heading', level: 2, content: [text('Scope')] },
    { kind: 'heading', level: 3, content: [text('In scope')] },
    list(charter?.inScope, 'None written yet (charter.inScope).'),
    { kind: 'heading', level: 3, content: [text('Out of scope')] },
    list(charter?.outOfScope, 'None written yet (charter.outOfScope).'),
    { kind: 'heading', level: 2, content: [text('Teams')] },
    {
      kind: 'table',
      header: ['Team', 'Lead', 'Members'],
      rows: program.teams.map((team) => [
        at(cell(team.name || team.id), team.idSpan, options),
        who(team.lead, names),
        cell((members.get(team.id) ?? []).join(', ')),
      ]),
    },
    { kind: 'heading', level: 2, content: [text('RACI')] },
    {
      kind: 'table',
      header: ['Task', 'Responsible', 'Accountable', 'Consulted', 'Informed'],
      rows: program.tasks
        .filter((task) => task.status !== 'cancelled')
        .map((task) => {
          const accountable = task.accountable.length > 0 ? task.accountable : program.accountable;
          const many = (refs: Task['consulted']): Inline => [text(refs.map((r) => names.get(r.id) ?? r.id).join(', '))];
          return [at(cell(task.name || task.id), task.idSpan, options), who(task.owner, names), many(accountable), many(task.consulted), many(task.informed)];
        }),
    },
    { kind: 'heading', level: 2, content: [text('Timeline')] },
    ...timeline(analysis),
    { kind: 'heading', level: 2, content: [text('Top risks')] },
    ...topRisks(analysis, names, options),
  ];
  return parts;
}

function metaLine(analysis: Analysis): Block[] {
  const { program, schedule } = analysis;
  const facts: string[] = [];
  if (program.start) facts.push(`Start ${program.start}`);
  if (schedule.projectEndDate) facts.push(`forecast end ${schedule.projectEndDate}`);
  if (program.targetEnd) facts.push(`target end ${program.targetEnd}`);
  const sponsor = program.accountable.map((r) => program.people.find((p) => p.id === r.id)?.name ?? r.id).join(', ');
  if (sponsor) facts.push(`accountable: ${sponsor}`);
  return facts.length > 0 ? [{ kind: 'paragraph', content: [text(facts.join(' · '))] }] : [];
}

/** One row per phase in the order the file first names it: its first start, last finish and milestones. */
function timeline(analysis: Analysis): Block[] {
  const { program, schedule } = analysis;
  const phases = new Map<string, { start?: string; finish?: string; tasks: number; milestones: string[] }>();
  for (const task of program.tasks) {
    if (task.status === 'cancelled') continue;
    const phase = task.phase?.trim() || '(no phase)';
    let row = phases.get(phase);
    if (!row) phases.set(phase, (row = { tasks: 0, milestones: [] }));
    row.tasks++;
    if (task.milestone) row.milestones.push(task.name || task.id);
    const ts = schedule.ok ? schedule.byId.get(task.id) : undefined;
    if (!ts) continue;
    if (row.start === undefined || ts.startDate < row.start) row.start = ts.startDate;
    if (row.finish === undefined || ts.finishDate > row.finish) row.finish = ts.finishDate;
  }
  if (phases.size === 0) return [{ kind: 'paragraph', content: [text('No tasks yet.')] }];
  return [
    {
      kind: 'table',
      header: ['Phase', 'Start', 'Finish', 'Tasks', 'Milestones'],
      numeric: [false, false, false, true, false],
      rows: [...phases].map(([phase, row]) => [cell(phase), cell(row.start, '—'), cell(row.finish, '—'), cell(String(row.tasks)), cell(row.milestones.join(', '))]),
    },
  ];
}

function topRisks(analysis: Analysis, names: ReadonlyMap<string, string>, options: DocumentOptions): Block[] {
  const open = analysis.program.risks
    .map((risk, index) => ({ risk, index, score: riskScore(risk.probability, risk.impact) }))
    .filter(({ risk }) => risk.status === 'open')
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, TOP_RISKS);
  if (open.length === 0) return [{ kind: 'paragraph', content: [text('No open risks.')] }];
  return [
    {
      kind: 'table',
      header: ['Risk', 'Probability', 'Impact', 'Mitigation', 'Owner'],
      rows: open.map(({ risk }) => [
        at([strong(risk.id), text(` ${risk.title}`)], risk.idSpan, options),
        cell(risk.probability, '—'),
        cell(risk.impact, '—'),
        cell(risk.mitigation, 'none'),
        who(risk.owner, names),
      ]),
    },
  ];
}
