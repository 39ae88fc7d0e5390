/**
 * The editor features in a real VS Code: diagnostics where the problem is (also for files that
 * are not open), hover text, each quick fix's exact edit, rename across two files, completion,
 * navigation, outline and CodeLens.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  applyCodeAction,
  closeAllEditors,
  codeActions,
  codeOf,
  describeDiagnostics,
  hoverText,
  openProgram,
  ourDiagnostics,
  positionOf,
  waitFor,
  waitForDiagnostics,
  withProgram,
  workspaceUri,
} from './support';

const HEAD = 'program: Editor test\nstart: 2026-03-02\naccountable: ana\n';
const PEOPLE = [
  'people:',
  '  - { id: ana, name: Ana Lima, role: Tech lead, team: core }',
  '  - { id: ben, name: Ben Ortiz, team: core }',
  'teams:',
  '  - { id: core, name: Core, lead: ana }',
  '',
].join('\n');
const lines = (...rows: string[]): string => rows.join('\n') + '\n';

/** The range of the diagnostic with this code (and text), waiting for it to appear. */
async function diagnosticAt(document: vscode.TextDocument, code: string, text?: string): Promise<vscode.Diagnostic> {
  const matching = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === code && (text === undefined || document.getText(d.range) === text));
  const all = await waitForDiagnostics(document.uri, (ds) => matching(ds) !== undefined);
  return matching(all)!;
}

/** Applies the quick fix with this title for the diagnostic and waits for the text to change. */
async function applyFix(editor: vscode.TextEditor, code: string, title: string, text?: string): Promise<string> {
  const diagnostic = await diagnosticAt(editor.document, code, text);
  const actions = await codeActions(editor.document.uri, diagnostic.range);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" for ${code}; offered: ${actions.map((a) => a.title).join(' | ')}`);
  const before = editor.document.getText();
  await applyCodeAction(action);
  return waitFor(() => editor.document.getText() !== before && editor.document.getText(), { describe: () => `"${title}" did not change the text` });
}

