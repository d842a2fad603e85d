import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import { CatalogError, loadCatalog, mergeEntries } from '../../src/entities/catalog/load.js';
import { countryEntry, isSafeAltSpelling, pluralDemonym } from '../../src/entities/catalog/countries.js';
import { CatalogEntrySchema, type CatalogEntry } from '../../src/entities/catalog/schema.js';
import { dataPath } from '../../src/util/data.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/catalog/${name}`, import.meta.url));
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

/** Every surface form of an entry, the way the recognizer indexes them. */
function surfaces(entry: CatalogEntry): string[] {
  return [entry.label, ...entry.aliases, ...entry.capitals, ...entry.metonyms, ...entry.demonyms, ...entry.adjectives];
}

function loadError(files: string[]): CatalogError {
  try {
    loadCatalog({ files, cwd: fixture('.') });
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogError);
    return err as CatalogError;
  }
  throw new Error(`loading ${files.join(', ')} did not fail`);
}

describe('loadCatalog: errors name the file, entry, field and bad value', () => {
  it('reports a field of the wrong type and an unknown field, one line each', () => {
    const file = fixture('bad-field.json');
    expect(loadError([file]).problems).toEqual([
      `geokg/catalog: ${file}: entry 1 ("usfk"), field "hosts[0]": expected string, got number`,
      `geokg/catalog: ${file}: entry 2 ("pla"), field "host": unknown field`,
    ]);
  });

  it('reports references to unknown ids after merging', () => {
    const file = fixture('broken-ref.json');
    expect(loadError([file]).problems).toEqual([
      `geokg/catalog: ${file}: entry 0 ("test-command"), field "hosts[1]": unknown id "atlantis"`,
      `geokg/catalog: ${file}: entry 1 ("test-person"), field "roles[0].of": unknown id "XXX"`,
    ]);
  });

  it('reports invalid JSON with its line and column', () => {
    const file = fixture('invalid.json');
    const err = loadError([file]);
    expect(err.problems).toEqual([`geokg/catalog: ${file}: invalid JSON at line 4, column 3: value expected`]);
    expect(err.message).toBe(err.problems[0]);
  });

  it('refuses to change the type of an entry unless it is replaced', () => {
    const file = fixture('type-change.json');
    expect(loadError([file]).problems).toEqual([
      `geokg/catalog: ${file}: entry 0 ("KOR"), field "type": "region" differs from the earlier "country"; set "replace": true to change it`,
    ]);
  });

  it('reports a missing file', () => {
    const file = fixture('no-such-file.json');
    const [problem] = loadError([file]).problems;
    expect(problem).toMatch(new RegExp(`^geokg/catalog: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read the file: ENOENT`));
  });

  it('collects the problems of several files into one error', () => {
    const err = loadError([fixture('bad-field.json'), fixture('invalid.json')]);
    expect(err.problems).toHaveLength(3);
    expect(err.message.split('\n')).toEqual(err.problems);
  });
});

