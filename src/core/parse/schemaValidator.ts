/**
 * Checks YAML nodes against `schemas/program.schema.json` directly, without converting them to
 * plain objects first, so that every violation is reported at the offending key or value.
 *
 * It interprets the subset of JSON Schema draft-07 the program schema uses ($ref to
 * definitions, type, enum, const, pattern, minLength, format date, minimum/maximum, items,
 * required, properties, patternProperties, additionalProperties, anyOf, if/then/else). The
 * schema stays the single reference for the format: other tools may validate with it (Red Hat
 * YAML, on files mapped back to YAML), and this module gives the same verdicts with better
 * locations and messages.
 */
import schemaJson from '../../../schemas/program.schema.json';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostics';
import { isValidIsoDate } from '../dates';
import type { Span } from '../source';
import { daysCorrection, keyWord, paddedDate, statusWord } from '../text/commonMistakes';
import { closest } from '../text/suggest';
import { firstLine, jsonTypeOf, keyText, nodeSpan, resolved, type JsonType, type Source, type ValueNode, type YamlMap, type YamlPair } from './yamlNodes';

export interface Schema {
  readonly $ref?: string;
  readonly type?: JsonType | readonly JsonType[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: Schema;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly patternProperties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean;
  readonly anyOf?: readonly Schema[];
  readonly if?: Schema;
  readonly then?: Schema;
  readonly else?: Schema;
  readonly definitions?: Readonly<Record<string, Schema>>;
  readonly description?: string;
}

export const PROGRAM_SCHEMA = schemaJson as Schema;

/** The schema of one kind of item, e.g. `definition('task')`. */
export function definition(name: string): Schema {
  return { $ref: `#/definitions/${name}` };
}

/**
 * Where a value sits, for messages and locations: its label (`duration`, `dependsOn[2]`), the key
 * it is the value of (missing fields are reported there), and the definition it belongs to.
 */
export interface Place {
  readonly label: string;
  readonly keySpan?: Span;
  /** Inside a duration or a lag: which, for the message on a value written another way. */
  readonly days?: DaysKind;
}

type DaysKind = 'duration' | 'lag';

/** The largest number of working days a duration or lag may have (a lag as much negative). */
const MAX_DAYS = 10000;

/** Definitions whose violations have their own codes instead of the generic ones. */
const DEFINITION_CODES: Readonly<Record<string, DiagnosticCode>> = { date: 'PP006', duration: 'PP007', lag: 'PP007' };

const TYPE_NAMES: Readonly<Record<JsonType, string>> = {
  null: 'nothing',
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
};

/** Collects the violations of one validation run and the nodes whose values are unusable. */
export class Validation {
  readonly diagnostics: Diagnostic[] = [];
  /** Nodes whose value the model must not use (wrong type, bad value). */
  readonly invalid = new Set<unknown>();

  constructor(readonly source: Source) {}

  /** Validates `node` against `schema`; true when it conforms. */
  validate(node: ValueNode, schema: Schema, place: Place, inheritedCode?: DiagnosticCode): boolean {
    const { schema: target, definitionName } = dereference(schema);
    const code = (definitionName && DEFINITION_CODES[definitionName]) || inheritedCode;
    if (definitionName === 'duration' || definitionName === 'lag') place = { ...place, days: definitionName };
    const value = resolved(node);
    if (node?.kind === 'alias' && value === undefined) {
      this.report('PP001', node, place, `YAML syntax: the alias *${node.name} names no anchor before it; define '&${node.name}' first or write the value.`);
      return false;
    }
    return this.check(value, target, place, definitionName, code, node);
  }

