import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import manifest from '../../../package.json';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

interface OnEnterRule {
  readonly beforeText: string;
  readonly afterText?: string;
  readonly action: { readonly indent: string; readonly appendText?: string };
}

describe('Program YAML language contribution', () => {
  const contributes = manifest.contributes as Record<string, unknown> & typeof manifest.contributes;
  const language = manifest.contributes.languages.find((l) => l.id === 'program-yaml');

  it('owns program files, so Red Hat YAML does not validate them too', () => {
    assert.deepEqual(language?.filenamePatterns, ['*.program.yaml', '*.program.yml']);
    assert.equal(contributes.yamlValidation, undefined);
    assert.deepEqual(manifest.contributes.jsonValidation[0].fileMatch, ['*.program.json']);
    assert.ok(manifest.activationEvents.includes('onLanguage:program-yaml') && manifest.activationEvents.includes('onLanguage:yaml'));
    for (const path of [language?.configuration, language?.icon.light, language?.icon.dark]) assert.ok(path && existsSync(path), `missing ${path}`);
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!syntaxes\/\*\*$/m, 'the grammar ships in the package');
  });

  it('colours with the YAML grammar, and marks plain dates only', () => {
    const [main, dates] = manifest.contributes.grammars;
    assert.equal(json(main.path).scopeName, main.scopeName);
    assert.deepEqual(json(main.path).patterns, [{ include: 'source.yaml' }]);
    const injection = json(dates.path);
    assert.equal(injection.scopeName, dates.scopeName);
    assert.deepEqual(dates.injectTo, [main.scopeName]);
    const date = new RegExp(injection.patterns[0].match);
    assert.deepEqual(['2026-03-02', 'x 2026-03-02 y'].map((text) => date.exec(text)?.[0]), ['2026-03-02', '2026-03-02']);
    assert.deepEqual(['2026-03-02x', '12026-03-02', 'v1.2026-03-02', '2026-03-02:1'].filter((text) => date.test(text)), []);
  });

  it('indents after a key that opens a block, lines up the keys of a list item, continues comments', () => {
    const rules = (json(language?.configuration ?? '') as { onEnterRules: OnEnterRule[] }).onEnterRules;
    const actionFor = (before: string, after = '') => {
      const rule = rules.find((r) => new RegExp(r.beforeText).test(before) && (r.afterText === undefined || new RegExp(r.afterText).test(after)));
      return rule && `${rule.action.indent}${rule.action.appendText === undefined ? '' : ` +'${rule.action.appendText}'`}`;
    };
    assert.equal(actionFor('tasks:'), 'indent');
    assert.equal(actionFor('    dependsOn:   # the predecessors'), 'indent');
    assert.equal(actionFor('  - calendar:'), 'indent');
    assert.equal(actionFor('x-defaults: &platform'), 'indent');
    assert.equal(actionFor('  context: >-'), 'indent');
    assert.equal(actionFor('  - id: build'), "none +'  '");
    assert.equal(actionFor('# a comment', 'split here'), "none +'# '");
    assert.equal(actionFor('    name: Build'), undefined);
    assert.equal(actionFor('# a comment: with a colon'), undefined);
    assert.equal(actionFor('    - b'), undefined);
  });
});
