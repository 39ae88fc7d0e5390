// The licence notices of the packages bundled into dist/: the .vsix and the npm package ship
// only bundles, and the MIT/ISC/BSD/Apache licences of what they contain ask for the notice to
// travel with the code. Built from esbuild's metafiles, so it lists exactly what was bundled.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** `node_modules/@scope/name/…` or `node_modules/name/…` → the package folder (the innermost one). */
function packageFolder(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const length = parts[at + 1]?.startsWith('@') ? 3 : 2;
  return parts.slice(0, at + length).join('/');
}

function licenceText(folder) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file ? readFileSync(join(folder, file), 'utf8').trim() : undefined;
}

export function writeThirdPartyNotices(metafiles, outFile) {
  const folders = new Set();
  for (const metafile of metafiles) for (const input of Object.keys(metafile.inputs)) {
    const folder = packageFolder(input);
    if (folder && existsSync(join(folder, 'package.json'))) folders.add(folder);
  }
  const sections = [...folders]
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) }))
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name) || a.folder.localeCompare(b.folder))
    .map(({ folder, manifest }) => {
      const text = licenceText(folder) ?? `Licence: ${manifest.license ?? 'not stated'} (the package ships no licence file).`;
      return `${manifest.name} ${manifest.version} (${manifest.license ?? 'licence not stated'})\n\n${text}`;
    });
  const header = 'Program Pilot bundles the following packages. Their licences and notices follow.';
  writeFileSync(outFile, `${header}\n\n${sections.map((s) => `${'='.repeat(78)}\n${s}\n`).join('\n')}`);
  return sections.length;
}