  private check(
    node: ValueNode,
    schema: Schema,
    place: Place,
    definitionName: string | undefined,
    code: DiagnosticCode | undefined,
    written: ValueNode,
  ): boolean {
    if (schema.anyOf) return this.checkAnyOf(node, schema.anyOf, place, code, written);
    const type = jsonTypeOf(node);
    if (schema.type && !typeAllowed(type, schema.type)) {
      const expected = schema.enum ? `one of ${schema.enum.map((v) => `'${String(v)}'`).join(', ')}` : describeTypes(schema.type, definitionName);
      this.report(code ?? (schema.enum ? 'PP004' : 'PP002'), written, place, mismatchMessage(place, expected, type));
      return false;
    }
    if (node?.kind === 'scalar') return this.checkScalar(node.value, schema, place, code, written);
    if (node?.kind === 'seq') {
      let ok = true;
      if (schema.items) node.items.forEach((item, i) => (ok = this.validate(item, schema.items as Schema, { label: `${place.label}[${i}]` }) && ok));
      return ok;
    }
    if (node?.kind === 'map') return this.checkMapping(node, schema, place, definitionName);
    return true;
  }

  private checkAnyOf(node: ValueNode, branches: readonly Schema[], place: Place, code: DiagnosticCode | undefined, written: ValueNode): boolean {
    const type = jsonTypeOf(node);
    let matching: Schema | undefined;
    for (const branch of branches) {
      const trial = new Validation(this.source);
      if (trial.validate(node, branch, place)) return true;
      if (!matching && typeAllowed(type, dereference(branch).schema.type)) matching = branch;
    }
    if (matching) return this.validate(written, matching, place, code);
    if (place.days) {
      this.reportDays(written, place, place.days, node?.kind === 'scalar' ? node.value : undefined);
      return false;
    }
    const expected = branches.map((branch) => describeTypes(dereference(branch).schema.type, dereference(branch).definitionName));
    this.report(code ?? 'PP002', written, place, mismatchMessage(place, joinAlternatives(expected), type));
    return false;
  }

  private checkScalar(value: unknown, schema: Schema, place: Place, code: DiagnosticCode | undefined, written: ValueNode): boolean {
    if (schema.const !== undefined && value !== schema.const) {
      this.report(code ?? 'PP004', written, place, `${quoteLabel(place)} must be ${String(schema.const)}.`);
      return false;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      const allowed = schema.enum.map(String);
      const word = typeof value === 'string' ? statusWord(value, allowed) : undefined;
      const suggestion = word ?? (typeof value === 'string' ? closest(value, allowed) : undefined);
      const hint = word ? ` For '${String(value)}', write '${word}'.` : suggestion ? ` Did you mean '${suggestion}'?` : '';
      this.report(code ?? 'PP004', written, place, `${quoteLabel(place)} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}.${hint}`, {
        allowed,
        ...(suggestion ? { suggestion } : {}),
      });
      return false;
    }
    if (typeof value === 'string') return this.checkString(value, schema, place, code, written);
    if (typeof value === 'number') return this.checkNumber(value, schema, place, code, written);
    return true;
  }

  private checkString(value: string, schema: Schema, place: Place, code: DiagnosticCode | undefined, written: ValueNode): boolean {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      this.report(code ?? 'PP002', written, place, `${quoteLabel(place)} is empty; write a value or remove the key.`);
      return false;
    }
    if (code === 'PP006') {
      if (!pattern(schema.pattern).test(value)) {
        const padded = paddedDate(value);
        const example = padded ? `: write ${padded}` : ', e.g. 2026-01-05';
        this.report(code, written, place, `${quoteLabel(place)} should be a date written YYYY-MM-DD${example}.`, padded ? { suggestion: padded } : undefined);
        return false;
      }
      if (!isValidIsoDate(value)) {
        this.report(code, written, place, `${quoteLabel(place)}: ${value} is not a day on the calendar. Check the month and the day.`);
        return false;
      }
      return true;
    }
    if (schema.pattern !== undefined && !pattern(schema.pattern).test(value)) {
      if (place.days) this.reportDays(written, place, place.days, value);
      else this.report(code ?? 'PP004', written, place, `${quoteLabel(place)} is not in the expected form. ${schema.description ?? ''}`.trim());
      return false;
    }
    if (schema.format === 'date' && !isValidIsoDate(value)) {
      this.report('PP006', written, place, `${quoteLabel(place)}: ${value} is not a day on the calendar.`);
      return false;
    }
    return true;
  }

