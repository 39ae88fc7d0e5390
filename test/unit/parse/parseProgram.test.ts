import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DiagnosticCode } from '../../../src/core/diagnostics';
import { parseProgram } from '../../../src/core/parse/parseProgram';
import { LineIndex, type Span } from '../../../src/core/source';

const HEADER = 'program: Demo\nstart: 2026-01-05\n';

/** The one diagnostic with `code`; fails when there is none or more than one. */
function only(diagnostics: readonly Diagnostic[], code: DiagnosticCode): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(diagnostics.map((d) => [d.code, d.message]))}`);
  return found[0];
}

/** 1-based `line:column` of a span start, as the CLI prints it. */
function at(text: string, span: Span): string {
  const position = new LineIndex(text).positionAt(span.start);
  return `${position.line + 1}:${position.character + 1}`;
}

function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `'${needle}' not in text`);
  return { start, end: start + needle.length };
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

describe('parseProgram', () => {
  describe('a valid file', () => {
    const text = readFileSync(join(__dirname, '../../../examples/multi-tenancy.program.yaml'), 'utf8');
    const { program, diagnostics } = parseProgram(text);

    it('has no syntax or schema diagnostics', () => {
      assert.deepEqual(diagnostics, []);
    });

    it('keeps every task, in order, with its index', () => {
      const ids = [...text.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
      const taskIds = program.tasks.map((t) => t.id);
      assert.ok(taskIds.length > 30);
      assert.deepEqual(taskIds, ids.filter((id) => taskIds.includes(id)));
      program.tasks.forEach((task, i) => assert.equal(task.index, i));
    });

    it('locates ids, fields and items exactly', () => {
      for (const task of program.tasks) {
        assert.equal(slice(text, task.idSpan), task.id);
        assert.equal(slice(text, task.fields.id.key), 'id');
        assert.ok(slice(text, task.span).startsWith('- id:'), slice(text, task.span));
        for (const dep of task.dependsOn) assert.equal(slice(text, dep.task.span), dep.task.id);
      }
    });
  });

  describe('YAML 1.2', () => {
    it('keeps dates and on/yes/no as strings', () => {
      const { program, diagnostics } = parseProgram(
        'program: on\nstart: 2026-01-05\ntasks:\n  - id: yes\n    name: no\n    duration: 1\n    deadline: 2026-03-02\n',
      );
      assert.deepEqual(diagnostics, []);
      assert.equal(program.name, 'on');
      assert.equal(program.start, '2026-01-05');
      assert.equal(program.tasks[0].id, 'yes');
      assert.equal(program.tasks[0].name, 'no');
      assert.equal(program.tasks[0].deadline, '2026-03-02');
    });
  });

  describe('merge keys', () => {
    const text = `${HEADER}x-defaults: &defaults
  team: platform
  owner: raj
  duration: 3
x-pilot: &pilot { phase: pilot, owner: lena, duration: -1 }
tasks:
  - <<: *defaults
    id: a
    owner: lena
  - <<: [*defaults, *pilot]
    id: b
  - <<: *pilot
    id: c
  - <<: *pilot
    id: d
`;
    const { program, diagnostics } = parseProgram(text);

    it('gives a mapping the merged values it does not write itself, the first merged mapping first', () => {
      const fields = program.tasks.map((t) => [t.id, t.team?.id, t.owner?.id, t.duration, t.phase]);
      assert.deepEqual(fields, [
        ['a', 'platform', 'lena', 3, undefined],
        ['b', 'platform', 'raj', 3, 'pilot'],
        ['c', undefined, 'lena', 0, 'pilot'],
        ['d', undefined, 'lena', 0, 'pilot'],
      ]);
    });

    it('locates a merged value where it is written, and reports a bad one there once', () => {
      assert.equal(slice(text, program.tasks[1].owner!.span), 'raj');
      assert.equal(at(text, program.tasks[1].owner!.span), at(text, spanOf(text, 'raj')));
      const duration = only(diagnostics, 'PP007');
      assert.deepEqual(duration.span, spanOf(text, '-1'));
      assert.equal(diagnostics.filter((d) => d.code === 'PP005').length, 0, 'the merge key is no unknown key');
    });
  });

  describe('the model', () => {
    it('reads durations as working days and milestones as duration 0', () => {
      const text = `${HEADER}tasks:
  - { id: a, name: A, duration: 4 }
  - { id: b, name: B, duration: 3d }
  - { id: c, name: C, duration: 2w }
  - { id: d, name: D, milestone: true }
  - { id: e, name: E, duration: 0 }
  - { id: f, name: F, duration: 5, milestone: true }
