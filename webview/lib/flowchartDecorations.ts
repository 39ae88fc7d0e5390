/**
 * Click-to-reveal and tooltips on the nodes of the rendered critical-path flowchart. Mermaid
 * names a node's group `<render id>-flowchart-<node id>-<n>`; the node id is our `t<n>` key.
 */
import type { CriticalPathDiagram } from '../../src/core/mermaid/criticalPath';
import { makeRevealable } from './svgDom';
import { tooltip } from './tooltip';

const KIND_TEXT = { critical: 'critical', nearCritical: 'near-critical', other: 'has float' } as const;

export function decorateFlowchart(svg: SVGSVGElement, renderId: string, diagram: CriticalPathDiagram, reveal: (taskId: string) => void): void {
  const byKey = new Map(diagram.nodes.map((node) => [node.key, node]));
  const prefix = `${renderId}-flowchart-`;
  for (const group of svg.querySelectorAll<SVGGElement>('g.node')) {
    if (!group.id.startsWith(prefix)) continue;
    const key = group.id.slice(prefix.length).replace(/-\d+$/, '');
    const node = byKey.get(key);
    if (!node) continue;
    tooltip(group, [node.taskId, `${KIND_TEXT[node.kind]}${node.milestone ? ', milestone' : ''}`, 'Click to reveal in the editor']);
    makeRevealable(group, `Task ${node.taskId}: reveal in editor`, () => reveal(node.taskId));
  }
}
