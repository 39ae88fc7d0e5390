/**
 * The documents' HTML page and the preview's server answer: user text escaped, the launch
 * verdict as a banner, the stakeholder chart as a table until the preview's SVG replaces it
 * (and only a harmless SVG does), names linked to their line of the plan.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { documentHtml, isSafeSvg, withDiagrams } from '../../../src/core/documents/html';
import { buildDocument, DOCUMENT_KINDS, documentFileName } from '../../../src/core/documents/kinds';
import { documentMarkdown } from '../../../src/core/documents/markdown';
import { plainText } from '../../../src/core/status/document';
import { documentPreview } from '../../../src/server/documents';
import { entryOf } from '../server/support';

const EXAMPLE = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'multi-tenancy.program.yaml'), 'utf8');

const HOSTILE = `program: "<script>alert(1)</script>"
start: 2026-03-02
people:
  - { id: ann, name: "Ann <img src=x onerror=alert(1)>" }
stakeholders:
  - { id: s1, name: "<b>Boss</b> & co", interest: high, influence: high, strategy: "\\"quoted\\" 'too'" }
launch:
  date: 2026-03-20
  checklist:
    - { item: "<i>sign</i>", owner: ann, done: false }
`;

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>#a{fill:red}</style><text>Helen</text></svg>';

describe('document HTML', () => {
  it('escapes every user string, in every document', () => {
    const analysis = analyze(HOSTILE, { asOf: '2026-03-04' });
    for (const kind of DOCUMENT_KINDS) {
      const built = buildDocument(kind, analysis);
      const html = documentHtml(built.parts, built.title);
      assert.doesNotMatch(html, /<script|<img|<b>|<i>|onerror=alert\(1\)>/, kind);
      assert.match(html, /^<!DOCTYPE html>/);
    }
    const stakeholders = documentHtml(buildDocument('stakeholders', analysis).parts, 'x');
    assert.ok(stakeholders.includes('&#60;b&#62;Boss&#60;/b&#62; &#38; co'), 'the name is there, escaped');
  });

  it('shows the launch verdict as a coloured banner with its reasons, and Markdown keeps the plain paragraph and list', () => {
    const analysis = analyze(HOSTILE, { asOf: '2026-03-04' });
    const built = buildDocument('launch', analysis);
    assert.equal(built.tone, 'no-go');
    const html = documentHtml(built.parts, built.title);
    const banner = html.indexOf('border-left:4px solid #cf222e');
    assert.ok(banner > 0 && banner < html.indexOf('Verdict: NO-GO') && html.indexOf('Checklist item open: &#60;i&#62;sign&#60;/i&#62;') > banner, html);
    assert.match(documentMarkdown(built.parts), /^\*\*Verdict: NO-GO\*\* — as of 2026-03-04, launch on 2026-03-20\.\n\n- Checklist item open: \\<i\\>sign\\<\/i\\>$/m);
  });

  it('writes the stakeholder chart as a table of quadrants until the rendered SVG replaces it', () => {
    const built = buildDocument('stakeholders', analyze(EXAMPLE));
    const html = documentHtml(built.parts, built.title);
    assert.match(html, /<th[^>]*>Quadrant<\/th>/);
    assert.doesNotMatch(html, /<svg/);
    const drawn = withDiagrams(html, [SVG]);
    assert.ok(drawn.includes(SVG));
    assert.doesNotMatch(drawn, /<th[^>]*>Quadrant<\/th>/, 'the table gives way to the chart');
    assert.ok(drawn.includes('>Stakeholder</th>'), 'the engagement table stays');
    assert.equal(withDiagrams(html, [undefined]), html);
  });

  it('takes only an SVG that runs and loads nothing', () => {
    assert.ok(isSafeSvg(SVG));
    assert.ok(isSafeSvg('<svg><path marker-end="url(#arrow)"/></svg>'), 'references inside the picture are fine');
    for (const bad of [
      '<svg><script>alert(1)</script></svg>',
      '<svg onload="alert(1)"></svg>',
      '<svg><foreignObject><div>x</div></foreignObject></svg>',
      '<svg><a href="https://x">x</a></svg>',
      '<svg><image xlink:href="https://x/y.png"/></svg>',
      '<svg><style>@import "https://x/y.css";</style></svg>',
      '<svg><rect style="fill:url(https://x)"/></svg>',
      '<div>not svg</div>',
      '<svg>',
    ]) {
      assert.equal(isSafeSvg(bad), false, bad);
      const html = documentHtml(buildDocument('stakeholders', analyze(EXAMPLE)).parts, 't');
      assert.equal(withDiagrams(html, [bad]), html, bad);
    }
  });

  it('names the saved files after the program and the document', () => {
    assert.equal(documentFileName('raid', 'Multi-tenancy platform', 'md'), 'multi-tenancy-platform-raid.md');
    assert.equal(documentFileName('launch', '', 'html'), 'program-launch.html');
  });
});

describe('document preview (server)', () => {
  it('answers with the parts, the Markdown and the page of the current analysis, names linked to their lines', () => {
    const entry = entryOf(EXAMPLE);
    const result = documentPreview(entry, { uri: entry.uri, kind: 'stakeholders' });
    assert.ok(result);
    assert.equal(result.title, 'Stakeholder map: Multi-tenancy platform');
    assert.equal(result.markdown, documentMarkdown(buildDocument('stakeholders', entry.analysis).parts));
    assert.equal(result.view.saveName, 'multi-tenancy-platform-stakeholders.md');
    assert.equal(result.view.subtitle, `As of ${entry.analysis.asOf}`);
    assert.deepEqual(result.view.state, { documentUri: entry.uri });
    const table = result.view.parts.find((p) => p.kind === 'table');
    assert.ok(table && table.kind === 'table');
    const helen = table.rows.find((row) => plainText(row[0]) === 'Helen Brandt');
    const line = EXAMPLE.split('\n').findIndex((l) => l.includes('id: cto')) + 1;
    assert.equal(helen?.[0][0].line, line, 'the name links to the stakeholder in the plan');
  });

  it('gives the launch its verdict as the tone, and nothing for an unknown kind', () => {
    const entry = entryOf(HOSTILE);
    assert.equal(documentPreview(entry, { uri: entry.uri, kind: 'launch' })?.view.tone, 'no-go');
    assert.equal(documentPreview(entry, { uri: entry.uri, kind: 'bogus' as never }), null);
  });
});