`;
      const { program, diagnostics } = parseProgram(text);
      assert.deepEqual(diagnostics, []);
      assert.deepEqual(
        program.tasks.map((t) => [t.id, t.duration, t.milestone]),
        [['a', 4, false], ['b', 3, false], ['c', 10, false], ['d', 0, true], ['e', 0, true], ['f', 0, true]],
      );
    });

    it('reads dependencies as ids or {task, type, lag} with FS and 0 as defaults', () => {
      const text = `${HEADER}tasks:
  - { id: a, name: A, duration: 1 }
  - id: b
    name: B
    duration: 1
    dependsOn:
      - a
      - { task: a, type: SS, lag: -2 }
      - task: a
        lag: 3
`;
      const { program, diagnostics } = parseProgram(text);
      assert.deepEqual(diagnostics, []);
      const deps = program.tasks[1].dependsOn;
      assert.deepEqual(deps.map((d) => [d.task.id, d.type, d.lag]), [['a', 'FS', 0], ['a', 'SS', -2], ['a', 'FS', 3]]);
      assert.equal(slice(text, deps[0].span), '- a');
      assert.equal(slice(text, deps[1].span), '- { task: a, type: SS, lag: -2 }');
      assert.equal(slice(text, deps[2].span), '- task: a\n        lag: 3');
    });

    it('locates references at the id text in flow, block and quoted styles', () => {
      const text = `${HEADER}people:
  - { id: "ann", name: Ann }
  - id: 'bob'
    name: Bob
tasks:
  - { id: a, name: A, duration: 1, owner: "ann", consulted: [bob, 'ann'] }
  - id: b
    name: B
    duration: 1
    owner: bob
    informed:
      - "ann"
    dependsOn: ["a", { task: 'a' }]
