/**
 * The XML reader (`saxes` under our own tree builder) against `fast-xml-parser` as the oracle of
 * the object shape importers read, on generated documents; and hostile text never throws.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { parseXml } from '../../../src/core/interchange/mspdi/xml';

interface Element {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly content: string | readonly Element[];
}

const REPEATED = new Set(['Task', 'Link']);
const names = fc.constantFrom('Task', 'Link', 'Name', 'UID', 'Duration', 'Tasks', 'x-y', 'a.b');
/** Text as planning tools write it: letters, spaces, the characters XML escapes, non-Latin ones. */
const words = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '&', '<', '>', '"', "'", 'é', '日', '😀', '1', '-'), maxLength: 12 });

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function write(element: Element): string {
  const attributes = element.attributes.map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  const content = typeof element.content === 'string' ? escape(element.content) : element.content.map(write).join('\n  ');
  return `<${element.name}${attributes}>${content}</${element.name}>`;
}

const element: fc.Arbitrary<Element> = fc.letrec<{ element: Element }>((tie) => ({
  element: fc.record({
    name: names,
    attributes: fc.uniqueArray(fc.tuple(fc.constantFrom('id', 'type', 'xmlns'), words.map((w) => w.trim())), { maxLength: 2, selector: ([name]) => name }),
    content: fc.oneof({ depthSize: 'small' }, words, fc.array(tie('element'), { maxLength: 4 })),
  }),
})).element;

const oracle = new XMLParser({
  processEntities: true,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

describe('interchange: the XML reader', () => {
  it('reads the same objects as fast-xml-parser on generated documents', () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 4 }), (children) => {
        // The root is never a repeated name in a real file: the oracle would make it a list.
        const root: Element = { name: 'Project', attributes: [['xmlns', 'http://schemas.microsoft.com/project']], content: children };
        const text = `<?xml version="1.0" encoding="UTF-8"?>\n${write(root)}\n`;
        const ours = parseXml(text, REPEATED);
        if (!ours.ok) return assert.fail(ours.error);
        const expected = (oracle.parse(text) as Record<string, unknown>)[root.name];
        assert.equal(ours.rootName, root.name);
        assert.deepEqual(ours.root, typeof expected === 'object' && expected !== null && !Array.isArray(expected) ? expected : {});
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on hostile text, and says what is wrong', () => {
    const pieces = fc.constantFrom('<', '>', '</', '/>', '<a>', '</a>', '<!--', '-->', '<![CDATA[', ']]>', '&', '&amp;', '&#0;', '&#x110000;', '"', '=', 'a', ' ', '\n', '\u0000', '\uFFFE', '<?x ?>', '<!DOCTYPE a>');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const result = parseXml(parts.join(''), REPEATED);
        if (!result.ok) assert.ok(result.error.length > 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads 100,000 levels of nesting without recursion: refused at 64', () => {
    const result = parseXml(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`, REPEATED);
    assert.deepEqual(result, { ok: false, error: 'elements nested more than 64 deep, far deeper than in a project file: refused' });
  });

  it('says where the XML breaks', () => {
    assert.deepEqual(parseXml('<Project>\n  <Name>A</Nme>\n</Project>', REPEATED), { ok: false, error: 'not well-formed XML at line 2, column 15: unexpected close tag' });
    assert.deepEqual(parseXml('<Project><Tasks><Task>', REPEATED), { ok: false, error: 'the XML ends before its elements are closed: the file is truncated or incomplete' });
    assert.match((parseXml('  \n  tasks:\n', REPEATED) as { error: string }).error, /^not well-formed XML at line 2, column 3: text outside the root element/);
  });
});
