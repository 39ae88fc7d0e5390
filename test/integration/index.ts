/**
 * The extension tests module: VS Code (desktop, or code-server through the launcher) loads it in
 * the extension host and awaits `run()`. It runs mocha over every bundled `*.test.js` next to
 * it, so adding `test/integration/<feature>.test.ts` is all a new suite needs.
 */
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // The extension host is shared with the workbench; give slow machines room.
    timeout: 30_000,
    ...(process.env.PROGRAM_PILOT_TEST_GREP ? { grep: process.env.PROGRAM_PILOT_TEST_GREP } : {}),
  });
  const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.js'));
  for (const file of files.sort()) mocha.addFile(join(__dirname, file));
  return new Promise((resolveRun, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolveRun()));
  });
}
