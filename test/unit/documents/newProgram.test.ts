import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { newProgramFileName, newProgramText } from '../../../src/core/documents/newProgram';
import { readBlockYaml } from '../../../src/core/parse/blockYaml';

describe('newProgramText', () => {
  it('builds a plan that analyses without errors or warnings, with every part of a kickoff', () => {
    const text = newProgramText({ name: 'Payments v2', start: '2026-04-06', teams: ['Platform', 'Mobile apps'] });
    const analysis = analyze(text);
    const problems = analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(problems.map((d) => `${d.code} ${d.message}`), []);
    const { program } = analysis;
    assert.equal(program.name, 'Payments v2');
    assert.deepEqual(program.teams.map((t) => t.id), ['platform', 'mobile-apps']);
    assert.ok(program.charter?.successCriteria.length);
    assert.ok(program.tasks.some((t) => t.milestone));
    assert.equal(program.risks.length + program.actions.length + program.issues.length + program.decisions.length, 4);
    assert.deepEqual([...new Set(program.launch?.checklist.map((c) => c.group))], ['technical', 'operational', 'stakeholder']);
    assert.equal(program.launch?.rollout[0].traffic, 10);
    assert.ok(analysis.schedule.ok);
  });

  it('stays error-free for any name and team names, and names the file by the slug', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (name, teams) => {
        const analysis = analyze(newProgramText({ name, start: '2026-01-05', teams }));
        const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
        assert.deepEqual(errors.map((d) => d.message), []);
      }),
      { numRuns: 150 },
    );
    assert.equal(newProgramFileName('Payments v2!'), 'payments-v2.program.yaml');
    // Team names whose slug YAML would read as a number (found by the property above).
    const numeric = analyze(newProgramText({ name: 'P', start: '2026-01-05', teams: ['1e 1', '0x1F', '12'] }));
    assert.deepEqual(numeric.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.deepEqual(numeric.program.teams.map((t) => t.id), ['team-1e-1', 'team-0x1f', 'team-12']);
  });
});

describe('newProgramText layout', () => {
  it('is block YAML the fast reader takes, so that typing in a new plan stays on the fast path', () => {
    assert.notEqual(readBlockYaml(newProgramText({ name: 'X', start: '2026-01-05', teams: ['A', 'B'] })), undefined);
  });
});

describe('newProgramText as a snippet', () => {
  it('is the plain text with each TODO a tab stop, for any name and teams', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (name, teams) => {
        const input = { name, start: '2026-01-05', teams };
        const plain = newProgramText(input);
        const snippet = newProgramText(input, { snippet: true });
        const stops = [...snippet.matchAll(/(?<!\\)\$\{(\d+):/g)].map((m) => Number(m[1]));
        assert.deepEqual(stops, Array.from({ length: 9 }, (_, i) => i + 1));
        // Unescape, and drop each placeholder's `${n:` and its closing `}`.
        const back = snippet.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}|\\([$}\\])/g, (_, fill: string | undefined, escaped: string | undefined) =>
          fill !== undefined ? fill.replace(/\\([$}\\])/g, '$1') : escaped!,
        );
        assert.equal(back, plain);
      }),
      { numRuns: 200 },
    );
  });
});
