import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import { ganttChart } from '../../../src/core/mermaid/gantt';
import { criticalPathDiagram } from '../../../src/core/mermaid/criticalPath';
import { runCli } from '../cli/runCli';

const EXAMPLE = 'examples/multi-tenancy.program.yaml';

function run(args: string[], files: Record<string, string> = {}) {
  return runCli(args, { files, disk: true, cwd: '.' });
}

describe('program-pilot gantt / critical-path', () => {
  const analysis = analyze(readFileSync(EXAMPLE, 'utf8'));

  it('prints exactly the source the Gantt panel draws', async () => {
    const { code, stdout, stderr } = await run(['gantt', EXAMPLE]);
    assert.equal(code, 0);
    assert.equal(stdout, ganttChart(analysis.program, analysis.schedule).source);
    assert.equal(stderr, '');
  });

  it('groups by team and wraps in a Markdown fence on request', async () => {
    const { code, stdout } = await run(['gantt', '--group-by=team', '--fence', EXAMPLE]);
    assert.equal(code, 0);
    assert.equal(stdout, `\`\`\`mermaid\n${ganttChart(analysis.program, analysis.schedule, { groupBy: 'team' }).source}\`\`\`\n`);
  });

  it('prints the critical-path source with the chosen scope and threshold, and says what it left out', async () => {
    const { code, stdout, stderr } = await run(['critical-path', '--scope', 'critical', '--threshold', '0', EXAMPLE]);
    assert.equal(code, 0);
    const diagram = criticalPathDiagram(analysis.program, analysis.schedule, { scope: 'critical', nearCriticalThreshold: 0 });
    assert.equal(stdout, diagram.source);
    assert.match(stderr, new RegExp(`showing ${diagram.nodes.length} of ${diagram.total} scheduled tasks`));
  });

  it('exits 1 with a reason when nothing can be scheduled', async () => {
    const { code, stdout, stderr } = await run(['gantt', 'p.program.yaml'], { 'p.program.yaml': 'program: P\ntasks:\n  - id: a\n    name: A\n    duration: 2\n' });
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /no valid 'start' date/);
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    assert.equal((await run(['gantt'])).code, 2);
    assert.equal((await run(['gantt', 'a', 'b'])).code, 2);
    const bad = await run(['gantt', '--group-by', 'owner', EXAMPLE]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--group-by must be 'phase' or 'team', not 'owner'/);
    assert.equal((await run(['critical-path', '--threshold', '-1', EXAMPLE])).code, 2);
    const missing = await run(['critical-path', 'missing.program.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read 'missing.program.yaml'/);
  });

  it('names tasks left out because of a dependency cycle, on stderr', async () => {
    const text = 'program: P\nstart: 2026-03-02\ntasks:\n  - {id: a, name: A, duration: 1}\n  - {id: b, name: B, duration: 1, dependsOn: [c]}\n  - {id: c, name: C, duration: 1, dependsOn: [b]}\n';
    const { code, stdout, stderr } = await run(['gantt', 'c.program.yaml'], { 'c.program.yaml': text });
    assert.equal(code, 0);
    assert.match(stdout, /\n    A :crit, t1, 2026-03-02, 2026-03-02\n/);
    assert.match(stderr, /could not be scheduled \(dependency cycle\): b, c/);
  });
});
