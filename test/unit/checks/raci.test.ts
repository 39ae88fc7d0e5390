import { strict as assert } from 'node:assert';
import { HEADER, diagnosticsOf, placesOf, where } from './helpers';

describe('checks: RACI', () => {
  it('PP201: task without owner, at its id, naming the team lead', () => {
    const yaml = `${HEADER}  - id: ownerless
    name: Nobody
    team: core
  - { id: cancelled, name: Dropped, status: cancelled }
`;
    assert.deepEqual(placesOf(yaml, 'PP201'), ['11:9 ownerless'], 'cancelled work needs no owner');
    const [d] = diagnosticsOf(yaml, 'PP201');
    assert.match(d.message, /team 'core' is led by 'ana'/);
    assert.deepEqual(d.data, { taskId: 'ownerless', team: 'core' });
  });

  it('PP202: no accountable only when neither the task nor the program has one', () => {
    const yaml = `${HEADER.replace('accountable: ana\n', '')}  - { id: a, name: A, owner: ana }
  - { id: b, name: B, owner: ana, accountable: ben }
`;
    assert.deepEqual(placesOf(yaml, 'PP202'), ['10:11 a']);
    const inherited = `${HEADER}  - { id: a, name: A, owner: ana }\n`;
    assert.deepEqual(placesOf(inherited, 'PP202'), []);
  });

  it('PP206: more than one accountable on the list, keeping the first', () => {
    const yaml = `${HEADER}  - id: a
    name: A
    owner: ana
    accountable: [ana, ben]
`;
    assert.deepEqual(placesOf(yaml, 'PP206'), ['14:18 [ana, ben]']);
    const [d] = diagnosticsOf(yaml, 'PP206');
    assert.equal(d.data?.keep, 'ana');
    assert.deepEqual(d.related?.map((r) => where(yaml, r.span)), ['14:24 ben']);
  });

  it('PP206: also on the program\'s own accountable list', () => {
    const yaml = `${HEADER.replace('accountable: ana\n', 'accountable:\n  - ben\n  - ana\n')}  - { id: a, name: A, owner: ana }\n`;
    assert.deepEqual(placesOf(yaml, 'PP206'), ['4:3 - ben\n  - ana']);
    const [d] = diagnosticsOf(yaml, 'PP206');
    assert.match(d.message, /^The program has 2 accountable people \(ben, ana\)/);
    assert.equal(d.data?.keep, 'ben');
    assert.equal(d.data?.taskId, undefined);
  });

  it('PP203: every kind of person reference that is not in people, with did-you-mean', () => {
    const yaml = `${HEADER}  - id: a
    name: A
    owner: bne
    accountable: zed
    consulted: [chloe, dana]
    informed: [ana]
risks:
  - { id: R1, title: T, owner: anna, status: closed }
actions:
  - { id: A1, title: T, owner: nobody, due: 2026-04-01, status: open }
issues:
  - { id: I1, title: T, owner: ghost, status: open }
decisions:
  - { id: D1, title: T, owner: phantom, status: made }
launch:
  date: 2026-06-01
  checklist:
    - { item: Sign-off, owner: fiona, done: false }
`;
    assert.deepEqual(placesOf(yaml, 'PP203'), [
      '13:12 bne',
      '14:18 zed',
      '15:24 dana',
      '18:32 anna',
      '20:32 nobody',
      '22:32 ghost',
      '24:32 phantom',
      '28:32 fiona',
    ]);
    const [owner] = diagnosticsOf(yaml, 'PP203');
    assert.match(owner.message, /Unknown person 'bne' \(owner of task 'a'\)\. Did you mean 'ben'\?/);
    assert.deepEqual(owner.data, { personId: 'bne', suggestion: 'ben' });
  });

  it('PP203 on a team lead, PP204 on unknown teams of tasks and people, PP205 on a team without lead', () => {
    const yaml = `program: Test
start: 2026-03-02
accountable: ana
people:
  - { id: ana, name: Ana, team: cor }
teams:
  - { id: core, name: Core, lead: ann }
  - { id: data, name: Data }
tasks:
  - { id: a, name: A, owner: ana, team: warehouse }
`;
    assert.deepEqual(placesOf(yaml, 'PP203'), ['7:35 ann']);
    assert.deepEqual(placesOf(yaml, 'PP204'), ['5:33 cor', '10:41 warehouse']);
    assert.deepEqual(diagnosticsOf(yaml, 'PP204')[0].data, { teamId: 'cor', suggestion: 'core' });
    assert.deepEqual(placesOf(yaml, 'PP205'), ['8:11 data']);
  });
});
