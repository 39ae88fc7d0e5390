import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { engagementRule, placements, stakeholderChart, stakeholdersMarkdown } from '../../../src/core/documents/stakeholders';
import type { Level, Stakeholder } from '../../../src/core/model';

/**
 * Mermaid's quadrant parser needs a DOM (it sanitizes every text with DOMPurify), so the point
 * lines are checked for the form its lexer reads: `name: [x, y]`, the name free of every
 * character that could end it or start another statement, and `#code;` references decoding
 * back to the name.
 */
const POINT = /^ {2}((?:[^:[\],"\n;%<>&#]|#\d+;)+): \[(\d(?:\.\d+)?), (\d(?:\.\d+)?)\]$/;
const decode = (text: string): string => text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

function points(source: string): { text: string; x: number; y: number }[] {
  const lines = source.split('\n').slice(8);
  return lines.map((line) => {
    const m = POINT.exec(line);
    assert.ok(m, `not a point line: ${JSON.stringify(line)}`);
    assert.doesNotMatch(m[1], /^\s*(?:title|x-axis|y-axis|quadrant|classdef|point|\d)/i);
    return { text: decode(m[1]), x: Number(m[2]), y: Number(m[3]) };
  });
}

const at = { start: 0, end: 0 };
const stakeholder = (name: string, interest?: Level, influence?: Level): Stakeholder => ({ id: 's', idSpan: at, span: at, fields: {}, name, interest, influence });

describe('stakeholder map', () => {
  it('gives each quadrant its engagement rule, medium counting as the lower half', () => {
    assert.equal(engagementRule({ interest: 'high', influence: 'high' }), 'Manage closely');
    assert.equal(engagementRule({ interest: 'medium', influence: 'high' }), 'Keep satisfied');
    assert.equal(engagementRule({ interest: 'high', influence: 'low' }), 'Keep informed');
    assert.equal(engagementRule({ interest: 'medium', influence: 'medium' }), 'Monitor');
    assert.equal(engagementRule({}), 'Monitor');
  });

  it('places everyone, apart, inside their own quadrant', () => {
    const many = Array.from({ length: 7 }, (_, i) => stakeholder(`P${i}`, 'high', 'high'));
    const points = placements(many);
    assert.equal(new Set(points.map((p) => `${p.x},${p.y}`)).size, 7);
    for (const p of points) assert.ok(p.x >= 0.52 && p.y >= 0.52 && p.x <= 0.98 && p.y <= 0.98);
  });

  it('writes hostile names as one point line each that decodes back to the name', () => {
    const names = ['A: [0.1, 0.2] "q" # % ; x', 'title Boss', 'quadrant-1 X', 'two\nlines', 'R&D <b>x</b>', 'x-axis man', 'a,b', '--> arrow', 'classDef foo', '2nd wave', 'Ünïcødé 中文 😀'];
    for (const name of names) {
      const [point, ...more] = points(stakeholderChart([stakeholder(name, 'high', 'low')]));
      assert.equal(more.length, 0, name);
      assert.equal(point.text, name.replace(/\s+/g, ' '), name);
    }
  });

  it('writes one well-formed point per stakeholder, whatever the names and ratings', () => {
    const level = fc.constantFrom<Level | undefined>('low', 'medium', 'high', undefined);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), level, level), { minLength: 1, maxLength: 5 }), (rows) => {
        const written = points(stakeholderChart(rows.map(([n, i, f]) => stakeholder(n, i, f))));
        assert.equal(written.length, rows.length);
        for (const p of written) assert.ok(p.x >= 0 && p.x <= 1 && p.y >= 0 && p.y <= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('notes a high-influence stakeholder without strategy, and escapes names for Markdown', () => {
    const md = stakeholdersMarkdown(analyze('program: P\nstart: 2026-01-05\nstakeholders:\n  - { id: a, name: "*Boss* | [x](y)", influence: high }\n'));
    assert.match(md, /\| \\\*Boss\\\* \\\| \\\[x\\\]\(y\) \|/);
    assert.match(md, /> \\\*Boss\\\* \\\| \\\[x\\\]\(y\) has high influence but no strategy/);
  });
});