describe('loadCatalog: merging', () => {
  const packaged = loadCatalog({ cwd: fixture('.') });
  const merged = loadCatalog({ files: [fixture('override.json')], cwd: fixture('.') });

  it('extends an entry of the same id: arrays unioned, scalars overridden', () => {
    const before = packaged.entries.get('KOR')!;
    const kor = merged.entries.get('KOR')!;
    expect(kor.label).toBe('Republic of Korea');
    expect(kor.aliases).toEqual([...before.aliases, 'Hanguk']);
    expect(kor.metonyms).toEqual([...before.metonyms, 'Presidential Office']);
    expect(kor.capitals).toEqual(before.capitals);
    const usfk = merged.entries.get('usfk')!;
    expect(usfk.hosts).toEqual(expect.arrayContaining(['KOR', 'korean-peninsula']));
    expect(usfk.kind).toBe('garrison');
    expect(usfk.affiliation).toBe('USA');
  });

  it('replaces an entry marked replace: true and drops the marker', () => {
    const quad = merged.entries.get('quad')!;
    expect(quad.label).toBe('Quad Test');
    expect(quad.aliases).toEqual(['Quad Test']);
    expect(quad.members).toEqual(['USA']);
    expect(quad).not.toHaveProperty('replace');
    expect(packaged.entries.get('quad')!.members).toContain('JPN');
  });

  it('adds an entry with a new id', () => {
    expect(packaged.entries.has('test-forum')).toBe(false);
    expect(merged.entries.get('test-forum')).toMatchObject({ type: 'organization', members: ['KOR', 'USA', 'eu'] });
    expect(merged.entries.size).toBe(packaged.entries.size + 1);
    expect(merged.sources).toEqual([...packaged.sources, fixture('override.json')]);
  });

  it('never changes the cached packaged catalog', () => {
    const again = loadCatalog({ cwd: fixture('.') });
    expect(again).toBe(packaged);
    expect(again.entries.get('KOR')!.aliases).not.toContain('Hanguk');
    expect(again.entries.get('KOR')!.label).toBe('South Korea');
    expect(again.entries.has('test-forum')).toBe(false);
    expect(Object.isFrozen(again.entries.get('KOR'))).toBe(true);
    expect(Object.isFrozen(again.entries.get('KOR')!.aliases)).toBe(true);
  });

  it('loading the same extension twice adds nothing twice', () => {
    const twice = loadCatalog({ files: [fixture('override.json'), fixture('override.json')], cwd: fixture('.') });
    expect(twice.entries.get('KOR')!.aliases).toEqual(merged.entries.get('KOR')!.aliases);
  });

  it('loads corpus/catalog.json under cwd before user files', () => {
    const withCorpus = loadCatalog({ cwd: fixture('project'), files: [fixture('override.json')] });
    expect(withCorpus.entries.get('test-valley')?.type).toBe('region');
    expect(withCorpus.entries.get('JPN')!.metonyms).toContain('Test Palace');
    expect(withCorpus.sources.slice(-2)).toEqual([fixture('project/corpus/catalog.json'), fixture('override.json')]);
  });

  it('loads catalog.json of a corpus folder given, once', () => {
    const corpusDir = fixture('project/corpus');
    const viaDir = loadCatalog({ cwd: fixture('.'), corpus: [corpusDir] });
    expect(viaDir.entries.get('test-valley')?.type).toBe('region');
    expect(viaDir.sources.at(-1)).toBe(`${corpusDir}/catalog.json`);
    const both = loadCatalog({ cwd: fixture('project'), corpus: [corpusDir] });
    expect(both.sources.length).toBe(viaDir.sources.length);
  });

  it('loads the catalog.json of every corpus folder given, in order, and of a given file\'s folder', () => {
    const second = mkdtempSync(join(tmpdir(), 'geokg-corpus-'));
    try {
      writeFileSync(join(second, 'catalog.json'), JSON.stringify({ entries: [{ id: 'zorblax', type: 'organization', label: 'Zorblax Industries' }] }));
      writeFileSync(join(second, 'a.txt'), 'Zorblax Industries said so.');
      const first = fixture('project/corpus');
      const loaded = loadCatalog({ cwd: fixture('.'), corpus: [first, second, join(second, 'missing-folder')] });
      expect(loaded.sources.slice(-2)).toEqual([`${first}/catalog.json`, join(second, 'catalog.json')]);
      expect(loaded.entries.get('zorblax')?.label).toBe('Zorblax Industries');
      expect(loaded.entries.get('test-valley')?.type).toBe('region');
      expect(loadCatalog({ cwd: fixture('.'), corpus: [join(second, 'a.txt')] }).entries.has('zorblax')).toBe(true);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('mergeEntries keeps the last affiliation and each distinct role once', () => {
    const base = CatalogEntrySchema.parse({
      id: 'test-body', type: 'organization', label: 'Body', affiliation: 'USA', aliases: ['A'],
      roles: [{ title: 'Director', of: 'USA', from: '2001' }],
    });
    const ext = CatalogEntrySchema.parse({
      id: 'test-body', type: 'organization', label: 'Body 2', affiliation: 'GBR', aliases: ['B', 'A'],
      roles: [{ title: 'Director', of: 'USA', from: '2001' }, { title: 'Director', of: 'GBR' }],
    });
    const out = mergeEntries(base, ext);
    expect(out).toMatchObject({ label: 'Body 2', affiliation: 'GBR', aliases: ['A', 'B'] });
    expect(out.roles).toEqual([{ title: 'Director', of: 'USA', from: '2001' }, { title: 'Director', of: 'GBR' }]);
    expect(base.aliases).toEqual(['A']);
  });
});

describe('countries generated from world-countries', () => {
  it('drops two-letter codes, ordinary words, inverted list forms and other scripts', () => {
    for (const bad of ['US', 'IN', 'NO', 'Island', 'Congo', 'Korea, Republic of', '남한', "ʁɛpublika de an'ɡɔla", 'the Abode of Peace']) {
      expect(isSafeAltSpelling(bad), bad).toBe(false);
    }
    for (const good of ['Burma', 'Holland', 'Côte d\'Ivoire', 'DPRK', 'East Timor']) expect(isSafeAltSpelling(good), good).toBe(true);
  });

  it('forms demonym plurals', () => {
    expect(pluralDemonym('South Korean')).toBe('South Koreans');
    expect(pluralDemonym('Chinese')).toBe('Chinese');
    expect(pluralDemonym('British')).toBe('British');
    expect(pluralDemonym('Swiss')).toBe('Swiss');
    expect(pluralDemonym('Czech')).toBe('Czechs');
    expect(pluralDemonym('Motswana')).toBe('Batswana');
  });

  it('splits compound demonyms and keeps person nouns out of adjectives', () => {
    const kna = countryEntry(worldCountries.find((c) => c.cca3 === 'KNA')!);
    expect(kna.demonyms).toEqual(['Kittitian', 'Kittitians', 'Nevisian', 'Nevisians']);
    const nzl = countryEntry(worldCountries.find((c) => c.cca3 === 'NZL')!);
    expect(nzl.demonyms).toContain('New Zealanders');
    expect(nzl.adjectives).not.toContain('New Zealander');
  });
});

describe('the packaged catalog', () => {
  const catalog = loadCatalog({ cwd: fixture('.') });
  const entries = [...catalog.entries.values()];
  const ofType = (type: CatalogEntry['type']) => entries.filter((e) => e.type === type);

  it('knows the states of the seed article with their forms', () => {
    const kor = catalog.entries.get('KOR')!;
    expect(kor.capitals).toContain('Seoul');
    expect(kor.demonyms).toContain('South Koreans');
    const usa = catalog.entries.get('USA')!;
    expect(usa.metonyms).toContain('White House');
    expect(usa.aliases).toContain('U.S.');
    expect(usa.adjectives).toContain('American');
    expect(catalog.entries.get('PRK')!.aliases).toContain('North Korea');
    expect(catalog.entries.get('CHN')!.demonyms).toContain('Chinese');
    expect(catalog.entries.get('usfk')).toMatchObject({ type: 'military', affiliation: 'USA', hosts: expect.arrayContaining(['KOR']) });
    expect(catalog.entries.get('korean-peninsula')?.type).toBe('region');
  });

  it('has one country for every independent state, each with an upper-case alpha-3 id', () => {
    for (const c of worldCountries.filter((w) => w.independent)) expect(catalog.entries.get(c.cca3)?.type, c.cca3).toBe('country');
    for (const e of entries) expect(/^[A-Z]{3}$/.test(e.id), e.id).toBe(e.type === 'country');
    expect(catalog.entries.get('TWN')?.type).toBe('country');
    expect(catalog.entries.get('HKG')).toBeUndefined();
  });

  it('leaks no two-letter code from world-countries except the ones added on purpose', () => {
    const onPurpose = new Set(['US', 'UK']);
    const short = ofType('country').flatMap((e) => surfaces(e).filter((s) => s.length <= 2 && !onPurpose.has(s)).map((s) => `${e.id}: ${s}`));
    expect(short).toEqual([]);
  });

  it('shares no surface form between two entries', () => {
    // Forms that name two entries on purpose (lower case, without "the"), with the reason.
    const allowed: Record<string, string> = {};
    // the recognizer matches "the X" also as "X" and compares case-insensitively before its case rules
    const key = (form: string) => form.replace(/^the\s+/i, '').toLowerCase();
    const owners = new Map<string, Set<string>>();
    for (const e of entries) for (const s of surfaces(e)) owners.set(key(s), (owners.get(key(s)) ?? new Set()).add(e.id));
    const shared = [...owners].filter(([form, ids]) => ids.size > 1 && !(form in allowed)).map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('is big enough to be useful', () => {
    expect(ofType('country').length).toBeGreaterThanOrEqual(195);
    expect(ofType('organization').length).toBeGreaterThanOrEqual(90);
    expect(ofType('military').length).toBeGreaterThanOrEqual(40);
    expect(ofType('region').length).toBeGreaterThanOrEqual(50);
    expect(catalog.titles.length).toBeGreaterThanOrEqual(35);
  });

  it('lists members of the main alliances and blocs', () => {
    expect(catalog.entries.get('nato')!.members).toEqual(expect.arrayContaining(['USA', 'GBR', 'FIN', 'SWE', 'TUR']));
    expect(catalog.entries.get('eu')!.members).toHaveLength(27);
    expect(catalog.entries.get('asean')!.members).toEqual(expect.arrayContaining(['VNM', 'PHL', 'IDN']));
    expect(catalog.entries.get('quad')!.members).toEqual(['USA', 'JPN', 'IND', 'AUS']);
  });

  it('gives each title a form and marks heads of state or government', () => {
    const titles = new Map(catalog.titles.map((t) => [t.title, t]));
    expect(titles.get('President')?.head).toBe(true);
    expect(titles.get('Secretary of State')?.forms).toContain('Secretary');
    expect(titles.get('Secretary of State')?.nouns).toContain('secretary');
    expect(titles.get('Foreign Minister')?.head).toBe(false);
  });

  it('uses only titles that the titles lexicon defines in roles', () => {
    const titles = new Set(catalog.titles.map((t) => t.title));
    const unknown = entries.flatMap((e) => e.roles.filter((r) => !titles.has(r.title)).map((r) => `${e.id}: ${r.title}`));
    expect(unknown).toEqual([]);
  });

  it('knows every id that the linking lexicon refers to', () => {
    const linking = JSON.parse(readFileSync(dataPath('lexicon', 'linking.json'), 'utf8')) as { contextualAliases: { id: string; context: string[] }[] };
    const ids = linking.contextualAliases.flatMap((c) => [c.id, ...c.context]);
    expect(ids.filter((id) => !catalog.entries.has(id))).toEqual([]);
  });
});
