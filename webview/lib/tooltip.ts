/**
 * The charts' own tooltip (a native `title` shows late, cannot be reached by keyboard and is
 * clipped to one style): shown on pointer hover and on keyboard focus, hidden on leave, blur
 * or Escape. Text only (`textContent`), one line per entry.
 */
const TIP_ID = 'pp-tooltip';
const texts = new WeakMap<Element, readonly string[]>();

function tipElement(): HTMLElement {
  let tip = document.getElementById(TIP_ID);
  if (!tip) {
    tip = document.createElement('div');
    tip.id = TIP_ID;
    tip.className = 'pp-tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.append(tip);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') hideTooltip();
    });
  }
  return tip;
}

function show(element: Element, lines: readonly string[]): void {
  const tip = tipElement();
  tip.replaceChildren(
    ...lines.map((line, index) => {
      const row = document.createElement('div');
      if (index === 0) row.className = 'pp-tooltip-title';
      row.textContent = line;
      return row;
    }),
  );
  tip.hidden = false;
  const anchor = element.getBoundingClientRect();
  const box = tip.getBoundingClientRect();
  const left = Math.max(4, Math.min(anchor.left, window.innerWidth - box.width - 4));
  const below = anchor.bottom + 6;
  const top = below + box.height > window.innerHeight - 4 ? Math.max(4, anchor.top - box.height - 6) : below;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
  element.setAttribute('aria-describedby', TIP_ID);
}

export function hideTooltip(): void {
  const tip = document.getElementById(TIP_ID);
  if (tip) tip.hidden = true;
}

/** Gives `element` a tooltip of `lines` (the first one bold); calling again replaces the text. */
export function tooltip(element: Element, lines: readonly string[]): void {
  const known = texts.has(element);
  texts.set(element, lines);
  if (known) return;
  const open = (): void => show(element, texts.get(element) ?? []);
  element.addEventListener('pointerenter', open);
  element.addEventListener('focus', open);
  element.addEventListener('pointerleave', hideTooltip);
  element.addEventListener('blur', hideTooltip);
}
