/**
 * `npm run screenshots`: regenerates the README's images (`docs/images/*.png`) from the
 * end-to-end scenarios, which save them at the step that shows the feature. The images are
 * committed; run this after a visible change to the hover, the status preview or the panels.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './code-server/extension';

const IMAGES = join(ROOT, 'docs', 'images');
/** The images the README shows, by the name the scenarios publish them under. */
const EXPECTED = ['gantt', 'critical-path', 'hover', 'status', 'confidence-end-chart', 'gantt-high-contrast'];

function main(): number {
  const started = Date.now();
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return 1;
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', 'test/e2e/.mocharc.json', 'test/e2e/**/*.test.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PROGRAM_PILOT_PUBLISH_SCREENSHOTS: IMAGES },
  });
  const fresh = EXPECTED.filter((name) => {
    const file = join(IMAGES, `${name}.png`);
    return existsSync(file) && statSync(file).mtimeMs >= started;
  });
  const stale = EXPECTED.filter((name) => !fresh.includes(name));
  console.log(`\nUpdated in docs/images/: ${fresh.map((n) => `${n}.png`).join(', ') || 'nothing'}`);
  if (stale.length > 0) console.log(`Not produced (scenario failed or skipped): ${stale.map((n) => `${n}.png`).join(', ')}`);
  return run.status === 0 && stale.length === 0 ? 0 : 1;
}

process.exit(main());
