import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { DiagnosticCode } from '../../../src/core/diagnostics';
import { fixAllEdits, fixesFor, ownerCandidates } from '../../../src/core/fixes/quickFixes';
import { applyEdits } from '../../../src/core/fixes/textEdit';

const HEAD = 'program: Billing\nstart: 2026-03-02\naccountable: ana\n';
const PEOPLE = [
  'people:',
  '  - { id: ana, name: Ana Lima, team: payments }',
  '  - { id: ben, name: Ben Ortiz, team: payments }',
  '  - { id: chloe, name: Chloe Martin, team: data }',
  'teams:',
  '  - { id: payments, name: Payments, lead: ben }',
  '  - { id: data, name: Data, lead: chloe }',
  '',
].join('\n');

function lines(...rows: string[]): string {
  return rows.join('\n') + '\n';
}

/** Applies the fix with this title for the first diagnostic with this code (and span text). */
function applyFix(text: string, code: DiagnosticCode, title: string, at?: string): string {
  const analysis = analyze(text);
  const diagnostic = analysis.diagnostics.find((d) => d.code === code && (at === undefined || text.slice(d.span.start, d.span.end) === at));
  assert.ok(diagnostic, `no ${code}${at ? ` at ${at}` : ''} in ${analysis.diagnostics.map((d) => d.code).join(', ')}`);
  const fixes = fixesFor({ text, program: analysis.program, asOf: analysis.asOf }, diagnostic);
  const fix = fixes.find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" among ${fixes.map((f) => f.title).join(' | ')}`);
  return applyEdits(text, fix.edits);
}

function titles(text: string, code: DiagnosticCode): string[] {
  const analysis = analyze(text);
  const diagnostic = analysis.diagnostics.find((d) => d.code === code)!;
  return fixesFor({ text, program: analysis.program, asOf: analysis.asOf }, diagnostic).map((f) => f.title);
}

