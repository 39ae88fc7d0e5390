import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import type { DiagnosticCode } from '../../../src/core/diagnostics';
import { HEADER, diagnosticsOf, where } from './helpers';

/** `line:col text: message` of each diagnostic of `code`. */
function reported(yaml: string, code: DiagnosticCode): string[] {
  return diagnosticsOf(yaml, code).map((d) => `${where(yaml, d.span)}: ${d.message}`);
}

describe('checks: common mistakes get a message saying what to write', () => {
  it("a person's or a team's name where the id belongs", () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: Ana Lima, team: core, consulted: [ben ortiz] }
`.replace('  - { id: core, name: Core, lead: ana }', '  - { id: core, name: Payments Backend, lead: ana }') + '  - { id: b, name: B, owner: ana, team: payments backend }\n';
    assert.deepEqual(reported(yaml, 'PP203'), [
      "11:30 Ana Lima: Unknown person 'Ana Lima' (owner of task 'a'). That is the name of person 'ana': write the id, 'ana'.",
      "11:64 ben ortiz: Unknown person 'ben ortiz' (consulted on task 'a'). That is the name of person 'ben': write the id, 'ben'.",
    ]);
    assert.deepEqual(reported(yaml, 'PP204'), ["12:41 payments backend: Unknown team 'payments backend' (team of task 'b'). That is the name of team 'core': write the id, 'core'."]);
    assert.deepEqual(diagnosticsOf(yaml, 'PP203')[0].data, { personId: 'Ana Lima', suggestion: 'ana', byName: true });
  });

  it('a name two people share suggests neither of them by name', () => {
    const yaml = HEADER.replace('{ id: chloe, name: Chloe Martin }', '{ id: chloe, name: Ana Lima }') + '  - { id: a, name: A, owner: Ana Lima }\n';
    const [unknown] = diagnosticsOf(yaml, 'PP203');
    assert.equal(unknown.data?.suggestion, undefined);
    assert.match(unknown.message, /Fix the spelling or add 'Ana Lima' to people\.$/);
  });

  it('still suggests the closest id for a typo of an id', () => {
    const [unknown] = diagnosticsOf(`${HEADER}  - { id: a, name: A, owner: chole }\n`, 'PP203');
    assert.match(unknown.message, /Did you mean 'chloe'\? Fix the spelling or add 'chole' to people\.$/);
  });

  it('a task name in dependsOn', () => {
    const yaml = `${HEADER}  - { id: design, name: Design review, owner: ana }\n  - { id: b, name: B, owner: ana, dependsOn: [design review] }\n`;
    assert.deepEqual(reported(yaml, 'PP102'), ["12:47 design review: Task 'b' depends on unknown task 'design review'. That is the name of task 'design': write the id, 'design'."]);
  });

  it('durations and lags in words or decimals', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana, duration: 2 weeks }
  - { id: b, name: B, owner: ana, duration: 1.5w }
  - { id: c, name: C, owner: ana, duration: 3 days, dependsOn: [{ task: a, lag: 2 days }, { task: b, lag: 0.5w }] }
`;
    assert.deepEqual(reported(yaml, 'PP007'), [
      '11:45 2 weeks: Write durations as working days or weeks: `10d` or `2w` (2 weeks: write `2w`).',
      '12:45 1.5w: Write durations as working days or weeks: `10d` or `2w` (1.5w = 7.5 working days: write `8d`).',
      '13:45 3 days: Write durations as working days or weeks: `10d` or `2w` (3 days: write `3d`).',
      '13:81 2 days: Write lags as working days or weeks: `2d` or `1w`, negative for a lead (2 days: write `2d`).',
      '13:107 0.5w: Write lags as working days or weeks: `2d` or `1w`, negative for a lead (0.5w = 2.5 working days: write `3d`).',
    ]);
  });

  it('keeps the old message for a duration that reads as no number of days', () => {
    assert.deepEqual(reported(`${HEADER}  - { id: a, name: A, owner: ana, duration: soon }\n`, 'PP007'), [
      "11:45 soon: 'duration' should be a whole number of working days from 0 to 10000, or text like '3d' or '2w' (weeks of 5 working days).",
    ]);
  });

  it('reads lags written like durations, and negative ones as leads', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana, duration: 2w }
  - { id: b, name: B, owner: ana, duration: 1d, dependsOn: [{ task: a, lag: 2d }] }
  - { id: c, name: C, owner: ana, duration: 1d, dependsOn: [{ task: a, lag: 1w }, { task: b, type: SS, lag: -1d }, { task: a, lag: 3 }] }
`;
    const analysis = analyze(yaml, { asOf: '2026-03-20' });
    assert.deepEqual(analysis.diagnostics, []);
    assert.deepEqual(analysis.program.tasks.map((t) => t.dependsOn.map((d) => d.lag)), [[], [2], [5, -1, 3]]);
    const b = analysis.schedule?.byId.get('b');
    assert.equal(b?.es, 12, 'after 10 days of a and a lag of 2');
  });

  it('dates without their zeros', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana, notBefore: 2027-2-5, deadline: 2027-2-30 }\n`;
    assert.deepEqual(reported(yaml, 'PP006'), [
      "11:46 2027-2-5: 'notBefore' should be a date written YYYY-MM-DD: write 2027-02-05.",
      "11:66 2027-2-30: 'deadline' should be a date written YYYY-MM-DD, e.g. 2026-01-05.",
    ]);
  });

  it('status words of other tools', () => {
    const yaml = `${HEADER}  - { id: a, name: A, owner: ana, status: completed }
decisions:
  - { id: d, title: D, status: decided }
`;
    assert.deepEqual(
      diagnosticsOf(yaml, 'PP004').map((d) => [where(yaml, d.span), d.message.replace(/^.* must be one of [^.]*\. /, ''), d.data?.suggestion]),
      [
        ['11:43 completed', "For 'completed', write 'done'.", 'done'],
        ['13:32 decided', "For 'decided', write 'made'.", 'made'],
      ],
    );
  });

  it('a task key from other tools', () => {
    const yaml = `${HEADER}  - id: a\n    name: A\n    owner: ana\n    start: 2027-03-01\n`;
    assert.deepEqual(reported(yaml, 'PP005'), [
      "14:5 start: Unknown key 'start' in a task. Write 'notBefore' instead. A task starts when its dependencies allow; `notBefore` holds it back until a date. (Keys starting with 'x-' are yours and never flagged.)",
    ]);
    assert.equal(diagnosticsOf(yaml, 'PP005')[0].data?.suggestion, 'notBefore');
    const both = `${yaml}    notBefore: 2027-03-02\n`;
    assert.equal(diagnosticsOf(both, 'PP005')[0].data?.suggestion, undefined, 'no rename onto a key the task already has');
  });
});
