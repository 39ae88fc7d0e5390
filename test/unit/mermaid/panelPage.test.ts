/** The charts' page: its script is an ES module (split into chunks) that only our nonce lets run. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { panelHtml } from '../../../src/extension/panels/panelHtml';

describe('chart panel page', () => {
  const html = panelHtml({ kind: 'gantt', title: 'Gantt: <x>', cspSource: 'https://res.test', scriptUri: 'https://res.test/dist/webview/panel.js', styleUri: 'https://res.test/media/panel.css', nonce: 'N0nce' });

  it('loads its script as a module with the nonce, and the policy allows no other script', () => {
    assert.match(html, /<script type="module" nonce="N0nce" src="https:\/\/res\.test\/dist\/webview\/panel\.js"><\/script>/);
    const policy = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
    assert.match(policy, /(^|; )script-src 'nonce-N0nce'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-eval|script-src[^;]*(https?:|\*|'unsafe-inline')/);
    assert.match(html, /<title>Gantt: &#60;x&#62;<\/title>/);
  });

  it('ships the chunks the module imports', () => {
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!dist\/webview\/chunks\/\*\.js$/m);
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!dist\/webview\/preload\.json$/m);
    assert.match(readFileSync('scripts/build.mjs', 'utf8'), /format: 'esm', splitting: true, chunkNames: 'chunks\//);
  });
});
