/**
 * Where snapshots of committed versions are kept, by blob id: a blob's content never changes,
 * so neither does its snapshot. The memory cache lives as long as the process; the folder cache
 * also keeps them on disk (the editor passes its storage folder, the CLI `--cache`).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSnapshot, SNAPSHOT_VERSION, type VersionSnapshot } from './snapshot';

export interface SnapshotCache {
  get(blob: string): Promise<VersionSnapshot | undefined>;
  set(blob: string, snapshot: VersionSnapshot): Promise<void>;
}

/** Kept for the process; the oldest entries go first beyond `limit`. */
export class MemorySnapshotCache implements SnapshotCache {
  private readonly entries = new Map<string, VersionSnapshot>();

  constructor(private readonly limit = 5_000) {}

  get(blob: string): Promise<VersionSnapshot | undefined> {
    return Promise.resolve(this.entries.get(blob));
  }

  set(blob: string, snapshot: VersionSnapshot): Promise<void> {
    if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(blob, snapshot);
    return Promise.resolve();
  }
}

const BLOB_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * One JSON file per blob, `<folder>/<blob>.v<version>.json`, in front of a memory cache. A file
 * that is missing, unreadable or not a snapshot of this version is a miss; a failed write is
 * ignored (the cache only saves time).
 */
export class FolderSnapshotCache implements SnapshotCache {
  private readonly memory = new MemorySnapshotCache();
  private folderMade: Promise<unknown> | undefined;

  constructor(private readonly folder: string) {}

  async get(blob: string): Promise<VersionSnapshot | undefined> {
    const kept = await this.memory.get(blob);
    if (kept || !BLOB_ID.test(blob)) return kept;
    let value: unknown;
    try {
      value = JSON.parse(await readFile(this.fileOf(blob), 'utf8'));
    } catch {
      return undefined;
    }
    if (!isSnapshot(value)) return undefined;
    await this.memory.set(blob, value);
    return value;
  }

  async set(blob: string, snapshot: VersionSnapshot): Promise<void> {
    await this.memory.set(blob, snapshot);
    if (!BLOB_ID.test(blob)) return;
    try {
      this.folderMade ??= mkdir(this.folder, { recursive: true });
      await this.folderMade;
      // Written aside and renamed, so a reader never sees half a file.
      const file = this.fileOf(blob);
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(snapshot));
      await rename(temporary, file);
    } catch {
      // A read-only or full disk costs only speed.
    }
  }

  private fileOf(blob: string): string {
    return join(this.folder, `${blob}.v${SNAPSHOT_VERSION}.json`);
  }
}