  private checkNumber(value: number, schema: Schema, place: Place, code: DiagnosticCode | undefined, written: ValueNode): boolean {
    const tooLow = schema.minimum !== undefined && !(value >= schema.minimum);
    const tooHigh = schema.maximum !== undefined && !(value <= schema.maximum);
    if (!tooLow && !tooHigh && Number.isFinite(value)) return true;
    if (place.days) {
      this.reportDays(written, place, place.days, value);
      return false;
    }
    const range =
      schema.minimum !== undefined && schema.maximum !== undefined
        ? `between ${schema.minimum} and ${schema.maximum}`
        : schema.minimum !== undefined
          ? `at least ${schema.minimum}`
          : schema.maximum !== undefined
            ? `at most ${schema.maximum}`
            : 'a finite number';
    this.report(code ?? 'PP008', written, place, `${quoteLabel(place)} must be ${range}.`);
    return false;
  }

  private checkMapping(map: YamlMap, schema: Schema, place: Place, definitionName: string | undefined): boolean {
    let ok = true;
    const present = new Set<string>();
    for (const pair of map.pairs) {
      const key = keyText(pair);
      if (key === undefined) {
        this.report('PP002', pair.key, place, `Keys must be plain text; this key is ${describeNode(pair.key)}.`);
        ok = false;
        continue;
      }
      present.add(key);
      const property = schema.properties?.[key];
      if (property) {
        ok = this.validate(pair.value, property, { label: key, keySpan: nodeSpan(this.source, pair.key) }) && ok;
      } else if (!matchesPatternProperty(key, schema) && schema.additionalProperties === false) {
        this.reportUnknownKey(map, pair, key, schema, definitionName);
      }
    }
    ok = this.checkRequired(map, schema.required, present, place, definitionName) && ok;
    if (schema.if) {
      const branch = new Validation(this.source).validate(map, schema.if, place) ? schema.then : schema.else;
      if (branch?.required) ok = this.checkRequired(map, branch.required, present, place, definitionName) && ok;
    }
    return ok;
  }

  private checkRequired(map: YamlMap, required: readonly string[] | undefined, present: ReadonlySet<string>, place: Place, definitionName: string | undefined): boolean {
    const missing = (required ?? []).filter((key) => !present.has(key));
    if (missing.length === 0) return true;
    const span = this.missingFieldSpan(map, place);
    const where = definitionName ? ` in this ${words(definitionName)}` : place.label ? ` in ${quoteLabel(place)}` : ' at the top of the file';
    for (const key of missing) {
      this.diagnostics.push(diagnostic('PP003', span, `Missing required field '${key}'${where}. Add '${key}: …'.`, { data: { missing: key } }));
    }
    return false;
  }

  /** The parent's key, else the mapping's first line; never the start of an unrelated text. */
  private missingFieldSpan(map: YamlMap, place: Place): Span {
    if (place.keySpan) return place.keySpan;
    const span = nodeSpan(this.source, map) ?? { start: this.source.base, end: this.source.base };
    return firstLine(this.source, span);
  }

  private reportUnknownKey(map: YamlMap, pair: YamlPair, key: string, schema: Schema, definitionName: string | undefined): void {
    const known = Object.keys(schema.properties ?? {});
    const word = keyWord(key, definitionName);
    const suggestion = word?.key ?? closest(key, known);
    const owner = definitionName ? `a ${words(definitionName)}` : 'the program';
    const hint = word ? ` Write '${word.key}' instead. ${word.why}` : suggestion ? ` Did you mean '${suggestion}'?` : ` Known keys: ${known.join(', ')}.`;
    const span = nodeSpan(this.source, pair.key) ?? { start: this.source.base, end: this.source.base };
    // Renaming the key to one the mapping already has would only make a duplicate key.
    const fixable = suggestion !== undefined && !map.pairs.some((other) => keyText(other) === suggestion);
    this.diagnostics.push(
      diagnostic('PP005', span, `Unknown key '${key}' in ${owner}.${hint} (Keys starting with 'x-' are yours and never flagged.)`, {
        data: fixable ? { key, suggestion } : { key },
      }),
    );
  }

