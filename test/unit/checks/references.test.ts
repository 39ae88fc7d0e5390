import { strict as assert } from 'node:assert';
import { HEADER, diagnosticsOf, placesOf, where } from './helpers';

describe('checks: task references', () => {
  it('PP102: unknown task in dependsOn at the id text, with a did-you-mean', () => {
    const yaml = `${HEADER}  - { id: design, name: Design, owner: ana }
  - id: build
    name: Build
    owner: ana
    dependsOn: [desing, { task: nowhere-near, type: SS }]
`;
    assert.deepEqual(placesOf(yaml, 'PP102'), ['15:17 desing', '15:33 nowhere-near']);
    const [typo, far] = diagnosticsOf(yaml, 'PP102');
    assert.equal(typo.severity, 'error');
    assert.match(typo.message, /unknown task 'desing'\. Did you mean 'design'\?/);
    assert.deepEqual(typo.data, { taskId: 'build', ref: 'desing', suggestion: 'design' });
    assert.doesNotMatch(far.message, /Did you mean/);
    assert.deepEqual(far.data, { taskId: 'build', ref: 'nowhere-near' });
  });

  it('PP103: a task that depends on itself, in block style', () => {
    const yaml = `${HEADER}  - id: loop
    name: Loop
    owner: ana
    dependsOn:
      - loop
`;
    assert.deepEqual(placesOf(yaml, 'PP103'), ['15:9 loop']);
    assert.deepEqual(placesOf(yaml, 'PP104'), [], 'a self-dependency is not also a cycle');
  });

  it('PP105: a dependency on a cancelled task is tagged unnecessary', () => {
    const yaml = `${HEADER}  - { id: old, name: Old, owner: ana, status: cancelled }
  - { id: new, name: New, owner: ana, dependsOn: [old] }
  - { id: gone, name: Gone, owner: ana, status: cancelled, dependsOn: [old] }
`;
    assert.deepEqual(placesOf(yaml, 'PP105'), ['12:51 old'], 'a cancelled task depending on a cancelled task is not flagged');
    const [d] = diagnosticsOf(yaml, 'PP105');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.tags, ['unnecessary']);
    assert.deepEqual(d.related?.map((r) => where(yaml, r.span)), ['11:47 cancelled']);
  });

  it('PP106: unknown task linked from a risk', () => {
    const yaml = `${HEADER}  - { id: export, name: Export, owner: ana }
risks:
  - id: R1
    title: Timeouts
    status: closed
    tasks: [export, exprot]
`;
    assert.deepEqual(placesOf(yaml, 'PP106'), ['16:21 exprot']);
    assert.deepEqual(diagnosticsOf(yaml, 'PP106')[0].data, { riskId: 'R1', ref: 'exprot', suggestion: 'export' });
  });

  it('resolves references against the first of duplicate ids without reporting them unknown', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana }
  - { id: a, name: A again, owner: ana }
  - { id: b, name: B, owner: ana, dependsOn: [a] }
`;
    assert.deepEqual(placesOf(yaml, 'PP102'), []);
    assert.equal(placesOf(yaml, 'PP101').length, 1);
  });

  it('reports every miss but bounds the did-you-mean work on a badly broken large plan', () => {
    const tasks = Array.from({ length: 3000 }, (_, i) => `  - { id: task-${i}, name: T, owner: ana, duration: 1 }\n`);
    const misses = Array.from({ length: 1000 }, (_, i) => `task-${i}x`).join(', ');
    const yaml = `${HEADER}${tasks.join('')}  - { id: last, name: L, owner: ana, duration: 1, dependsOn: [${misses}] }\n`;
    const found = diagnosticsOf(yaml, 'PP102');
    assert.equal(found.length, 1000);
    const suggested = found.filter((d) => d.data?.suggestion !== undefined);
    assert.equal(suggested[0].data?.suggestion, 'task-0');
    assert.ok(suggested.length > 100 && suggested.length < 1000, `${suggested.length} suggestions`);
  });
});
