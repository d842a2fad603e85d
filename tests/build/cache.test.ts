import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_DATABASE, entryKey, ExtractionCache, extractionFingerprint, extractorCodeHash } from '../../src/build/cache.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import type { Extraction, SourceDocument } from '../../src/model.js';
import { EXTRACTOR_VERSION } from '../../src/version.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'extractions', 'seoul-2014-03-14.json');
const extraction = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Extraction;

/** The document an extraction came from, as the build hands it to the cache (the text does not enter the key: its hash is the id). */
function sourceOf(e: Extraction): SourceDocument {
  const { id, path, title, date, source } = e.document;
  return { id, path, title, date, source, text: '' };
}
/** The fixture's document under another id. */
const sourceWithId = (id: string) => ({ ...sourceOf(extraction), id });
const docA = sourceOf(extraction);

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'geokg-cache-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

/** The stored text of an entry, read past the cache's own checks. */
function rawEntry(cache: ExtractionCache, id: string): string | undefined {
  const db = new Database(cache.file, { readonly: true });
  try {
    return (db.prepare('SELECT json FROM extractions WHERE id = ?').get(id) as { json: string } | undefined)?.json;
  } finally {
    db.close();
  }
}

describe('ExtractionCache', () => {
  it('stores and returns an extraction by document id, under the extractor version and fingerprint', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    expect(cache.get(docA)).toBeUndefined();
    expect(cache.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.get(docA)).toEqual(extraction);
    expect(relative(dir, cache.file)).toBe(join(`${EXTRACTOR_VERSION}-abc123`, CACHE_DATABASE));
    expect(JSON.parse(rawEntry(cache, entryKey(docA))!)).toEqual(extraction);
    cache.close();
  });

  it('is the same cache when opened by its folder, as build workers open it, and both connections see every entry', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    const byFolder = new ExtractionCache({ folder: cache.dir });
    expect(byFolder.dir).toBe(cache.dir);
    expect(cache.get(docA)).toBeUndefined();
    expect(byFolder.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.get(docA)).toEqual(extraction);
    const other = { ...extraction, document: { ...extraction.document, id: 'doc-b' } };
    expect(cache.set(sourceOf(other), other)).toBeNull();
    expect(byFolder.get(sourceWithId('doc-b'))).toEqual(other);
    expect([cache.size(), byFolder.size()]).toEqual([2, 2]);
    cache.close();
    byFolder.close();
  });

  it('misses when the extractor version or the fingerprint differs', () => {
    new ExtractionCache({ dir, fingerprint: 'abc123' }).set(sourceOf(extraction), extraction);
    expect(new ExtractionCache({ dir, fingerprint: 'def456' }).get(docA)).toBeUndefined();
    expect(new ExtractionCache({ dir, fingerprint: 'abc123', extractorVersion: 'x999' }).get(docA)).toBeUndefined();
  });

  it('ignores a corrupt, truncated or foreign entry instead of failing', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    cache.set(sourceOf(extraction), extraction);
    const db = new Database(cache.file);
    const put = db.prepare('UPDATE extractions SET json = ? WHERE id = ?');
    for (const content of ['', '{"document": {"id": "doc-a"', 'null', '[]', JSON.stringify({ ...extraction, document: { ...extraction.document, id: 'other' } }),
      JSON.stringify({ document: { id: 'doc-a' }, entities: 'none', relations: [] })]) {
      put.run(content, entryKey(docA));
      expect(rawEntry(cache, entryKey(docA))).toBe(content);
      expect(cache.get(docA)).toBeUndefined();
    }
    db.close();
    // and a rewrite repairs it
    expect(cache.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.get(docA)).toEqual(extraction);
  });

  it('replaces a file that is not a database, saying so once, and goes on caching', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(cache.file, 'not a database, but long enough for SQLite to read a header from it: '.repeat(20));
    expect(cache.get(docA)).toBeUndefined();
    expect(cache.set(sourceOf(extraction), extraction)).toMatch(/^geokg\/cache: .*extractions\.sqlite was not a readable cache database \(SQLITE_NOTADB\); started a new one$/);
    expect(cache.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.get(docA)).toEqual(extraction);
    cache.close();
  });

  it('prepares the database before use: a bad file is replaced with a warning, a cache that cannot be opened is not used', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(cache.file, 'not a database either, '.repeat(40));
    const prepared = cache.prepare();
    expect(prepared.usable).toBe(true);
    expect(prepared.warning).toMatch(/extractions\.sqlite was not a readable cache database \(SQLITE_NOTADB\); started a new one$/);
    expect(cache.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.prepare()).toEqual({ usable: true, warning: null });
    cache.close();

    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const unusable = new ExtractionCache({ dir: blocked, fingerprint: 'abc123' }).prepare();
    expect(unusable.usable).toBe(false);
    expect(unusable.warning).toMatch(/^geokg\/cache: cannot open .*extractions\.sqlite: (ENOTDIR|EEXIST).*; building without the cache$/);
  });

  it('keeps any id apart from the others, whatever it holds', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    const odd = { ...extraction, document: { ...extraction.document, id: "../../escape/me'; DROP TABLE extractions; --" } };
    expect(cache.set(sourceOf(odd), odd)).toBeNull();
    expect(cache.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.get(sourceOf(odd))).toEqual(odd);
    expect(cache.get(docA)).toEqual(extraction);
    cache.close();
    expect(readdirSync(dir)).toEqual([`${EXTRACTOR_VERSION}-abc123`]);
    expect(readdirSync(cache.dir).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))).toEqual([CACHE_DATABASE]);
  });

  it('reports a write failure instead of throwing', () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const cache = new ExtractionCache({ dir: blocked, fingerprint: 'abc123' });
    expect(cache.set(sourceOf(extraction), extraction)).toMatch(/^geokg\/cache: cannot write .*extractions\.sqlite: (ENOTDIR|EEXIST)/);
    expect(cache.get(docA)).toBeUndefined();
  });

  it('holds entries back until the write batch is full, reading them itself meanwhile', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123', writeBatch: 3 });
    const other = new ExtractionCache({ folder: cache.dir });
    const withId = (id: string) => ({ ...extraction, document: { ...extraction.document, id } });
    expect(cache.set(sourceWithId('doc-1'), withId('doc-1'))).toBeNull();
    expect(cache.set(sourceWithId('doc-2'), withId('doc-2'))).toBeNull();
    expect(cache.get(sourceWithId('doc-1'))).toEqual(withId('doc-1'));
    expect(other.get(sourceWithId('doc-1'))).toBeUndefined();
    expect(other.size()).toBe(0);
    // the third fills the batch: all three are committed in one transaction
    expect(cache.set(sourceWithId('doc-3'), withId('doc-3'))).toBeNull();
    expect(['doc-1', 'doc-2', 'doc-3'].map((id) => other.get(sourceWithId(id))?.document.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(other.size()).toBe(3);
    cache.close();
    other.close();
  });

  it('commits held entries on flush and on close', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123', writeBatch: 10 });
    const other = new ExtractionCache({ folder: cache.dir });
    expect(cache.flush()).toBeNull();
    cache.set(sourceOf(extraction), extraction);
    expect(other.get(docA)).toBeUndefined();
    expect(cache.flush()).toBeNull();
    expect(other.get(docA)).toEqual(extraction);
    const second = { ...extraction, document: { ...extraction.document, id: 'doc-b' } };
    cache.set(sourceOf(second), second);
    expect(cache.close()).toBeNull();
    expect(other.get(sourceWithId('doc-b'))).toEqual(second);
    other.close();
  });

  it('says once that a batch could not be written, and drops it', () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const cache = new ExtractionCache({ dir: blocked, fingerprint: 'abc123', writeBatch: 2 });
    expect(cache.set(sourceOf(extraction), extraction)).toBeNull();
    expect(cache.get(docA)).toEqual(extraction);
    const docB = { ...extraction, document: { ...extraction.document, id: 'doc-b' } };
    expect(cache.set(sourceOf(docB), docB)).toMatch(/^geokg\/cache: cannot write .*extractions\.sqlite: (ENOTDIR|EEXIST)/);
    expect(cache.get(docA)).toBeUndefined();
    expect(cache.close()).toBeNull();
  });

  it('refuses a write batch that is not a positive integer', () => {
    for (const writeBatch of [0, -1, 1.5, Number.NaN]) expect(() => new ExtractionCache({ dir, fingerprint: 'abc123', writeBatch })).toThrow(/geokg\/cache: writeBatch must be a positive integer, got/);
  });

  it('refuses a version or fingerprint that is not a plain name', () => {
    expect(() => new ExtractionCache({ dir, fingerprint: '../x' })).toThrow(/geokg\/cache.*"\.\.\/x"/);
  });
});

