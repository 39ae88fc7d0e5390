import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parse } from 'yaml';
import { applyEdits } from '../../../src/core/fixes/textEdit';
import { removeSequenceItems } from '../../../src/core/fixes/yamlLayout';
import type { Span } from '../../../src/core/source';

/** A `dependsOn` list of these ids, in flow or block style, with the span of each item. */
function writeList(ids: readonly string[], flow: boolean, separator: string): { text: string; items: Span[]; value: Span } {
  let text = 'task:\n  dependsOn:';
  const items: Span[] = [];
  if (flow) {
    text += ' [';
    ids.forEach((id, i) => {
      if (i > 0) text += `,${separator}`;
      items.push({ start: text.length, end: text.length + id.length });
      text += id;
    });
    text += ']';
  } else {
    for (const id of ids) {
      text += '\n    - ';
      items.push({ start: text.length, end: text.length + id.length });
      text += id;
    }
  }
  const value = { start: text.indexOf('dependsOn:') + 11, end: text.length };
  return { text: text + '\n  name: x\n', items, value };
}

describe('removing list items (property)', () => {
  it('leaves exactly the kept items, in order, and the rest of the file intact', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom(' ', '', '\n    ', '  '),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (ids, flow, separator, removeMask) => {
          const { text, items, value } = writeList(ids, flow, separator);
          const remove = new Set(ids.map((_, i) => i).filter((i) => removeMask[i]));
          const field = { key: { start: text.indexOf('dependsOn'), end: text.indexOf('dependsOn') + 9 }, value };
          const result = applyEdits(text, removeSequenceItems(text, field, items, remove));
          const kept = ids.filter((_, i) => !remove.has(i));
          const parsed = parse(result) as { task: { dependsOn?: string[]; name: string } };
          if (kept.length === 0) assert.equal(parsed.task.dependsOn, undefined, result);
          else assert.deepEqual(parsed.task.dependsOn, kept, result);
          assert.equal(parsed.task.name, 'x');
        },
      ),
    );
  });
});
