/**
 * Keeps the cache root from growing without end. Every catalog edit and every extractor
 * version gives the build a new cache folder (cache.ts), and a folder holds some 10 KB a
 * document: about 110 MB for 10,000 articles. So a build marks its folder as used, and
 * afterwards removes all but the `keep` most recently used folders. Only folders that look
 * like cache folders and hold nothing but the cache's database files (or, from before the
 * database, nothing but two-letter folders of JSON entries) are ever removed; anything else
 * in the root is left alone.
 */
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CACHE_DATABASE } from './cache.js';

/** Cache folders a build keeps: its own and the two used last (say, the catalog before an edit). */
export const DEFAULT_CACHE_KEEP = 3;

/** <extractor version>-<16 hex digits of fingerprint> */
const CACHE_FOLDER = /^[A-Za-z0-9_-]{1,64}-[0-9a-f]{16}$/;
/** The database and SQLite's write-ahead log and shared-memory files. */
const CACHE_FILES = new Set([CACHE_DATABASE, `${CACHE_DATABASE}-wal`, `${CACHE_DATABASE}-shm`]);

export function checkCacheKeep(keep: number): number {
  if (!Number.isSafeInteger(keep) || keep < 1) throw new Error(`geokg/cache-prune: keep must be a positive integer, got ${String(keep)}`);
  return keep;
}

/** Marks a cache folder as used now (its modification time), if it exists. */
export function markCacheUsed(folder: string): void {
  const now = new Date();
  try {
    utimesSync(folder, now, now);
  } catch {
    // a cache that could not be created is reported by the cache itself
  }
}

interface CacheFolder {
  name: string;
  path: string;
  usedMs: number;
}

/** The cache of earlier versions: one JSON file a document, in folders named by the id's first two letters. */
const LEGACY_SHARD = /^[A-Za-z0-9_-]{1,2}$/;
/** An entry, or one being written when its build stopped (".<entry>.<pid>.<thread>.<time>.<n>.tmp"). */
const LEGACY_ENTRY = /^\.?([A-Za-z0-9_-]{1,64})\.json(?:\.\d+\.\d+\.\d+\.\d+\.tmp)?$/;

/** The folder holds the cache's database files only, or the earlier one-file-a-document layout only. */
function holdsOnlyCacheFiles(path: string): boolean {
  const names = readdirSync(path);
  if (names.every((f) => CACHE_FILES.has(f))) return true;
  return names.length > 0 && names.every((shard) => LEGACY_SHARD.test(shard) && statSync(join(path, shard)).isDirectory()
    && readdirSync(join(path, shard)).every((f) => LEGACY_ENTRY.exec(f)?.[1].startsWith(shard) === true));
}

/** The removable cache folders of a root, most recently used first; null if the root cannot be read. */
function cacheFolders(root: string): CacheFolder[] | null {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return null;
  }
  const folders: CacheFolder[] = [];
  for (const name of names) {
    if (!CACHE_FOLDER.test(name)) continue;
    const path = join(root, name);
    try {
      const stat = statSync(path);
      if (!stat.isDirectory()) continue;
      if (!holdsOnlyCacheFiles(path)) continue;
      folders.push({ name, path, usedMs: stat.mtimeMs });
    } catch {
      continue;
    }
  }
  // ties (folders marked in the same millisecond) by name, so the choice does not depend on the file system's order
  return folders.sort((a, b) => b.usedMs - a.usedMs || a.name.localeCompare(b.name));
}

export interface PruneResult {
  /** Names of the folders removed. */
  removed: string[];
  /** Folders that should have gone and could not be removed. */
  warnings: string[];
}

/**
 * Removes all but the `keep` most recently used cache folders beside `current` (the build's
 * own folder, always kept whatever its time).
 */
export function pruneCacheFolders(current: string, keep: number): PruneResult {
  checkCacheKeep(keep);
  const own = resolve(current);
  const folders = cacheFolders(dirname(own));
  const result: PruneResult = { removed: [], warnings: [] };
  if (!folders) return result;
  const others = folders.filter((f) => f.name !== basename(own));
  for (const folder of others.slice(keep - 1)) {
    try {
      rmSync(folder.path, { recursive: true, force: true });
      result.removed.push(folder.name);
    } catch (err) {
      result.warnings.push(`geokg/cache-prune: cannot remove ${folder.path}: ${(err as Error).message}`);
    }
  }
  return result;
}
