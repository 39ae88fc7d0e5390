/**
 * The installed package (exactly the files `vsce package` ships) contributes its commands: the
 * TPM finds every Program Pilot command in the command palette of a program file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/code-server/extension';
import { useSession } from './support/session';

interface ContributedCommand {
  readonly command: string;
  readonly title: string;
  readonly category?: string;
}

describe('Command palette', () => {
  const workbench = useSession();

  it('offers every Program Pilot command of the manifest', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const hidden = new Set<string>(manifest.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command));
    const expected = (manifest.contributes.commands as ContributedCommand[])
      .filter((c) => !hidden.has(c.command))
      .map((c) => `${c.category}: ${c.title}`);
    assert.ok(expected.length >= 3, 'the manifest should contribute the panel and status commands');

    await workbench().openFile('multi-tenancy.program.yaml');
    const offered = await workbench().paletteEntries('Program Pilot:', (rows) => rows.length >= expected.length);
    await workbench().screenshot('palette');
    await workbench().dismiss();
    assert.deepEqual(offered.filter((row) => row.startsWith('Program Pilot:')).sort(), expected.sort());
  });
});
