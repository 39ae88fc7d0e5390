// Types of modulePreload.mjs, for the tests that import it.
import type { Metafile, Plugin } from 'esbuild';

export declare const PANEL_CHUNKS: Record<'gantt' | 'criticalPath', readonly string[]>;
export declare function preloadLists(metafile: Metafile, entry: string, outdir: string): Record<'gantt' | 'criticalPath', string[]>;
export declare function modulePreloadManifest(entry: string, outdir: string): Plugin;
