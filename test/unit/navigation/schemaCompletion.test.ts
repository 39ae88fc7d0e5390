import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { completionAt, schemaCompletions, type SchemaCompletionItem } from '../../../src/core/navigation/schemaCompletion';
import { schemaHoverAt } from '../../../src/core/hover/schemaHover';
import { analyze } from '../../../src/core/analyze';

const EXAMPLE = readFileSync('examples/multi-tenancy.program.yaml', 'utf8');

/** The example with `line` inserted before the first line that starts with `before`, and the offset of the `¦` in it. */
function insertBefore(before: string, line: string): { text: string; offset: number } {
  const at = EXAMPLE.indexOf(`\n${before}`) + 1;
  assert.ok(at > 0, `no line starting with ${before}`);
  const text = EXAMPLE.slice(0, at) + line.replace('¦', '') + '\n' + EXAMPLE.slice(at);
  return { text, offset: at + line.indexOf('¦') };
}

function itemsAt(textWithCursor: string): SchemaCompletionItem[] {
  const offset = textWithCursor.indexOf('¦');
  assert.ok(offset >= 0, 'no cursor marker');
  return schemaCompletions(textWithCursor.replace('¦', ''), offset);
}

const labels = (items: readonly SchemaCompletionItem[]) => items.map((item) => item.label);
const keyLabels = (items: readonly SchemaCompletionItem[]) => labels(items.filter((item) => item.kind === 'key'));

/** The threat-model task of the example, up to (not including) its `duration` line. */
const IN_THREAT_MODEL = '    duration: 8d';