  /** PP007 for a duration or lag, saying how to write it when the value reads as working days (`2 weeks`, `1.5w`). */
  private reportDays(written: ValueNode, place: Place, days: DaysKind, value: unknown): void {
    const correction = typeof value === 'string' || typeof value === 'number' ? daysCorrection(value, days, MAX_DAYS) : undefined;
    const message = correction ? correction.advice : daysMessage(place, days);
    this.report('PP007', written, place, message, correction?.replacement ? { suggestion: correction.replacement } : undefined);
  }

  private report(code: DiagnosticCode, node: ValueNode, place: Place, message: string, data?: Diagnostic['data']): void {
    this.invalid.add(node);
    const span = nodeSpan(this.source, node) ?? place.keySpan ?? { start: this.source.base, end: this.source.base };
    this.diagnostics.push(diagnostic(code, span, message, data ? { data } : {}));
  }
}

/** Follows `$ref`s to the schema they name, remembering the last definition's name. */
function dereference(schema: Schema): { schema: Schema; definitionName: string | undefined } {
  let current = schema;
  let definitionName: string | undefined;
  for (let hops = 0; current.$ref && hops < 16; hops++) {
    definitionName = current.$ref.replace('#/definitions/', '');
    current = PROGRAM_SCHEMA.definitions?.[definitionName] ?? {};
  }
  return { schema: current, definitionName };
}

function typeAllowed(type: JsonType | undefined, allowed: Schema['type']): boolean {
  if (allowed === undefined) return true;
  if (type === undefined) return false;
  const list: readonly JsonType[] = typeof allowed === 'string' ? [allowed] : allowed;
  return list.includes(type) || (type === 'integer' && list.includes('number'));
}

function describeTypes(types: Schema['type'], definitionName: string | undefined): string {
  if (definitionName === 'date') return 'a date written YYYY-MM-DD';
  if (definitionName?.endsWith('Ref')) return `the id of a ${definitionName.slice(0, -3)}`;
  if (types === undefined) return 'a value';
  const list = (typeof types === 'string' ? [types] : types).filter((t) => t !== 'null');
  return joinAlternatives(list.filter((t, _, all) => !(t === 'integer' && all.includes('number'))).map((t) => TYPE_NAMES[t]));
}

function mismatchMessage(place: Place, expected: string, found: JsonType | undefined): string {
  if (found === 'null') return `${quoteLabel(place)} has no value: write ${expected}, or remove the key.`;
  const actual = found === 'number' ? 'a number with a fraction' : found ? TYPE_NAMES[found] : 'this kind of value';
  return `${quoteLabel(place)} should be ${expected}, not ${actual}.`;
}

function describeNode(node: ValueNode): string {
  const type = jsonTypeOf(node);
  return type ? TYPE_NAMES[type] : 'not text';
}

function joinAlternatives(items: readonly string[]): string {
  const unique = [...new Set(items)];
  return unique.length <= 1 ? (unique[0] ?? 'a value') : `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}

function daysMessage(place: Place, days: DaysKind): string {
  return days === 'duration'
    ? `${quoteLabel(place)} should be a whole number of working days from 0 to ${MAX_DAYS}, or text like '3d' or '2w' (weeks of 5 working days).`
    : `${quoteLabel(place)} should be a whole number of working days from -${MAX_DAYS} to ${MAX_DAYS} (negative for a lead), or text like '2d' or '1w' (weeks of 5 working days).`;
}

function quoteLabel(place: Place): string {
  return `'${place.label}'`;
}

/** `checklistItem` → `checklist item`. */
function words(name: string): string {
  return name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

function matchesPatternProperty(key: string, schema: Schema): boolean {
  for (const source of Object.keys(schema.patternProperties ?? {})) if (pattern(source).test(key)) return true;
  return false;
}

const patterns = new Map<string, RegExp>();
function pattern(source: string | undefined): RegExp {
  const key = source ?? '';
  let regex = patterns.get(key);
  if (!regex) patterns.set(key, (regex = new RegExp(key, 'u')));
  return regex;
}
