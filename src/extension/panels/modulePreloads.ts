/**
 * The chunks each chart panel's script will import, as the build lists them in
 * dist/webview/preload.json (scripts/modulePreload.mjs): the page preloads them all at once
 * instead of finding them one import after the other. Read once per folder; without the file
 * (a build without it) a panel simply preloads nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PanelKind } from '../../protocol/panels';

const read = new Map<string, Partial<Record<PanelKind, readonly string[]>>>();

/** Paths relative to `webviewDir` (dist/webview) of the chunks `kind`'s page imports. */
export function modulePreloads(webviewDir: string, kind: PanelKind): readonly string[] {
  let lists = read.get(webviewDir);
  if (!lists) {
    lists = parse(webviewDir);
    read.set(webviewDir, lists);
  }
  return lists[kind] ?? [];
}

function parse(webviewDir: string): Partial<Record<PanelKind, readonly string[]>> {
  try {
    const json: unknown = JSON.parse(readFileSync(join(webviewDir, 'preload.json'), 'utf8'));
    if (typeof json !== 'object' || json === null) return {};
    const lists: Partial<Record<PanelKind, readonly string[]>> = {};
    for (const kind of ['gantt', 'criticalPath'] as const) {
      const list = (json as Record<string, unknown>)[kind];
      // Only chunk files of our own: the list becomes URLs in the page.
      if (Array.isArray(list)) lists[kind] = list.filter((path): path is string => typeof path === 'string' && /^chunks\/[\w.-]+\.js$/.test(path));
    }
    return lists;
  } catch {
    return {};
  }
}
