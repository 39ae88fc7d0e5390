/**
 * The what-if panel: one column per what-if, each with what moves (milestones and the projected
 * end: from → to, working days and ISO weeks), deadlines newly missed or met, the critical path,
 * late hand-offs between teams, and "Apply"; the file's scenarios to open beside them.
 */
import type { WhatIfFromWebview, WhatIfToWebview, WhatIfView } from '../src/protocol/decisions';
import { button, element, extensionApi, list, table } from './lib/dom';

const vscode = extensionApi<WhatIfFromWebview>();
const root = document.getElementById('root')!;

function column(view: WhatIfView, index: number, count: number): HTMLElement {
  const node = element('section', 'column');
  node.setAttribute('aria-label', `What if: ${view.title}`);
  node.append(element('h2', undefined, `What if: ${view.title}`));
  const actions = element('div', 'actions');
  const apply = button('Apply', () => vscode.postMessage({ type: 'apply', index }));
  apply.disabled = !view.editable;
  apply.title = view.editable ? 'Write this change into the plan (a minimal edit)' : 'Nothing to write';
  actions.append(apply);
  if (count > 1) actions.append(button('Remove', () => vscode.postMessage({ type: 'remove', index }), true));
  node.append(actions);
  if (view.applied.length > 0 || view.skipped.length > 0) node.append(list([...view.applied, ...view.skipped.map((s) => `Not applied: ${s}`)]));
  if (!view.ok) {
    node.append(element('p', 'muted', 'The plan has no valid start date, so nothing can be scheduled.'));
    return node;
  }
  if (view.moves.length === 0) node.append(element('p', 'muted', 'No milestone moves, and neither does the projected end.'));
  else {
    const change = (days: number, text: string) => element('span', days > 0 ? 'later' : 'earlier', text);
    node.append(table(['Milestone', 'Plan', 'What-if', 'Change'], view.moves.map((m) => [m.name, m.from.date, m.to.date, change(m.days, m.change)])));
  }
  const facts: string[] = view.deadlines.map((d) => `${d.met ? 'Now met' : 'Now missed'}: ${d.name} ${d.date} (finish ${d.finishBefore} → ${d.finishAfter})`);
  const path = (ids: readonly string[]) => (ids.length === 0 ? 'none' : ids.join(' → '));
  facts.push(view.criticalPath.changed ? `Critical path: ${path(view.criticalPath.after)} (was ${path(view.criticalPath.before)})` : `Critical path unchanged: ${path(view.criticalPath.after)}`);
  for (const h of view.lateHandoffs) facts.push(`Late hand-off: ${h.from} (${h.fromTeam}) → ${h.to} (${h.toTeam}): needed by ${h.needBy}, now ${h.delivers} (${h.days} working days late)`);
  node.append(list(facts));
  return node;
}

function render(message: Extract<WhatIfToWebview, { type: 'views' }>): void {
  const toolbar = element('header', 'toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.append(element('span', 'title', `What if — ${message.fileName}`), button('Compare options…', () => vscode.postMessage({ type: 'compare' }), true));
  if (message.scenarios.length > 0) {
    const select = element('select');
    select.setAttribute('aria-label', 'Open a scenario of the file');
    select.append(element('option', undefined, 'Open a scenario…'));
    for (const s of message.scenarios) {
      const option = element('option', undefined, s.name);
      option.value = s.id;
      select.append(option);
    }
    select.addEventListener('change', () => {
      if (select.value && select.selectedIndex > 0) vscode.postMessage({ type: 'scenario', id: select.value });
      select.selectedIndex = 0;
    });
    toolbar.append(select);
  }
  const columns = element('div', 'columns');
  message.views.forEach((view, i) => columns.append(column(view, i, message.views.length)));
  if (message.views.length === 0) columns.append(element('p', 'muted', 'Nothing asked yet: use "What if…" on a task, or open a scenario.'));
  root.replaceChildren(toolbar, columns);
}

window.addEventListener('message', (event: MessageEvent<WhatIfToWebview>) => {
  const message = event.data;
  if (message.type === 'views') {
    vscode.setState(message.state);
    render(message);
  }
  else root.replaceChildren(element('p', 'muted', `${message.fileName} was deleted. Close this panel or restore the file.`));
});

vscode.postMessage({ type: 'ready' });
