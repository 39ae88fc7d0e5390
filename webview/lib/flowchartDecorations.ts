/**
 * Click-to-reveal and tooltips on the nodes of the rendered critical-path flowchart. Mermaid
 * names a node's group `<render id>-flowchart-<node id>-<n>`; the node id is our `t<n>` key.
 */
import type { CriticalPathDiagram } from '../../src/core/mermaid/criticalPath';
import { varianceBadge } from '../../src/core/baseline/varianceText';
import { makeRevealable, svgElement } from './svgDom';
import { tooltip } from './tooltip';

const KIND_TEXT = { critical: 'critical', nearCritical: 'near-critical', other: 'has float' } as const;

/**
 * `badge`: the colours of the "+5d" badge a task later than its baseline gets on its corner
 * (the node's own text says it too, for the copied source).
 */
export function decorateFlowchart(svg: SVGSVGElement, renderId: string, diagram: CriticalPathDiagram, reveal: (taskId: string) => void, badge: { fill: string; text: string }): void {
  const byKey = new Map(diagram.nodes.map((node) => [node.key, node]));
  const prefix = `${renderId}-flowchart-`;
  for (const group of svg.querySelectorAll<SVGGElement>('g.node')) {
    if (!group.id.startsWith(prefix)) continue;
    const key = group.id.slice(prefix.length).replace(/-\d+$/, '');
    const node = byKey.get(key);
    if (!node) continue;
    const slip = node.slip !== undefined ? [`Forecast finish ${varianceBadge(node.slip)} later than the baseline`] : [];
    tooltip(group, [node.taskId, `${KIND_TEXT[node.kind]}${node.milestone ? ', milestone' : ''}`, ...slip, 'Click to reveal in the editor']);
    // Beside the node, not inside it: Mermaid's styles for a node's shapes would repaint the badge.
    if (node.slip !== undefined) group.after(slipBadge(group, varianceBadge(node.slip), badge));
    makeRevealable(group, `Task ${node.taskId}: reveal in editor`, () => reveal(node.taskId));
  }
}

/** A pill at the node's top-right corner, placed as the node is (its group's transform). */
function slipBadge(group: SVGGElement, text: string, colors: { fill: string; text: string }): SVGGElement {
  const box = group.getBBox();
  const width = text.length * 7 + 10;
  const height = 16;
  const x = box.x + box.width - width / 2 - 4;
  const y = box.y - height / 2;
  const badge = svgElement('g', { class: 'pp-slip', 'pointer-events': 'none', transform: group.getAttribute('transform') ?? '' });
  const label = svgElement('text', { x: String(x + width / 2), y: String(y + 12), 'text-anchor': 'middle', 'font-size': '11px', 'font-weight': '700', fill: colors.text });
  label.textContent = text;
  badge.append(svgElement('rect', { x: String(x), y: String(y), width: String(width), height: String(height), rx: '8', fill: colors.fill }), label);
  return badge;
}
