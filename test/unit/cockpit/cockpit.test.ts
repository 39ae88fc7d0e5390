import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import { buildCockpit } from '../../../src/core/cockpit/cockpit';
import { maxOverlap } from '../../../src/core/cockpit/people';
import type { CockpitNode } from '../../../src/core/cockpit/tree';
import type { TaskSchedule } from '../../../src/core/schedule/types';

const EXAMPLE = readFileSync('examples/multi-tenancy.program.yaml', 'utf8');

function plan(body: string): string {
  return `program: P\nstart: 2026-03-02\nstatusDate: 2026-03-11\naccountable: ann\npeople:\n  - { id: ann, name: Ann }\n  - { id: bob, name: Bob }\nteams:\n  - { id: red, name: Red, lead: ann }\n  - { id: blue, name: Blue, lead: bob }\n${body}`;
}

const labels = (nodes: readonly CockpitNode[]): string[] => nodes.map((n) => n.label);

describe('cockpit', () => {
  const analysis = analyze(EXAMPLE);
  const cockpit = buildCockpit(analysis);

  it('lists the example milestones with their forecast and float, done ones as done', () => {
    const byLabel = new Map(cockpit.milestones.map((n) => [n.label, n]));
    assert.equal(byLabel.get('Foundation complete')?.tone, 'done');
    assert.equal(byLabel.get('Infrastructure ready for pilot')?.description, '1 May · float 5d');
    assert.equal(byLabel.get('General availability')?.description, '3 Aug · float 9d');
    const node = byLabel.get('General availability')!;
    assert.equal(EXAMPLE.slice(node.span!.start, node.span!.end), 'general-availability');
  });

  it('puts the blocked task with its blocker text in Attention, selecting its id', () => {
    const blocked = cockpit.attention.find((n) => n.taskId === 'tenant-encryption-keys');
    assert.ok(blocked);
    assert.equal(blocked.tone, 'error');
    assert.match(blocked.reason!, /^Blocked: KMS key quota of 5,000 per region/);
    assert.equal(EXAMPLE.slice(blocked.span!.start, blocked.span!.end), 'tenant-encryption-keys');
  });

  it('sorts RAID: risks by score, actions by due date, issues by severity, pending decisions first', () => {
    const [risks, actions, issues, decisions] = cockpit.raid;
    assert.deepEqual(labels(cockpit.raid), ['Risks', 'Actions', 'Issues', 'Decisions']);
    assert.deepEqual(risks.children!.map((n) => n.label.split(' ')[0]), ['R-01', 'R-02', 'R-03', 'R-04', 'R-05']);
    assert.deepEqual(actions.children!.map((n) => n.label.split(' ')[0]), ['A-06', 'A-05', 'A-01', 'A-07', 'A-03', 'A-02', 'A-04']);
    assert.deepEqual(issues.children!.map((n) => n.label.split(' ')[0]), ['I-01', 'I-02']);
    assert.deepEqual(decisions.children!.map((n) => n.label.split(' ')[0]), ['D-02', 'D-01', 'D-03']);
  });

  it('counts open tasks, critical tasks and actions per person', () => {
    const sofia = cockpit.people.find((n) => n.label === 'Sofia Reyes')!;
    assert.match(sofia.description!, /^2 open tasks · \d critical · 2 actions$/);
    assert.equal(cockpit.people.length, analysis.program.people.length);
  });

  it('flags overdue actions, late decisions, unmitigated high risks and critical tasks starting this week', () => {
    const a = analyze(
      plan(`tasks:
  - { id: t1, name: First, team: red, owner: ann, duration: 3, status: blocked, blocker: waiting }
  - { id: t2, name: Second, team: blue, duration: 2, dependsOn: [t1] }
  - { id: t3, name: Third, team: red, duration: 20, notBefore: 2026-03-12 }
risks:
  - { id: R-1, title: Bad, probability: high, impact: low, owner: ann }
actions:
  - { id: A-1, title: Call, owner: ann, due: 2026-03-10 }
decisions:
  - { id: D-1, title: Pick, status: pending, needBy: 2026-03-01 }
`),
    );
    const attention = buildCockpit(a).attention;
    const reasons = attention.map((n) => n.reason);
    assert.ok(reasons.includes('Blocked: waiting'));
    assert.ok(reasons.includes('Critical task without owner'));
    assert.ok(reasons.includes('Critical, starts 2026-03-12 (this week)'), reasons.join('\n'));
    assert.ok(reasons.includes('Action overdue since 2026-03-10'));
    assert.ok(reasons.includes('Decision pending past its need-by date 2026-03-01'));
    assert.ok(reasons.includes('Open high risk without mitigation'));
    assert.ok(reasons.includes("blue waits on red's 't1', which is blocked"));
  });

  it('flags a person owning more concurrent critical tasks than the limit', () => {
    const text = plan(`tasks:
  - { id: a, name: A, team: red, owner: ann, duration: 3 }
  - { id: b, name: B, team: red, owner: ann, duration: 3 }
`);
    const flagged = buildCockpit(analyze(text), { criticalLimit: 1 }).people.find((n) => n.label === 'Ann')!;
    assert.equal(flagged.tone, 'warning');
    assert.match(flagged.reason!, /Owns 2 critical tasks at the same time \(more than 1\)/);
    assert.equal(buildCockpit(analyze(text), { criticalLimit: 2 }).people.find((n) => n.label === 'Ann')!.tone, 'person');
  });

  it('counts overlapping intervals, back-to-back ones not', () => {
    const at = (es: number, ef: number) => ({ es, ef }) as TaskSchedule;
    assert.equal(maxOverlap([at(0, 2), at(2, 4)]), 1);
    assert.equal(maxOverlap([at(0, 5), at(1, 2), at(3, 4)]), 2);
    assert.equal(maxOverlap([at(3, 3), at(3, 3)]), 2);
    assert.equal(maxOverlap([]), 0);
  });

  it('never throws on a program without a start or with broken references', () => {
    const broken = analyze('program: X\ntasks:\n  - { id: a, owner: ghost, dependsOn: [nope], milestone: true }\nactions: [{ id: A, title: t }]\n');
    const c = buildCockpit(broken);
    assert.equal(c.milestones[0].description, 'not scheduled');
  });
});