describe('editor', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  describe('diagnostics', () => {
    it('reports problems of the broken example at their exact place, with code link, related places and tags', async () => {
      const editor = await openProgram('broken.program.yaml');
      const document = editor.document;
      const misspelt = await diagnosticAt(document, 'PP102');
      assert.deepEqual(misspelt.range, new vscode.Range(positionOf(document, 'desing'), positionOf(document, 'desing', 6)));
      assert.equal(misspelt.source, 'program-pilot');
      assert.ok(typeof misspelt.code === 'object' && misspelt.code.target.toString().includes('#diagnostics'), 'code links to the README table');
      assert.equal(misspelt.severity, vscode.DiagnosticSeverity.Error);

      const noOwner = await diagnosticAt(document, 'PP201');
      assert.equal(document.getText(noOwner.range), 'transform');

      const cancelled = await diagnosticAt(document, 'PP105');
      assert.deepEqual(cancelled.tags, [vscode.DiagnosticTag.Unnecessary]);

      const cycle = await diagnosticAt(document, 'PP104', 'load');
      assert.ok((cycle.relatedInformation?.length ?? 0) > 0, `no related information: ${describeDiagnostics([cycle])}`);
    });

    it('lists problems of files that are not open, and forgets deleted files', async () => {
      await activateExtension();
      const uri = workspaceUri(`closed-${process.pid}.program.yaml`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: nobody')));
      try {
        const diagnostics = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'PP203'));
        assert.equal(diagnostics.find((d) => codeOf(d) === 'PP203')!.range.start.line, 11);
        assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file was opened');
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
      await waitFor(() => ourDiagnostics(uri).length === 0, { describe: () => `still: ${describeDiagnostics(ourDiagnostics(uri))}` });
    });

    it('updates as the user types', async () => {
      await withProgram(HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    duration: 1d'), async (editor) => {
        await waitForDiagnostics(editor.document.uri, (ds) => ds.length === 0);
        await editor.edit((b) => b.replace(new vscode.Range(positionOf(editor.document, 'owner: ana', 7), positionOf(editor.document, 'owner: ana', 10)), 'anna'));
        const [unknown] = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'PP203'));
        assert.equal(editor.document.getText(unknown.range), 'anna');
        assert.match(unknown.message, /ana/);
      });
    });
  });

  describe('schema diagnostics setting', () => {
    afterEach(() => vscode.workspace.getConfiguration('programPilot').update('schemaDiagnostics', undefined, vscode.ConfigurationTarget.Workspace));

    it('shows schema errors in Program YAML mode whatever it says: nothing else checks them there', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    ownr: ana', '    duration: 1d');
      await withProgram(text, async (editor) => {
        assert.equal(editor.document.languageId, 'program-yaml');
        await vscode.workspace.getConfiguration('programPilot').update('schemaDiagnostics', 'never', vscode.ConfigurationTarget.Workspace);
        await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'PP005') && ds.some((d) => codeOf(d) === 'PP201'));
      });
    });

    it('leaves schema errors out with "never" in a file mapped back to YAML, and keeps the semantic ones', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    ownr: ana', '    duration: 1d');
      await withProgram(text, async (editor) => {
        // A user who gives program files to Red Hat's YAML extension maps them back to `yaml`.
        const document = await vscode.languages.setTextDocumentLanguage(editor.document, 'yaml');
        const uri = document.uri;
        await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'PP005') && ds.some((d) => codeOf(d) === 'PP201'));
        await vscode.workspace.getConfiguration('programPilot').update('schemaDiagnostics', 'never', vscode.ConfigurationTarget.Workspace);
        await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'PP005') && ds.some((d) => codeOf(d) === 'PP201'));
        await vscode.workspace.getConfiguration('programPilot').update('schemaDiagnostics', 'always', vscode.ConfigurationTarget.Workspace);
        await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'PP005'));
      });
    });
  });

  describe('completion from the schema', () => {
    it('offers the keys a task lacks, not those it has, and the values of status', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    duration: 1d', '    ');
      await withProgram(text, async (editor) => {
        const uri = editor.document.uri;
        const end = new vscode.Position(editor.document.lineCount - 2, 4); // the indented line in the task (the text ends with a newline)
        const labelsAt = async (position: vscode.Position) =>
          (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position)).items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        let last: string[] = [];
        const keys = await waitFor(async () => (last = await labelsAt(end)).includes('deadline') && last, { describe: () => `'deadline' among the keys offered: ${last.join(', ')}` });
        for (const present of ['name', 'owner', 'duration']) assert.ok(!keys.includes(present), `'${present}' is already in the task: ${keys.join(', ')}`);
        await editor.edit((edit) => edit.insert(end, 'status: '));
        const values = await waitFor(async () => ((last = await labelsAt(end.translate(0, 8))).includes('done') && last.includes('blocked') ? last : false), {
          describe: () => `the values of status offered: ${last.join(', ')}`,
        });
        assert.ok(!values.includes('deadline'), `only values after 'status: ': ${values.join(', ')}`);
      });
    });
  });

  describe('hover', () => {
    it('shows a task’s schedule anywhere in its block', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: design', '    name: Design', '    owner: ana', '    duration: 2d', '  - id: build', '    name: Build', '    owner: ben', '    duration: 3d', '    deadline: 2026-03-10', '    dependsOn: [design]');
      await withProgram(text, async (editor) => {
        const uri = editor.document.uri;
        const hover = await hoverText(uri, positionOf(editor.document, 'deadline'));
        assert.match(hover, /\*\*Build\*\* — task build/);
        assert.match(hover, /\| Early \| Wed 4 Mar 2026 \| Fri 6 Mar 2026 \|/);
        assert.match(hover, /Total float: \*\*0 working days\*\*/);
        assert.match(hover, /\*\*Critical\*\*/);
        assert.match(hover, /Driven by: Design \(finish-to-start\)/);
        assert.match(hover, /Deadline: Tue 10 Mar 2026 — slack 2 working days/);

        const dependency = await hoverText(uri, positionOf(editor.document, '[design]', 2));
        assert.match(dependency, /Depends on \*\*design\*\* — finish-to-start \(FS\)/);
        const person = await hoverText(uri, positionOf(editor.document, 'owner: ana', 8));
        assert.match(person, /\*\*Ana Lima\*\* — person ana/);
        assert.match(person, /Owns 1 task \(1 open, 1 critical\)/);
      });
    });
  });

  describe('quick fixes', () => {
    const task = lines('tasks:', '  - id: build  # the build', '    name: Build', '    team: core', '    duration: 3d');

    it('assigns the team lead as owner, on its own line at the block indentation', async () => {
      await withProgram(HEAD + PEOPLE + task, async (editor) => {
        const text = await applyFix(editor, 'PP201', 'Assign owner: Ana Lima (ana)');
        assert.equal(text, HEAD + PEOPLE + lines('tasks:', '  - id: build  # the build', '    name: Build', '    team: core', '    owner: ana', '    duration: 3d'));
      });
    });

    it('offers the team first and "Assign owner…"', async () => {
      await withProgram(HEAD + PEOPLE + task, async (editor) => {
        const diagnostic = await diagnosticAt(editor.document, 'PP201');
        const titles = (await codeActions(editor.document.uri, diagnostic.range)).map((a) => a.title);
        assert.deepEqual(titles, ['Assign owner: Ana Lima (ana)', 'Assign owner: Ben Ortiz (ben)', 'Assign owner…']);
      });
    });

    it('"Assign owner…" assigns the person picked in a quick pick', async () => {
      await withProgram(HEAD + PEOPLE + task, async (editor) => {
        const diagnostic = await diagnosticAt(editor.document, 'PP201');
        const action = (await codeActions(editor.document.uri, diagnostic.range)).find((a) => a.title === 'Assign owner…');
        assert.ok(action?.command, 'no "Assign owner…" action');
        const done = vscode.commands.executeCommand<boolean>(action.command.command, ...(action.command.arguments ?? []));
        // The pick lists the lead first; move to the second person and accept, as a user would.
        await waitFor(
          async () => {
            await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
            await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
            return editor.document.getText().includes('owner:');
          },
          { describe: () => 'the quick pick never assigned an owner' },
        );
        assert.equal(await done, true);
        assert.match(editor.document.getText(), /    team: core\n    owner: (ana|ben)\n    duration: 3d/);
      });
    });

    it('changes a misspelt dependency, or removes it keeping the rest of the list', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - { id: design, name: Design, owner: ana }', '  - id: build', '    name: Build', '    owner: ana', '    dependsOn: [desing, design]  # two');
      await withProgram(text, async (editor) => {
        assert.equal(await applyFix(editor, 'PP102', "Change to 'design'"), text.replace('[desing, design]', '[design, design]'));
      });
      await withProgram(text, async (editor) => {
        assert.equal(await applyFix(editor, 'PP102', "Remove dependency on 'desing'"), text.replace('[desing, design]', '[design]'));
      });
    });

    it('adds an unknown person to people in the style of the list', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: cleo');
      await withProgram(text, async (editor) => {
        const fixed = await applyFix(editor, 'PP203', "Add 'cleo' to people");
        assert.equal(fixed, text.replace('team: core }\nteams:', 'team: core }\n  - { id: cleo, name: cleo }\nteams:'));
      });
    });

    it('keeps one accountable person', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    accountable: [ana, ben]');
      await withProgram(text, async (editor) => {
        assert.equal(await applyFix(editor, 'PP206', "Keep only 'ben' as accountable"), text.replace('accountable: [ana, ben]', 'accountable: ben'));
      });
    });

    it('inserts a mitigation snippet into a high risk', async () => {
      const text = HEAD + PEOPLE + lines('risks:', '  - id: R1', '    title: Vendor late', '    probability: high', '    impact: high', '    owner: ana');
      await withProgram(text, async (editor) => {
        const fixed = await applyFix(editor, 'PP301', 'Add a mitigation');
        assert.equal(fixed, text.replace('    impact: high\n', '    impact: high\n    mitigation: How the risk is reduced or contained\n'));
      });
    });

    const more: { code: string; title: string; before: string; after: string }[] = [
      {
        code: 'PP302',
        title: 'Add an owner',
        before: lines('risks:', '  - id: R1', '    title: Vendor late', '    probability: high', '    impact: high', '    mitigation: Second vendor'),
        after: lines('risks:', '  - id: R1', '    title: Vendor late', '    probability: high', '    impact: high', '    mitigation: Second vendor', '    owner: ana'),
      },
      {
        code: 'PP106',
        title: "Remove 'biuld' from the risk's tasks",
        before: lines('tasks:', '  - { id: build, name: Build, owner: ana, duration: 1d }', 'risks:', '  - { id: R1, title: Late, tasks: [build, biuld] }'),
        after: lines('tasks:', '  - { id: build, name: Build, owner: ana, duration: 1d }', 'risks:', '  - { id: R1, title: Late, tasks: [build] }'),
      },
      {
        code: 'PP204',
        title: "Add 'infra' to teams",
        before: lines('tasks:', '  - { id: build, name: Build, owner: ana, team: infra, duration: 1d }'),
        after: lines('tasks:', '  - { id: build, name: Build, owner: ana, team: infra, duration: 1d }'),
      },
      {
        code: 'PP403',
        title: "Mark the task as 'done'",
        before: lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    status: in-progress  # nearly', '    progress: 100'),
        after: lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    status: done  # nearly', '    progress: 100'),
      },
      {
        code: 'PP305',
        title: 'Say what blocks it',
        before: lines('tasks:', '  - { id: build, name: Build, owner: ana, duration: 1d, status: blocked }'),
        after: lines('tasks:', '  - { id: build, name: Build, owner: ana, duration: 1d, status: blocked, blocker: What blocks the task }'),
      },
    ];
    for (const { code, title, before, after } of more) {
      it(`${code}: ${title}`, async () => {
        await withProgram(HEAD + PEOPLE + before, async (editor) => {
          const expected = code === 'PP204' ? (HEAD + PEOPLE).replace('lead: ana }\n', 'lead: ana }\n  - { id: infra, name: infra }\n') + after : HEAD + PEOPLE + after;
          assert.equal(await applyFix(editor, code, title), expected);
        });
      });
    }

    it('fixes all safe problems at once', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - { id: old, name: Old, owner: ana, status: cancelled }', '  - id: build', '    name: Build', '    owner: ana', '    dependsOn: [old, build]');
      await withProgram(text, async (editor) => {
        await diagnosticAt(editor.document, 'PP105');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.SourceFixAll.value);
        const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.programPilot');
        assert.ok(fixAll?.edit, `no fix-all among ${actions.map((a) => a.title).join(' | ')}`);
        await applyCodeAction(fixAll);
        assert.equal(editor.document.getText(), text.replace('    dependsOn: [old, build]\n', ''));
      });
    });
  });

  describe('navigation', () => {
    it('renames a person in every program file of the workspace', async () => {
      const other = workspaceUri(`other-${process.pid}.program.yaml`);
      const otherText = 'program: Other\nstart: 2026-03-02\npeople:\n  - { id: ana, name: Ana Lima }\ntasks:\n  - { id: t, name: T, owner: ana }\n';
      await vscode.workspace.fs.writeFile(other, new TextEncoder().encode(otherText));
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    consulted: [ben, ana]');
      try {
        await withProgram(text, async (editor) => {
          await waitForDiagnostics(other, () => true);
          const ana = positionOf(editor.document, 'id: ana', 4);
          await waitFor(
            async () => ((await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, ana)) ?? []).some((l) => l.uri.toString() === other.toString()),
            { describe: () => 'the other file never showed up among the references' },
          );
          const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, positionOf(editor.document, 'owner: ana', 8), 'ana.lima');
          assert.ok(await vscode.workspace.applyEdit(edit));
          assert.equal(editor.document.getText(), text.replace(/\bana\b/g, 'ana.lima'));
          const otherDocument = await vscode.workspace.openTextDocument(other);
          assert.equal(otherDocument.getText(), otherText.replace(/\bana\b/g, 'ana.lima'));
        });
      } finally {
        await vscode.workspace.fs.delete(other).then(undefined, () => undefined);
      }
    });

    it('hovers the program header with its overview', async () => {
      const editor = await openProgram('multi-tenancy.program.yaml');
      const hover = await hoverText(editor.document.uri, positionOf(editor.document, 'program:'));
      assert.match(hover, /— program\n\nStart: .* · Projected end: /);
      assert.match(hover, /Health: \*\*(GREEN|AMBER|RED)\*\*/);
    });

    it('goes to the definition of a dependency and finds its references', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: design', '    name: Design', '    owner: ana', '  - id: build', '    name: Build', '    owner: ana', '    dependsOn: [design]');
      await withProgram(text, async (editor) => {
        const uri = editor.document.uri;
        const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, positionOf(editor.document, '[design]', 3));
        const target = targets[0];
        const range = 'targetSelectionRange' in target ? target.targetSelectionRange : (target as vscode.Location).range;
        assert.deepEqual(range?.start, positionOf(editor.document, 'design'));
        const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(editor.document, 'design'));
        assert.deepEqual(references.map((l) => l.range.start.line), [9, 15]);
        const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, positionOf(editor.document, '[design]', 3));
        assert.deepEqual(highlights.map((h) => [h.range.start.line, h.kind]), [[9, vscode.DocumentHighlightKind.Write], [15, vscode.DocumentHighlightKind.Read]]);
      });
    });

    it('completes ids where the format expects them', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - id: design', '    name: Design', '    owner: ana', '  - id: ship', '    name: Ship', '    owner: ana', '  - id: build', '    name: Build', '    owner: ', '    dependsOn: [design, ]');
      await withProgram(text, async (editor) => {
        await waitForDiagnostics(editor.document.uri, (ds) => ds.length > 0);
        const owners = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, positionOf(editor.document, 'owner: \n', 7));
        const ownerLabels = owners.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        assert.deepEqual(ownerLabels.filter((l) => ['ana', 'ben'].includes(l)), ['ana', 'ben']);
        const deps = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, positionOf(editor.document, 'design, ]', 8));
        const depLabels = deps.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
        // Not the task itself, nor a task it already depends on, nor people.
        assert.deepEqual(depLabels, ['ship']);
        assert.equal(deps.items[0].detail ?? (deps.items[0].label as vscode.CompletionItemLabel).description, 'Ship');
      });
    });

    it('outlines phases, tasks and milestones, finds them in the workspace, and shows a CodeLens per task (unless turned off)', async () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - { id: design, name: Design, phase: Plan, owner: ana, duration: 2d }', '  - { id: go, name: Go, phase: Plan, owner: ana, milestone: true, dependsOn: [design] }');
      await withProgram(text, async (editor) => {
        const uri = editor.document.uri;
        const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        const tasks = symbols.find((s) => s.name === 'tasks');
        assert.equal(tasks?.children[0].name, 'Plan');
        assert.deepEqual(tasks?.children[0].children.map((s) => [s.name, s.kind]), [['Design', vscode.SymbolKind.Function], ['Go', vscode.SymbolKind.Event]]);
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
        assert.deepEqual(lenses.map((l) => l.command?.title), ['critical · float 0d · 2 Mar → 3 Mar', 'Show in Gantt', 'milestone · critical · float 0d · 3 Mar', 'Show in Gantt']);
        assert.deepEqual(lenses.map((l) => l.range.start.line), [9, 9, 10, 10]);
        assert.deepEqual(
          lenses.map((l) => [l.command?.command, ...(l.command?.arguments ?? []).map(String)]),
          [
            ['programPilot.showCriticalPath', uri.toString()],
            ['programPilot.showInGantt', uri.toString(), 'design'],
            ['programPilot.showCriticalPath', uri.toString()],
            ['programPilot.showInGantt', uri.toString(), 'go'],
          ],
        );

        const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Desig');
        assert.ok(found.some((symbol) => symbol.name === 'Design (design)' && symbol.location.uri.toString() === uri.toString()), found.map((f) => f.name).join(', '));

        await vscode.workspace.getConfiguration('programPilot').update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
        try {
          await waitFor(async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)).length === 0, { describe: () => 'CodeLens still shown after turning the setting off' });
        } finally {
          await vscode.workspace.getConfiguration('programPilot').update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
        }
      });
    });
  });
});
