import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mermaidText } from '../../../src/core/mermaid/text';

/** What the browser shows for Mermaid text: `#<code>;` becomes the character. */
const shown = (text: string) => text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

describe('mermaid text', () => {
  it('leaves ordinary names alone', () => {
    assert.equal(mermaidText('Build the API (v2), phase 1/3 - Müller'), 'Build the API (v2), phase 1/3 - Müller');
  });

  it('encodes every character that means something to Mermaid or HTML', () => {
    assert.equal(mermaidText('a:b#c;d%e'), 'a#58;b#35;c#59;d#37;e');
    assert.equal(mermaidText(`"q" 'q' <script>&`), '#34;q#34; #39;q#39; #60;script#62;#38;');
    assert.equal(mermaidText('%%{init: {"theme":"dark"}}%%'), '#37;#37;#123;init#58; #123;#34;theme#34;#58;#34;dark#34;#125;#125;#37;#37;');
  });

  it('encodes the markers Mermaid uses for its own entities', () => {
    assert.equal(mermaidText('\uFB02\u00B0\u00B060\u00B6\u00DF'), '#64258;#176;#176;60#182;#223;');
  });

  it('puts everything on one line and drops invisible direction overrides', () => {
    assert.equal(mermaidText('  first\nsecond\r\n\tthird  '), 'first second third');
    assert.equal(mermaidText('abc\u202Edef\u2066'), 'abcdef');
    assert.equal(mermaidText('a\u2028b\u0000c'), 'a b c');
  });

  it('guards names that start with a word the gantt lexer knows', () => {
    for (const name of ['section review', 'Title page', 'excludes list', 'click here', 'Gantt review', 'call vendor', '2026-01-05 cut-over']) {
      const text = mermaidText(name, { guardLeadingKeyword: true });
      assert.match(text, /^#\d+;/, name);
      assert.equal(shown(text), name);
    }
    assert.equal(mermaidText('Sections', { guardLeadingKeyword: false }), 'Sections');
    assert.equal(mermaidText('Review section', { guardLeadingKeyword: true }), 'Review section');
  });

  it('cuts long text without splitting a character', () => {
    assert.equal(mermaidText('abcdefghij', { maxLength: 5 }), 'abcd…');
    assert.equal(mermaidText('ab😀cd', { maxLength: 4 }), 'ab…');
    assert.equal(mermaidText('abc', { maxLength: 5 }), 'abc');
  });

  it('replaces a lone surrogate half with the replacement character', () => {
    assert.equal(mermaidText('a\uD800b\uDC00c'), 'a\uFFFDb\uFFFDc');
  });

  it('never lets a special character through and always reads back as the cleaned-up text', () => {
    const specials = fc.constantFrom(':', '#', ';', '%', '"', "'", '<', '>', '&', '{', '}', '`', '\\', '\n', '\u202E', '\uFB02', '\u00B0', '\u00B6', '\u00DF', ' ');
    const unit = fc.oneof(specials, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const input = parts.join('');
        const text = mermaidText(input, { guardLeadingKeyword: true });
        assert.doesNotMatch(text.replace(/#\d+;/g, ''), /[:;%"'<>&{}\\`#\n\r\u202E\uFB02\u00B0\u00B6\u00DF]/);
        const expected = input
          .replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
          .replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ')
          .trim();
        assert.equal(shown(text), expected);
      }),
    );
  });
});
