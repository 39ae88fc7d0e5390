/** The cockpit request's answer: each program's view nodes, spans mapped to ranges, the active program first. */
import { buildCockpit } from '../core/cockpit/cockpit';
import type { CockpitNode } from '../core/cockpit/tree';
import type { CockpitItem, CockpitParams, CockpitProgram } from '../protocol/cockpit';
import { fileNameOf } from './panels';
import type { ProgramEntry } from './programStore';
import { rangeOf } from './positions';

export function cockpitPrograms(entries: readonly ProgramEntry[], params: CockpitParams): CockpitProgram[] {
  const limit = typeof params?.criticalLimit === 'number' && Number.isFinite(params.criticalLimit) ? Math.max(0, params.criticalLimit) : 2;
  const ordered = [...entries].sort((a, b) => Number(b.uri === params?.active) - Number(a.uri === params?.active) || a.uri.localeCompare(b.uri));
  return ordered.map((entry) => cockpitProgram(entry, limit));
}

function cockpitProgram(entry: ProgramEntry, criticalLimit: number): CockpitProgram {
  const cockpit = buildCockpit(entry.analysis, { criticalLimit });
  const item = (node: CockpitNode): CockpitItem => {
    const { span, children, ...rest } = node;
    return { ...rest, ...(span ? { range: rangeOf(entry.document, span) } : {}), ...(children ? { children: children.map(item) } : {}) };
  };
  return {
    uri: entry.uri,
    name: entry.analysis.program.name || fileNameOf(entry.uri),
    milestones: cockpit.milestones.map(item),
    attention: cockpit.attention.map(item),
    raid: cockpit.raid.map(item),
    people: cockpit.people.map(item),
  };
}