describe('schema completion', () => {
  it('offers the top-level keys the file does not have yet', () => {
    const { text, offset } = { text: EXAMPLE.replace('budget:\n', 'bu\nbudget:\n'), offset: EXAMPLE.indexOf('budget:\n') + 2 };
    const items = schemaCompletions(text, offset);
    assert.deepEqual(keyLabels(items), ['baseline', 'baselines', 'statusOverride', 'reporting', 'scenarios']);
    const statusOverride = items.find((item) => item.label === 'statusOverride');
    assert.deepEqual(statusOverride?.replaceRange, { start: offset - 2, end: offset });
    assert.equal(statusOverride?.insertText, 'statusOverride:\n  $0');
    const minimal = itemsAt('program: P\n¦');
    assert.ok(keyLabels(minimal).includes('start') && !keyLabels(minimal).includes('program'));
    assert.equal(minimal.find((item) => item.label === 'start')?.detail, 'date (YYYY-MM-DD) · required');
  });

  it('offers the keys a task does not have yet, above and below the cursor', () => {
    for (const line of ['    ¦', '    ow¦']) {
      const { text, offset } = insertBefore(IN_THREAT_MODEL, line);
      const keys = keyLabels(schemaCompletions(text, offset));
      // threat-model has id, name, phase, team, owner, consulted, duration, dependsOn, status, actualStart and actualFinish.
      assert.deepEqual(keys, ['accountable', 'informed', 'milestone', 'notBefore', 'deadline', 'progress', 'blocker', 'notes', 'estimate']);
    }
  });

  it('gives each key its documentation and a snippet shaped by its value', () => {
    const items = itemsAt('tasks:\n  - id: a\n    ¦');
    const byLabel = new Map(items.map((item) => [item.label, item]));
    assert.equal(byLabel.get('status')?.insertText, 'status: ${1|not-started,in-progress,done,blocked,at-risk,cancelled|}');
    assert.equal(byLabel.get('milestone')?.insertText, 'milestone: ${1|true,false|}');
    assert.equal(byLabel.get('dependsOn')?.insertText, 'dependsOn: [$0]');
    assert.equal(byLabel.get('name')?.insertText, 'name: $0');
    assert.match(byLabel.get('duration')?.documentation ?? '', /`2w` \(weeks of 5 working days\)/);
    assert.match(byLabel.get('status')?.documentation ?? '', /Default: `not-started`/);
    assert.deepEqual(labels(items).slice(0, 2), ['name', 'phase'], 'nothing offered twice, id is there');
    const risk = itemsAt('risks:\n  - id: R-9\n    ¦');
    assert.equal(risk.find((item) => item.label === 'probability')?.insertText, 'probability: ${1|low,medium,high|}');
  });

  it('offers the allowed values of status and true/false for booleans', () => {
    const { text, offset } = insertBefore(IN_THREAT_MODEL, '    status: ¦');
    const items = schemaCompletions(text, offset);
    assert.deepEqual(labels(items), ['not-started', 'in-progress', 'done', 'blocked', 'at-risk', 'cancelled']);
    assert.equal(items[0].detail, 'default');
    assert.deepEqual(items[0].replaceRange, { start: offset, end: offset });
    const partial = insertBefore(IN_THREAT_MODEL, '    status: in-pr¦');
    assert.deepEqual(schemaCompletions(partial.text, partial.offset)[0].replaceRange, { start: partial.offset - 5, end: partial.offset });
    assert.deepEqual(labels(itemsAt('tasks:\n  - id: m\n    milestone: ¦')), ['true', 'false']);
    assert.deepEqual(labels(itemsAt('statusOverride:\n  status: ¦\n  reason: x')), ['green', 'amber', 'red']);
    assert.deepEqual(labels(itemsAt('tasks:\n  - id: a\n    dependsOn: [{ task: b, type: ¦ }]')), ['FS', 'SS', 'FF', 'SF']);
  });

  it('follows nested mappings: calendar, launch, holidays, checklist items', () => {
    assert.deepEqual(keyLabels(itemsAt('program: P\ncalendar:\n  ¦')), ['holidays']);
    assert.deepEqual(keyLabels(itemsAt('launch:\n  date: 2026-08-14\n  ¦')), ['checklist', 'rollout', 'rollbackTriggers', 'postLaunch']);
    assert.deepEqual(keyLabels(itemsAt('calendar:\n  holidays:\n    - { date: 2026-01-01, ¦ }')), ['name']);
    const checklist = EXAMPLE.replace('owner: grace.kim, done: true }', 'owner: grace.kim, done: true }\n    - { ¦ }');
    assert.deepEqual(keyLabels(itemsAt(checklist)), ['item', 'owner', 'done', 'group']);
    assert.deepEqual(keyLabels(itemsAt('tasks:\n  - id: a\n    dependsOn: [{ task: b, ¦')), ['type', 'lag']);
  });

  it('starts a new task on `- ` in tasks, with the schema snippets first', () => {
    const { text, offset } = insertBefore('  - id: threat-model', '  - ¦');
    const items = schemaCompletions(text, offset);
    assert.deepEqual(labels(items).slice(0, 3), ['task', 'milestone', 'id']);
    assert.equal(items[0].kind, 'snippet');
    assert.equal(items[0].insertText, 'id: $1\n  name: $2\n  owner: $3\n  duration: ${4:5d}\n  dependsOn: [$5]\n  status: not-started');
    // On an empty line at the list's column the item marker comes with the item.
    const bare = itemsAt('tasks:\n  - id: a\n    name: A\n  ¦');
    assert.equal(bare[0].insertText, '- id: $1\n  name: $2\n  owner: $3\n  duration: ${4:5d}\n  dependsOn: [$5]\n  status: not-started');
    assert.equal(bare.find((item) => item.label === 'id')?.insertText, '- id: $0');
    assert.equal(itemsAt('people:\n  - ¦')[0].label, 'person');
  });

  it('offers nothing in a comment, in free text, after a value or inside a text block', () => {
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    # ow¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    status: done # ¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    name: Build the th¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    name: "Build ¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    name: ¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    status: done¦ x'), []);
    assert.deepEqual(itemsAt('charter:\n  context: >-\n    Every enterprise\n    cust¦'), []);
    assert.deepEqual(itemsAt('calendar: |\n  ¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    bogus:\n      ¦'), []);
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    ow¦ner: x'), []);
  });

  it('reads files with CRLF line ends', () => {
    const crlf = EXAMPLE.replace(/\n/g, '\r\n');
    const at = crlf.indexOf('\r\n    duration: 8d') + 2;
    const text = crlf.slice(0, at) + '    \r\n' + crlf.slice(at);
    assert.deepEqual(keyLabels(schemaCompletions(text, at + 4)), ['accountable', 'informed', 'milestone', 'notBefore', 'deadline', 'progress', 'blocker', 'notes', 'estimate']);
    const bareItems = 'tasks:\r\n  -\r\n    id: a\r\n  -\r\n    id: b\r\n    ¦';
    assert.ok(keyLabels(itemsAt(bareItems)).includes('name'));
  });

  it('leaves id positions to the id completion and says which applies', () => {
    const owner = insertBefore(IN_THREAT_MODEL, '    owner: ¦');
    assert.deepEqual(schemaCompletions(owner.text, owner.offset), []);
    assert.equal(completionAt(owner.text, owner.offset)?.source, 'ids');
    assert.deepEqual(itemsAt('tasks:\n  - id: a\n    dependsOn:\n      - ¦'), []);
    const status = insertBefore(IN_THREAT_MODEL, '    status: ¦');
    assert.equal(completionAt(status.text, status.offset)?.source, 'schema');
    assert.equal(completionAt('tasks:\n  - id: a\n    name: ', 27), undefined);
  });

  it('never throws on random plans and offsets, and stays within the mapping it reads', () => {
    const line = fc.constantFrom(
      'tasks:', '  - id: a', '    status: ', '    dependsOn:', '      - b', '  -', '- ', '    { id: x, ', 'calendar:',
      '  holidays: [2026-01-01, {date: ', '#', '  "quoted": ', "  'a''b': {", '---', '    name: >-', '\r', '  ow', ': :', '- - x', '\t',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string({ maxLength: 12 })), { maxLength: 40 }), fc.nat(), (lines, seed) => {
        const text = lines.join('\n');
        const offset = seed % (text.length + 1);
        const items = schemaCompletions(text, offset);
        for (const item of items) assert.ok(item.replaceRange.start <= offset && offset <= item.replaceRange.end);
        completionAt(text, offset);
        schemaHoverAt(text, offset);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads at most 2,000 lines of one mapping in full; nested lines and sibling items are only glanced at', () => {
    // 2,000 sibling keys are read at most, so a key below that many siblings gets nothing rather than a slow answer.
    const siblings = Array.from({ length: 3000 }, (_, i) => `  x-${i}: 1`).join('\n');
    assert.deepEqual(itemsAt(`calendar:\n${siblings}\n  ¦`), []);
    assert.deepEqual(keyLabels(itemsAt(`calendar:\n${siblings.split('\n').slice(0, 100).join('\n')}\n  ¦`)), ['holidays']);
    // Deep content and sibling list items are only glanced at: a task after 5,000 others still completes.
    const tasks = Array.from({ length: 5000 }, (_, i) => `  - id: t${i}\n    name: T\n    duration: 1`).join('\n');
    assert.ok(keyLabels(itemsAt(`tasks:\n${tasks}\n  - id: last\n    ¦`)).includes('owner'));
  });

  it('gives the same answers with the last analysis, which only shortens long walks, even when stale', () => {
    const tasks = Array.from({ length: 2000 }, (_, i) => `  - id: t${i}\n    name: T\n    duration: 1`).join('\n');
    const saved = `program: P\nstart: 2026-01-05\ntasks:\n${tasks}\nrisks:\n  - id: R1\n    title: T\n`;
    const analysis = analyze(saved);
    const cases = [
      saved.replace('  - id: t1999\n    name: T\n', '  - id: t1999\n    name: T\n    ¦\n'), // deep in the task list
      saved.replace('risks:', 'bu¦\nrisks:'), // a top-level key after it
      saved.replace('    title: T\n', '    title: T\n    ¦\n'), // in a risk
      // Edited above since the analysis: where `tasks:` was, another key with a list now is.
      saved.replace('tasks:\n', 'x-list:\n  - 1\ntasks:\n').replace('  - id: t1999\n    name: T\n', '  - id: t1999\n    name: T\n    ¦\n'),
      // Where the analysis saw `tasks:`, the list is now under another key.
      saved.replace('tasks:\n', 'risks:\n').replace('  - id: t1999\n    name: T\n', '  - id: t1999\n    name: T\n    ¦\n'),
      // The analysis is of another shape: the list is nested, not the top-level tasks.
      `program: P\nstart: 2026-01-05\ntasks:\n  - id: a\n    dependsOn:\n${Array.from({ length: 1000 }, () => '      - {task: b}').join('\n')}\n      - {¦`,
    ];
    for (const textWithCursor of cases) {
      const offset = textWithCursor.indexOf('¦');
      const text = textWithCursor.replace('¦', '');
      const without = labels(schemaCompletions(text, offset));
      assert.ok(without.length > 0);
      assert.deepEqual(labels(schemaCompletions(text, offset, analysis)), without);
    }
  });
});