describe('entryKey', () => {
  it('is the document id with a hash of the metadata extraction reads, so a new date is a new entry', () => {
    const key = entryKey(docA);
    expect(key).toMatch(/^doc-a\.[0-9a-f]{16}$/);
    expect(entryKey({ ...docA, path: 'moved/elsewhere.txt', source: 'Another Wire' })).toBe(key);
    const changed = [{ date: '2019-07-03' }, { date: null }, { title: 'Another headline' }, { place: 'SEOUL' }, { bodyStart: 12 }]
      .map((meta) => entryKey({ ...docA, ...meta }));
    expect(new Set([key, ...changed]).size).toBe(6);
  });

  it('keeps apart the entries of one text under two dates', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    const later = { ...docA, date: '2019-07-03' };
    const laterExtraction = { ...extraction, document: { ...extraction.document, date: later.date } };
    cache.set(docA, extraction);
    expect(cache.get(later)).toBeUndefined();
    cache.set(later, laterExtraction);
    expect(cache.get(docA)).toEqual(extraction);
    expect(cache.get(later)).toEqual(laterExtraction);
    cache.close();
  });
});

describe('extractionFingerprint', () => {
  it('is stable for the same catalog and changes when a catalog entry changes', () => {
    const catalog = loadCatalog();
    const fingerprint = extractionFingerprint(catalog);
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(extractionFingerprint(loadCatalog())).toBe(fingerprint);
    const entries = new Map(catalog.entries);
    const [id, entry] = [...entries][0];
    entries.set(id, { ...entry, aliases: [...entry.aliases, 'A New Alias'] });
    expect(extractionFingerprint({ entries, titles: catalog.titles })).not.toBe(fingerprint);
  });

  it('changes with the extraction limits, and not with limits left at their defaults', () => {
    const catalog = loadCatalog();
    const fingerprint = extractionFingerprint(catalog);
    expect(extractionFingerprint(catalog, { maxSentenceTokens: 400 })).toBe(fingerprint);
    const changed = [{ maxSentenceTokens: 5 }, { maxEntities: 2 }, { maxDocumentChars: 1000 }].map((limits) => extractionFingerprint(catalog, limits));
    expect(new Set([fingerprint, ...changed]).size).toBe(4);
    expect(() => extractionFingerprint(catalog, { maxEntities: 0 })).toThrow(/geokg\/limits: maxEntities must be a positive integer/);
  });

  it("changes with the extractor's code, and not with files that are no code or no part of it", () => {
    // a module tree of its own: the hash of one root is kept for the process, so each version gets a new root
    const tree = (version: number, extra: Record<string, string> = {}) => {
      const root = join(dir, `code-${version}-${Object.keys(extra).length}`);
      const files: Record<string, string> = {
        'text/tokenize.js': 'export const a = 1;', 'entities/catalog/load.js': 'export const b = 2;',
        'relations/extract.js': `export const version = ${version};`, 'corpus/load.js': '', 'pipeline.js': '', ...extra,
      };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(root, name, '..'), { recursive: true });
        writeFileSync(join(root, name), text);
      }
      return root;
    };
    const catalog = loadCatalog();
    const base = extractionFingerprint(catalog, undefined, tree(1));
    expect(extractionFingerprint(catalog, undefined, tree(2))).not.toBe(base);
    expect(extractionFingerprint(catalog, undefined, tree(1, { 'relations/extract.d.ts': 'export {};', 'relations/extract.js.map': '{}', 'cli/main.js': 'x' }))).toBe(base);
    expect(extractionFingerprint(catalog, undefined, tree(1, { 'entities/new-rule.js': 'export {};' }))).not.toBe(base);
    // the package's own code is read by default
    expect(extractorCodeHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with a user catalog file', () => {
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ entries: [{ id: 'border-watch', label: 'Border Watch', type: 'organization', aliases: ['BW'] }] }));
    expect(extractionFingerprint(loadCatalog({ files: [file] }))).not.toBe(extractionFingerprint(loadCatalog()));
  });
});
