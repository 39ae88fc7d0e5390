import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { parse } from 'yaml';
import schema from '../../../schemas/program.schema.json';
import { parseProgram } from '../../../src/core/parse/parseProgram';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/multi-tenancy.program.yaml'), 'utf8');
const FIXTURES = join(__dirname, '../../fixtures/malformed');

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Whether our validator finds the text conforming (syntax errors excluded by the callers). */
function conformsForUs(text: string): boolean {
  return !parseProgram(text).diagnostics.some((d) => /^PP00[2-9]$/.test(d.code));
}

function conformsForAjv(text: string): boolean {
  return validate(parse(text, { version: '1.2', schema: 'core' }) ?? null) === true;
}

function hasSyntaxError(text: string): boolean {
  return parseProgram(text).diagnostics.some((d) => d.code === 'PP001');
}

interface SchemaNode {
  readonly description?: string;
  readonly $ref?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly definitions?: Record<string, SchemaNode>;
  readonly anyOf?: readonly SchemaNode[];
}

describe('schemas/program.schema.json', () => {
  it('is valid draft-07 and accepts the example', () => {
    assert.equal(ajv.validateSchema(schema), true);
    assert.equal(conformsForAjv(EXAMPLE), true, JSON.stringify(validate.errors));
  });

  it('describes every field, for hover in the editor', () => {
    const root = schema as SchemaNode;
    const undocumented: string[] = [];
    const visit = (node: SchemaNode, path: string) => {
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        const target = property.$ref ? root.definitions?.[property.$ref.replace('#/definitions/', '')] : undefined;
        if (!property.description && !target?.description) undocumented.push(`${path}.${key}`);
      }
      node.anyOf?.forEach((branch, i) => visit(branch, `${path}|${i}`));
    };
    visit(root, '');
    for (const [name, definition] of Object.entries(root.definitions ?? {})) visit(definition, name);
    assert.deepEqual(undocumented, []);
  });

  it('agrees with the parser on every malformed fixture without syntax errors', () => {
    const checked = readdirSync(FIXTURES)
      .map((name) => readFileSync(join(FIXTURES, name), 'utf8'))
      .filter((text) => !hasSyntaxError(text));
    assert.ok(checked.length >= 2);
    for (const text of checked) assert.equal(conformsForUs(text), conformsForAjv(text), text.slice(0, 200));
  });

  it('agrees with the parser on random changes to field values', () => {
    const values = ['x', '""', '0', '-1', '1.5', '3d', '2w', '10001', '2026-02-30', '2026-02-27', 'true', '[]', '[a]', '{}', '{ task: a }', 'FS', 'done', 'high', '~', '120', 'x-y: 1'];
    const lines = EXAMPLE.split('\n');
    const valueLines = lines.map((line, i) => [line, i] as const).filter(([line]) => /^\s+(- )?\w+: \S/.test(line) && !line.includes('#'));
    fc.assert(
      fc.property(fc.constantFrom(...valueLines), fc.constantFrom(...values), ([line, i], value) => {
        const changed = [...lines];
        changed[i] = line.replace(/^(\s+(- )?\w+: ).*$/, `$1${value}`);
        const text = changed.join('\n');
        const codes = parseProgram(text).diagnostics.map((d) => d.code);
        if (codes.includes('PP001')) return;
        const oursConforms = !codes.some((code) => /^PP00[2-9]$/.test(code));
        assert.equal(oursConforms, conformsForAjv(text), changed[i]);
      }),
      { numRuns: 60 },
    );
  });
});
