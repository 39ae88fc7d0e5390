import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { documentSymbols, type SymbolNode } from '../../../src/core/navigation/documentSymbols';
import { symbolIndexOf } from '../../../src/core/navigation/symbolIndex';

const TEXT = [
  'program: P',
  'start: 2026-03-02',
  'accountable: ana',
  'people:',
  '  - { id: ana, name: Ana, team: core }',
  '  - { id: ben, name: Ben }',
  'teams:',
  '  - { id: core, name: Core, lead: ben }',
  'tasks:',
  '  - id: design',
  '    name: Design',
  '    phase: Foundation',
  '    team: core',
  '    owner: ana',
  '    duration: 2d',
  '  - id: build',
  '    name: Build',
  '    owner: ben',
  '    dependsOn: [design, {task: ship, type: SS}]',
  '  - id: ship',
  '    name: Ship',
  '    phase: Foundation',
  '    milestone: true',
  '    owner: "ana"',
  '    dependsOn:',
  '      - build',
  'risks:',
  '  - { id: R1, title: Late, owner: ana, tasks: [design, ship] }',
  '',
].join('\n');

const offsetOf = (needle: string, nth = 0): number => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return at;
};

describe('symbol index', () => {
  const { program } = analyze(TEXT);
  const index = symbolIndexOf(program);

  it('is built once per program', () => {
    assert.equal(symbolIndexOf(program), index);
  });

  it('finds the definition or reference under an offset', () => {
    const atDesign = index.occurrenceAt(offsetOf('design') + 2);
    assert.equal(atDesign?.role, 'definition');
    assert.equal(atDesign?.kind, 'task');
    const atRef = index.occurrenceAt(offsetOf('design', 1) + 6); // its end counts too
    assert.deepEqual(atRef && [atRef.role, atRef.kind, atRef.id, atRef.role === 'reference' && atRef.field], ['reference', 'task', 'design', 'dependsOn']);
    assert.equal(index.occurrenceAt(offsetOf('name: Design') + 2), undefined);
  });

  it('lists every reference of an id, across all kinds of fields', () => {
    const fields = index.referencesTo('person', 'ana').map((r) => r.field);
    assert.deepEqual(fields, ['accountable', 'owner', 'owner', 'owner']);
    assert.deepEqual(index.referencesTo('task', 'ship').map((r) => [r.field, r.position]), [['dependsOn', 1], ['tasks', 1]]);
    assert.deepEqual(index.referencesTo('team', 'core').map((r) => r.from?.kind), ['person', 'task']);
    assert.equal(index.definitionsOf('person', 'ben').length, 1);
    assert.deepEqual(index.referencesTo('task', 'nothing'), []);
  });

  it('finds the block around an offset', () => {
    const around = index.definitionAround(offsetOf('phase: Foundation'));
    assert.deepEqual(around && [around.kind, around.id], ['task', 'design']);
    assert.equal(index.definitionAround(offsetOf('program')), undefined);
  });

  it('lists ids per kind once, in file order', () => {
    assert.deepEqual(index.idsOf('task'), ['design', 'build', 'ship']);
    assert.deepEqual(index.idsOf('person'), ['ana', 'ben']);
    assert.deepEqual(index.idsOf('action'), []);
  });
});

describe('document symbols', () => {
  const { program } = analyze(TEXT);
  const outline = (nodes: readonly SymbolNode[]): unknown => nodes.map((n) => (n.children.length ? { [`${n.kind} ${n.name}`]: outline(n.children) } : `${n.kind} ${n.name}`));

  it('lists sections in file order, tasks grouped by phase with milestones marked', () => {
    assert.deepEqual(outline(documentSymbols(program)), [
      { 'section people': ['person Ana', 'person Ben'] },
      { 'section teams': ['team Core'] },
      { 'section tasks': [{ 'phase Foundation': ['task Design', 'milestone Ship'] }, 'task Build'] },
      { 'section risks': ['risk Late'] },
    ]);
  });

  it('selects the id and keeps children inside their parent', () => {
    const check = (node: SymbolNode): void => {
      assert.ok(node.span.start <= node.selectionSpan.start && node.selectionSpan.end <= node.span.end, node.name);
      for (const child of node.children) {
        assert.ok(node.span.start <= child.span.start && child.span.end <= node.span.end, `${child.name} in ${node.name}`);
        check(child);
      }
    };
    documentSymbols(program).forEach(check);
  });
});
