/**
 * The schedule confidence panel: P50/P80/P95 per milestone and for the projected end, the chance
 * of meeting each promised date, the end date's S-curve (our own SVG, the target marked), the
 * criticality list and the top drivers as tornado bars. Text nodes only.
 */
import type { ForecastFromWebview, ForecastToWebview, ForecastView } from '../src/protocol/decisions';
import { button, element, extensionApi, list, table } from './lib/dom';
import { svgElement, tooltip } from './lib/svgDom';

const vscode = extensionApi<ForecastFromWebview>();
const root = document.getElementById('root')!;
const percent = (share: number) => `${Math.round(share * 100)}%`;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function toolbar(title: string): HTMLElement {
  const bar = element('header', 'toolbar');
  bar.setAttribute('role', 'toolbar');
  bar.append(element('span', 'title', title), button('Run again', () => vscode.postMessage({ type: 'rerun' }), true));
  return bar;
}

/** The projected end's cumulative share of runs by date, with the promised dates as dashed lines. */
function sCurve(view: ForecastView): SVGSVGElement {
  const width = 560;
  const height = 220;
  const pad = { left: 44, right: 16, top: 12, bottom: 36 };
  const points = view.endCurve;
  const marks = view.promises.filter((p) => p.kind !== 'deadline');
  const days = [...points.map((p) => dayOf(p.date)), ...marks.map((m) => dayOf(m.date))];
  const min = Math.min(...days);
  const span = Math.max(1, Math.max(...days) - min);
  const x = (date: string) => pad.left + ((dayOf(date) - min) / span) * (width - pad.left - pad.right);
  const y = (share: number) => height - pad.bottom - share * (height - pad.top - pad.bottom);
  const svg = svgElement('svg', { viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), role: 'img' });
  svg.setAttribute('aria-label', `Projected end: ${points.map((p) => `${percent(p.share)} by ${p.date}`).join(', ')}`);
  svg.append(
    svgElement('line', { class: 'axis', x1: String(pad.left), y1: String(y(0)), x2: String(width - pad.right), y2: String(y(0)) }),
    svgElement('line', { class: 'axis', x1: String(pad.left), y1: String(y(0)), x2: String(pad.left), y2: String(y(1)) }),
  );
  for (const share of [0, 0.5, 0.8, 1]) {
    const label = svgElement('text', { x: String(pad.left - 6), y: String(y(share) + 4), 'text-anchor': 'end' });
    label.textContent = percent(share);
    svg.append(label);
  }
  svg.append(svgElement('polyline', { class: 'curve', points: points.map((p) => `${x(p.date)},${y(p.share)}`).join(' ') }));
  for (const p of points) {
    const dot = svgElement('circle', { class: 'point', cx: String(x(p.date)), cy: String(y(p.share)), r: '3.5' });
    tooltip(dot, `${percent(p.share)} of runs finish by ${p.date}`);
    svg.append(dot);
  }
  for (const [i, mark] of marks.entries()) {
    const line = svgElement('line', { class: 'deadline', x1: String(x(mark.date)), y1: String(y(0)), x2: String(x(mark.date)), y2: String(y(1)) });
    tooltip(line, `${mark.name} ${mark.date}: ${percent(mark.probability)} of runs meet it`);
    const label = svgElement('text', { x: String(x(mark.date) + 4), y: String(y(1) + 12 + i * 13) });
    label.textContent = `${mark.name} (${percent(mark.probability)})`;
    svg.append(line, label);
  }
  const first = svgElement('text', { x: String(pad.left), y: String(height - 12) });
  first.textContent = points[0]?.date ?? '';
  const last = svgElement('text', { x: String(width - pad.right), y: String(height - 12), 'text-anchor': 'end' });
  last.textContent = points[points.length - 1]?.date ?? '';
  svg.append(first, last);
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
    parts.push(element('p', 'muted', `${view.runs.toLocaleString('en')} runs, seed ${view.seed}: ${view.estimatedTasks} estimated tasks, ${view.scheduleRisks} schedule risks.`));
  }
  const rows = [...view.rows, ...(view.projectEnd ? [view.projectEnd] : [])];
  parts.push(element('h2', undefined, 'Finish dates'));
  parts.push(table(['Milestone', 'Plan', 'P50', 'P80', 'P95', 'Deadline', 'Chance'], rows.map((r) => [r.name, r.plan, r.p50, r.p80, r.p95, r.deadline?.date ?? '—', r.deadline ? percent(r.deadline.probability) : '—']), [6]));
  if (view.promises.length > 0) {
    parts.push(element('h2', undefined, 'Chance to meet'));
    parts.push(table(['Date', 'Day', 'Chance'], view.promises.map((p) => [p.name, p.date, percent(p.probability)]), [2]));
  }
  if (view.uncertain && view.endCurve.length > 0) parts.push(element('h2', undefined, 'Projected end: share of runs finished by each date'), sCurve(view));
  if (view.drivers.length > 0) parts.push(element('h2', undefined, 'Top drivers'), tornado(view));
  if (view.uncertain && view.criticality.length > 0) {
    parts.push(element('h2', undefined, 'Criticality'));
    parts.push(table(['Task', 'Critical in'], view.criticality.slice(0, 20).map((c) => [c.name, percent(c.share)]), [1]));
  }
  root.replaceChildren(...parts);
}

window.addEventListener('message', (event: MessageEvent<ForecastToWebview>) => {
  const message = event.data;
  if (message.type === 'view') render(message.view);
  else if (message.type === 'message') root.replaceChildren(toolbar('Schedule confidence'), element('p', undefined, message.text));
  else if (!root.querySelector('table')) root.replaceChildren(element('p', 'muted', 'Forecasting…'));
});

vscode.postMessage({ type: 'ready' });
