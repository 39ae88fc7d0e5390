/** Restricted Mode: the server runs no git in an untrusted folder, says why, and reads git once trusted. */
import { strict as assert } from 'node:assert';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../../src/core/analyze';
import type { BaselineGit } from '../../../src/server/baseline';
import { GitTrust, RESTRICTED_MODE, trustedBaselineGit } from '../../../src/server/gitTrust';
import { StatusReports } from '../../../src/server/status';
import { Trends } from '../../../src/server/trend';
import { plan, TestRepo } from '../history/repo';
import { entryOf } from './support';

describe('git in an untrusted folder', () => {
  let repo: TestRepo;
  let uri: string;
  const text = plan({ statusDate: '2026-01-14' });
  before(async () => {
    repo = await new TestRepo().init();
    repo.write('pay.program.yaml', plan({ statusDate: '2026-01-05' }));
    await repo.commit('2026-01-05', 'first plan');
    repo.write('pay.program.yaml', text);
    await repo.commit('2026-01-14', 'second week');
    uri = pathToFileURL(repo.path('pay.program.yaml')).toString();
  });
  after(() => repo.dispose());

  it('the status report says Restricted Mode for week over week and the history metrics, then reads git once trusted', async () => {
    const trust = new GitTrust(false);
    const reports = new StatusReports(trust);
    const entry = entryOf(text, uri);
    const restricted = await reports.report({ uri, asOf: '2026-01-14' }, () => entry);
    assert.ok(restricted);
    assert.ok(restricted.markdown.includes(RESTRICTED_MODE), restricted.markdown);
    assert.match(restricted.markdown, /- \*\*Blocker resolution time\*\*: n\/a — this folder is not trusted \(Restricted Mode\)/);

    assert.equal(trust.set(true), true, 'granted now');
    reports.forgetAll();
    const trusted = await reports.report({ uri, asOf: '2026-01-14' }, () => entry);
    assert.ok(trusted && !trusted.markdown.includes(RESTRICTED_MODE), trusted?.markdown);
    assert.match(trusted.markdown, /over 2 commits/);
    assert.equal(trust.set(true), false, 'already trusted: nothing to read again');
  });

  it('the milestone trend and the baselines refuse without starting git', async () => {
    const trust = new GitTrust(false);
    assert.deepEqual(await new Trends(undefined, trust).trend(uri), { unavailable: RESTRICTED_MODE });
    let calls = 0;
    const git: BaselineGit = {
      commitOf: async () => (calls++, 'c1'),
      load: async () => (calls++, { version: { ref: 'kickoff', commit: 'c1', path: 'pay.program.yaml', text, analysis: analyze(text) } }),
    };
    const guarded = trustedBaselineGit(trust, git);
    assert.equal(await guarded.commitOf('/x', 'kickoff'), undefined);
    assert.deepEqual(await guarded.load('/x', 'kickoff'), { problem: { kind: 'no-git', message: RESTRICTED_MODE } });
    assert.equal(calls, 0, 'git was not asked');
    trust.set(true);
    assert.equal(await guarded.commitOf('/x', 'kickoff'), 'c1');
    assert.equal(calls, 1);
  });
});