describe('quick fixes', () => {
  describe('task without owner (PP201)', () => {
    const task = lines('tasks:', '  - id: build   # the build', '    name: Build it', '    team: payments', '    duration: 3d  # estimate', '    status: not-started');

    it('offers the team lead first, then team members, then everyone', () => {
      assert.deepEqual(titles(HEAD + PEOPLE + task, 'PP201'), ['Assign owner: Ben Ortiz (ben)', 'Assign owner: Ana Lima (ana)', 'Assign owner: Chloe Martin (chloe)']);
    });

    it('inserts the owner after the team at the block indentation, keeping comments', () => {
      const fixed = applyFix(HEAD + PEOPLE + task, 'PP201', 'Assign owner: Ben Ortiz (ben)');
      assert.equal(
        fixed,
        HEAD + PEOPLE + lines('tasks:', '  - id: build   # the build', '    name: Build it', '    team: payments', '    owner: ben', '    duration: 3d  # estimate', '    status: not-started'),
      );
    });

    it('respects a deeper indentation and CRLF line breaks', () => {
      const text = (HEAD + PEOPLE + lines('tasks:', '    -   id: build', '        name: Build it', '        duration: 3d')).replace(/\n/g, '\r\n');
      const fixed = applyFix(text, 'PP201', 'Assign owner: Ana Lima (ana)');
      assert.equal(fixed, (HEAD + PEOPLE + lines('tasks:', '    -   id: build', '        name: Build it', '        owner: ana', '        duration: 3d')).replace(/\n/g, '\r\n'));
    });

    it('adds the key inside a flow map', () => {
      const text = HEAD + PEOPLE + lines('tasks:', '  - { id: build, name: Build it, duration: 3d }  # inline');
      assert.equal(applyFix(text, 'PP201', 'Assign owner: Chloe Martin (chloe)'), HEAD + PEOPLE + lines('tasks:', '  - { id: build, name: Build it, duration: 3d, owner: chloe }  # inline'));
    });

    it('works on the last line of a file without a final line break', () => {
      const text = HEAD + PEOPLE + 'tasks:\n  - id: build\n    name: Build it';
      assert.equal(applyFix(text, 'PP201', 'Assign owner: Ana Lima (ana)'), HEAD + PEOPLE + 'tasks:\n  - id: build\n    name: Build it\n    owner: ana');
    });

    it('caps the named candidates', () => {
      const many = Array.from({ length: 9 }, (_, i) => `  - { id: p${i}, name: P${i} }`).join('\n');
      const text = HEAD + `people:\n  - { id: ana, name: Ana }\n${many}\n` + lines('tasks:', '  - id: build', '    name: Build');
      assert.equal(titles(text, 'PP201').length, 5);
    });

    it('orders candidates for a task without a team by file order', () => {
      const analysis = analyze(HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build'));
      assert.deepEqual(ownerCandidates(analysis.program, analysis.program.tasks[0]).map((p) => p.id), ['ana', 'ben', 'chloe']);
    });
  });

  describe('unknown dependency (PP102)', () => {
    const base = HEAD + PEOPLE + lines('tasks:', '  - { id: design, name: Design, owner: ana, duration: 1d }', '  - { id: build, name: Build, owner: ana, duration: 1d }');

    it('changes a misspelt id to the closest one', () => {
      const text = base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [build, desing]  # both');
      assert.equal(applyFix(text, 'PP102', "Change to 'design'"), base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [build, design]  # both'));
    });

    it('removes the last element of a flow list with its comma', () => {
      const text = base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [build, desing]  # both');
      assert.equal(applyFix(text, 'PP102', "Remove dependency on 'desing'"), base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [build]  # both'));
    });

    it('removes the first element of a flow list and keeps the rest', () => {
      const text = base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [desing, {task: build, type: SS}]');
      assert.equal(applyFix(text, 'PP102', "Remove dependency on 'desing'"), base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [{task: build, type: SS}]'));
    });

    it('removes a block list item with its comment and keeps the others', () => {
      const text = base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn:', '      - build', '      # the design', '      - task: desing   # typo', '        type: FF', '    duration: 1d');
      assert.equal(applyFix(text, 'PP102', "Remove dependency on 'desing'"), base + lines('  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn:', '      - build', '      # the design', '    duration: 1d'));
    });

    it('removes the whole key when the only dependency goes', () => {
      const text = base + lines('  - id: ship', '    name: Ship', '    dependsOn: [desing]', '    owner: ana');
      assert.equal(applyFix(text, 'PP102', "Remove dependency on 'desing'"), base + lines('  - id: ship', '    name: Ship', '    owner: ana'));
    });
  });

  describe('unknown person (PP203)', () => {
    const tasks = lines('tasks:', '  - id: build', '    name: Build', '    owner: bne');

    it('changes to the closest person', () => {
      assert.equal(applyFix(HEAD + PEOPLE + tasks, 'PP203', "Change to 'ben'"), HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ben'));
    });

    it('adds the person to a flow-style people list in the same style', () => {
      const fixed = applyFix(HEAD + PEOPLE + tasks, 'PP203', "Add 'bne' to people");
      assert.equal(fixed, HEAD + PEOPLE.replace('team: data }\n', 'team: data }\n  - { id: bne, name: bne }\n') + tasks);
      assert.equal(analyze(fixed).diagnostics.filter((d) => d.code === 'PP203').length, 0);
    });

    it('adds the person to a block-style people list', () => {
      const people = lines('people:', '  - id: ana', '    name: Ana', '    # more soon');
      const fixed = applyFix(HEAD + people + tasks, 'PP203', "Add 'bne' to people");
      assert.equal(fixed, HEAD + lines('people:', '  - id: ana', '    name: Ana', '  - id: bne', '    name: bne', '    # more soon') + tasks);
    });

    it('starts a people list when there is none', () => {
      const fixed = applyFix('program: P\nstart: 2026-03-02\n' + tasks, 'PP203', "Add 'bne' to people");
      assert.equal(fixed, 'program: P\nstart: 2026-03-02\n' + tasks + lines('people:', '  - id: bne', '    name: bne'));
    });
  });

  it('keeps one accountable person (PP206)', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    accountable: [ana, ben]   # two');
    assert.deepEqual(titles(text, 'PP206'), ["Keep only 'ana' as accountable", "Keep only 'ben' as accountable"]);
    assert.equal(applyFix(text, 'PP206', "Keep only 'ben' as accountable"), HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    accountable: ben   # two'));
  });

  it('keeps one accountable person written as a block list', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    accountable:', '      - ana', '      - ben', '    owner: ana');
    assert.equal(applyFix(text, 'PP206', "Keep only 'ana' as accountable"), HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    accountable: ana', '    owner: ana'));
  });

  describe('risks (PP301, PP302)', () => {
    const risk = lines('risks:', '  - id: R1', '    title: Export times out', '    probability: high', '    impact: medium', '    status: open');

    it('inserts a mitigation with a snippet placeholder', () => {
      const analysis = analyze(HEAD + PEOPLE + risk);
      const diagnostic = analysis.diagnostics.find((d) => d.code === 'PP301')!;
      const [fix] = fixesFor({ text: HEAD + PEOPLE + risk, program: analysis.program, asOf: analysis.asOf }, diagnostic);
      assert.equal(fix.title, 'Add a mitigation');
      assert.equal(fix.edits[0].snippet, '    mitigation: ${1:How the risk is reduced or contained}\n');
      assert.equal(applyEdits(HEAD + PEOPLE + risk, fix.edits), HEAD + PEOPLE + lines('risks:', '  - id: R1', '    title: Export times out', '    probability: high', '    impact: medium', '    mitigation: TODO', '    status: open'));
    });

    it('inserts an owner with a choice of people', () => {
      const analysis = analyze(HEAD + PEOPLE + risk);
      const diagnostic = analysis.diagnostics.find((d) => d.code === 'PP302')!;
      const [fix] = fixesFor({ text: HEAD + PEOPLE + risk, program: analysis.program, asOf: analysis.asOf }, diagnostic);
      assert.equal(fix.title, 'Add an owner');
      assert.equal(fix.edits[0].snippet, '    owner: ${1|ana,ben,chloe|}\n');
    });
  });

  it('removes a misspelt task from a risk (PP106)', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - { id: build, name: Build, owner: ana }', 'risks:', '  - id: R1', '    title: T', '    tasks:', '      - build', '      - biuld');
    assert.equal(applyFix(text, 'PP106', "Remove 'biuld' from the risk's tasks"), HEAD + PEOPLE + lines('tasks:', '  - { id: build, name: Build, owner: ana }', 'risks:', '  - id: R1', '    title: T', '    tasks:', '      - build'));
  });

  it('marks a complete task as done (PP403)', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    status: in-progress # moving', '    progress: 100');
    assert.equal(applyFix(text, 'PP403', "Mark the task as 'done'"), HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    status: done # moving', '    progress: 100'));
  });

  it('says what blocks a blocked task and records the finish of a done one (PP305, PP402)', () => {
    const text = HEAD + 'statusDate: 2026-03-20\n' + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    status: blocked', '  - id: ship', '    name: Ship', '    owner: ana', '    status: done', '    actualStart: 2026-03-02');
    const analysis = analyze(text);
    const input = { text, program: analysis.program, asOf: analysis.asOf };
    const blocker = fixesFor(input, analysis.diagnostics.find((d) => d.code === 'PP305')!)[0];
    assert.equal(blocker.title, 'Say what blocks it');
    assert.equal(blocker.edits[0].snippet, '    blocker: ${1:What blocks the task}\n');
    assert.equal(applyEdits(text, blocker.edits), text.replace('    status: blocked\n', '    status: blocked\n    blocker: TODO\n'));
    const finish = fixesFor(input, analysis.diagnostics.find((d) => d.code === 'PP402')!)[0];
    assert.equal(finish.title, 'Record the actual finish (2026-03-20)');
    assert.equal(applyEdits(text, finish.edits), text.replace('    actualStart: 2026-03-02\n', '    actualStart: 2026-03-02\n    actualFinish: 2026-03-20\n'));
  });

  it('adds an unknown team to teams (PP204) and removes a self-dependency (PP103)', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    owner: ana', '    team: infra', '    dependsOn:', '      - build', '    duration: 1d');
    assert.equal(applyFix(text, 'PP204', "Add 'infra' to teams"), text.replace('lead: chloe }\n', 'lead: chloe }\n  - { id: infra, name: infra }\n'));
    assert.equal(applyFix(text, 'PP103', "Remove dependency on 'build'"), text.replace('    dependsOn:\n      - build\n', ''));
  });

  it('offers to cut a dependency cycle (PP104) at any of its dependencies, none preferred', () => {
    const text = HEAD + PEOPLE + lines(
      'tasks:',
      '  - { id: a, name: A, owner: ana, dependsOn: [c] }',
      '  - id: b',
      '    name: B',
      '    owner: ana',
      '    dependsOn:',
      '      - a   # after A',
      '      - { task: c, type: SS }',
      '  - { id: c, name: C, owner: ana, dependsOn: [b] }',
    );
    const analysis = analyze(text);
    const [cycle, ...more] = analysis.diagnostics.filter((d) => d.code === 'PP104');
    assert.deepEqual(more, []);
    const fixes = fixesFor({ text, program: analysis.program, asOf: analysis.asOf }, cycle);
    assert.deepEqual(
      fixes.map((f) => f.title),
      ["Remove the dependency of 'a' on 'c'", "Remove the dependency of 'b' on 'a'", "Remove the dependency of 'c' on 'b'"],
    );
    assert.ok(fixes.every((f) => !f.preferred && !f.safe), 'which dependency is wrong is for the user to say');
    assert.equal(applyEdits(text, fixes[0].edits), text.replace('dependsOn: [c] }', 'dependsOn: [] }'));
    assert.equal(applyEdits(text, fixes[1].edits), text.replace('      - a   # after A\n', ''));
    assert.equal(applyEdits(text, fixes[2].edits), text.replace('dependsOn: [b] }', 'dependsOn: [] }'));
    const rest = analyze(applyEdits(text, fixes[1].edits)).diagnostics.filter((d) => d.code === 'PP104');
    assert.deepEqual(rest.map((d) => d.message.split('.')[0]), ['Dependency cycle: b → c → b'], 'the loop through the SS dependency is left');
  });

  describe('common mistakes', () => {
    const task = (...rows: string[]) => HEAD + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', ...rows);

    it("changes a person's or a team's name to the id, and does not offer to add the name as someone new (PP203, PP204)", () => {
      const text = task('    owner: Ben Ortiz   # R', '    team: payments', '  - { id: ship, name: Ship, owner: ana, team: Data }');
      assert.deepEqual(titles(text, 'PP203'), ["Change to 'ben'"]);
      assert.equal(applyFix(text, 'PP203', "Change to 'ben'"), text.replace('owner: Ben Ortiz   # R', 'owner: ben   # R'));
      assert.equal(applyFix(text, 'PP204', "Change to 'data'"), text.replace('team: Data }', 'team: data }'));
      const quoted = task('    owner: "Ben Ortiz"');
      assert.equal(applyFix(quoted, 'PP203', "Change to 'ben'"), quoted.replace('"Ben Ortiz"', '"ben"'));
    });

    it('writes a duration or lag given in words as days or weeks (PP007)', () => {
      const text = task('    owner: ana', '    duration: 2 weeks  # estimate', '  - { id: ship, name: Ship, owner: ana, duration: 3 days, dependsOn: [{ task: build, lag: 1 week }] }');
      assert.equal(applyFix(text, 'PP007', "Change to '2w'", '2 weeks'), text.replace('duration: 2 weeks  # estimate', 'duration: 2w  # estimate'));
      assert.equal(applyFix(text, 'PP007', "Change to '3d'", '3 days'), text.replace('duration: 3 days,', 'duration: 3d,'));
      assert.equal(applyFix(text, 'PP007', "Change to '1w'", '1 week'), text.replace('lag: 1 week', 'lag: 1w'));
    });

    it('offers no replacement for a fraction of a day (PP007)', () => {
      const text = task('    owner: ana', '    duration: 1.5w');
      assert.deepEqual(titles(text, 'PP007'), []);
    });

    it('pads a date (PP006)', () => {
      const text = task('    owner: ana', '    notBefore: 2027-2-5');
      assert.equal(applyFix(text, 'PP006', "Change to '2027-02-05'"), text.replace('2027-2-5', '2027-02-05'));
    });

    it("changes 'completed' to 'done' and 'decided' to 'made' (PP004)", () => {
      const text = task('    owner: ana', '    status: completed') + lines('decisions:', '  - { id: d, title: D, status: "decided" }');
      assert.equal(applyFix(text, 'PP004', "Change to 'done'", 'completed'), text.replace('status: completed', 'status: done'));
      assert.equal(applyFix(text, 'PP004', "Change to 'made'", '"decided"'), text.replace('"decided"', '"made"'));
    });

    it("renames a task's 'start' key to 'notBefore', keeping the value and comment (PP005)", () => {
      const text = task('    owner: ana', '    start: 2027-03-01   # not before the freeze ends');
      assert.equal(applyFix(text, 'PP005', "Change to 'notBefore'"), text.replace('    start: 2027-03-01', '    notBefore: 2027-03-01'));
    });
  });

  it('renames a duplicate to the first free id (PP101)', () => {
    const text = HEAD + PEOPLE + lines('tasks:', '  - { id: build, name: Build, owner: ana }', '  - { id: build-2, name: Build 2, owner: ana }', '  - { id: "build", name: Build again, owner: ana }');
    assert.equal(applyFix(text, 'PP101', "Rename this task to 'build-3'"), text.replace('{ id: "build", name: Build again', '{ id: "build-3", name: Build again'));
  });

  it('makes someone accountable for a task when nobody is (PP202)', () => {
    const text = 'program: P\nstart: 2026-03-02\n' + PEOPLE + lines('tasks:', '  - id: build', '    name: Build', '    team: payments', '    owner: ana   # R', '    duration: 1d');
    assert.deepEqual(titles(text, 'PP202'), ['Make Ben Ortiz (ben) accountable', 'Make Ana Lima (ana) accountable', 'Make Chloe Martin (chloe) accountable']);
    assert.equal(applyFix(text, 'PP202', 'Make Ben Ortiz (ben) accountable'), text.replace('    owner: ana   # R\n', '    owner: ana   # R\n    accountable: ben\n'));
  });

  it('makes a member the lead of a team without one (PP205)', () => {
    const text = HEAD + PEOPLE.replace('{ id: data, name: Data, lead: chloe }', '{ id: data, name: Data }');
    assert.deepEqual(titles(text, 'PP205'), ["Make Chloe Martin (chloe) the team's lead"]);
    assert.equal(applyFix(text, 'PP205', "Make Chloe Martin (chloe) the team's lead"), HEAD + PEOPLE);
  });

  it('fix all removes self-dependencies and dependencies on cancelled tasks, merging removals from one list', () => {
    const text = HEAD + PEOPLE + lines(
      'tasks:',
      '  - { id: old, name: Old, owner: ana, status: cancelled }',
      '  - id: build',
      '    name: Build',
      '    owner: ana',
      '    dependsOn: [old, build]',
      '  - id: ship',
      '    name: Ship',
      '    owner: Ana',
      '    dependsOn: [build, old, ship]',
    );
    const analysis = analyze(text);
    const edits = fixAllEdits({ text, program: analysis.program, asOf: analysis.asOf }, analysis.diagnostics);
    const fixed = applyEdits(text, edits);
    assert.equal(
      fixed,
      HEAD + PEOPLE + lines('tasks:', '  - { id: old, name: Old, owner: ana, status: cancelled }', '  - id: build', '    name: Build', '    owner: ana', '  - id: ship', '    name: Ship', '    owner: ana', '    dependsOn: [build]'),
    );
  });

  it('fixes every diagnostic of the broken example without producing overlapping edits', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const text: string = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../../examples/broken.program.yaml'), 'utf8');
    const analysis = analyze(text);
    let offered = 0;
    for (const diagnostic of analysis.diagnostics) {
      for (const fix of fixesFor({ text, program: analysis.program, asOf: analysis.asOf }, diagnostic)) {
        offered++;
        const fixed = applyEdits(text, fix.edits);
        assert.notEqual(fixed, text, fix.title);
        analyze(fixed); // must not throw
      }
    }
    assert.ok(offered >= 20, `only ${offered} fixes`);
  });
});
