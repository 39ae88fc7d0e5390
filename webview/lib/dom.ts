/** DOM building for the what-if and forecast panels: text goes in as text nodes, never as markup. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label: string, onClick: () => void, secondary = false): HTMLButtonElement {
  const node = element('button', secondary ? 'secondary' : undefined, label);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}

/** A table of text cells; `numeric` columns are right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | Node)[])[], numeric: readonly number[] = []): HTMLTableElement {
  const node = element('table');
  const head = node.createTHead().insertRow();
  header.forEach((h, i) => {
    const th = element('th', numeric.includes(i) ? 'numeric' : undefined, h);
    th.scope = 'col';
    head.append(th);
  });
  const body = node.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    cells.forEach((cell, i) => {
      const td = row.insertCell();
      if (numeric.includes(i)) td.className = 'numeric';
      td.append(cell);
    });
  }
  return node;
}

export function list(items: readonly string[]): HTMLUListElement {
  const node = element('ul');
  for (const item of items) node.append(element('li', undefined, item));
  return node;
}

interface WebviewApi<Out> {
  postMessage(message: Out): void;
  /** Kept by VS Code with the panel: what its serializer gets back after a window reload. */
  setState(state: unknown): void;
}
declare function acquireVsCodeApi<Out>(): WebviewApi<Out>;

/** The page's one handle on the extension (acquireVsCodeApi may be called only once). */
export function extensionApi<Out>(): WebviewApi<Out> {
  return acquireVsCodeApi<Out>();
}
