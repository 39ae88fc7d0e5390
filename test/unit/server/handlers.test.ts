/** The server's request handlers, given an analysis: what each one answers, in LSP terms. */
import { strict as assert } from 'node:assert';
import { CodeActionKind, DocumentHighlightKind, ResponseError, SymbolKind, type Diagnostic as LspDiagnostic, type TextDocumentEdit } from 'vscode-languageserver';
import { assignOwner, ownerChoices } from '../../../src/server/assignOwner';
import { codeActions, FIX_ALL_KIND } from '../../../src/server/codeActions';
import { codeLenses, resolveCodeLens } from '../../../src/server/codeLens';
import { completions, resolveCompletion } from '../../../src/server/completion';
import { diagnosticsOf } from '../../../src/server/diagnostics';
import { hover } from '../../../src/server/hoverProvider';
import { definition, highlights, prepareRename, references, rename } from '../../../src/server/navigation';
import { criticalPathView, ganttView } from '../../../src/server/panels';
import { healthSummary } from '../../../src/server/statusBar';
import { documentSymbols, workspaceSymbols } from '../../../src/server/symbols';
import { HEAD, PEOPLE, entryOf, lines, newStore, openDocument, positionIn } from './support';

const URI = 'file:///w/a.program.yaml';
const TASKS = lines('tasks:', '  - id: design', '    name: Design', '    owner: ana', '    duration: 2d', '  - id: build', '    name: Build', '    team: core', '    duration: 3d', '    dependsOn: [design]');
const TEXT = HEAD + PEOPLE + TASKS;

const edits = (edit: { documentChanges?: unknown[] } | undefined) => (edit?.documentChanges?.[0] as TextDocumentEdit).edits;

