import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { charterMarkdown } from '../../../src/core/documents/charter';
import { raidMarkdown } from '../../../src/core/documents/raid';
import { runCli } from '../cli/runCli';

const HOSTILE = `program: "# Big | *launch*"
start: 2026-03-02
people:
  - { id: ann, name: "Ann <script>" }
charter:
  context: "Line one\\n\\n# not a heading"
  successCriteria: ["- [x] done | **bold**"]
teams:
  - { id: t, name: "T_eam", lead: ann }
tasks:
  - { id: a, name: "\`rm -rf\` | a", phase: "p|1", owner: ann, duration: 2 }
risks:
  - { id: R-1, title: "[link](http://x)", probability: high, impact: high, mitigation: "1. first", owner: ann }
actions:
  - { id: A-1, title: "_x_", owner: ann, due: 2026-03-01 }
issues:
  - { id: I-1, title: "~~gone~~", severity: high }
decisions:
  - { id: D-1, title: "<b>pick</b>", status: pending, needBy: 2026-03-05 }
`;

describe('charter and RAID documents', () => {
  it('escape every user string for Markdown', () => {
    const analysis = analyze(HOSTILE, { asOf: '2026-03-04' });
    for (const md of [charterMarkdown(analysis), raidMarkdown(analysis)]) {
      assert.doesNotMatch(md, /<script>|<b>|\[link\]\(|~~gone|\*launch\*|`rm -rf`/);
      for (const table of md.split(/\n\n/).filter((block) => block.startsWith('|'))) {
        // Every row has as many cells as the header: no user `|` splits a cell.
        const cells = table.trim().split('\n').map((row) => row.replace(/\\\|/g, '').split('|').length);
        assert.deepEqual(new Set(cells).size, 1, table);
      }
    }
    const charter = charterMarkdown(analysis);
    assert.match(charter, /^# \\# Big \\\| \\\*launch\\\* — charter$/m);
    assert.match(charter, /\| p\\\|1 \| 2026-03-02 \| 2026-03-03 \| 1 \|/);
    assert.match(charter, /\| \*\*R-1\*\* \\\[link\\\]\(http:\/\/x\) \| high \| high \| 1\. first \| Ann \\<script\\> \|/);
  });

  it('mark overdue actions and pending decisions with their need-by date in the RAID log', () => {
    const md = raidMarkdown(analyze(HOSTILE, { asOf: '2026-03-04' }));
    assert.match(md, /\| \*\*A-1\*\* \\_x\\_ \| Ann \\<script\\> \| 2026-03-01 \| open \(overdue\) \|/);
    assert.match(md, /\| \*\*D-1\*\* \\<b\\>pick\\<\/b\\> \| pending \(needed by 2026-03-05\) \|/);
    assert.match(md, /## Issues\n\n\| Issue \| Status \| Severity/);
  });

  it('say what is missing instead of leaving sections empty', () => {
    const md = charterMarkdown(analyze('program: P\nstart: 2026-03-02\n'));
    assert.match(md, /Not written yet \(charter\.context\)\./);
    assert.match(md, /No tasks yet\./);
    assert.match(md, /No open risks\./);
    assert.match(raidMarkdown(analyze('program: P\nstart: 2026-03-02\n')), /No risks logged\.[\s\S]*No decisions logged\./);
  });

  it('run as commands with --as-of', async () => {
    const files = { 'p.program.yaml': HOSTILE };
    const raid = await runCli(['raid', '--as-of', '2026-02-01', 'p.program.yaml'], { files });
    assert.equal(raid.code, 0);
    assert.match(raid.stdout, /As of 2026-02-01\./);
    assert.match(raid.stdout, /\| 2026-03-01 \| open \|/);
    for (const name of ['charter', 'stakeholders']) assert.equal((await runCli([name, 'p.program.yaml'], { files })).code, 0);
    assert.equal((await runCli(['charter', 'missing.program.yaml'])).code, 2);
    assert.equal((await runCli(['raid', '--as-of', '2026-02-30', 'p.program.yaml'], { files })).code, 2);
  });
});
