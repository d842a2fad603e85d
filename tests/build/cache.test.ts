import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractionCache, extractionFingerprint } from '../../src/build/cache.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import type { Extraction } from '../../src/model.js';
import { EXTRACTOR_VERSION } from '../../src/version.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'extractions', 'seoul-2014-03-14.json');
const extraction = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Extraction;

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'geokg-cache-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

describe('ExtractionCache', () => {
  it('stores and returns an extraction by document id, under the extractor version and fingerprint', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    expect(cache.get('doc-a')).toBeUndefined();
    expect(cache.set(extraction)).toBeNull();
    expect(cache.get('doc-a')).toEqual(extraction);
    expect(relative(dir, cache.pathOf('doc-a'))).toBe(join(`${EXTRACTOR_VERSION}-abc123`, 'do', 'doc-a.json'));
  });

  it('is the same cache when opened by its folder, as build workers open it', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    const byFolder = new ExtractionCache({ folder: cache.dir });
    expect(byFolder.dir).toBe(cache.dir);
    expect(byFolder.set(extraction)).toBeNull();
    expect(cache.get('doc-a')).toEqual(extraction);
    expect(byFolder.pathOf('doc-a')).toBe(cache.pathOf('doc-a'));
  });

  it('misses when the extractor version or the fingerprint differs', () => {
    new ExtractionCache({ dir, fingerprint: 'abc123' }).set(extraction);
    expect(new ExtractionCache({ dir, fingerprint: 'def456' }).get('doc-a')).toBeUndefined();
    expect(new ExtractionCache({ dir, fingerprint: 'abc123', extractorVersion: 'x999' }).get('doc-a')).toBeUndefined();
  });

  it('ignores a corrupt, truncated or foreign entry instead of failing', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    const file = cache.pathOf('doc-a');
    mkdirSync(dirname(file), { recursive: true });
    for (const content of ['', '{"document": {"id": "doc-a"', 'null', '[]', JSON.stringify({ ...extraction, document: { ...extraction.document, id: 'other' } }),
      JSON.stringify({ document: { id: 'doc-a' }, entities: 'none', relations: [] })]) {
      writeFileSync(file, content);
      expect(cache.get('doc-a')).toBeUndefined();
    }
    // and a rewrite repairs it
    cache.set(extraction);
    expect(cache.get('doc-a')).toEqual(extraction);
  });

  it('keeps every entry inside its folder, whatever the id', () => {
    const cache = new ExtractionCache({ dir, fingerprint: 'abc123' });
    const odd = { ...extraction, document: { ...extraction.document, id: '../../escape/me' } };
    expect(cache.set(odd)).toBeNull();
    expect(relative(cache.dir, cache.pathOf(odd.document.id)).startsWith('..')).toBe(false);
    expect(cache.get('../../escape/me')).toEqual(odd);
    expect(readdirSync(dir)).toEqual([`${EXTRACTOR_VERSION}-abc123`]);
  });

  it('reports a write failure instead of throwing', () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const cache = new ExtractionCache({ dir: blocked, fingerprint: 'abc123' });
    expect(cache.set(extraction)).toMatch(/^geokg\/cache: cannot write .*doc-a\.json/);
    expect(cache.get('doc-a')).toBeUndefined();
  });

  it('refuses a version or fingerprint that is not a plain name', () => {
    expect(() => new ExtractionCache({ dir, fingerprint: '../x' })).toThrow(/geokg\/cache.*"\.\.\/x"/);
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

  it('changes with a user catalog file', () => {
    const file = join(dir, 'extra.json');
    writeFileSync(file, JSON.stringify({ entries: [{ id: 'border-watch', label: 'Border Watch', type: 'organization', aliases: ['BW'] }] }));
    expect(extractionFingerprint(loadCatalog({ files: [file] }))).not.toBe(extractionFingerprint(loadCatalog()));
  });
});
