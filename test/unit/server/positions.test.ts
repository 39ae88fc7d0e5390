import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../src/core/source';
import { rangeOf, spanOf } from '../../../src/server/positions';

/** Text made of pieces that matter for positions: line breaks of every kind and astral characters. */
const text = fc.array(fc.constantFrom('a', 'b c', '\n', '\r\n', '\r', '😀', 'é', '\t'), { maxLength: 60 }).map((parts) => parts.join(''));

/** Offsets between a CR and its LF are not positions anyone can put a cursor on. */
function insideCrLf(value: string, offset: number): boolean {
  return value[offset - 1] === '\r' && value[offset] === '\n';
}

describe('server positions', () => {
  it('maps spans to the line and UTF-16 character the core counts, and back', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const document = TextDocument.create('file:///p.program.yaml', 'program-yaml', 1, value);
        const lines = new LineIndex(value);
        const [start, end] = [a % (value.length + 1), b % (value.length + 1)].sort((x, y) => x - y);
        fc.pre(!insideCrLf(value, start) && !insideCrLf(value, end));
        const range = rangeOf(document, { start, end });
        assert.deepEqual(range.start, lines.positionAt(start));
        assert.deepEqual(range.end, lines.positionAt(end));
        assert.deepEqual(spanOf(document, range), { start, end });
      }),
    );
  });

  it('counts an astral character as two UTF-16 units, as LSP does by default', () => {
    const document = TextDocument.create('file:///p.program.yaml', 'program-yaml', 1, 'a: 😀x\n');
    assert.deepEqual(rangeOf(document, { start: 5, end: 6 }), { start: { line: 0, character: 5 }, end: { line: 0, character: 6 } });
  });
});
