/** What the schema adds to the server's completion and hover: keys, values, snippets, key documentation. */
import { strict as assert } from 'node:assert';
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, InsertTextMode, type MarkupContent, type TextEdit } from 'vscode-languageserver';
import { completionOptionsOf, completions, plainText, type CompletionOptions } from '../../../src/server/completion';
import { hover } from '../../../src/server/hoverProvider';
import { HEAD, PEOPLE, entryOf, lines, openDocument, positionIn } from './support';

const URI = 'file:///w/a.program.yaml';
const TASKS = lines('tasks:', '  - id: design', '    name: Design', '    owner: ana', '    duration: 2d', '    status: done');
const TEXT = HEAD + PEOPLE + TASKS;

describe('server: schema completion and hover', () => {
  const entry = entryOf(TEXT, URI);
  const snippets: CompletionOptions = { snippets: true, adjustsIndentation: true };

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
    for (const typed of [undefined, ' ']) {
      const labels = completions(live, entry.analysis, at, { ...snippets, typed })?.items.map((i) => i.label) ?? [];
      assert.ok(labels.includes('done') && labels.includes('blocked') && labels.includes('in-progress'), labels.join(', '));
    }
    const indenting = openDocument(URI, TEXT + '    ');
    assert.equal(completions(indenting, entry.analysis, { line: indenting.lineCount - 1, character: 4 }, { ...snippets, typed: ' ' }), null);
  });

  it('offers the values on a typed colon with the space YAML needs, and no ids until the space', () => {
    const live = openDocument(URI, TEXT.replace('    status: done', '    status:\n    consulted:'));
    const newTexts = completions(live, entry.analysis, positionIn(live.getText(), 'status:', 7), { ...snippets, typed: ':' })?.items.map((i) => (i.textEdit as TextEdit).newText);
    assert.deepEqual(newTexts, [' not-started', ' in-progress', ' done', ' blocked', ' at-risk', ' cancelled']);
    const consulted = positionIn(live.getText(), 'consulted:', 10);
    assert.equal(completions(live, entry.analysis, consulted, { ...snippets, typed: ':' }), null);
    assert.ok(completions(live, entry.analysis, consulted, snippets)?.items.some((i) => i.label === 'ben'), 'asked for, the ids are there');
  });

  it('indents the later lines of an item itself for a client that does not', () => {
    const live = openDocument(URI, TEXT + '  - ');
    const at = { line: live.lineCount - 1, character: 4 };
    const task = (options: CompletionOptions) => completions(live, entry.analysis, at, options)?.items.find((i) => i.label === 'task');
    assert.match((task(snippets)?.textEdit as TextEdit).newText, /^id: \$1\n {2}name: \$2\n/);
    const asIs = task({ snippets: true, adjustsIndentation: false });
    assert.equal(asIs?.insertTextMode, InsertTextMode.asIs);
    assert.match((asIs?.textEdit as TextEdit).newText, /^id: \$1\n {4}name: \$2\n {4}owner: \$3\n/);
  });

  it('reads what the client takes from its capabilities and the trigger', () => {
    assert.deepEqual(completionOptionsOf({}, undefined), { snippets: false, adjustsIndentation: false, typed: undefined });
    const vscode = { textDocument: { completion: { completionItem: { snippetSupport: true, insertTextModeSupport: { valueSet: [InsertTextMode.asIs, InsertTextMode.adjustIndentation] } } } } };
    assert.deepEqual(completionOptionsOf(vscode, { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ':' }), { ...snippets, typed: ':' });
    assert.equal(completionOptionsOf(vscode, { triggerKind: CompletionTriggerKind.Invoked }).typed, undefined);
  });

  it('sends plain text to a client without snippets', () => {
    assert.equal(plainText('deadline: ${1:2026-01-01}$0'), 'deadline: 2026-01-01');
    assert.equal(plainText('status: ${1|planned,done|}'), 'status: planned');
    assert.equal(plainText('cost: \\$5'), 'cost: $5');
    const live = openDocument(URI, TEXT + '    ');
    const list = completions(live, entry.analysis, { line: live.lineCount - 1, character: 4 }, { snippets: false, adjustsIndentation: true });
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
