/** Every format of the report keeps hostile text from the plan literal; HTML is self-contained and script-free. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/source';
import { buildStatusReport, statusJson } from '../../../src/core/status/report';
import { statusHtml, statusMarkdown } from '../../../src/core/status/reportDocument';
import { escapeHtml } from '../../../src/core/status/html';

const EVIL = '<script>alert(1)</script> | **x** _y_ `z` [l](javascript:x) &amp; <img src=x onerror=alert(2)>';
const yaml = (value: string): string => JSON.stringify(value);

const TEXT = [
  `program: ${yaml(`# ${EVIL}`)}`,
  'start: 2026-03-02',
  'statusDate: 2026-03-16',
  'targetEnd: 2026-04-30',
  `people: [{ id: p, name: ${yaml(`- ${EVIL}`)}, team: t1 }, { id: q, name: Q, team: t2 }]`,
  `teams: [{ id: t1, name: ${yaml(`T1 ${EVIL}`)}, lead: p }, { id: t2, name: T2, lead: q }]`,
  'accountable: p',
  'tasks:',
  `  - { id: a, name: ${yaml(`1. ${EVIL}`)}, team: t1, owner: p, duration: 5, status: blocked, blocker: ${yaml(EVIL)}, progress: 10, actualStart: 2026-03-02 }`,
  `  - { id: m, name: ${yaml(`> ${EVIL}`)}, owner: q, team: t2, milestone: true, dependsOn: [a] }`,
  'risks:',
  `  - { id: R, title: ${yaml(EVIL)}, probability: high, impact: high, owner: p, mitigation: ${yaml(EVIL)}, impactText: ${yaml(EVIL)}, eta: 2026-03-20 }`,
  'actions:',
  `  - { id: A, title: ${yaml(EVIL)}, owner: nobody, due: 2026-03-16 }`,
  'decisions:',
  `  - { id: D, title: ${yaml(EVIL)}, needBy: 2026-03-20, recommendation: ${yaml(EVIL)}, owner: p }`,
  'launch:',
  '  date: 2026-03-20',
  `  checklist: [{ item: ${yaml(EVIL)}, owner: p, done: false }]`,
  `  ${'x-note'}: ${yaml(EVIL)}`,
  `bogus: ${yaml(EVIL)}`,
  '',
].join('\n');

function report() {
  const analysis = analyze(TEXT);
  const lines = new LineIndex(TEXT);
  return buildStatusReport({
    program: analysis.program,
    schedule: analysis.schedule,
    asOf: analysis.asOf,
    weekOverWeek: { unavailable: `no history ${EVIL}` },
    source: { diagnostics: analysis.diagnostics, positionAt: (o) => lines.positionAt(o), fileName: `plan ${EVIL}.program.yaml` },
  });
}

const TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'div', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'code']);

describe('status report formats with hostile text', () => {
  it('HTML: only our own tags, no script, no event handler, every string escaped', () => {
    const html = statusHtml(report());
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase());
    assert.deepEqual([...new Set(tags)].filter((t) => !TAGS.has(t)), []);
    // Text cannot contain a raw `<`, so every `<…>` is one of our tags: none has an event handler.
    assert.deepEqual([...html.matchAll(/<[a-zA-Z][^>]*>/g)].filter((m) => /\son[a-z]+=/i.test(m[0])), []);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    assert.match(html, /&#38;amp;/, 'an entity in the plan stays text');
    // Every section the plan feeds is there.
    for (const heading of ['Milestones', 'Cross-team dependencies', 'Risks &#38; mitigations', 'Launch readiness', 'Decisions needed']) assert.ok(html.includes(heading), heading);
    assert.ok(html.includes('<strong>⛔ The plan has 1 error</strong>;'), 'the unknown owner is an error, the unknown key only a warning');
    assert.ok(html.includes('<code style="font-family:Consolas,\'Courier New\',monospace;background:#f6f8fa;padding:0 3px;">plan &#60;script&#62;'), 'the file name is escaped too');
  });

  it('Markdown: metacharacters escaped, tables keep their columns', () => {
    const md = statusMarkdown(report());
    // Code spans show their text literally; everywhere else the metacharacters are escaped.
    const prose = md.replace(/(`+)[^`\n].*?\1/g, '');
    assert.doesNotMatch(prose, /(?<!\\)<script/);
    assert.doesNotMatch(prose, /(?<!\\)\[l(?<!\\)\]/);
    assert.doesNotMatch(md, /^(#|- |1\.|>) <script/m, 'names at the start of a line open no block');
    // Each table's rows have as many cells as its header: no `|` in a name splits a cell.
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    const lines = md.split('\n');
    let header = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('| ')) continue;
      if (!lines[i - 1]?.startsWith('| ')) header = cells(line);
      assert.equal(cells(line), header, line);
    }
  });

  it('JSON: the text as written, in a versioned envelope', () => {
    const data = JSON.parse(statusJson(report())) as { version: number; risks: { impactText: string }[]; decisions: { recommendation: string }[] };
    assert.equal(data.version, 1);
    assert.equal(data.risks[0].impactText, EVIL);
    assert.equal(data.decisions[0].recommendation, EVIL);
  });

  it('escapes the five HTML metacharacters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});
