import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { schemaHoverAt } from '../../../src/core/hover/schemaHover';

const EXAMPLE = readFileSync('examples/multi-tenancy.program.yaml', 'utf8');

/** The hover with the cursor on the second character of the first occurrence of `needle`. */
function hoverOn(needle: string, text = EXAMPLE): string | undefined {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `no ${needle}`);
  return schemaHoverAt(text, at + 1)?.markdown;
}

describe('schema hover', () => {
  it('describes duration with its type', () => {
    const markdown = hoverOn('duration: 8d');
    assert.match(markdown ?? '', /^\*\*duration\*\* · working days/);
    assert.match(markdown ?? '', /`0` makes the task a milestone/);
  });

  it('lists the allowed values and the default of status', () => {
    const markdown = hoverOn('status: done');
    assert.match(markdown ?? '', /Where the task stands/);
    assert.match(markdown ?? '', /Values: `not-started` · `in-progress` · `done` · `blocked` · `at-risk` · `cancelled`/);
    assert.match(markdown ?? '', /Default: `not-started`/);
    assert.match(hoverOn('status: open') ?? '', /Values: `open` · `mitigated` · `closed` · `occurred`/, 'a risk status is not a task status');
  });

  it('knows keys in flow mappings and at the top level', () => {
    assert.match(hoverOn('id: dana.okafor') ?? '', /^\*\*id\*\* · id · required\n\nHow the plan refers to this person/);
    assert.match(hoverOn('start: 2026-01-05') ?? '', /^\*\*start\*\* · date \(YYYY-MM-DD\) · required/);
    assert.match(hoverOn('holidays:') ?? '', /Non-working days/);
    assert.match(hoverOn('type: SS') ?? '', /`SS`: starts after the predecessor \*\*starts\*\*/);
  });

  it('gives the key as the hover range', () => {
    const at = EXAMPLE.indexOf('duration: 8d');
    assert.deepEqual(schemaHoverAt(EXAMPLE, at + 3)?.span, { start: at, end: at + 'duration'.length });
  });

  it('says nothing on unknown keys, values and comments', () => {
    const text = 'tasks:\n  - id: a\n    bogus: 1\n    x-mine: 2\n    status: done # the status\n';
    assert.equal(hoverOn('bogus', text), undefined);
    assert.equal(hoverOn('x-mine', text), undefined);
    assert.equal(hoverOn('done', text), undefined);
    assert.equal(hoverOn('the status', text), undefined);
    assert.equal(hoverOn('a\n', text), undefined);
  });
});