`;
      const { program, diagnostics } = parseProgram(text);
      assert.deepEqual(diagnostics, []);
      const [a, b] = program.tasks;
      const refs = [a.owner!, ...a.consulted, b.owner!, ...b.informed, ...b.dependsOn.map((d) => d.task), ...program.people.map((p) => ({ id: p.id, span: p.idSpan }))];
      assert.equal(refs.length, 9);
      for (const ref of refs) assert.equal(slice(text, ref.span), ref.id);
      assert.equal(text[a.owner!.span.start - 1], '"', 'inside the quotes');
    });

    it('spans the program from its first key, after a document marker too', () => {
      const text = `%YAML 1.2\n---\n${HEADER}tasks:\n  - { id: a, name: A, duration: 1 }\n# end\n`;
      const { program, diagnostics } = parseProgram(text);
      assert.deepEqual(diagnostics, []);
      assert.equal(slice(text, program.span), `${HEADER}tasks:\n  - { id: a, name: A, duration: 1 }`);
      assert.equal(slice(text, program.tasks[0].span), '- { id: a, name: A, duration: 1 }');
    });

    it('accepts whole numbers as ids and reads them as text', () => {
      const { program, diagnostics } = parseProgram(`${HEADER}tasks:\n  - { id: 1, name: A, duration: 1 }\n  - { id: 2, name: B, duration: 1, dependsOn: [1] }\n`);
      assert.deepEqual(diagnostics, []);
      assert.deepEqual(program.tasks[1].dependsOn.map((d) => d.task.id), ['1']);
    });

    it('applies defaults and reads every section', () => {
      const text = `${HEADER}accountable: [ann, bob]
charter: { context: Why, successCriteria: [fast], inScope: [a], outOfScope: [b] }
calendar:
  holidays: [2026-01-19, { date: 2026-02-16, name: Presidents' Day }]
budget: { total: 100, currency: EUR }
statusOverride: { status: amber, reason: Staffing }
risks: [{ id: R1, title: Risk, impact: high, tasks: [a] }]
actions: [{ id: A1, title: Act, due: 2026-02-01 }]
issues: [{ id: I1, title: Issue, severity: critical }]
decisions: [{ id: D1, title: Decide }]
stakeholders: [{ id: S1, name: CFO, influence: high }]
launch: { date: 2026-06-01, checklist: [{ item: Runbook }] }
tasks: [{ id: a, name: A, duration: 1 }]
`;
      const { program, diagnostics } = parseProgram(text);
      assert.deepEqual(diagnostics, []);
      assert.deepEqual(program.accountable.map((r) => r.id), ['ann', 'bob']);
      assert.deepEqual(program.charter, { context: 'Why', successCriteria: ['fast'], inScope: ['a'], outOfScope: ['b'] });
      assert.deepEqual(program.holidays.map((h) => [h.date, h.name]), [['2026-01-19', undefined], ['2026-02-16', "Presidents' Day"]]);
      assert.deepEqual(program.budget, { total: 100, spent: 0, currency: 'EUR' });
      assert.deepEqual(program.statusOverride, { status: 'amber', reason: 'Staffing' });
      assert.equal(program.tasks[0].status, 'not-started');
      assert.equal(program.risks[0].status, 'open');
      assert.deepEqual(program.risks[0].tasks.map((r) => r.id), ['a']);
      assert.equal(program.actions[0].status, 'open');
      assert.equal(program.issues[0].severity, 'critical');
      assert.equal(program.decisions[0].status, 'pending');
      assert.equal(program.stakeholders[0].influence, 'high');
      assert.equal(program.launch?.checklist[0].done, false);
      assert.equal(slice(text, program.fields.budget.key), 'budget');
    });
  });

  describe('diagnostics', () => {
    it('PP001: a YAML syntax error at its position, and the rest is still read', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: 1 }\n  - id: b\n    name: B: C\nrisks: [{ id: R1, title: T }]\n`;
      const { program, diagnostics } = parseProgram(text);
      const d = only(diagnostics, 'PP001');
      assert.equal(at(text, d.span), '6:11');
      assert.deepEqual(program.risks.map((r) => r.id), ['R1']);
      assert.equal(parseProgram(`${HEADER}tasks:\n  - { id: a, name: A, duration: 1 }\nfoo: [\n`).program.tasks.length, 1);
    });

    it('PP001: an unclosed quote at the opening quote, not at the end of the file', () => {
      const text = `${HEADER}tasks:\n  - id: "a\n    name: A\n    duration: 1\nrisks: []\n`;
      const d = only(parseProgram(text).diagnostics, 'PP001');
      assert.equal(at(text, d.span), '4:9');
      assert.match(d.message, /no closing quote/);
      assert.deepEqual(parseProgram(`${HEADER}x-a: 'it''s'\nx-b: "a\\\\"\n`).diagnostics, []);
    });

    it('PP001: quoted text whose last quote is escaped, before a line indented no further, item by item and read whole', () => {
      // The yaml package ends such text at that line and reads `x"` without an error.
      for (const [quoted, escape] of [['"x\\"', '`\\"`'], ["'x''", "`''`"]] as const) {
        for (const anchor of ['', '&n ']) {
          const text = `${HEADER}tasks:\n  - id: a\n    name: ${anchor}${quoted}\n    duration: ${quoted[0]}2${quoted[0]}\n  - id: b\n    name: B\n    duration: 1\n`;
          const { diagnostics, program } = parseProgram(text);
          const d = only(diagnostics, 'PP001');
          assert.equal(at(text, d.span), `5:${11 + anchor.length}`, JSON.stringify(text));
          assert.ok(d.message.includes(`its last ${escape} is an escaped quote`), d.message);
          assert.deepEqual(program.tasks.map((t) => t.id), ['a', 'b']);
        }
      }
    });

    it('PP001: several errors give several diagnostics', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: 1 }\nx: : :\ny: ]\n`;
      const syntax = parseProgram(text).diagnostics.filter((d) => d.code === 'PP001');
      assert.ok(syntax.length >= 2, JSON.stringify(syntax));
      assert.ok(new Set(syntax.map((d) => d.span.start)).size >= 2);
    });

    it('PP001: a tab used as indentation', () => {
      const text = `${HEADER}tasks:\n\t- id: a\n`;
      const d = parseProgram(text).diagnostics.find((x) => x.code === 'PP001');
      assert.ok(d);
      assert.equal(at(text, d.span), '4:1');
    });

    it('PP001: a duplicate key', () => {
      const text = `${HEADER}tasks:\n  - id: a\n    name: A\n    name: B\n    duration: 1\n`;
      const d = only(parseProgram(text).diagnostics, 'PP001');
      assert.equal(at(text, d.span), '6:5');
    });

    it('PP002: a wrong type at the value', () => {
      const text = `${HEADER}tasks:\n  - id: a\n    name: [A]\n    duration: 1\n`;
      const d = only(parseProgram(text).diagnostics, 'PP002');
      assert.deepEqual(d.span, spanOf(text, '[A]'));
      assert.equal(at(text, d.span), '5:11');
      assert.match(d.message, /'name' should be text/);
    });

    it('PP002: an empty value tells what to write', () => {
      const text = `${HEADER}tasks:\n  - id: a\n    name: A\n    duration: 1\n    owner:\n`;
      const d = only(parseProgram(text).diagnostics, 'PP002');
      assert.match(d.message, /'owner' has no value/);
      assert.equal(at(text, d.span), '7:11');
    });

    it('PP003: a missing field on the first line of the item, never at offset 0', () => {
      const text = `${HEADER}tasks:\n  - id: a\n    duration: 1\n`;
      const d = only(parseProgram(text).diagnostics, 'PP003');
      assert.equal(at(text, d.span), '4:5');
      assert.equal(slice(text, d.span), 'id: a');
      assert.match(d.message, /'name'/);
      assert.deepEqual(d.data, { missing: 'name' });
    });

    it('PP003: a missing field of a nested mapping on its key', () => {
      const text = `${HEADER}statusOverride:\n  reason: late\n`;
      const d = only(parseProgram(text).diagnostics, 'PP003');
      assert.deepEqual(d.span, spanOf(text, 'statusOverride'));
    });

    it('PP003: a task needs a duration unless it is a milestone', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A }\n  - { id: b, name: B, milestone: true }\n`;
      const d = only(parseProgram(text).diagnostics, 'PP003');
      assert.match(d.message, /'duration'/);
      assert.equal(at(text, d.span), '4:5');
    });

    it('PP003: a file without `program` and `start`, on its first line', () => {
      const text = '# plan\n\ntasks: []\n';
      const found = parseProgram(text).diagnostics.filter((d) => d.code === 'PP003');
      assert.deepEqual(found.map((d) => d.data?.missing), ['program', 'start']);
      for (const d of found) assert.equal(at(text, d.span), '3:1');
    });

    it('PP004: a value outside the enum lists the allowed values and suggests one', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: 1, status: don }\n`;
      const d = only(parseProgram(text).diagnostics, 'PP004');
      assert.deepEqual(d.span, spanOf(text, 'don'));
      assert.match(d.message, /'not-started', 'in-progress', 'done', 'blocked', 'at-risk', 'cancelled'/);
      assert.match(d.message, /Did you mean 'done'\?/);
      assert.equal(parseProgram(text).program.tasks[0].status, 'not-started');
    });

    it('PP004: a bad dependency type', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: 1 }\n  - { id: b, name: B, duration: 1, dependsOn: [{ task: a, type: XS }] }\n`;
      const d = only(parseProgram(text).diagnostics, 'PP004');
      assert.deepEqual(d.span, spanOf(text, 'XS'));
    });

    it('PP005: an unknown key on the key, with did-you-mean', () => {
      const text = `${HEADER}tasks:\n  - id: a\n    name: A\n    duration: 1\n    ownr: ann\n    x-jira: PP-1\n`;
      const d = only(parseProgram(text).diagnostics, 'PP005');
      assert.deepEqual(d.span, spanOf(text, 'ownr'));
      assert.equal(at(text, d.span), '7:5');
      assert.match(d.message, /did you mean 'owner'\?/i);
      assert.deepEqual(d.data, { key: 'ownr', suggestion: 'owner' });
      assert.equal(d.severity, 'warning');
    });

    it('PP005: an unknown top-level key', () => {
      const text = `${HEADER}taks: []\n`;
      const d = only(parseProgram(text).diagnostics, 'PP005');
      assert.equal(at(text, d.span), '3:1');
      assert.match(d.message, /'tasks'/);
    });

    it('PP006: an impossible date and a badly written one', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: 1, deadline: 2026-02-30, notBefore: 5/1/2026 }\n`;
      const found = parseProgram(text).diagnostics.filter((d) => d.code === 'PP006');
      assert.deepEqual(found.map((d) => slice(text, d.span)), ['2026-02-30', '5/1/2026']);
      assert.match(found[0].message, /not a day on the calendar/);
      assert.equal(parseProgram(text).program.tasks[0].deadline, undefined);
    });

    it('PP006: a date that is not text', () => {
      const text = 'program: X\nstart: 20260105\n';
      const d = only(parseProgram(text).diagnostics, 'PP006');
      assert.equal(at(text, d.span), '2:8');
    });

    it('PP007: negative, fractional and malformed durations', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: -1 }\n  - { id: b, name: B, duration: 1.5 }\n  - { id: c, name: C, duration: 3x }\n`;
      const found = parseProgram(text).diagnostics.filter((d) => d.code === 'PP007');
      assert.deepEqual(found.map((d) => slice(text, d.span)), ['-1', '1.5', '3x']);
      assert.deepEqual(found.map((d) => at(text, d.span)), ['4:33', '5:33', '6:33']);
      assert.deepEqual(parseProgram(text).program.tasks.map((t) => t.duration), [0, 0, 0]);
    });

    it('PP008: progress out of range', () => {
      const text = `${HEADER}tasks:\n  - { id: a, name: A, duration: 1, progress: 120 }\n`;
      const d = only(parseProgram(text).diagnostics, 'PP008');
      assert.deepEqual(d.span, spanOf(text, '120'));
      assert.match(d.message, /between 0 and 100/);
      assert.equal(parseProgram(text).program.tasks[0].progress, undefined);
    });

    it('PP009: a list or a scalar is not a program', () => {
      const list = '# header\n- a\n- b\n';
      const d = only(parseProgram(list).diagnostics, 'PP009');
      assert.equal(at(list, d.span), '2:1');
      assert.equal(only(parseProgram('').diagnostics, 'PP009').span.start, 0);
      assert.equal(parseProgram('just text').diagnostics.length, 1);
    });

    it('drops items without a usable id but keeps the others', () => {
      const text = `${HEADER}tasks:\n  - { name: A, duration: 1 }\n  - { id: [x], name: B, duration: 1 }\n  - { id: c, name: C, duration: 1 }\n`;
      const { program } = parseProgram(text);
      assert.deepEqual(program.tasks.map((t) => [t.id, t.index]), [['c', 0]]);
    });

    it('cuts absurdly deep nesting and reports it', () => {
      const text = `${HEADER}x-deep: ${'['.repeat(200)}${']'.repeat(200)}\ntasks: [{ id: a, name: A, duration: 1 }]\n`;
      const { program, diagnostics } = parseProgram(text);
      assert.ok(diagnostics.some((d) => d.code === 'PP001' && /Nested more than/.test(d.message)));
      assert.equal(program.tasks.length, 1);
    });
  });
});
