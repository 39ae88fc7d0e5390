/**
 * "Set Baseline": the tag's name and the minimal edit that makes the file name it. The edit
 * replaces the value of `baseline:` (keeping a comment after it) or adds the key after the
 * program's dates; nothing else in the file moves.
 */
import type { IsoDate, Program } from '../model';
import { insertField, replaceValue } from '../fixes/yamlLayout';
import type { TextEdit } from '../fixes/textEdit';
import { slugify } from '../status/fileName';

/** `baseline/<program-slug>/<YYYY-MM-DD>`. */
export function baselineTagName(programName: string, date: IsoDate): string {
  return `baseline/${slugify(programName)}/${date}`;
}

/** Refs that YAML reads back as the same text without quotes. */
const PLAIN_REF = /^[A-Za-z_][A-Za-z0-9_./-]*$/;

/**
 * The edit that makes `ref` the current baseline, or undefined when `baseline:` already says so.
 * With only a `baselines:` list, the new key goes before it in effect: `baseline` comes first.
 */
export function setBaselineEdit(text: string, program: Program, ref: string): TextEdit | undefined {
  const value = PLAIN_REF.test(ref) ? ref : JSON.stringify(ref);
  const field = program.fields.baseline;
  if (field) {
    if (text.slice(field.value.start, field.value.end).trim() === value) return undefined;
    return replaceValue(text, field, value);
  }
  const after = ['targetEnd', 'statusDate', 'start'].find((key) => key in program.fields);
  // The program's span starts at its first key; a `{…}` file needs the braces in it.
  const open = text.search(/\S/);
  const entity = text[open] === '{' ? { ...program, span: { start: open, end: text.lastIndexOf('}') + 1 } } : program;
  return insertField(text, entity, 'baseline', value, after ? { after } : {});
}
