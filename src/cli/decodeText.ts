/**
 * Turns a program file's bytes into text the way the command line reads it: UTF-8, with what a
 * user needs to know when the bytes are not UTF-8. UTF-16 (as some Windows editors save) is
 * refused with a reason, since reading it as UTF-8 gives a NUL between every letter; invalid
 * UTF-8 is still read (each bad sequence as U+FFFD, as editors do) but its place is reported.
 */
import { isUtf8 } from 'node:buffer';

export type DecodedText =
  | {
      readonly text: string;
      /** Where (a UTF-16 index in `text`) the first invalid UTF-8 sequence was replaced, and its first byte. */
      readonly invalid?: { readonly index: number; readonly byte: number };
    }
  | { readonly refused: string };

// ignoreBOM keeps a UTF-8 byte order mark in the text, as the parser expects and reads past it.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeProgramBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return { refused: `it is UTF-16 text (${utf16}); save it as UTF-8` };
  const text = utf8.decode(bytes);
  if (isUtf8(bytes)) return { text };
  const at = firstInvalidUtf8(bytes);
  return { text, invalid: { index: utf8.decode(bytes.subarray(0, at)).length, byte: bytes[at] } };
}

/** How many leading bytes the NUL-pattern test of a BOM-less UTF-16 file looks at. */
const SNIFF_BYTES = 512;

/**
 * 'little-endian' or 'big-endian' when the bytes are UTF-16: a byte order mark, or (without one)
 * the NUL bytes ASCII text has in UTF-16 on one side of every pair. YAML forbids NUL, so UTF-8
 * program text has none.
 */
function utf16ByteOrder(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) evenNuls++;
    if (bytes[2 * pair + 1] === 0) oddNuls++;
  }
  // Mostly ASCII (a NUL in at least half the pairs), and all on one side.
  if (oddNuls * 2 >= pairs && pairs > 0 && evenNuls === 0) return 'little-endian';
  if (evenNuls * 2 >= pairs && pairs > 0 && oddNuls === 0) return 'big-endian';
  return undefined;
}

/**
 * The byte offset where the first ill-formed UTF-8 sequence starts (Unicode's table of
 * well-formed sequences: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4; later bytes are 80..BF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += length;
  }
  return -1;
}
