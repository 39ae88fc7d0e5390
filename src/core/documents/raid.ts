/**
 * `program-pilot raid`: the RAID log as four tables — risks (probability, impact, mitigation,
 * owner) by score, actions (owner, due, status) by due date, issues (severity, impact,
 * resolution, owner) by severity, decisions (date, outcome, rationale) pending first.
 */
import type { Analysis } from '../analyze';
import { raidOrder } from '../cockpit/raid';
import { strong, text, type Block, type Inline } from '../status/document';
import { documentMarkdown, type DocumentPart } from './markdown';
import { at, cell, personNames, who, type DocumentOptions } from './names';
import type { Span } from '../source';

export function raidMarkdown(analysis: Analysis): string {
  return documentMarkdown(raidDocument(analysis));
}

const idTitle = (item: { id: string; title: string; idSpan: Span }, options: DocumentOptions): Inline => at([strong(item.id), text(item.title ? ` ${item.title}` : '')], item.idSpan, options);

function section(title: string, header: string[], rows: Inline[][], none: string): Block[] {
  return [{ kind: 'heading', level: 2, content: [text(title)] }, rows.length > 0 ? { kind: 'table', header, rows } : { kind: 'paragraph', content: [text(none)] }];
}

export function raidDocument(analysis: Analysis, options: DocumentOptions = {}): DocumentPart[] {
  const { program } = analysis;
  const names = personNames(analysis);
  const order = raidOrder(analysis);
  return [
    { kind: 'heading', level: 1, content: [text(`${program.name || 'Program'} — RAID log`)] },
    { kind: 'paragraph', content: [text(`As of ${analysis.asOf}.`)] },
    ...section(
      'Risks',
      ['Risk', 'Status', 'Probability', 'Impact', 'Mitigation', 'Owner'],
      order.risks.map((r) => [idTitle(r, options), cell(r.status), cell(r.probability, '—'), cell(r.impact, '—'), cell(r.mitigation, 'none'), who(r.owner, names)]),
      'No risks logged.',
    ),
    ...section(
      'Actions',
      ['Action', 'Owner', 'Due', 'Status'],
      order.actions.map((a) => [idTitle(a, options), who(a.owner, names), cell(a.due, '—'), cell(a.status === 'open' && a.due !== undefined && a.due < analysis.asOf ? 'open (overdue)' : a.status)]),
      'No actions logged.',
    ),
    ...section(
      'Issues',
      ['Issue', 'Status', 'Severity', 'Impact', 'Resolution', 'Owner'],
      order.issues.map((i) => [idTitle(i, options), cell(i.status), cell(i.severity, '—'), cell(i.impact), cell(i.resolution), who(i.owner, names)]),
      'No issues logged.',
    ),
    ...section(
      'Decisions',
      ['Decision', 'Status', 'Date', 'Outcome', 'Rationale', 'Owner'],
      order.decisions.map((d) => [
        idTitle(d, options),
        cell(d.status === 'pending' && d.needBy ? `pending (needed by ${d.needBy})` : d.status),
        cell(d.date, '—'),
        cell(d.outcome),
        cell(d.rationale),
        who(d.owner, names),
      ]),
      'No decisions logged.',
    ),
  ];
}
