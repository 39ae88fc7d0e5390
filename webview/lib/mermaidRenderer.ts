/**
 * Renders Mermaid source into a container, one render at a time.
 *
 * Mermaid keeps global state between renders: element ids from a previous chart stay in the
 * page, and a gantt chart's bars are named `<render id>-<task id>`. Every render therefore gets
 * a fresh render id, and the new SVG replaces the old one only once it is complete, so a
 * failed render leaves the last good chart on screen.
 */
import mermaid, { type MermaidConfig } from 'mermaid';

let renderCount = 0;

export interface Rendered {
  readonly svg: SVGSVGElement;
  /** Prefix of the ids of the rendered elements. */
  readonly renderId: string;
  readonly ms: number;
}

export async function renderMermaid(container: HTMLElement, source: string, config: MermaidConfig): Promise<Rendered> {
  const renderId = `pp-chart-${++renderCount}`;
  mermaid.initialize({
    ...config,
    startOnLoad: false,
    securityLevel: 'strict',
    // The default (50,000 characters, about 1,300 gantt tasks) fails with an error picture.
    maxTextSize: Math.max(50_000, source.length + 1_024),
  });
  const begin = performance.now();
  try {
    const { svg } = await mermaid.render(renderId, source);
    const template = document.createElement('template');
    template.innerHTML = svg;
    const element = template.content.querySelector('svg');
    if (!element) throw new Error('Mermaid returned no SVG.');
    container.replaceChildren(element);
    return { svg: element, renderId, ms: performance.now() - begin };
  } finally {
    // On an error Mermaid may leave its scratch element behind.
    document.getElementById(`d${renderId}`)?.remove();
  }
}
