/**
 * The panel's toolbar, built from @vscode-elements components: the view option (grouping or
 * scope), zoom, and the two exports. All text is set with `textContent`.
 */
import type { PanelKind } from '../../src/protocol/panels';

export interface ToolbarActions {
  readonly option: (value: string) => void;
  readonly zoom: (change: 'in' | 'out' | 'fit' | 'reset') => void;
  readonly copySource: () => void;
  readonly saveSvg: () => void;
  /** Gantt only: show or hide the dependency arrows. */
  readonly showLinks: (show: boolean) => void;
}

export interface Toolbar {
  /** Selects `value` in the view option without firing the action. */
  setOption(value: string): void;
  setZoom(percent: number): void;
  /** Enables the exports only while there is a chart. */
  setHasChart(has: boolean): void;
  setShowLinks(show: boolean): void;
}

const OPTIONS: Record<PanelKind, { label: string; values: [string, string][] }> = {
  gantt: {
    label: 'Group by',
    values: [
      ['phase', 'Phase'],
      ['team', 'Team'],
    ],
  },
  criticalPath: {
    label: 'Show',
    values: [
      ['auto', 'Automatic'],
      ['critical', 'Critical path only'],
      ['focus', 'Critical, near-critical and milestones'],
      ['all', 'All tasks'],
    ],
  },
};

export function createToolbar(host: HTMLElement, kind: PanelKind, actions: ToolbarActions): Toolbar {
  const option = OPTIONS[kind];
  const group = element('div', 'pp-toolbar-group');
  const label = element('vscode-label');
  label.textContent = option.label;
  label.setAttribute('for', 'pp-option');
  const select = element('vscode-single-select') as HTMLElement & { value: string };
  select.id = 'pp-option';
  for (const [value, text] of option.values) {
    const item = element('vscode-option');
    item.setAttribute('value', value);
    item.textContent = text;
    select.append(item);
  }
  let quiet = false;
  select.addEventListener('change', () => {
    if (!quiet) actions.option(select.value);
  });
  group.append(label, select);
  const links = element('vscode-checkbox') as HTMLElement & { checked: boolean };
  links.setAttribute('label', 'Dependencies');
  links.title = 'Draw the dependency arrows between bars';
  links.addEventListener('change', () => actions.showLinks(links.checked));
  if (kind === 'gantt') group.append(links);

  const zoomGroup = element('div', 'pp-toolbar-group');
  const zoomOut = button('−', 'Zoom out', () => actions.zoom('out'));
  const zoomText = element('span', 'pp-zoom');
  const zoomIn = button('+', 'Zoom in', () => actions.zoom('in'));
  const fit = button('Fit', 'Fit the chart to the panel width', () => actions.zoom('fit'));
  const reset = button('100%', 'Actual size', () => actions.zoom('reset'));
  zoomGroup.append(zoomOut, zoomText, zoomIn, fit, reset);

  const exportGroup = element('div', 'pp-toolbar-group pp-toolbar-end');
  const copy = button('Copy Mermaid source', 'Copy the Mermaid source of this chart, for Markdown, wikis and slides', actions.copySource);
  const save = button('Save as SVG…', 'Save the chart as it is drawn here as an SVG file', actions.saveSvg);
  exportGroup.append(copy, save);

  host.replaceChildren(group, zoomGroup, exportGroup);
  return {
    setOption(value) {
      quiet = true;
      select.value = value;
      quiet = false;
    },
    setZoom(percent) {
      zoomText.textContent = `${Math.round(percent)}%`;
    },
    setShowLinks(show) {
      links.checked = show;
    },
    setHasChart(has) {
      for (const control of [copy, save, zoomIn, zoomOut, fit, reset]) control.toggleAttribute('disabled', !has);
    },
  };
}

function element(tag: string, className?: string): HTMLElement {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

function button(text: string, title: string, action: () => void): HTMLElement {
  const created = element('vscode-button');
  created.setAttribute('secondary', '');
  created.title = title;
  created.textContent = text;
  created.addEventListener('click', () => {
    if (!created.hasAttribute('disabled')) action();
  });
  return created;
}
