/** Cross-team dependencies: the table on the example program, each status, the hover line and CSV. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { crossTeamDependencies } from '../../../src/core/dependencies/crossTeam';
import { crossTeamCsv } from '../../../src/core/dependencies/crossTeamDocument';
import { hoverAt } from '../../../src/core/hover/hoverAt';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'multi-tenancy.program.yaml'), 'utf8');

function rows(asOf: string) {
  const a = analyze(EXAMPLE, { asOf });
  return crossTeamDependencies(a.program, a.schedule, a.asOf).map((r) => `${r.deliverable.id} → ${r.neededFor.id} | ${r.fromTeam.id} → ${r.neededByTeam.id} | ${r.neededBy} | ${r.forecast} | ${r.status}`);
}

describe('cross-team dependencies', () => {
  it('lists every dependency between teams of the example, by need date, one row per pair of tasks', () => {
    assert.deepEqual(rows('2026-03-13'), [
      'tenancy-model-rfc → threat-model | platform → security | 2026-01-21 | 2026-01-16 | done',
      'tenancy-model-rfc → pricing-and-packaging | platform → product | 2026-01-21 | 2026-01-16 | done',
      'pricing-and-packaging → pilot-criteria | product → sales-eng | 2026-02-12 | 2026-02-03 | done',
      'tenant-context-service → authz-tenant-scoping | platform → security | 2026-03-27 | 2026-03-18 | on-track',
      'tenant-context-service → tenant-observability | platform → sre | 2026-03-27 | 2026-03-18 | on-track',
      'tenant-context-service → quotas-and-rate-limits | platform → sre | 2026-03-27 | 2026-03-18 | on-track',
      'tenant-data-isolation → isolation-test-suite | platform → security | 2026-03-27 | 2026-03-27 | at-risk',
      'tenant-provisioning-api → admin-console | platform → product | 2026-04-17 | 2026-04-17 | at-risk',
      'tenant-provisioning-api → billing-per-tenant | platform → product | 2026-04-17 | 2026-04-17 | at-risk',
      'admin-console → onboarding-playbook | product → sales-eng | 2026-05-01 | 2026-05-01 | at-risk',
      'tenant-encryption-keys → migration-tooling | security → platform | 2026-05-01 | 2026-03-31 | blocked',
      'external-pen-test → pilot-environment-ready | security → sre | 2026-05-15 | 2026-05-15 | at-risk',
      'pilot-environment-ready → pilot-wave-1 | sre → sales-eng | 2026-05-15 | 2026-05-15 | at-risk',
      'pilot-wave-1 → pilot-feedback | sales-eng → product | 2026-06-08 | 2026-06-08 | at-risk',
      'docs-and-guides → sales-enablement | product → sales-eng | 2026-07-22 | 2026-07-08 | on-track',
      'docs-and-guides → support-training | product → sre | 2026-07-22 | 2026-07-08 | on-track',
      'multi-region-rollout → early-adopter-migrations | sre → platform | 2026-07-29 | 2026-07-29 | at-risk',
    ]);
  });

  it('is late once unfinished work is forecast past its need date', () => {
    const late = rows('2026-04-24').filter((r) => r.endsWith('| late'));
    assert.ok(late.some((r) => r.startsWith('tenant-context-service → authz-tenant-scoping')), late.join('\n'));
  });

  it('takes a task’s team from its owner when it has none, and skips work of one team', () => {
    const a = analyze(
      [
        'program: P',
        'start: 2026-03-02',
        'people: [{ id: ana, name: Ana, team: web }, { id: ben, name: Ben, team: api }]',
        'teams: [{ id: web, name: Web, lead: ana }, { id: api, name: API, lead: ben }]',
        'tasks:',
        '  - { id: spec, name: Spec, owner: ben, duration: 2d, status: at-risk }',
        '  - { id: page, name: Page, team: web, owner: ana, duration: 10d, dependsOn: [spec] }',
        '  - { id: more, name: More, owner: ben, duration: 20d, dependsOn: [spec] }',
        '',
      ].join('\n'),
      { asOf: '2026-03-02' },
    );
    const [row, ...rest] = crossTeamDependencies(a.program, a.schedule, a.asOf);
    assert.deepEqual(rest, []);
    assert.deepEqual([row.fromTeam, row.neededByTeam, row.owner, row.status], [{ id: 'api', name: 'API' }, { id: 'web', name: 'Web' }, 'Ben', 'at-risk']);
  });

  it('shows who needs what from whom, and by when, in the hover on the dependency', () => {
    const a = analyze(EXAMPLE, { asOf: '2026-03-13' });
    const offset = EXAMPLE.indexOf('tenant-encryption-keys]');
    const hover = hoverAt(a, offset);
    assert.ok(hover);
    assert.match(hover.markdown, /\n\nPlatform Engineering needs _Per-tenant encryption keys_ from Security Engineering by Fri 2026-05-01 — forecast Tue 2026-03-31, blocked\n\n/);
    const sameTeam = hoverAt(a, EXAMPLE.indexOf('dependsOn: [tenancy-model-rfc]') + 'dependsOn: ['.length);
    assert.ok(sameTeam);
    assert.doesNotMatch(sameTeam.markdown, / needs /);
  });

  it('writes CSV that spreadsheets read as text', () => {
    const a = analyze(
      [
        'program: P',
        'start: 2026-03-02',
        'teams: [{ id: a, name: "=HYPERLINK(\\"x\\")" }, { id: b, name: "B, Inc." }]',
        'tasks:',
        '  - { id: x, name: "-2+3", team: a, duration: 1 }',
        '  - { id: y, name: "Say \\"hi\\"", team: b, duration: 1, dependsOn: [x] }',
        '',
      ].join('\n'),
    );
    const csv = crossTeamCsv(crossTeamDependencies(a.program, a.schedule, '2026-03-02'));
    const [, line] = csv.split('\r\n');
    assert.equal(line, `x,'-2+3,"'=HYPERLINK(""x"")",,y,"Say ""hi""","B, Inc.",FS,2026-03-02,2026-03-02,at-risk`);
  });
});
