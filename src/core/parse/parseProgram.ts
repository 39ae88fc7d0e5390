/**
 * Program file text → the tolerant model (`Program`) and the syntax and schema diagnostics
 * (PP001–PP009). Never throws: whatever the text, the result is a model of what could be read.
 *
 * A file whose top-level lists are in block style is read item by item, exactly as the editor's
 * incremental parser reads it after an edit (so the two always agree): a valid file reads the
 * same either way, and a syntax error — an unclosed quote or bracket while typing — stays inside
 * its item instead of swallowing the rest of the file. Any other file is read as one document.
 */
import { IncrementalParser } from './incremental';
import type { ParsedProgram } from './wholeFile';

export type { ParsedProgram };

export function parseProgram(text: string): ParsedProgram {
  return new IncrementalParser().parse(text);
}

