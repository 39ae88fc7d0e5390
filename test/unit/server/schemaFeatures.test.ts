/** What the schema adds to the server's completion and hover: keys, values, snippets, key documentation. */
import { strict as assert } from 'node:assert';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, type MarkupContent } from 'vscode-languageserver';
import { completions, plainText } from '../../../src/server/completion';
import { hover } from '../../../src/server/hoverProvider';
import { HEAD, PEOPLE, entryOf, lines, openDocument, positionIn } from './support';

const URI = 'file:///w/a.program.yaml';
const TASKS = lines('tasks:', '  - id: design', '    name: Design', '    owner: ana', '    duration: 2d', '    status: done');
const TEXT = HEAD + PEOPLE + TASKS;

describe('server: schema completion and hover', () => {
  const entry = entryOf(TEXT, URI);
  const snippets = { snippets: true, afterSpace: false };

  it('offers the keys a task lacks, not those it has, as snippets indented from the cursor line', () => {
    const live = openDocument(URI, TEXT + '    ');
    const list = completions(live, entry.analysis, { line: live.lineCount - 1, character: 4 }, snippets);
    assert.ok(list);
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('deadline') && labels.includes('dependsOn'), labels.join(', '));
    for (const present of ['id', 'name', 'owner', 'duration', 'status']) assert.ok(!labels.includes(present), `'${present}' is already in the task`);
    const deadline = list.items.find((i) => i.label === 'deadline')!;
    assert.equal(deadline.kind, CompletionItemKind.Property);
    assert.equal(deadline.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(deadline.insertTextMode, InsertTextMode.adjustIndentation);
    assert.match((deadline.documentation as MarkupContent).value, /deadline/i);
  });

  it('offers a value list after `status: `, also when a typed space asked, and no key list then', () => {
    const live = openDocument(URI, TEXT.replace('    status: done', '    status: '));
    const at = positionIn(live.getText(), '    status: ', 12);
    for (const afterSpace of [false, true]) {
      const labels = completions(live, entry.analysis, at, { snippets: true, afterSpace })?.items.map((i) => i.label) ?? [];
      assert.ok(labels.includes('done') && labels.includes('blocked') && labels.includes('in-progress'), labels.join(', '));
    }
    const indenting = openDocument(URI, TEXT + '    ');
    assert.equal(completions(indenting, entry.analysis, { line: indenting.lineCount - 1, character: 4 }, { snippets: true, afterSpace: true }), null);
  });

  it('sends plain text to a client without snippets', () => {
    assert.equal(plainText('deadline: ${1:2026-01-01}$0'), 'deadline: 2026-01-01');
    assert.equal(plainText('status: ${1|planned,done|}'), 'status: planned');
    assert.equal(plainText('cost: \\$5'), 'cost: $5');
    const live = openDocument(URI, TEXT + '    ');
    const list = completions(live, entry.analysis, { line: live.lineCount - 1, character: 4 }, { snippets: false, afterSpace: false });
    assert.ok(list && list.items.every((i) => i.insertTextFormat === InsertTextFormat.PlainText && !/\$\{?\d/.test(i.textEdit!.newText)));
  });

  it('hovers a key with its task’s schedule first, then what the schema says of the key', () => {
    const key = hover(entry, positionIn(TEXT, '    duration: 2d', 6));
    const [schedule, documentation] = (key?.contents as MarkupContent).value.split('\n\n---\n\n');
    assert.match(schedule, /task design/);
    assert.match(documentation, /^\*\*duration\*\*/);
    assert.deepEqual(key?.range?.start, positionIn(TEXT, 'duration: 2d'));
    const task = hover(entry, positionIn(TEXT, 'id: design', 5));
    assert.match((task?.contents as MarkupContent).value, /float/i);
  });
});
