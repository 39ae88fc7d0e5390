import { strict as assert } from 'node:assert';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { filterBars, filterChoices, ganttLinks, linkShown } from '../../../src/core/mermaid/ganttView';
import { plan } from './builder';

const sample = plan({
  teams: { web: 'Web team', api: 'API team' },
  people: { ana: 'Ana Ruiz', bo: 'Bo Li' },
  tasks: [
    { id: 'spec', team: 'api', owner: 'ana', start: '2026-03-02', finish: '2026-03-06', duration: 5, status: 'done', critical: true },
    { id: 'api', team: 'api', owner: 'bo', start: '2026-03-09', finish: '2026-03-13', duration: 5, after: ['spec'], critical: true },
    { id: 'ui', team: 'web', start: '2026-03-09', finish: '2026-03-11', duration: 3, after: ['spec'], tf: 2 },
    { id: 'docs', team: 'web', start: '2026-03-09', finish: '2026-03-09', duration: 1, after: ['spec'], tf: 4 },
    { id: 'old', start: '2026-03-02', finish: '2026-03-02', duration: 0, status: 'cancelled', tf: 9 },
    { id: 'ship', milestone: true, start: '2026-03-13', finish: '2026-03-13', duration: 0, after: ['api', 'ui', 'docs'], critical: true },
  ],
});
const { bars } = ganttChart(sample.program, sample.schedule);
const ids = (list: readonly { taskId: string }[]): string[] => list.map((bar) => bar.taskId).sort();

describe('gantt panel filters and links', () => {
  it('never draws cancelled work without predecessors at the program start, nor as a milestone', () => {
    const dated = plan({ statusDate: '2026-03-10', tasks: [{ id: 'a', start: '2026-03-02', finish: '2026-03-06', duration: 5 }, { id: 'old', start: '2026-03-02', finish: '2026-03-02', duration: 0, status: 'cancelled' }] });
    const old = ganttChart(dated.program, dated.schedule).bars.find((bar) => bar.taskId === 'old')!;
    assert.deepEqual([old.start, old.finish, old.milestone], ['2026-03-10', '2026-03-10', false]);
  });

  it('hides cancelled work unless asked, and done work when asked', () => {
    assert.deepEqual(ids(filterBars(bars, {}, 2)), ['api', 'docs', 'ship', 'spec', 'ui']);
    assert.ok(ids(filterBars(bars, { showCancelled: true }, 2)).includes('old'));
    assert.deepEqual(ids(filterBars(bars, { showDone: false }, 2)), ['api', 'docs', 'ship', 'ui']);
  });

  it('keeps only critical and near-critical work and milestones, or one team or owner', () => {
    assert.deepEqual(ids(filterBars(bars, { onlyCritical: true }, 2)), ['api', 'ship', 'spec', 'ui']);
    assert.deepEqual(ids(filterBars(bars, { onlyCritical: true }, 5)), ['api', 'docs', 'ship', 'spec', 'ui']);
    assert.deepEqual(ids(filterBars(bars, { team: 'Web team' }, 2)), ['docs', 'ui']);
    assert.deepEqual(ids(filterBars(bars, { owner: 'Bo Li' }, 2)), ['api']);
    assert.deepEqual(filterChoices(bars), { teams: ['API team', 'Web team'], owners: ['Ana Ruiz', 'Bo Li'] });
  });

  it('shows the critical links and those of the task in focus, or all, or none', () => {
    const shown = filterBars(bars, {}, 2);
    const links = ganttLinks(shown);
    const key = (taskId: string): string => bars.find((bar) => bar.taskId === taskId)!.key;
    const name = (l: { from: string; to: string }): string => `${bars.find((b) => b.key === l.from)!.taskId}>${bars.find((b) => b.key === l.to)!.taskId}`;
    assert.deepEqual(links.filter((l) => linkShown(l, 'critical')).map(name).sort(), ['api>ship', 'spec>api']);
    assert.deepEqual(links.filter((l) => linkShown(l, 'critical', key('ui'))).map(name).sort(), ['api>ship', 'spec>api', 'spec>ui', 'ui>ship']);
    assert.equal(links.filter((l) => linkShown(l, 'all')).length, 6);
    assert.equal(links.filter((l) => linkShown(l, 'none')).length, 0);
    // A link to a bar the filters hide is not drawn.
    assert.deepEqual(ganttLinks(filterBars(bars, { team: 'API team' }, 2)).map(name), ['spec>api']);
  });
});
