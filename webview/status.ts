/**
 * The weekly status preview: renders the report's blocks with DOM text nodes only (never
 * `innerHTML`), so nothing in a plan can become markup, and forwards the toolbar's buttons and
 * the links to lines of the plan (the error banner's `file:line`).
 */
import type { Block, Inline } from '../src/core/status/document';
import type { StatusFromWebview, StatusPanelState, StatusToWebview, StatusView } from '../src/protocol/status';

interface VsCodeApi {
  postMessage(message: StatusFromWebview): void;
  setState(state: StatusPanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

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
      if (b.items.length > 0) {
        const list = element('ul');
        for (const item of b.items) list.append(inline(item, element('li')));
        alert.append(list);
      }
      return alert;
    }
    case 'list': {
      const list = element('ul');
      for (const item of b.items) list.append(inline(item, element('li')));
      return list;
    }
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

/** The report last shown, for "Copy as HTML". */
let shownHtml = '';

function render(view: StatusView): void {
  shownHtml = view.html;
  const report = document.getElementById('report')!;
  report.replaceChildren(...view.blocks.map(block));
  document.body.dataset.status = view.status;
  document.getElementById('as-of')!.textContent = `As of ${view.asOf}`;
  document.getElementById('save')!.title = `Save as ${view.saveName} beside ${view.fileName}`;
  setBusy(false);
  vscode.setState(view.state);
}

function setBusy(busy: boolean): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button')) button.disabled = busy;
}

window.addEventListener('message', (event: MessageEvent<StatusToWebview>) => {
  const message = event.data;
  if (message.type === 'view') render(message.view);
  else if (message.type === 'gone') {
    const report = document.getElementById('report')!;
    report.replaceChildren(element('p', 'gone', `${message.fileName} was deleted. Close this preview or restore the file.`));
    setBusy(true);
  }
});

for (const [id, type] of [
  ['save', 'save'],
  ['copy', 'copy'],
  ['change-date', 'changeDate'],
] as const) {
  document.getElementById(id)!.addEventListener('click', () => vscode.postMessage({ type }));
}

/**
 * Formatted HTML on the clipboard (with the Markdown as the plain-text flavour), so that pasting
 * into an email keeps the tables; where the webview may not write the clipboard, the extension
 * copies the page's source instead.
 */
async function copyHtml(): Promise<void> {
  try {
    const item = new ClipboardItem({ 'text/html': new Blob([shownHtml], { type: 'text/html' }), 'text/plain': new Blob([document.getElementById('report')!.innerText], { type: 'text/plain' }) });
    await navigator.clipboard.write([item]);
    vscode.postMessage({ type: 'copiedHtml' });
  } catch {
    vscode.postMessage({ type: 'copyHtmlSource' });
  }
}
document.getElementById('copy-html')!.addEventListener('click', () => void copyHtml());

vscode.postMessage({ type: 'ready' });
