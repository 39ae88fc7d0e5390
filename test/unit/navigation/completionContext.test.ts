import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { completionContextAt } from '../../../src/core/navigation/completionContext';

/** The context at the `¦` in the text, as `kind field 'typed'` (or undefined). */
function at(textWithCursor: string): string | undefined {
  const offset = textWithCursor.indexOf('¦');
  assert.ok(offset >= 0, 'no cursor marker');
  const text = textWithCursor.replace('¦', '');
  const context = completionContextAt(text, offset);
  return context && `${context.kind} ${context.field} '${text.slice(context.span.start, context.span.end)}'`;
}

const TASK = 'program: P\nstart: 2026-03-02\ntasks:\n  - id: build\n    name: Build\n';

describe('completion context', () => {
  it('knows person fields of a task, with the partial id to replace', () => {
    assert.equal(at(TASK + '    owner: an¦'), "person owner 'an'");
    assert.equal(at(TASK + '    owner: ¦'), "person owner ''");
    assert.equal(at(TASK + '    owner: a¦na\n'), "person owner 'ana'");
    assert.equal(at(TASK + '    accountable: ¦'), "person accountable ''");
    assert.equal(at(TASK + '    consulted: [ana, ¦]'), "person consulted ''");
    assert.equal(at(TASK + '    informed: [b¦'), "person informed 'b'");
  });

  it('knows team and lead fields', () => {
    assert.equal(at(TASK + '    team: pay¦'), "team team 'pay'");
    assert.equal(at('teams:\n  - id: payments\n    lead: ¦'), "person lead ''");
    assert.equal(at('teams:\n  - { id: payments, name: P, lead: a¦ }'), "person lead 'a'");
    assert.equal(at('people:\n  - { id: ana, team: ¦ }'), "team team ''");
  });

  it('completes dependsOn in flow lists, block lists and {task: …} maps', () => {
    assert.equal(at(TASK + '    dependsOn: [design, ¦'), "task dependsOn ''");
    assert.equal(at(TASK + '    dependsOn: [de¦]'), "task dependsOn 'de'");
    assert.equal(at(TASK + '    dependsOn: [a, {task: ¦'), "task task ''");
    assert.equal(at(TASK + '    dependsOn: [a, { task: de¦, type: SS }]'), "task task 'de'");
    assert.equal(at(TASK + '    dependsOn:\n      - design\n      - ¦'), "task dependsOn ''");
    assert.equal(at(TASK + '    dependsOn:\n    - de¦'), "task dependsOn 'de'");
    assert.equal(at(TASK + '    dependsOn:\n      - design\n      # next\n\n      - task: ¦'), "task task ''");
    assert.equal(at(TASK + '    dependsOn:\n      - {task: a¦'), "task task 'a'");
  });

  it('completes the tasks of a risk but not the top-level task list', () => {
    assert.equal(at('risks:\n  - id: R1\n    tasks: [build, ¦]'), "task tasks ''");
    assert.equal(at('risks:\n  - id: R1\n    title: T\n    tasks:\n      - bu¦'), "task tasks 'bu'");
    assert.equal(at('tasks:\n  - ¦'), undefined);
    assert.equal(at('tasks: [¦'), undefined);
  });

  it('completes launch checklist owners', () => {
    assert.equal(at('launch:\n  date: 2026-05-01\n  checklist:\n    - item: Sign-off\n      owner: ¦'), "person owner ''");
  });

  it('offers nothing where no id goes', () => {
    assert.equal(at(TASK + '    name: ¦'), undefined);
    assert.equal(at(TASK + '    ¦'), undefined);
    assert.equal(at(TASK + '    dependsOn: [a, {type: ¦'), undefined);
    assert.equal(at(TASK + '    dependsOn: [a, {¦'), undefined);
    assert.equal(at(TASK + '    dependsOn: [a]¦'), undefined);
    assert.equal(at(TASK + '    owner: ana ¦'), undefined);
    assert.equal(at(TASK + '    owner: ana # ¦'), undefined);
    assert.equal(at(TASK + '    notes: "owner: ¦'), undefined);
    assert.equal(at(TASK + '    dependsOn:\n      -¦'), undefined);
    assert.equal(at('¦'), undefined);
    assert.equal(at('task: ¦'), undefined);
  });

  it('handles CRLF line breaks', () => {
    assert.equal(at((TASK + '    dependsOn:\n      - a\n      - ¦').replace(/\n/g, '\r\n')), "task dependsOn ''");
  });

  it('never throws on arbitrary text', () => {
    const samples = ['- - - [{', ':::', '\n\n- {a: [b: {c', '"unterminated', "'", '\t- owner:\t', '{]}[', 'a:\n b:\n  - c:\n   - d: ¦'];
    for (const sample of samples) {
      const text = sample.replace('¦', '');
      for (let offset = 0; offset <= text.length; offset++) completionContextAt(text, offset);
    }
  });
});

describe('completion context (property)', () => {
  it('never throws and always returns a span around the offset', () => {
    const piece = fc.constantFrom('- ', 'owner: ', 'dependsOn:', ' [', ']', '{', '}', 'task: ', ', ', '\n', '\r\n', '  ', '#', '"', "'", 'a', 'id', ':', 'tasks:', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), (pieces, at) => {
        const text = pieces.join('');
        const offset = text.length === 0 ? 0 : at % (text.length + 1);
        const context = completionContextAt(text, offset);
        if (context) assert.ok(context.span.start <= offset && offset <= context.span.end);
      }),
    );
  });
});
