/** Set Baseline in the server: what it would tag, the refusals, and the one tag and one edit it makes. */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { applyEdits } from '../../../src/core/fixes/textEdit';
import { baselineTarget, setBaseline } from '../../../src/server/setBaseline';
import { spanOf } from '../../../src/server/positions';
import { plan, TestRepo } from '../history/repo';
import { entryOf } from './support';

describe('server: set baseline', () => {
  let repo: TestRepo;
  let uri: string;
  const text = plan({ statusDate: '2026-01-05' });
  beforeEach(async () => {
    repo = await new TestRepo().init();
    repo.write('pay.program.yaml', text);
    uri = `file://${repo.path('pay.program.yaml')}`;
  });
  afterEach(() => repo.dispose());

  it('refuses a file that was never committed, with nothing to offer', async () => {
    rmSync(repo.path('pay.program.yaml'));
    await repo.commit('2026-01-02', 'empty');
    repo.write('pay.program.yaml', text);
    const target = await baselineTarget(entryOf(text, uri), { uri, documentDirty: false }, '2026-01-05');
    assert.deepEqual(target, { refused: 'the file has changes that are not committed; save and commit it first, so the baseline is the plan as saved' });
  });

  it('offers the last commit for an unsaved or changed file, and tags it only when asked', async () => {
    const head = await repo.commit('2026-01-02', 'plan v1');
    const entry = entryOf(text, uri);
    const dirty = await baselineTarget(entry, { uri, documentDirty: true }, '2026-01-05');
    assert.deepEqual(dirty, { refused: 'the file has unsaved changes; save and commit it first, so the baseline is the plan as saved', lastCommit: { commit: head, subject: 'plan v1' } });
    repo.write('pay.program.yaml', `${text}# more\n`);
    const changed = await baselineTarget(entry, { uri, documentDirty: false }, '2026-01-05');
    assert.ok('refused' in changed! && changed.lastCommit?.commit === head);
    assert.deepEqual(await baselineTarget(entry, { uri, documentDirty: false, useLastCommit: true }, '2026-01-05'), { commit: head, subject: 'plan v1', tag: 'baseline/payments/2026-01-05' });
    assert.equal(await repo.git('tag', '--list'), '', 'asking what would be tagged tags nothing');
  });

  it('creates exactly one annotated tag and a one-line edit, and never moves the tag', async () => {
    const head = await repo.commit('2026-01-02', 'plan v1');
    const entry = entryOf(text, uri);
    const target = await baselineTarget(entry, { uri, documentDirty: false }, '2026-01-05');
    assert.deepEqual(target, { commit: head, subject: 'plan v1', tag: 'baseline/payments/2026-01-05' });
    const result = await setBaseline({ uri, tag: 'baseline/payments/2026-01-05', commit: head }, () => entry);
    assert.ok('created' in result, JSON.stringify(result));
    assert.equal(await repo.git('tag', '--list'), 'baseline/payments/2026-01-05\n');
    assert.equal((await repo.git('cat-file', '-t', 'baseline/payments/2026-01-05')).trim(), 'tag');
    const edited = applyEdits(text, result.edits.map((e) => ({ span: spanOf(entry.document, e.range), newText: e.newText })));
    assert.equal(edited, text.replace('statusDate: 2026-01-05\n', 'statusDate: 2026-01-05\nbaseline: baseline/payments/2026-01-05\n'));
    const again = await baselineTarget(entry, { uri, documentDirty: false }, '2026-01-05');
    assert.match('refused' in again! ? again.refused : '', /already exists .* never moved/);
    const moved = await setBaseline({ uri, tag: 'baseline/payments/2026-01-05', commit: head }, () => entry);
    assert.ok('refused' in moved);
  });

  it('says so outside a repository', async () => {
    const entry = entryOf(text, 'untitled:Untitled-1');
    assert.deepEqual(await baselineTarget(entry, { uri: entry.uri, documentDirty: false }), { refused: 'the plan is not a file on disk, so it has no git repository' });
  });
});
