/** Small helpers for decorating a rendered SVG. */
const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The browser's own tooltip on an SVG element (its `<title>`, which screen readers also read). */
export function tooltip(element: SVGElement, text: string): void {
  element.querySelector(':scope > title')?.remove();
  const title = svgElement('title', {});
  title.textContent = text;
  element.prepend(title);
}

/** Makes a chart element act like a button: click, Enter or Space runs `action`. */
export function makeRevealable(element: SVGElement, label: string, action: () => void): void {
  element.classList.add('pp-revealable');
  element.setAttribute('role', 'button');
  element.setAttribute('tabindex', '0');
  element.setAttribute('aria-label', label);
  element.addEventListener('click', (event) => {
    event.stopPropagation();
    action();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  });
}
