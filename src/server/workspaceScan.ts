/**
 * Finds the program files under the workspace folders on disk, so that files nobody opened have
 * diagnostics too. Iterative (no recursion a deep tree could overflow), never follows symbolic
 * links (no loops), and skips dependency and version-control folders as the editor's search does.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isProgramPath } from './programStore';

const SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
/** A bound on the folders visited, so a huge tree (a home folder opened by mistake) cannot keep the server busy for minutes. */
const MAX_FOLDERS = 50_000;

export async function findProgramFiles(roots: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const pending = [...roots];
  let visited = 0;
  while (pending.length > 0 && visited++ < MAX_FOLDERS) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue; // unreadable or gone meanwhile
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) pending.push(join(folder, entry.name));
      else if (entry.isFile() && isProgramPath(entry.name)) found.push(join(folder, entry.name));
    }
  }
  return found.sort();
}
