/** The words around a chart: a one-line summary and what the chart leaves out. Pure, so it is unit-tested. */
import type { PanelView } from '../../src/protocol/panels';

export interface Notice {
  readonly level: 'info' | 'warning' | 'error';
  readonly text: string;
  /** A button that widens the critical-path view. */
  readonly action?: { readonly label: string; readonly scope: 'all' };
}

/** "1,234": not `toLocaleString`, whose first call loads locale data (tens of ms as a panel opens). */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const count = (n: number, one: string, many = `${one}s`): string => `${grouped(n)} ${n === 1 ? one : many}`;

export function describeView(view: PanelView): string {
  if (view.empty) return view.fileName;
  if (view.kind === 'gantt') {
    const bars = view.chart.bars;
    const critical = bars.filter((bar) => bar.critical).length;
    const range = view.chart.range;
    return [view.fileName, count(bars.length, 'task'), `${grouped(critical)} critical`, range ? `${range.first} → ${range.last}` : '']
      .filter(Boolean)
      .join(' · ');
  }
  const d = view.diagram;
  return [view.fileName, `${count(d.criticalCount, 'critical task')}`, `${count(d.nodes.length, 'task')} shown of ${grouped(d.total)}`].join(' · ');
}

export function noticesOf(view: PanelView): Notice[] {
  const notices: Notice[] = [];
  if (view.errorCount > 0) {
    notices.push({ level: 'warning', text: `The file has ${count(view.errorCount, 'error')}; the chart shows what could be scheduled.` });
  }
  const unscheduled = view.kind === 'gantt' ? view.chart.unscheduled : view.diagram.unscheduled;
  if (unscheduled.length > 0 && !view.empty) {
    const shown = unscheduled.slice(0, 8).join(', ');
    const more = unscheduled.length > 8 ? ` and ${unscheduled.length - 8} more` : '';
    notices.push({ level: 'warning', text: `Not drawn, because they could not be scheduled (dependency cycle): ${shown}${more}.` });
  }
  if (view.kind === 'criticalPath' && !view.empty) {
    const d = view.diagram;
    if (d.hidden > 0) {
      const what =
        d.scope === 'critical'
          ? 'the critical path only'
          : d.scope === 'nearest'
            ? 'the critical path and the near-critical tasks nearest to it'
            : d.scope === 'focus'
            ? `critical and near-critical tasks (float ≤ ${count(d.nearCriticalThreshold, 'working day')}) and milestones`
            : 'the tasks with the least float';
      notices.push({
        level: 'info',
        text: `Showing ${what}: ${count(d.hidden, 'task')} of ${grouped(d.total)} left out.${d.scope === 'critical' ? '' : ' Dashed links pass through tasks left out.'}`,
        action: d.scope === 'all' ? undefined : { label: 'Show all tasks', scope: 'all' },
      });
    }
    if (d.truncated) {
      notices.push({ level: 'warning', text: `Only the ${count(d.nodes.length, 'task')} with the least float are drawn: a larger diagram takes Mermaid too long to lay out.` });
    }
    if (d.omittedEdges > 0) notices.push({ level: 'warning', text: `${count(d.omittedEdges, 'link')} left out to keep the layout fast.` });
  }
  return notices;
}
