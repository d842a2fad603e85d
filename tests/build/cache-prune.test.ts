import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_DATABASE, ExtractionCache } from '../../src/build/cache.js';
import { checkCacheKeep, markCacheUsed, pruneCacheFolders } from '../../src/build/cache-prune.js';

let root: string;
beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'geokg-prune-')); });
afterEach(() => { rmSync(root, { recursive: true, force: true }); });

const fingerprint = (n: number) => n.toString(16).padStart(16, '0');

/** A cache folder as the cache makes it (a real database), last used `minutesAgo` minutes ago. */
function cacheFolder(n: number, minutesAgo: number): string {
  const cache = new ExtractionCache({ dir: root, fingerprint: fingerprint(n), extractorVersion: 'x1' });
  cache.prepare();
  cache.close();
  const when = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(cache.dir, when, when);
  return cache.dir;
}

describe('pruneCacheFolders', () => {
  it('keeps the build\'s own folder and the ones used last, and removes the rest, oldest first out', () => {
    const own = cacheFolder(1, 500); // the build's own is kept whatever its time
    for (const [n, minutes] of [[2, 10], [3, 40], [4, 20], [5, 30]]) cacheFolder(n, minutes);
    const result = pruneCacheFolders(own, 3);
    expect(result.removed.sort()).toEqual([`x1-${fingerprint(3)}`, `x1-${fingerprint(5)}`]);
    expect(result.warnings).toEqual([]);
    expect(readdirSync(root).sort()).toEqual([1, 2, 4].map((n) => `x1-${fingerprint(n)}`));
  });

  it('with keep 1 leaves only the build\'s own folder', () => {
    const own = cacheFolder(1, 0);
    cacheFolder(2, 1);
    expect(pruneCacheFolders(own, 1).removed).toEqual([`x1-${fingerprint(2)}`]);
    expect(readdirSync(root)).toEqual([`x1-${fingerprint(1)}`]);
  });

  it('never removes what is not a cache folder holding only the cache\'s files', () => {
    const own = cacheFolder(1, 0);
    const withNotes = cacheFolder(2, 60);
    writeFileSync(join(withNotes, 'notes.txt'), 'mine');
    const looksLike = join(root, `x1-${fingerprint(3)}.bak`);
    mkdirSync(looksLike);
    writeFileSync(join(root, `x1-${fingerprint(4)}`), 'a file, not a folder');
    const old = cacheFolder(5, 90);
    expect(existsSync(join(old, CACHE_DATABASE))).toBe(true);
    expect(pruneCacheFolders(own, 1).removed).toEqual([`x1-${fingerprint(5)}`]);
    expect(existsSync(join(withNotes, 'notes.txt'))).toBe(true);
    expect(existsSync(looksLike)).toBe(true);
    expect(existsSync(join(root, `x1-${fingerprint(4)}`))).toBe(true);
  });

  it('removes an old cache folder of one JSON file a document, but not one holding anything else', () => {
    const own = cacheFolder(1, 0);
    const legacy = join(root, `x0-${fingerprint(2)}`);
    mkdirSync(join(legacy, 'ab'), { recursive: true });
    mkdirSync(join(legacy, 'c9'));
    writeFileSync(join(legacy, 'ab', 'abc123.json'), '{}');
    writeFileSync(join(legacy, 'ab', '.ab77.json.4242.0.1700000000000.3.tmp'), '{');
    writeFileSync(join(legacy, 'c9', 'c9ffee.json'), '{}');
    const mixed = join(root, `x0-${fingerprint(3)}`);
    mkdirSync(join(mixed, 'ab'), { recursive: true });
    writeFileSync(join(mixed, 'ab', 'abc123.json'), '{}');
    writeFileSync(join(mixed, 'ab', 'report.pdf'), 'mine');
    const when = new Date(Date.now() - 60 * 60_000);
    utimesSync(legacy, when, when);
    utimesSync(mixed, when, when);
    expect(pruneCacheFolders(own, 1).removed).toEqual([`x0-${fingerprint(2)}`]);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(join(mixed, 'ab', 'report.pdf'))).toBe(true);
  });

  it('does nothing when the root is missing, and refuses a keep below one', () => {
    expect(pruneCacheFolders(join(root, 'missing', `x1-${fingerprint(1)}`), 3)).toEqual({ removed: [], warnings: [] });
    expect(() => checkCacheKeep(0)).toThrow(/geokg\/cache-prune: keep must be a positive integer, got 0/);
    expect(() => pruneCacheFolders(root, 1.5)).toThrow(/got 1\.5/);
  });

  it('markCacheUsed makes a folder the most recently used', () => {
    const own = cacheFolder(1, 0);
    const a = cacheFolder(2, 30);
    cacheFolder(3, 10);
    markCacheUsed(a);
    expect(pruneCacheFolders(own, 2).removed).toEqual([`x1-${fingerprint(3)}`]);
    expect(() => markCacheUsed(join(root, 'no-such-folder'))).not.toThrow();
  });
});
