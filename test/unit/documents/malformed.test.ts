/** Every malformed fixture still gives each view and document, without throwing. */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { buildCockpit } from '../../../src/core/cockpit/cockpit';
import { charterMarkdown } from '../../../src/core/documents/charter';
import { launchMarkdown } from '../../../src/core/documents/launch';
import { raidMarkdown } from '../../../src/core/documents/raid';
import { stakeholdersMarkdown } from '../../../src/core/documents/stakeholders';

const FIXTURES = join(__dirname, '../../fixtures/malformed');

describe('views and documents of malformed files', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`never throw: ${name}`, () => {
      const text = readFileSync(join(FIXTURES, name), 'latin1');
      const analysis = analyze(text);
      const cockpit = buildCockpit(analysis);
      for (const node of [...cockpit.milestones, ...cockpit.attention, ...cockpit.raid.flatMap((g) => g.children ?? []), ...cockpit.people]) {
        if (node.span) assert.ok(0 <= node.span.start && node.span.end <= text.length, `${node.label} outside the text`);
      }
      for (const render of [charterMarkdown, raidMarkdown, stakeholdersMarkdown, launchMarkdown]) assert.ok(render(analysis).startsWith('# '));
    });
  }
});
