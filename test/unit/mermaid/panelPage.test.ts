/** The charts' page: its script is an ES module (split into chunks) that only our nonce lets run. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { panelHtml } from '../../../src/extension/panels/panelHtml';
import type { PanelView } from '../../../src/protocol/panels';

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

  it('carries the first view as JSON that no name can break out of, and that reads back the same', () => {
    const hostile = '</script><script>alert(1)</script> & <!-- \u2028 -->';
    const view = { kind: 'gantt', documentUri: 'file:///p.program.yaml', fileName: hostile, empty: { title: hostile, detail: '<b>' } } as unknown as PanelView;
    const page = panelHtml({ kind: 'gantt', title: 'Gantt', cspSource: 'https://res.test', scriptUri: 'https://res.test/panel.js', styleUri: 'https://res.test/panel.css', nonce: 'N0nce', view });
    const block = /<script type="application\/json" id="pp-view">([^]*?)<\/script>/.exec(page);
    assert.ok(block, 'the view is in a data block');
    assert.doesNotMatch(block[1], /[<>&\u2028]/);
    assert.deepEqual(JSON.parse(block[1]), view);
    // Only our two script elements: the data block and the module.
    assert.equal(page.match(/<script/g)?.length, 2);
  });
});
