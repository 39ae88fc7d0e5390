/**
 * Renders Mermaid source into a container, one render at a time.
 *
 * Mermaid keeps global state between renders: element ids from a previous chart stay in the
 * page, and a gantt chart's bars are named `<render id>-<task id>`. Every render therefore gets
 * a fresh render id, and the new SVG replaces the old one only once it is complete, so a
 * failed render leaves the last good chart on screen.
 */
import type { MermaidConfig } from 'mermaid';

let renderCount = 0;

/**
 * Mermaid is a chunk of its own, and each diagram type's code another, fetched when first used.
 * {@link preloadMermaid} starts loading both before the first render needs them: as the page
 * starts (critical path), or once the page has painted its first chart itself (Gantt).
 */
let loading: Promise<typeof import('mermaid').default> | undefined;
let loaded = false;
function mermaidModule(): Promise<typeof import('mermaid').default> {
  loading ??= import('mermaid').then((module) => {
    loaded = true;
    return module.default;
  });
  return loading;
}

/** Mermaid is loaded: a render starts drawing at once. */
export function mermaidLoaded(): boolean {
  return loaded;
}

/** A prefix for the ids of one chart's elements, new for each chart drawn. */
export function nextRenderId(): string {
  return `pp-chart-${++renderCount}`;
}

/** Starts fetching Mermaid and the code of the diagram type the panel draws (once). Never fails. */
let preloading = false;
export function preloadMermaid(diagram: 'gantt' | 'flowchart'): void {
  if (preloading) return;
  preloading = true;
  const sample = diagram === 'gantt' ? 'gantt\n  dateFormat YYYY-MM-DD\n' : 'flowchart LR\n  a\n';
  // Parsing a tiny chart makes Mermaid load that diagram's chunk; the answer itself is not needed.
  void mermaidModule()
    .then((mermaid) => mermaid.parse(sample, { suppressErrors: true }))
    .catch(() => undefined);
}

export interface Rendered {
  readonly svg: SVGSVGElement;
  /** Prefix of the ids of the rendered elements. */
  readonly renderId: string;
  readonly ms: number;
}

export async function renderMermaid(container: HTMLElement, source: string, config: MermaidConfig): Promise<Rendered> {
  const renderId = nextRenderId();
  const mermaid = await mermaidModule();
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
