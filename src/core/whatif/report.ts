/** A what-if impact in Markdown, as `program-pilot whatif` prints it. */
import { workingDays } from '../text/plural';
import { weekMove, type Move, type WhatIfImpact } from './impact';

export function impactMarkdown(title: string, impact: WhatIfImpact): string {
  const lines = [`## What if: ${title}`, ''];
  for (const line of impact.applied) lines.push(`- ${line}`);
  for (const line of impact.skipped) lines.push(`- Not applied: ${line}`);
  lines.push('');
  if (!impact.ok) return `${lines.join('\n')}The plan has no valid start date, so nothing can be scheduled.\n`;

  const moves = [...impact.milestones, ...(impact.projectEnd ? [impact.projectEnd] : [])];
  if (moves.every((move) => move.days === 0)) lines.push('No milestone moves, and neither does the projected end.', '');
  else {
    lines.push('| Milestone | Plan | What-if | Change |', '| --- | --- | --- | --- |');
    for (const move of moves) lines.push(`| ${cell(move.name)} | ${move.from.date} | ${move.to.date} | ${change(move)} |`);
    lines.push('');
  }
  for (const d of impact.deadlines) {
    const what = d.kind === 'deadline' ? `${cell(d.name)} (deadline ${d.date})` : `${d.name} ${d.date}`;
    lines.push(`- ${d.met ? 'Now met' : 'Now missed'}: ${what}; finish ${d.finishBefore} → ${d.finishAfter}.`);
  }
  const path = (ids: readonly string[]): string => (ids.length === 0 ? 'none' : ids.map(cell).join(' → '));
  lines.push(
    impact.criticalPath.changed
      ? `- Critical path: ${path(impact.criticalPath.after)} (was ${path(impact.criticalPath.before)}).`
      : `- Critical path unchanged: ${path(impact.criticalPath.after)}.`,
  );
  for (const h of impact.lateHandoffs) {
    lines.push(`- Late hand-off: ${cell(h.from)} (${cell(h.fromTeam)}) → ${cell(h.to)} (${cell(h.toTeam)}): needed by ${h.needBy}, now ${h.delivers} (${workingDays(h.days)} late).`);
  }
  return `${lines.join('\n')}\n`;
}

/** "+10 working days, week 17 → week 19". */
export function change(move: Move): string {
  if (move.days === 0) return 'unchanged';
  return `${move.days > 0 ? '+' : '−'}${workingDays(move.days)}, ${weekMove(move)}`;
}

/** Text inside a Markdown table cell: no raw `|` or line break. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}
