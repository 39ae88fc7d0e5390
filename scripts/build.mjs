// Bundles the extension (the language client), the language server, the CLI and the webview
// panels into dist/ with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'info',
  legalComments: production ? 'none' : 'inline',
};

// Each top-level file in webview/ is one panel's script.
const webviewEntries = readdirSync('webview')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => `webview/${f}`);

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

const builds = [
  // The language client is a bundle of its own, loaded after activation: it is most of the code.
  nodeBundle('extension', 'src/extension/extension.ts', { external: ['vscode', './languageClient'] }),
  nodeBundle('languageClient', 'src/extension/languageClient.ts', { external: ['vscode'] }),
  // Started by the extension over IPC, or by any editor as `program-pilot-language-server --stdio`.
  nodeBundle('server', 'src/server/main.ts', executable),
  nodeBundle('cli', 'src/cli/main.ts', executable),
  {
    ...common,
    entryPoints: webviewEntries,
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
