import { strict as assert } from 'node:assert';
import type { FieldSpan, Located } from '../../../src/core/model';
import type { Span } from '../../../src/core/source';
import { applyEdits } from '../../../src/core/fixes/textEdit';
import { appendListItem, insertField, removeSequenceItems, replaceValue } from '../../../src/core/fixes/yamlLayout';

/** The span of the `nth` occurrence of `needle`. */
function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, needle);
  return { start: at, end: at + needle.length };
}

function field(text: string, key: string, value: string): FieldSpan {
  return { key: spanOf(text, key), value: spanOf(text, value) };
}

describe('YAML layout edits', () => {
  it('inserts into an empty flow map without a comma', () => {
    const text = 'tasks:\n  - {}\n';
    const entity: Located = { span: spanOf(text, '- {}'), fields: {} };
    assert.equal(applyEdits(text, [insertField(text, entity, 'owner', 'ana')]), 'tasks:\n  - {owner: ana}\n');
  });

  it('inserts after a block scalar, not inside it', () => {
    const text = 'tasks:\n  - id: a\n    notes: |\n      line one\n      line two\n\n  - id: b\n';
    const entity: Located = {
      span: { start: text.indexOf('- id: a'), end: text.indexOf('  - id: b') },
      fields: { id: field(text, 'id', 'a'), notes: { key: spanOf(text, 'notes'), value: { start: text.indexOf('|'), end: text.indexOf('\n  - id: b') } } },
    };
    assert.equal(applyEdits(text, [insertField(text, entity, 'owner', 'ana')]), 'tasks:\n  - id: a\n    notes: |\n      line one\n      line two\n    owner: ana\n\n  - id: b\n');
  });

  it('removes items from a multi-line flow list, with the separators between them', () => {
    const text = 'dependsOn: [\n  a,\n  b,   # keep\n  c\n]\n';
    const items = ['a', 'b', 'c'].map((id) => spanOf(text, id));
    const list = { key: spanOf(text, 'dependsOn'), value: { start: text.indexOf('['), end: text.indexOf(']') + 1 } };
    assert.equal(applyEdits(text, removeSequenceItems(text, list, items, new Set([0]))), 'dependsOn: [\n  b,   # keep\n  c\n]\n');
    assert.equal(applyEdits(text, removeSequenceItems(text, list, items, new Set([1, 2]))), 'dependsOn: [\n  a\n]\n');
    assert.equal(applyEdits(text, removeSequenceItems(text, list, items, new Set([0, 2]))), 'dependsOn: [\n  b\n]\n');
  });

  it('empties a list whose key shares its line with the item dash', () => {
    const text = 'risks:\n  - tasks: [x]\n    id: R1\n';
    const list = { key: spanOf(text, 'tasks'), value: spanOf(text, '[x]') };
    assert.equal(applyEdits(text, removeSequenceItems(text, list, [spanOf(text, 'x')], new Set([0]))), 'risks:\n  - tasks: []\n    id: R1\n');
  });

  it('replaces a value, keeping the comment after it', () => {
    const text = 'status: in-progress   # since Monday\n';
    assert.equal(applyEdits(text, [replaceValue(text, field(text, 'status', 'in-progress'), 'done')]), 'status: done   # since Monday\n');
  });

  it('appends to a flow list and to an empty one', () => {
    const text = 'people: [{id: a, name: A}]\nteams: []\n';
    const people = { key: spanOf(text, 'people'), value: spanOf(text, '[{id: a, name: A}]') };
    assert.equal(applyEdits(text, [appendListItem(text, people, 'people', undefined, [['id', 'b'], ['name', 'b']])]), 'people: [{id: a, name: A}, {id: b, name: b}]\nteams: []\n');
    const teams = { key: spanOf(text, 'teams'), value: spanOf(text, '[]') };
    assert.equal(applyEdits(text, [appendListItem(text, teams, 'teams', undefined, [['id', 't'], ['name', 't']])]), 'people: [{id: a, name: A}]\nteams: [{id: t, name: t}]\n');
  });

  it('starts a list at the end of a file without a final line break', () => {
    const text = 'program: P';
    assert.equal(applyEdits(text, [appendListItem(text, undefined, 'teams', undefined, [['id', 't'], ['name', 'T']])]), 'program: P\nteams:\n  - id: t\n    name: T\n');
  });
});
