import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { applyEdits } from '../../../src/core/fixes/textEdit';
import { renameEdits, renameProblem, renameTargetAt } from '../../../src/core/navigation/rename';

const TEXT = [
  'program: P',
  'start: 2026-03-02',
  'accountable: "ana"',
  'people:',
  '  - { id: ana, name: Ana }',
  '  - { id: ben, name: Ben }',
  'tasks:',
  '  - id: design',
  '    name: Design',
  "    owner: 'ana'",
  '  - id: build',
  '    name: Build',
  '    owner: ana',
  '    consulted: [ben, ana]',
  '    dependsOn: [design]',
  '',
].join('\n');

describe('rename', () => {
  const { program } = analyze(TEXT);

  it('starts on a definition or a reference, without the quotes', () => {
    const offset = TEXT.indexOf('"ana"') + 2;
    const target = renameTargetAt(TEXT, program, offset)!;
    assert.deepEqual([target.kind, target.id, TEXT.slice(target.span.start, target.span.end)], ['person', 'ana', 'ana']);
    assert.equal(renameTargetAt(TEXT, program, TEXT.indexOf('name: Design') + 1), undefined);
  });

  it('renames every occurrence, keeping each one\'s quoting', () => {
    const renamed = applyEdits(TEXT, renameEdits(TEXT, program, 'person', 'ana', 'ana.lima'));
    assert.equal(renamed, TEXT.replace('"ana"', '"ana.lima"').replace('id: ana,', 'id: ana.lima,').replace("'ana'", "'ana.lima'").replace('owner: ana\n', 'owner: ana.lima\n').replace('[ben, ana]', '[ben, ana.lima]'));
    assert.equal(analyze(renamed).diagnostics.filter((d) => d.code === 'PP203').length, 0);
  });

  it('quotes a new id that YAML would misread', () => {
    const renamed = applyEdits(TEXT, renameEdits(TEXT, program, 'task', 'design', 'design, phase 1'));
    assert.match(renamed, /id: "design, phase 1"\n/);
    assert.match(renamed, /dependsOn: \["design, phase 1"\]/);
    assert.deepEqual(analyze(renamed).program.tasks[1].dependsOn.map((d) => d.task.id), ['design, phase 1']);
  });

  it('refuses empty, padded and taken ids', () => {
    const target = renameTargetAt(TEXT, program, TEXT.indexOf('id: ben') + 4)!;
    assert.match(renameProblem(program, target, '')!, /empty/);
    assert.match(renameProblem(program, target, ' x')!, /space/);
    assert.match(renameProblem(program, target, 'ana')!, /already a person with the id 'ana'/);
    assert.equal(renameProblem(program, target, 'benjamin'), undefined);
  });
});