describe('server handlers', () => {
  const entry = entryOf(TEXT, URI);
  const shown = diagnosticsOf(entry, { mode: 'auto', redHatValidates: false });

  it('publishes each diagnostic with its code, link and exact range', () => {
    const noOwner = shown.find((d) => d.code === 'PP201');
    assert.ok(noOwner, JSON.stringify(shown));
    assert.equal(noOwner.source, 'program-pilot');
    assert.match(noOwner.codeDescription?.href ?? '', /#diagnostics$/);
    assert.deepEqual(noOwner.range.start, positionIn(TEXT, 'id: build', 4));
  });

  it('leaves schema errors of a `yaml` document to Red Hat only when the setting says so', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - { id: t, name: T, owner: ana, ownr: ana }');
    const codes = (languageId: string, mode: 'auto' | 'always' | 'never', redHatValidates: boolean) => {
      const { store } = newStore();
      store.didOpen(openDocument(URI, text, languageId));
      return diagnosticsOf(store.get(URI)!, { mode, redHatValidates }).map((d) => d.code);
    };
    assert.ok(codes('yaml', 'auto', false).includes('PP005'));
    assert.ok(!codes('yaml', 'auto', true).includes('PP005'));
    assert.ok(!codes('yaml', 'never', false).includes('PP005'));
    assert.ok(codes('yaml', 'always', true).includes('PP005'));
    assert.ok(codes('program-yaml', 'never', true).includes('PP005'), 'our own language mode always has them');
  });

  it('hovers a task with its schedule, over the id’s range', () => {
    const result = hover(entry, positionIn(TEXT, 'id: build', 5));
    assert.ok(result && typeof result.contents === 'object' && 'value' in result.contents);
    assert.match(result.contents.value, /\*\*Build\*\* — task build/);
    assert.equal(hover(entry, { line: 0, character: 0 })?.range?.start.line, 0);
  });

  it('offers the quick fixes of the diagnostic under the cursor, with the shown diagnostic attached', () => {
    const noOwner = shown.find((d) => d.code === 'PP201')!;
    const actions = codeActions(entry, { textDocument: { uri: URI }, range: noOwner.range, context: { diagnostics: [noOwner] } }, true);
    assert.deepEqual(actions.map((a) => a.title), ['Assign owner: Ana Lima (ana)', 'Assign owner: Ben Ortiz (ben)', 'Assign owner…']);
    assert.deepEqual(actions[0].diagnostics, [noOwner]);
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(edits(actions[0].edit), [{ range: { start: positionIn(TEXT, '    duration: 3d'), end: positionIn(TEXT, '    duration: 3d') }, newText: '    owner: ana\n' }]);
    assert.deepEqual(actions[2].command, { title: 'Assign owner…', command: 'programPilot.assignOwner', arguments: [URI, 'build'] });
  });

  it('sends snippets only to a client that applies them', () => {
    const text = HEAD + PEOPLE + lines('risks:', '  - id: R1', '    title: Vendor late', '    probability: high', '    impact: high', '    owner: ana');
    const risk = entryOf(text, URI);
    const range = diagnosticsOf(risk, { mode: 'auto', redHatValidates: false }).find((d) => d.code === 'PP301')!.range;
    const mitigation = (snippets: boolean) => edits(codeActions(risk, { textDocument: { uri: URI }, range, context: { diagnostics: [] } }, snippets).find((a) => a.title === 'Add a mitigation')?.edit)[0];
    assert.ok('snippet' in mitigation(true));
    assert.ok('newText' in mitigation(false) && !('snippet' in mitigation(false)));
  });

  it('fixes all safe problems when asked for source.fixAll, and nothing else then', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - { id: old, name: Old, owner: ana, status: cancelled }', '  - id: build', '    name: Build', '    owner: ana', '    dependsOn: [old, build]');
    const fixable = entryOf(text, URI);
    const only = (kind: string) => codeActions(fixable, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: [kind] } }, true);
    assert.deepEqual(only(CodeActionKind.SourceFixAll).map((a) => a.kind), [FIX_ALL_KIND]);
    assert.deepEqual(only(CodeActionKind.Refactor), []);
  });

  it('places two lenses per task and titles them on resolve, from the newest analysis', () => {
    const lenses = codeLenses(entry);
    const [design, build] = [positionIn(TEXT, '- id: design').line, positionIn(TEXT, '- id: build').line];
    assert.deepEqual(lenses.map((l) => l.range.start.line), [design, design, build, build]);
    const resolved = resolveCodeLens(lenses[2], entry);
    assert.equal(resolved.command?.command, 'programPilot.showCriticalPath');
    assert.deepEqual(resolved.command?.arguments, [URI]);
    assert.match(resolved.command?.title ?? '', /critical · float 0d/);
    const inGantt = resolveCodeLens(lenses[3], entry).command;
    assert.deepEqual([inGantt?.title, inGantt?.command, inGantt?.arguments], ['Show in Gantt', 'programPilot.showInGantt', [URI, 'build']]);
    const gone = entryOf(HEAD + PEOPLE + 'tasks: []\n', URI);
    assert.equal(resolveCodeLens(lenses[2], gone).command?.title, '', 'a removed task gets an empty lens, not an error');
    assert.equal(resolveCodeLens(lenses[3], gone).command?.title, '', 'nor a removed task\'s "Show in Gantt"');
  });

  it('completes ids from the last analysis where the live text expects one', () => {
    const live = openDocument(URI, TEXT.replace('    owner: ana\n', '    owner: \n'));
    const list = completions(live, entry.analysis, positionIn(live.getText(), 'owner: \n', 7));
    assert.ok(list);
    assert.deepEqual(list.items.map((i) => i.label), ['ana', 'ben']);
    assert.equal(list.items[0].labelDetails?.description, 'Ana Lima');
    const resolved = resolveCompletion(list.items[0], entry.analysis);
    assert.match(typeof resolved.documentation === 'object' ? resolved.documentation.value : '', /Ana Lima/);
    assert.equal(completions(live, entry.analysis, { line: 0, character: 3 }), null);
  });

  it('goes to definitions, finds references and highlights them', () => {
    const at = positionIn(TEXT, '[design]', 3);
    const programs = { all: () => [entry] };
    const [link] = definition(programs, entry, at);
    assert.deepEqual(link.targetSelectionRange.start, positionIn(TEXT, 'design'));
    assert.deepEqual(references(programs, entry, at, true).map((l) => l.range.start.line), [positionIn(TEXT, 'id: design').line, at.line]);
    assert.deepEqual(highlights(entry, at).map((h) => h.kind), [DocumentHighlightKind.Write, DocumentHighlightKind.Read]);
  });

  it('renames a person in every program, and refuses what cannot be renamed with a message', () => {
    const otherUri = 'file:///w/b.program.yaml';
    const otherText = 'program: Other\nstart: 2026-03-02\npeople:\n  - { id: ana, name: Ana Lima }\ntasks:\n  - { id: t, name: T, owner: ana }\n';
    const other = entryOf(otherText, otherUri);
    const programs = { all: () => [entry, other] };
    const at = positionIn(TEXT, 'owner: ana', 8);
    assert.equal(prepareRename(entry, at).placeholder, 'ana');
    const edit = rename(programs, entry, at, 'ana.lima');
    assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [URI, otherUri]);
    assert.equal(edit.changes?.[otherUri].length, 2);
    assert.throws(() => prepareRename(entry, positionIn(TEXT, 'name: Design', 2)), (e: unknown) => e instanceof ResponseError && /can be renamed/.test(e.message));
    assert.throws(() => rename(programs, entry, at, 'ben'), ResponseError);
  });

  it('outlines the file and finds symbols across files', () => {
    const outline = documentSymbols(entry);
    const tasks = outline.find((s) => s.name === 'tasks');
    assert.deepEqual(tasks?.children?.map((s) => [s.name, s.kind]), [['Design', SymbolKind.Function], ['Build', SymbolKind.Function]]);
    assert.deepEqual(workspaceSymbols([entry], 'desig').map((s) => [s.name, s.location.uri]), [['Design (design)', URI]]);
  });

  it('answers the status bar, the panels and "Assign owner…"', () => {
    const health = healthSummary(entry.analysis);
    assert.match(health.text, /^(Green|Amber|Red)( · ends .+)?$/);
    assert.match(health.tooltip, /Click to generate the weekly status report\.$/);
    const gantt = ganttView(entry, { uri: URI, groupBy: 'team' });
    assert.equal(gantt.kind === 'gantt' && gantt.groupBy, 'team');
    assert.equal(gantt.fileName, 'a.program.yaml');
    const critical = criticalPathView(entry, { uri: URI, scope: 'bogus' as never, nearCriticalThreshold: Number.NaN });
    assert.equal(critical.kind === 'criticalPath' && critical.scope, 'auto', 'a bad scope from a client falls back');

    const choices = ownerChoices(entry, 'build', undefined);
    assert.ok('choices' in choices);
    assert.deepEqual(choices.choices.map((c) => [c.id, c.detail]), [['ana', "Lead of the task's team (core)"], ['ben', "On the task's team (core)"]]);
    assert.deepEqual(ownerChoices(entry, undefined, { line: 0, character: 0 }), { message: 'Put the cursor on a task to assign its owner.' });
    assert.equal(assignOwner(entry, { uri: URI, taskId: 'build', personId: 'ben' })?.[0].newText, '    owner: ben\n');
    assert.equal(assignOwner(entry, { uri: URI, taskId: 'gone', personId: 'ben' }), null);
  });

  it('matches a code action’s diagnostics only to what it fixes', () => {
    const foreign: LspDiagnostic = { ...shown.find((d) => d.code === 'PP201')!, source: 'yaml' };
    const actions = codeActions(entry, { textDocument: { uri: URI }, range: foreign.range, context: { diagnostics: [foreign] } }, false);
    assert.deepEqual(actions[0].diagnostics, []);
  });
});
