// Bundles the extension (the language client), the language server, the CLI and the webview
// panels into dist/ with esbuild. Every Node bundle is self-contained (no package left external
// but `vscode`), so installing the npm package needs no registry.
// Usage: node scripts/build.mjs [--production] [--watch] [--cli]
// --cli builds only what the npm package ships: dist/cli.js and dist/server.js (`npm pack` runs
// it as `prepack`).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { modulePreloadManifest } from './modulePreload.mjs';
import { writeThirdPartyNotices } from './thirdPartyNotices.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const cliOnly = process.argv.includes('--cli');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: production ? 'none' : 'inline',
};

// Each top-level file in webview/ is one panel's script. The charts' (panel.ts) is split into
// ES modules: Mermaid loads every diagram type's code on demand, so a Gantt panel fetches
// Mermaid's core and the Gantt diagram (about 0.9 MB minified), not all of Mermaid (3.5 MB).
const CHARTS = 'webview/panel.ts';
const webviewEntries = readdirSync('webview')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => `webview/${f}`)
  .filter((f) => f !== CHARTS);
const webview = { ...common, outdir: 'dist/webview', platform: 'browser', target: 'es2022' };
// Chunk names carry a content hash: old ones would pile up, and ship, without this.
if (!cliOnly) rmSync('dist/webview/chunks', { recursive: true, force: true });

/** A Node.js bundle in dist/: the extension host's, the language server's or the CLI's. */
const nodeBundle = (name, entry, options = {}) => ({
  ...common,
  entryPoints: { [name]: entry },
  outdir: 'dist',
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  ...options,
});
const executable = { banner: { js: '#!/usr/bin/env node' } };

// Started by the extension over IPC, or by any editor as `program-pilot-language-server --stdio`.
// The forecast's worker thread, started by the server from the file beside its own.
const commandLine = [
  nodeBundle('server', 'src/server/main.ts', executable),
  nodeBundle('forecastWorker', 'src/server/forecastWorker.ts'),
  nodeBundle('cli', 'src/cli/main.ts', executable),
];

const builds = cliOnly ? commandLine : [
  // The language client is a bundle of its own, loaded after activation: it is most of the code.
  nodeBundle('extension', 'src/extension/extension.ts', { external: ['vscode', './languageClient'] }),
  nodeBundle('languageClient', 'src/extension/languageClient.ts', { external: ['vscode'] }),
  ...commandLine,
  { ...webview, entryPoints: webviewEntries, format: 'iife' },
  // preload.json: the chunks each chart panel needs, for its <link rel="modulepreload">s.
  { ...webview, entryPoints: [CHARTS], format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]', metafile: true, plugins: [modulePreloadManifest(CHARTS, 'dist/webview')] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  writeThirdPartyNotices(results.map((result) => result.metafile), 'dist/THIRD-PARTY-NOTICES.txt');
}
