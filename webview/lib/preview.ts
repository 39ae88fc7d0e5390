/**
 * The document previews' page (weekly status, charter, RAID log, stakeholder map, launch
 * readiness): renders the document's parts with DOM text nodes only (never `innerHTML`), so
 * nothing in a plan can become markup, and forwards the toolbar's buttons and the links to lines
 * of the plan. Diagrams are drawn by the `diagrams` hook the page's script passes (Mermaid), so
 * a page without diagrams does not load Mermaid.
 */
import type { Block, Inline } from '../../src/core/status/document';
import type { DocumentPart } from '../../src/core/documents/markdown';
import { withDiagrams } from '../../src/core/documents/html';
import type { PreviewFromWebview, PreviewState, PreviewToWebview, PreviewView } from '../../src/protocol/preview';
import { element } from './dom';

interface VsCodeApi {
  postMessage(message: PreviewFromWebview): void;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export interface DiagramHooks {
  /**
   * Draws each diagram's source into its container (in the theme's colours) and resolves to the
   * same diagrams drawn for export (light, as the HTML page is), undefined where one failed.
   */
  readonly draw: (diagrams: readonly { readonly source: string; readonly container: HTMLElement }[]) => Promise<{ svgs: (string | undefined)[]; errors: string[] }>;
  /** Calls back when the theme changes, to draw again. */
  readonly onThemeChange: (listener: () => void) => void;
}

export function startPreview(hooks?: DiagramHooks): void {
  const vscode = acquireVsCodeApi();

  function inline(content: Inline, into: HTMLElement): HTMLElement {
    for (const run of content) {
      const tag = run.style === 'strong' ? 'strong' : run.style === 'em' ? 'em' : run.style === 'code' ? 'code' : undefined;
      const node = tag ? element(tag, undefined, run.text) : document.createTextNode(run.text);
      into.append(run.line === undefined ? node : lineLink(node, run.line));
    }
    return into;
  }

  /** A link that shows a line of the plan in the editor. */
  function lineLink(content: Node, line: number): HTMLElement {
    const link = element('a', 'line-link');
    link.href = '#';
    link.title = `Show line ${line} of the plan`;
    link.append(content);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      vscode.postMessage({ type: 'reveal', line });
    });
    return link;
  }

  function list(items: readonly Inline[]): HTMLElement {
    const node = element('ul');
    for (const item of items) node.append(inline(item, element('li')));
    return node;
  }

  function block(b: Block): HTMLElement {
    switch (b.kind) {
      case 'heading':
        return inline(b.content, element(b.level === 1 ? 'h1' : b.level === 2 ? 'h2' : 'h3'));
      case 'paragraph':
        return inline(b.content, element('p'));
      case 'note':
        return inline(b.content, element('blockquote'));
      case 'alert': {
        const alert = inline(b.content, element('div', 'alert'));
        alert.setAttribute('role', 'alert');
        if (b.items.length > 0) alert.append(list(b.items));
        return alert;
      }
      case 'list':
        return list(b.items);
      case 'table': {
        const table = element('table');
        const head = table.createTHead().insertRow();
        b.header.forEach((h, i) => {
          const th = element('th', b.numeric?.[i] ? 'numeric' : undefined, h);
          th.scope = 'col';
          head.append(th);
        });
        const body = table.createTBody();
        for (const cells of b.rows) {
          const row = body.insertRow();
          cells.forEach((cell, i) => {
            const td = row.insertCell();
            if (b.numeric?.[i]) td.className = 'numeric';
            inline(cell, td);
          });
        }
        const wrap = element('div', 'table-wrap');
        wrap.append(table);
        return wrap;
      }
    }
  }

  /** The diagrams of the document shown, to draw again when the theme changes. */
  let diagrams: { source: string; container: HTMLElement }[] = [];

  function part(p: DocumentPart): HTMLElement {
    if (p.kind === 'verdict') {
      const banner = element('section', `verdict ${p.go ? 'go' : 'no-go'}`);
      banner.setAttribute('role', p.go ? 'status' : 'alert');
      banner.append(inline(p.content, element('p', 'verdict-line')));
      if (p.reasons.length > 0) banner.append(list(p.reasons));
      return banner;
    }
    if (p.kind === 'mermaid') {
      const container = element('div', 'diagram');
      container.setAttribute('role', 'img');
      // Until (or unless) the chart is drawn, the page shows what the HTML export falls back to.
      container.append(...p.fallback.map(block));
      diagrams.push({ source: p.source, container });
      return container;
    }
    return block(p);
  }

  /** The document last shown, for "Copy as HTML"; the export's diagrams once drawn. */
  let shownHtml = '';
  let exportSvgs: (string | undefined)[] = [];
  let drawing = Promise.resolve();

  function draw(): void {
    if (!hooks || diagrams.length === 0) return;
    const current = diagrams;
    // One drawing at a time: Mermaid keeps global state between renders.
    drawing = drawing.then(async () => {
      if (current !== diagrams) return;
      const { svgs, errors } = await hooks.draw(current);
      if (current !== diagrams) return;
      exportSvgs = svgs;
      vscode.postMessage({ type: 'diagrams', svgs, errors });
    });
  }
  hooks?.onThemeChange(draw);

  function render(view: PreviewView): void {
    shownHtml = view.html;
    exportSvgs = [];
    diagrams = [];
    const report = document.getElementById('report')!;
    report.replaceChildren(...view.parts.map(part));
    document.body.dataset.status = view.tone;
    document.getElementById('as-of')!.textContent = view.subtitle;
    document.getElementById('save')!.title = `Save as ${view.saveName} beside ${view.fileName}`;
    document.getElementById('save-html')!.title = `Save as ${view.saveName.replace(/\.md$/i, '.html')} beside ${view.fileName}, a page for email or a wiki`;
    setBusy(false);
    vscode.setState(view.state);
    draw();
  }

  function setBusy(busy: boolean): void {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button')) button.disabled = busy;
  }

  window.addEventListener('message', (event: MessageEvent<PreviewToWebview>) => {
    const message = event.data;
    if (message.type === 'view') render(message.view);
    else if (message.type === 'gone') {
      diagrams = [];
      document.getElementById('report')!.replaceChildren(element('p', 'gone', `${message.fileName} was deleted. Close this preview or restore the file.`));
      setBusy(true);
    }
  });

  for (const [id, type] of [
    ['save', 'save'],
    ['save-html', 'saveHtml'],
    ['copy', 'copy'],
    ['change-date', 'changeDate'],
  ] as const) {
    document.getElementById(id)?.addEventListener('click', () => vscode.postMessage({ type }));
  }

  /**
   * Formatted HTML on the clipboard (with the page's text as the plain-text flavour), so that
   * pasting into an email keeps the tables and the chart; where the webview may not write the
   * clipboard, the extension copies the page's source instead.
   */
  async function copyHtml(): Promise<void> {
    try {
      const html = withDiagrams(shownHtml, exportSvgs);
      const item = new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([document.getElementById('report')!.innerText], { type: 'text/plain' }) });
      await navigator.clipboard.write([item]);
      vscode.postMessage({ type: 'copiedHtml' });
    } catch {
      vscode.postMessage({ type: 'copyHtmlSource' });
    }
  }
  document.getElementById('copy-html')!.addEventListener('click', () => void copyHtml());

  vscode.postMessage({ type: 'ready' });
}
