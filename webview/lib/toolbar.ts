/**
 * The panel's toolbar, built from @vscode-elements components: the view option (grouping or
 * scope), zoom, the Gantt chart's links and filters, and the exports. Its groups wrap onto
 * further rows in a narrow panel, so no control is ever cut off. All text is set with
 * `textContent`.
 */
import type { PanelKind } from '../../src/protocol/panels';
import type { GanttFilter, LinkMode } from '../../src/core/mermaid/ganttView';
import type { TimeScale } from '../../src/core/mermaid/ganttScale';

export type ZoomChange = 'in' | 'out' | 'fit' | 'reset' | Exclude<TimeScale, 'day'>;

export interface ToolbarActions {
  readonly option: (value: string) => void;
  readonly zoom: (change: ZoomChange) => void;
  readonly copySource: () => void;
  readonly saveSvg: () => void;
  readonly savePng: () => void;
  /** Gantt only. */
  readonly linkMode: (mode: LinkMode) => void;
  readonly filter: (filter: GanttFilter) => void;
  readonly baseline: (on: boolean) => void;
}

export interface Toolbar {
  /** Selects `value` in the view option without firing the action. */
  setOption(value: string): void;
  setZoom(text: string): void;
  /** Enables the exports only while there is a chart. */
  setHasChart(has: boolean): void;
  setLinkMode(mode: LinkMode): void;
  /** The filters' state, and the teams and owners the chart has. */
  setFilter(filter: GanttFilter, choices: { teams: readonly string[]; owners: readonly string[] }): void;
  /** The Baseline toggle: enabled when the plan's baseline is loaded, else disabled with the reason. */
  setBaseline(state: { readonly available: boolean; readonly on: boolean; readonly reason: string }): void;
  /** The "around this task" chip: the task's name, or undefined for no chip. */
  setAround(name: string | undefined): void;
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

/** Option values: `-` for everyone, `=<name>` for one name (a name may be anything, even empty). */
const ANY = '-';
const named = (value: string): string | undefined => (value.startsWith('=') ? value.slice(1) : undefined);

export function createToolbar(host: HTMLElement, kind: PanelKind, actions: ToolbarActions): Toolbar {
  const option = OPTIONS[kind];
  const quiet = { on: false };
  const select = labelledSelect('pp-option', option.label, option.values, quiet, actions.option);
  const viewGroup = group(select.label, select.select);

  const zoomText = element('span', 'pp-zoom');
  const zoomButtons =
    kind === 'gantt'
      ? [
          button('Week', 'Weeks: about two months per screen', () => actions.zoom('week')),
          button('Month', 'Months: about half a year per screen', () => actions.zoom('month')),
          button('Quarter', 'Quarters: about two years per screen', () => actions.zoom('quarter')),
          button('Fit', 'The whole plan in the panel width', () => actions.zoom('fit')),
          button('−', 'Zoom out', () => actions.zoom('out')),
          button('+', 'Zoom in', () => actions.zoom('in')),
        ]
      : [
          button('−', 'Zoom out', () => actions.zoom('out')),
          button('+', 'Zoom in', () => actions.zoom('in')),
          button('Fit', 'Fit the chart to the panel width (text stays readable; beyond that it scrolls)', () => actions.zoom('fit')),
          button('100%', 'Actual size', () => actions.zoom('reset')),
        ];
  const zoomGroup = group(...zoomButtons, zoomText);

  const links = labelledSelect('pp-links', 'Links', [['critical', 'Critical + hovered'], ['all', 'All'], ['none', 'None']], quiet, (value) => actions.linkMode(value as LinkMode));
  let filter: GanttFilter = {};
  const changeFilter = (patch: Partial<GanttFilter>): void => {
    filter = { ...filter, ...patch };
    actions.filter(filter);
  };
  const showDone = checkbox('Done', 'Show finished tasks', (on) => changeFilter({ showDone: on }));
  const showCancelled = checkbox('Cancelled', 'Show cancelled tasks, struck through', (on) => changeFilter({ showCancelled: on }));
  const onlyCritical = checkbox('Critical only', 'Only critical and near-critical tasks, and milestones', (on) => changeFilter({ onlyCritical: on }));
  const baseline = checkbox('Baseline', '', (on) => actions.baseline(on));
  const aroundChip = chip('Remove the filter: show all tasks again', () => changeFilter({ around: undefined }));
  const team = choiceSelect('pp-team', 'Team', 'All teams', quiet, (value) => changeFilter({ team: value }));
  const owner = choiceSelect('pp-owner', 'Owner', 'Everyone', quiet, (value) => changeFilter({ owner: value }));

  const copy = button('Copy Mermaid source', 'Copy the Mermaid source of this chart, for Markdown, wikis and slides', actions.copySource);
  const save = button('Save as SVG…', 'Save the chart as it is drawn here as an SVG file', actions.saveSvg);
  const png = button('Save as PNG…', 'Save the chart, its title and legend as a PNG image at twice the screen resolution', actions.savePng);
  const exportGroup = group(menu('Export', 'pp-export', copy, save, png));
  exportGroup.classList.add('pp-toolbar-end');

  host.replaceChildren(
    ...(kind === 'gantt'
      ? [
          viewGroup,
          zoomGroup,
          group(links.label, links.select),
          group(baseline),
          group(menu('Filters', 'pp-filters', showDone, showCancelled, onlyCritical, team.label, team.select, owner.label, owner.select), aroundChip.host),
          exportGroup,
        ]
      : [viewGroup, zoomGroup, exportGroup]),
  );
  return {
    setOption(value) {
      setQuietly(quiet, select.select, value);
    },
    setZoom(text) {
      zoomText.textContent = text;
    },
    setLinkMode(mode) {
      setQuietly(quiet, links.select, mode);
    },
    setFilter(next, choices) {
      filter = next;
      showDone.checked = next.showDone !== false;
      showCancelled.checked = next.showCancelled === true;
      onlyCritical.checked = next.onlyCritical === true;
      team.fill(choices.teams, next.team);
      owner.fill(choices.owners, next.owner);
    },
    setBaseline(state) {
      baseline.checked = state.available && state.on;
      baseline.toggleAttribute('disabled', !state.available);
      baseline.title = state.reason;
    },
    setAround(name) {
      aroundChip.set(name === undefined ? undefined : `Around: ${name}`);
    },
    setHasChart(has) {
      for (const control of [copy, save, png, ...zoomButtons]) control.toggleAttribute('disabled', !has);
    },
  };
}

type Select = HTMLElement & { value: string };

function labelledSelect(id: string, text: string, values: readonly (readonly [string, string])[], quiet: { on: boolean }, changed: (value: string) => void): { label: HTMLElement; select: Select } {
  const label = element('vscode-label', undefined, text);
  label.setAttribute('for', id);
  const select = element('vscode-single-select') as Select;
  select.id = id;
  for (const [value, name] of values) select.append(optionOf(value, name));
  select.addEventListener('change', () => {
    if (!quiet.on) changed(select.value);
  });
  return { label, select };
}

/**
 * A menu of names (teams, owners) and "any". The component reads its options when it is built,
 * so new names get a new select in place of the old one.
 */
function choiceSelect(id: string, text: string, anyText: string, quiet: { on: boolean }, changed: (name: string | undefined) => void) {
  let shown = labelledSelect(id, text, [[ANY, anyText]], quiet, (value) => changed(named(value)));
  let known = '';
  return {
    label: shown.label,
    select: shown.select,
    fill(names: readonly string[], selected: string | undefined): void {
      const value = selected !== undefined && names.includes(selected) ? `=${selected}` : ANY;
      const wanted = names.join('\n');
      if (wanted !== known) {
        known = wanted;
        const next = labelledSelect(id, text, [[ANY, anyText], ...names.map((name): [string, string] => [`=${name}`, name])], quiet, (v) => changed(named(v)));
        setQuietly(quiet, next.select, value);
        shown.select.replaceWith(next.select);
        shown = next;
      }
      setQuietly(quiet, shown.select, value);
    },
  };
}

function setQuietly(quiet: { on: boolean }, select: Select, value: string): void {
  quiet.on = true;
  select.value = value;
  quiet.on = false;
}

function optionOf(value: string, text: string): HTMLElement {
  const item = element('vscode-option', undefined, text);
  item.setAttribute('value', value);
  return item;
}

/**
 * A drop-down of controls: keeps the toolbar to one or two rows in a narrow panel. Closed, its
 * body is only invisible (not removed from layout): the select components draw their value only
 * while laid out.
 */
function menu(text: string, id: string, ...children: HTMLElement[]): HTMLElement {
  const host = element('div', 'pp-menu');
  host.id = id;
  const body = element('div', 'pp-menu-body');
  body.append(...children);
  const toggle = button(`${text} ▾`, `Show or hide the ${text.toLowerCase()}`, () => setOpen(!host.classList.contains('pp-menu-open')));
  toggle.setAttribute('aria-haspopup', 'true');
  const setOpen = (open: boolean): void => {
    host.classList.toggle('pp-menu-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  setOpen(false);
  host.append(toggle, body);
  // Closes when the user clicks elsewhere or presses Escape, as a menu does.
  document.addEventListener('click', (event) => {
    if (!host.contains(event.target as Node)) setOpen(false);
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setOpen(false);
  });
  return host;
}

/** A removable filter shown as a chip: its text and a ✕ button; hidden while there is no text. */
function chip(removeTitle: string, remove: () => void): { host: HTMLElement; set(text: string | undefined): void } {
  const host = element('span', 'pp-chip');
  host.id = 'pp-around';
  const label = element('span', 'pp-chip-label');
  const close = element('button', 'pp-chip-remove', '✕');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', removeTitle);
  close.title = removeTitle;
  close.addEventListener('click', remove);
  host.append(label, close);
  host.hidden = true;
  return {
    host,
    set(text) {
      label.textContent = text ?? '';
      host.title = text ?? '';
      host.hidden = text === undefined;
    },
  };
}

function group(...children: HTMLElement[]): HTMLElement {
  const created = element('div', 'pp-toolbar-group');
  created.append(...children);
  return created;
}

function checkbox(text: string, title: string, changed: (on: boolean) => void): HTMLElement & { checked: boolean } {
  const created = element('vscode-checkbox') as HTMLElement & { checked: boolean };
  created.setAttribute('label', text);
  created.title = title;
  created.addEventListener('change', () => changed(created.checked));
  return created;
}

function element(tag: string, className?: string, text?: string): HTMLElement {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function button(text: string, title: string, action: () => void): HTMLElement {
  const created = element('vscode-button', undefined, text);
  created.setAttribute('secondary', '');
  created.title = title;
  created.addEventListener('click', () => {
    if (!created.hasAttribute('disabled')) action();
  });
  return created;
}
