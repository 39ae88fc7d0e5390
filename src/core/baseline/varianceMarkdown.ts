/** `program-pilot baseline show`: the baseline, its commit and the variance table, as Markdown. */
import { workingDays } from '../text/plural';
import type { BaselineComparison, TaskVariance } from './compare';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** "+3", "−2", "0" working days. */
function signed(days: number): string {
  return days > 0 ? `+${days}` : days < 0 ? `−${-days}` : '0';
}

function summary(task: TaskVariance): string {
  if (task.finishVariance === 0) return 'on baseline';
  return `${workingDays(task.finishVariance)} ${task.finishVariance > 0 ? 'late' : 'early'}`;
}

export function varianceMarkdown(
  heading: { readonly program: string; readonly ref: string; readonly name?: string; readonly commit: string; readonly asOf: string; readonly renamedFrom?: string },
  comparison: BaselineComparison,
): string {
  const title = heading.name ? `${heading.name} (${heading.ref})` : heading.ref;
  const out = [`# ${cell(heading.program || 'Plan')} against baseline ${cell(title)}`, '', `Baseline commit: ${heading.commit}; forecast as of ${heading.asOf}.`];
  if (heading.renamedFrom) out.push('', `The baseline's version of the file is \`${cell(heading.renamedFrom)}\` (renamed since).`);
  out.push('', '| Task | Baseline start | Baseline finish | Forecast start | Forecast finish | Start var. | Finish var. | Duration changed | |', '| --- | --- | --- | --- | --- | ---: | ---: | --- | --- |');
  // Milestones first, biggest slips first: what a steering meeting asks about.
  const rows = [...comparison.tasks].sort((a, b) => Number(b.milestone) - Number(a.milestone) || b.finishVariance - a.finishVariance);
  for (const t of rows) {
    const name = `${t.milestone ? '🏁 ' : ''}${cell(t.name)}`;
    out.push(`| ${name} | ${t.baselineStart} | ${t.baselineFinish} | ${t.forecastStart} | ${t.forecastFinish} | ${signed(t.startVariance)} | ${signed(t.finishVariance)} | ${t.durationChanged ? 'yes' : ''} | ${summary(t)} |`);
  }
  const list = (label: string, items: readonly { name: string }[]): void => {
    if (items.length > 0) out.push('', `${label}: ${items.map((t) => cell(t.name)).join(', ')}`);
  };
  list('Added since the baseline', comparison.added);
  list('Removed since the baseline', comparison.removed);
  list('Cancelled since the baseline', comparison.cancelled);
  out.push('', 'Variance in working days on the current calendar; + is later than the baseline.');
  return `${out.join('\n')}\n`;
}
