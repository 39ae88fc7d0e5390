/**
 * The history as people and tools read it: Markdown with a Mermaid `xychart-beta` milestone
 * trend chart (x: report date, y: forecast, one line per milestone) and a table, or CSV.
 */
import { dayNumber } from '../dates';
import { mermaidText } from '../mermaid/text';
import type { HistorySeries, SeriesPoint } from './series';

/** Lines in the chart: more would be unreadable (the table has them all). */
const MAX_CHART_LINES = 12;

const xLabel = (point: SeriesPoint): string => point.week ?? point.reportDate;

/** Calendar days after `origin`. */
const daysAfter = (origin: number, date: string): number => (dayNumber(date) ?? origin) - origin;

/**
 * The chart's Mermaid source. Mermaid's y axis is numeric, so a forecast is drawn as calendar
 * days after the first report date (the axis title says so). A milestone's line starts at the
 * first point that has it and is drawn flat before that, as Mermaid needs a value at every x.
 */
export function milestoneTrendChart(series: HistorySeries, title: string): string | undefined {
  const points = series.points;
  const lines = series.milestones.filter((m) => points.some((p) => p.milestones[m.id] !== undefined)).slice(-MAX_CHART_LINES);
  if (points.length === 0 || lines.length === 0) return undefined;
  const originDate = points[0].reportDate;
  const origin = dayNumber(originDate) ?? 0;
  const values = lines.map((m) => {
    const first = points.find((p) => p.milestones[m.id] !== undefined)!.milestones[m.id];
    let last = first;
    return points.map((p) => {
      last = p.milestones[m.id] ?? last;
      return daysAfter(origin, last);
    });
  });
  const all = values.flat();
  const label = (text: string): string => `"${mermaidText(text, { maxLength: 60 }) || ' '}"`;
  return [
    '---',
    'config:',
    '  xyChart:',
    '    showLegend: true',
    '---',
    'xychart-beta',
    `  title ${label(title)}`,
    `  x-axis [${points.map((p) => label(xLabel(p))).join(', ')}]`,
    `  y-axis ${label(`Forecast (days after ${originDate})`)} ${Math.min(0, ...all)} --> ${Math.max(...all) + 1}`,
    ...lines.map((m, i) => `  line ${label(m.name)} [${values[i].join(', ')}]`),
  ].join('\n');
}

/** Markdown table cells may not contain a raw `|` or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');
}

export function historyMarkdown(series: HistorySeries, programName: string): string {
  const out = [`# History of ${cell(programName || 'the plan')}`, ''];
  if (series.shallow) out.push(`> Note: ${series.shallow}.`, '');
  const chart = milestoneTrendChart(series, `Milestone trend: ${programName}`);
  if (chart) out.push('```mermaid', chart, '```', '');
  const milestones = series.milestones;
  const header = [series.grouping === 'week' ? 'Week' : 'Report date', 'Commit', 'Projected end', 'Tasks', 'Work (days)', 'Done', 'Blocked', ...milestones.map((m) => cell(m.name))];
  out.push(`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`);
  for (const p of series.points) {
    const row = [xLabel(p), p.commit.slice(0, 10), p.projectedEnd ?? '', String(p.taskCount), String(p.totalWork), String(p.done), String(p.blocked), ...milestones.map((m) => p.milestones[m.id] ?? '')];
    out.push(`| ${row.join(' | ')} |`);
  }
  if (series.points.length === 0) out.push('', 'No committed version could be read.');
  for (const s of series.skipped) out.push('', `- Skipped ${s.commit.slice(0, 10)}: ${cell(s.reason)}`);
  return `${out.join('\n')}\n`;
}

/** One row per point, milestone forecasts in columns `milestone:<id>`. */
export function historyCsv(series: HistorySeries): string {
  const header = ['report_date', 'week', 'commit', 'committed', 'subject', 'projected_end', 'task_count', 'total_work', 'done', 'blocked', ...series.milestones.map((m) => `milestone:${m.id}`)];
  const rows = series.points.map((p) => [
    p.reportDate, p.week ?? '', p.commit, p.committed, p.subject, p.projectedEnd ?? '', String(p.taskCount), String(p.totalWork), String(p.done), String(p.blocked),
    ...series.milestones.map((m) => p.milestones[m.id] ?? ''),
  ]);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is quoted with a `'` so spreadsheets do not run it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
