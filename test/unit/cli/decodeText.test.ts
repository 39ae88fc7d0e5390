import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeProgramBytes, firstInvalidUtf8 } from '../../../src/cli/decodeText';

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

function isWellFormed(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes that are mostly UTF-8 text with some bytes broken, so both outcomes are common. */
const mostlyText = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0x80, max: 0xff }) }), { maxLength: 2 }))
  .map(([text, breaks]) => {
    const bytes = new Uint8Array(Buffer.from(text));
    for (const { at, byte } of breaks) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });

describe('cli: reading a program file as UTF-8', () => {
  it('finds the first ill-formed sequence where the standard decoder does', () => {
    fc.assert(
      fc.property(fc.oneof(mostlyText, fc.uint8Array({ maxLength: 8 })), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        assert.equal(at === -1, isWellFormed(bytes));
        if (at === -1) return;
        // Everything before it is well formed, and the decoder replaces exactly there.
        assert.ok(isWellFormed(bytes.subarray(0, at)));
        const text = lenient.decode(bytes);
        const index = lenient.decode(bytes.subarray(0, at)).length;
        assert.equal(text[index], '\ufffd');
        const decoded = decodeProgramBytes(bytes);
        // (Random bytes may look like UTF-16, which is tested below.)
        if (!('refused' in decoded)) assert.deepEqual(decoded, { text, invalid: { index, byte: bytes[at] } });
      }),
      { numRuns: 2000 },
    );
  });

  for (const [name, bytes] of [
    ['an overlong form', [0x41, 0xc0, 0xaf]],
    ['a surrogate', [0x41, 0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0x41, 0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut short by the end', [0x41, 0xe2, 0x82]],
  ] as const) {
    it(`reports ${name} at its first byte`, () => {
      assert.equal(firstInvalidUtf8(new Uint8Array(bytes)), 1);
    });
  }

  it('keeps valid text (and a UTF-8 byte order mark) as it is', () => {
    const text = '\ufeffprogram: Ünïcödé 🚀\n';
    assert.deepEqual(decodeProgramBytes(Buffer.from(text)), { text });
  });

  it('refuses UTF-16 with or without a byte order mark', () => {
    const le = Buffer.from('program: P\n', 'utf16le');
    assert.deepEqual(decodeProgramBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le])), { refused: 'it is UTF-16 text (little-endian); save it as UTF-8' });
    assert.deepEqual(decodeProgramBytes(le), { refused: 'it is UTF-16 text (little-endian); save it as UTF-8' });
    assert.deepEqual(decodeProgramBytes(Buffer.from(le).swap16()), { refused: 'it is UTF-16 text (big-endian); save it as UTF-8' });
  });
});
