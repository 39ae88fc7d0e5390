/**
 * `program-pilot stakeholders`: the stakeholder map — a Mermaid quadrant chart of interest ×
 * influence with every stakeholder placed, and a table with the engagement rule of each one's
 * quadrant (manage closely, keep satisfied, keep informed, monitor) beside their own strategy.
 */
import type { Analysis } from '../analyze';
import type { Level, Stakeholder } from '../model';
import { mermaidText } from '../mermaid/text';
import { em, text, type Block } from '../status/document';
import { documentMarkdown, type DocumentPart } from './markdown';
import { at, cell, type DocumentOptions } from './names';

export type EngagementRule = 'Manage closely' | 'Keep satisfied' | 'Keep informed' | 'Monitor';

/** High is the upper half of an axis; medium and low (or no rating) the lower. */
export function engagementRule(stakeholder: Pick<Stakeholder, 'interest' | 'influence'>): EngagementRule {
  const interested = stakeholder.interest === 'high';
  const influential = stakeholder.influence === 'high';
  if (influential) return interested ? 'Manage closely' : 'Keep satisfied';
  return interested ? 'Keep informed' : 'Monitor';
}

const AXIS: Record<Level, number> = { low: 0.15, medium: 0.38, high: 0.78 };
/** Where an unrated axis puts a stakeholder: the lower half, like medium. */
const UNRATED = 0.38;
const STEP = 0.06;

/** Each stakeholder's point; the ones sharing a cell fan out so that none hides another. */
export function placements(stakeholders: readonly Stakeholder[]): { x: number; y: number }[] {
  const taken = new Map<string, number>();
  return stakeholders.map((s) => {
    const key = `${s.interest ?? '-'}/${s.influence ?? '-'}`;
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    // 0 at the cell's point, then right, left, and the same one row up, and so on.
    const x = (s.interest ? AXIS[s.interest] : UNRATED) + [0, 1, -1][k % 3] * STEP;
    const y = (s.influence ? AXIS[s.influence] : UNRATED) + Math.floor(k / 3) * STEP;
    // Stay inside the stakeholder's own quadrant, so the picture agrees with the rule.
    const clamp = (v: number, high: boolean) => Math.round(Math.min(high ? 0.98 : 0.48, Math.max(high ? 0.52 : 0.02, v)) * 100) / 100;
    return { x: clamp(x, s.interest === 'high'), y: clamp(y, s.influence === 'high') };
  });
}

/** Words that start a quadrant-chart statement: a name that begins with one would become that statement. */
const QUADRANT_KEYWORD = /^(?:title|x-axis|y-axis|quadrant|classdef|acctitle|accdescr|point|\d)/i;

/** A point's name, safe in `name: [x, y]`. */
export function quadrantName(name: string): string {
  const safe = mermaidText(name, { maxLength: 60 }).replace(/[[\],]/g, (c) => `#${c.charCodeAt(0)};`);
  const out = QUADRANT_KEYWORD.test(safe) ? `#${safe.charCodeAt(0)};${safe.slice(1)}` : safe;
  return out || 'Unnamed';
}

export function stakeholderChart(stakeholders: readonly Stakeholder[]): string {
  const points = placements(stakeholders);
  return [
    'quadrantChart',
    '  title Stakeholders by interest and influence',
    '  x-axis Low interest --> High interest',
    '  y-axis Low influence --> High influence',
    '  quadrant-1 Manage closely',
    '  quadrant-2 Keep satisfied',
    '  quadrant-3 Monitor',
    '  quadrant-4 Keep informed',
    ...stakeholders.map((s, i) => `  ${quadrantName(s.name || s.id)}: [${points[i].x}, ${points[i].y}]`),
  ].join('\n');
}

const RULES: readonly EngagementRule[] = ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor'];

/** The chart as a table, for a page that cannot show the picture: who is in each quadrant. */
export function quadrantTable(stakeholders: readonly Stakeholder[]): Block {
  return {
    kind: 'table',
    header: ['Quadrant', 'Interest', 'Influence', 'Stakeholders'],
    rows: RULES.map((rule) => [
      cell(rule),
      cell(rule === 'Manage closely' || rule === 'Keep informed' ? 'high' : 'low or medium'),
      cell(rule === 'Manage closely' || rule === 'Keep satisfied' ? 'high' : 'low or medium'),
      cell(stakeholders.filter((s) => engagementRule(s) === rule).map((s) => s.name || s.id).join(', '), '—'),
    ]),
  };
}

export function stakeholdersMarkdown(analysis: Analysis): string {
  return documentMarkdown(stakeholdersDocument(analysis));
}

export function stakeholdersDocument(analysis: Analysis, options: DocumentOptions = {}): DocumentPart[] {
  const { program } = analysis;
  const heading: Block = { kind: 'heading', level: 1, content: [text(`${program.name || 'Program'} — stakeholders`)] };
  if (program.stakeholders.length === 0) return [heading, { kind: 'paragraph', content: [text('No stakeholders listed yet (stakeholders).')] }];
  const missing = program.stakeholders.filter((s) => s.influence === 'high' && !s.strategy?.trim());
  return [
    heading,
    { kind: 'mermaid', source: stakeholderChart(program.stakeholders), fallback: [quadrantTable(program.stakeholders)] },
    { kind: 'heading', level: 2, content: [text('Engagement')] },
    {
      kind: 'table',
      header: ['Stakeholder', 'Role', 'Interest', 'Influence', 'Rule', 'Strategy'],
      rows: program.stakeholders.map((s) => [
        at(cell(s.name || s.id), s.idSpan, options),
        cell(s.role),
        cell(s.interest, 'not rated'),
        cell(s.influence, 'not rated'),
        cell(engagementRule(s)),
        s.strategy?.trim() ? cell(s.strategy) : [em('none')],
      ]),
    },
    ...missing.map((s): Block => ({ kind: 'note', content: [text(`${s.name || s.id} has high influence but no strategy: write one (${engagementRule(s).toLowerCase()}).`)] })),
  ];
}
