/** The chart pages' module preloads: which chunks the build lists, and how the page asks for them. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { preloadLists } from '../../../scripts/modulePreload.mjs';
import { modulePreloads } from '../../../src/extension/panels/modulePreloads';
import { panelHtml } from '../../../src/extension/panels/panelHtml';

/** A metafile of the chart build: outputs and their imports, as esbuild writes them (paths from the working folder). */
function metafile(outputs: Record<string, { entry?: string; imports?: Record<string, 'import-statement' | 'dynamic-import'> }>): Metafile {
  return {
    inputs: {},
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([path, { entry, imports = {} }]) => [
        `dist/webview/${path}`,
        { bytes: 1, inputs: {}, exports: [], ...(entry ? { entryPoint: entry } : {}), imports: Object.entries(imports).map(([to, kind]) => ({ path: `dist/webview/${to}`, kind })) },
      ]),
    ),
  } as Metafile;
}

describe('chart panel module preloads', () => {
  const build = metafile({
    'panel.js': { entry: 'webview/panel.ts', imports: { 'chunks/chunk-A.js': 'import-statement', 'chunks/mermaid.core-1.js': 'dynamic-import' } },
    'chunks/chunk-A.js': {},
    'chunks/mermaid.core-1.js': { imports: { 'chunks/chunk-A.js': 'import-statement', 'chunks/chunk-B.js': 'import-statement', 'chunks/ganttDiagram-2.js': 'dynamic-import', 'chunks/flowDiagram-3.js': 'dynamic-import', 'chunks/pieDiagram-9.js': 'dynamic-import' } },
    'chunks/chunk-B.js': { imports: { 'chunks/chunk-C.js': 'import-statement' } },
    'chunks/chunk-C.js': {},
    'chunks/ganttDiagram-2.js': { imports: { 'chunks/chunk-B.js': 'import-statement', 'chunks/chunk-G.js': 'import-statement' } },
    'chunks/chunk-G.js': {},
    'chunks/flowDiagram-3.js': { imports: { 'chunks/chunk-F.js': 'import-statement', 'chunks/dagre-4.js': 'dynamic-import' } },
    'chunks/chunk-F.js': {},
    'chunks/dagre-4.js': { imports: { 'chunks/chunk-D.js': 'import-statement' } },
    'chunks/chunk-D.js': {},
    'chunks/pieDiagram-9.js': {},
  });

  it('lists every chunk a panel draws with, each after what it imports, once, and no other diagram (for the Gantt panel, which paints first, only what its script imports as it starts)', () => {
    assert.deepEqual(preloadLists(build, 'webview/panel.ts', 'dist/webview'), {
      gantt: ['chunks/chunk-A.js'],
      criticalPath: ['chunks/chunk-A.js', 'chunks/chunk-C.js', 'chunks/chunk-B.js', 'chunks/mermaid.core-1.js', 'chunks/chunk-F.js', 'chunks/flowDiagram-3.js', 'chunks/chunk-D.js', 'chunks/dagre-4.js'],
    });
  });

  it('fails the build when Mermaid no longer has a chunk a panel needs', () => {
    const renamed = metafile({ 'panel.js': { entry: 'webview/panel.ts' }, 'chunks/mermaid.core-1.js': {}, 'chunks/flowchartDiagram-3.js': {}, 'chunks/dagre-4.js': {} });
    assert.throws(() => preloadLists(renamed, 'webview/panel.ts', 'dist/webview'), /no flowDiagram chunk for the criticalPath panel/);
  });

  it('puts the preloads after the script, with its nonce, escaped', () => {
    const html = panelHtml({ kind: 'gantt', title: 'Gantt', cspSource: 'https://res.test', scriptUri: 'https://res.test/panel.js', styleUri: 'https://res.test/panel.css', preloadUris: ['https://res.test/chunks/a.js', 'https://res.test/chunks/"b.js'], nonce: 'N0nce' });
    const script = html.indexOf('<script type="module"');
    const first = html.indexOf('<link rel="modulepreload" nonce="N0nce" href="https://res.test/chunks/a.js">');
    assert.ok(script > 0 && first > script, 'the page script is asked for first');
    assert.match(html, /<link rel="modulepreload" nonce="N0nce" href="https:\/\/res\.test\/chunks\/&#34;b\.js">/);
  });

  it('reads the build\'s list, keeping only chunk files, and does without one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pp-preload-'));
    writeFileSync(join(folder, 'preload.json'), JSON.stringify({ gantt: ['chunks/a-1.js', '../extension.js', 'https://x.test/y.js', 7], criticalPath: 'chunks/b.js' }));
    assert.deepEqual(modulePreloads(folder, 'gantt'), ['chunks/a-1.js']);
    assert.deepEqual(modulePreloads(folder, 'criticalPath'), []);
    assert.deepEqual(modulePreloads(join(folder, 'missing'), 'gantt'), []);
  });
});
