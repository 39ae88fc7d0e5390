/**
 * The schedule confidence panel: P50/P80/P95 per milestone and for the projected end, the chance
 * of meeting each promised date, the end date's histogram and S-curve (our own SVG, the target marked), the
 * criticality list and the top drivers as tornado bars. Text nodes only.
 */
import type { ForecastFromWebview, ForecastToWebview, ForecastView } from '../src/protocol/decisions';
import { button, element, extensionApi, list, table } from './lib/dom';
import { distributionFrame } from './lib/distributionLayout';
import { svgElement, tooltip } from './lib/svgDom';

const vscode = extensionApi<ForecastFromWebview>();
const root = document.getElementById('root')!;
const percent = (share: number) => `${Math.round(share * 100)}%`;

function toolbar(title: string): HTMLElement {
  const bar = element('header', 'toolbar');
  bar.setAttribute('role', 'toolbar');
  bar.append(element('span', 'title', title), button('Run again', () => vscode.postMessage({ type: 'rerun' }), true));
  return bar;
}

/**
 * The projected end's distribution: runs per finish day as bars, the share of runs finished by
 * each day as the S-curve (right axis), P50/P80/P95 and the promised dates marked.
 */
function endChart(view: ForecastView): SVGSVGElement {
  const promised = view.promises.filter((p) => p.kind !== 'deadline');
  const end = view.projectEnd;
  const frame = distributionFrame(view.endDistribution, promised.map((p) => p.date), 640, 260);
  const { plot } = frame;
  const text = (x: number, y: number, content: string, anchor = 'start', className?: string): SVGTextElement => {
    const label = svgElement('text', { x: String(x), y: String(y), 'text-anchor': anchor, ...(className ? { class: className } : {}) });
    label.textContent = content;
    return label;
  };
  const svg = svgElement('svg', { class: 'end-chart', viewBox: `0 0 ${frame.width} ${frame.height}`, role: 'img' });
  const summary = end ? `P50 ${end.p50}, P80 ${end.p80}, P95 ${end.p95}` : '';
  svg.setAttribute('aria-label', `Projected end over ${view.runs.toLocaleString('en')} runs: ${summary}${promised.map((p) => `; ${percent(p.probability)} by the ${p.name.toLowerCase()} ${p.date}`).join('')}`);
  svg.append(
    svgElement('line', { class: 'axis', x1: String(plot.left), y1: String(plot.bottom), x2: String(plot.right), y2: String(plot.bottom) }),
    svgElement('line', { class: 'axis', x1: String(plot.left), y1: String(plot.top), x2: String(plot.left), y2: String(plot.bottom) }),
    svgElement('line', { class: 'axis', x1: String(plot.right), y1: String(plot.top), x2: String(plot.right), y2: String(plot.bottom) }),
    text(plot.left - 6, plot.top + 4, percent(frame.peakShare), 'end'),
    text(plot.left - 6, plot.bottom + 4, '0%', 'end'),
    text(plot.left, plot.top - 16, frame.daysPerBar === 1 ? 'Runs per finish day' : `Runs per ${frame.daysPerBar / 7 === 1 ? 'week' : `${frame.daysPerBar / 7} weeks`}`, 'start', 'muted-text'),
    text(plot.right, plot.top - 16, 'Finished by (S-curve)', 'end', 'muted-text'),
  );
  for (const share of [0.5, 0.8, 1]) svg.append(text(plot.right + 6, frame.yOfShare(share) + 4, percent(share)));
  for (const bar of frame.bars) {
    const rect = svgElement('rect', { class: 'bar', x: String(bar.x), y: String(bar.y), width: String(bar.width), height: String(bar.height) });
    const days = bar.firstDate === bar.lastDate ? bar.firstDate : `${bar.firstDate} – ${bar.lastDate}`;
    tooltip(rect, `${days}: ${bar.runs.toLocaleString('en')} runs (${percent(bar.runs / Math.max(1, view.runs))})`);
    svg.append(rect);
  }
  svg.append(svgElement('polyline', { class: 'curve', points: frame.curve.map((p) => `${p.x},${p.y}`).join(' ') }));
  if (end) {
    for (const [name, date] of [['P50', end.p50], ['P80', end.p80], ['P95', end.p95]] as const) {
      const x = frame.xOf(date);
      const line = svgElement('line', { class: 'percentile', x1: String(x), y1: String(plot.top), x2: String(x), y2: String(plot.bottom) });
      tooltip(line, `${name}: ${date}`);
      svg.append(line, text(x, plot.top - 3, name, 'middle'));
    }
  }
  for (const [i, mark] of promised.entries()) {
    const x = frame.xOf(mark.date);
    const line = svgElement('line', { class: 'deadline', x1: String(x), y1: String(plot.top), x2: String(x), y2: String(plot.bottom) });
    tooltip(line, `${mark.name} ${mark.date}: ${percent(mark.probability)} of runs meet it`);
    const left = x > (plot.left + plot.right) / 2;
    svg.append(line, text(left ? x - 4 : x + 4, plot.top + 14 + i * 13, `${mark.name} ${mark.date}: ${percent(mark.probability)}`, left ? 'end' : 'start', 'deadline-text'));
  }
  for (const tick of frame.ticks) svg.append(svgElement('line', { class: 'axis', x1: String(tick.x), y1: String(plot.bottom), x2: String(tick.x), y2: String(plot.bottom + 4) }), text(tick.x, plot.bottom + 16, tick.label, 'middle'));
  const points = view.endDistribution;
  if (points.length > 0) {
    svg.append(text(plot.left, frame.height - 4, `Earliest ${points[0].date}`), text(plot.right, frame.height - 4, `Latest ${points[points.length - 1].date}`, 'end'));
  }
  return svg;
}

