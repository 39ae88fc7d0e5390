// The charts page's module preloads. The chart script imports Mermaid, which imports the code of
// each diagram type when it first draws one, and each of those has imports of its own: found one
// after the other, they cost a round trip each before anything is drawn. This lists, per panel
// kind, every chunk the page will need, from the build's metafile, so the page can ask for them
// all at once (<link rel="modulepreload">, see src/extension/panels/panelHtml.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * The chunks each panel draws with (by the name esbuild gives them: `<name>-<hash>.js`); every
 * panel also preloads what the entry script imports as it starts. The Gantt panel names none:
 * it paints its first chart itself and loads Mermaid after that, and preloading Mermaid would
 * take the page's thread (compiling it) before that first paint.
 */
export const PANEL_CHUNKS = {
  gantt: [],
  criticalPath: ['mermaid.core', 'flowDiagram', 'dagre'],
};

/**
 * Per panel kind, the chunks to preload (paths relative to `outdir`, in load order): each named
 * chunk and everything it imports statically. The entry itself is left out (its script tag
 * loads it). Throws when a named chunk is missing, so a Mermaid upgrade that renames one fails
 * the build instead of silently preloading nothing.
 */
export function preloadLists(metafile, entry, outdir) {
  const outputs = metafile.outputs;
  const key = (path) => relative(outdir, path).split('\\').join('/');
  const byKey = new Map(Object.entries(outputs).map(([path, output]) => [key(path), output]));
  const entryKey = [...byKey.keys()].find((k) => byKey.get(k).entryPoint === entry);
  if (!entryKey) throw new Error(`modulePreload: no output for ${entry}`);
  const lists = {};
  for (const [kind, names] of Object.entries(PANEL_CHUNKS)) {
    const list = [];
    const seen = new Set([entryKey]);
    // Static imports first (depth first, iteratively), then the chunk itself: dependencies before use.
    const add = (start) => {
      const stack = [[start, false]];
      while (stack.length > 0) {
        const [path, expanded] = stack.pop();
        if (expanded) {
          list.push(path);
          continue;
        }
        if (seen.has(path)) continue;
        seen.add(path);
        stack.push([path, true]);
        const imports = byKey.get(path)?.imports ?? [];
        for (const imported of imports) if (imported.kind === 'import-statement') stack.push([key(imported.path), false]);
      }
    };
    for (const imported of byKey.get(entryKey).imports) if (imported.kind === 'import-statement') add(key(imported.path));
    for (const name of names) {
      const chunk = [...byKey.keys()].find((k) => k.split('/').pop().startsWith(`${name}-`) && k.endsWith('.js'));
      if (!chunk) throw new Error(`modulePreload: the build has no ${name} chunk for the ${kind} panel`);
      add(chunk);
    }
    lists[kind] = list;
  }
  return lists;
}

/** An esbuild plugin writing `preload.json` (see {@link preloadLists}) into the outdir after each build. */
export function modulePreloadManifest(entry, outdir) {
  return {
    name: 'module-preload-manifest',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0 || !result.metafile) return;
        const file = join(outdir, 'preload.json');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(preloadLists(result.metafile, entry, outdir), null, 2)}\n`);
      });
    },
  };
}