/** Bars right for draws that push the end later, left for those that pull it in. */
function tornado(view: ForecastView): SVGSVGElement {
  const rowHeight = 22;
  const width = 560;
  const labelWidth = 220;
  const half = (width - labelWidth) / 2;
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${view.drivers.length * rowHeight + 4}`, width: String(width), height: String(view.drivers.length * rowHeight + 4), role: 'img' });
  svg.setAttribute('aria-label', 'Top drivers of the projected end');
  view.drivers.forEach((d, i) => {
    const top = i * rowHeight + 2;
    const name = svgElement('text', { x: '0', y: String(top + 14) });
    name.textContent = `${d.kind === 'risk' ? 'Risk ' : ''}${d.name}`;
    const length = Math.abs(d.correlation) * half;
    const centre = labelWidth + half;
    const bar = svgElement('rect', { class: d.correlation >= 0 ? 'bar-pos' : 'bar-neg', x: String(d.correlation >= 0 ? centre : centre - length), y: String(top + 3), width: String(Math.max(1, length)), height: String(rowHeight - 8) });
    tooltip(bar, `${d.name}: correlation ${d.correlation.toFixed(2)} with the projected end`);
    svg.append(name, bar);
  });
  return svg;
}

function render(view: ForecastView): void {
  const parts: Node[] = [toolbar(`Schedule confidence — ${view.fileName}`)];
  if (!view.uncertain) {
    parts.push(
      element('p', undefined, 'Nothing in this plan is uncertain yet, so every run would be the schedule itself: the dates below are the plan.'),
      list([
        'Add estimate: { optimistic, likely, pessimistic } (working days) to the tasks whose duration is uncertain.',
        'Add probability and schedule: { tasks: [...], delay: 10d } to the risks that would delay work.',
      ]),
    );
  } else {
    const shape = view.distribution === 'triangular' ? 'triangular' : 'Beta-PERT';
    parts.push(element('p', 'muted', `${view.runs.toLocaleString('en')} runs, seed ${view.seed}, ${shape} estimates: ${view.estimatedTasks} estimated tasks, ${view.scheduleRisks} schedule risks.`));
  }
  const rows = [...view.rows, ...(view.projectEnd ? [view.projectEnd] : [])];
  parts.push(element('h2', undefined, 'Finish dates'));
  parts.push(table(['Milestone', 'Plan', 'P50', 'P80', 'P95', 'Deadline', 'Chance'], rows.map((r) => [r.name, r.plan, r.p50, r.p80, r.p95, r.deadline?.date ?? '—', r.deadline ? percent(r.deadline.probability) : '—']), [6]));
  if (view.promises.length > 0) {
    parts.push(element('h2', undefined, 'Chance to meet'));
    parts.push(table(['Date', 'Day', 'Chance'], view.promises.map((p) => [p.name, p.date, percent(p.probability)]), [2]));
  }
  if (view.uncertain && view.endDistribution.length > 0) parts.push(element('h2', undefined, 'Projected end: when the runs finish'), endChart(view));
  if (view.drivers.length > 0) parts.push(element('h2', undefined, 'Top drivers'), tornado(view));
  if (view.uncertain && view.criticality.length > 0) {
    parts.push(element('h2', undefined, 'Criticality'));
    parts.push(table(['Task', 'Critical in'], view.criticality.slice(0, 20).map((c) => [c.name, percent(c.share)]), [1]));
  }
  root.replaceChildren(...parts);
}

window.addEventListener('message', (event: MessageEvent<ForecastToWebview>) => {
  const message = event.data;
  if (message.type !== 'busy') vscode.setState(message.state);
  if (message.type === 'view') render(message.view);
  else if (message.type === 'message') root.replaceChildren(toolbar('Schedule confidence'), element('p', undefined, message.text));
  else if (!root.querySelector('table')) root.replaceChildren(element('p', 'muted', 'Forecasting…'));
});

vscode.postMessage({ type: 'ready' });
