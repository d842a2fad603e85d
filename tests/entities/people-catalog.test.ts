/**
 * Checks the packaged people catalog (data/catalog/people*.json): schema, ids, role
 * titles, owners and dates, aliases, and a few hand-checked office holders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CatalogFileSchema } from '../../src/entities/catalog/schema.js';
import type { CatalogEntry } from '../../src/entities/catalog/schema.js';
import { roleHeldOn } from '../../src/entities/roles.js';
import { dataPath } from '../../src/util/data.js';
import { slugify } from '../../src/util/slug.js';

/** Canonical role titles a person entry may carry. */
const ROLE_TITLES = new Set([
  'President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor',
  'Secretary of State', 'Foreign Minister', 'Foreign Secretary', 'Defense Minister',
  'Secretary of Defense', 'Defence Secretary', 'Supreme Leader', 'Leader', 'General Secretary',
  'Chairman', 'King', 'Queen', 'Crown Prince', 'Emir', 'Secretary-General', 'High Representative',
  'President of the European Commission', 'President of the European Council', 'Director General',
  'National Security Adviser', 'Ambassador', 'Commander',
  // used by people-additions.json
  'Chairman of the Joint Chiefs of Staff', 'Treasury Secretary', 'Director', 'Speaker', 'Trade Representative',
  'Special Envoy', 'Deputy Prime Minister',
]);

/** Organizations a role may belong to; states are ISO 3166-1 alpha-3 codes. */
const ROLE_ORGANIZATIONS = new Set([
  'un', 'nato', 'eu', 'european-commission', 'european-council', 'iaea', 'hamas', 'hezbollah',
  'isis', 'al-qaeda', 'taliban', 'wagner-group', 'who', 'imf', 'world-bank', 'wto',
  'african-union', 'asean', 'arab-league',
  // armed groups and entities led by people of people-additions.json
  'rsf', 'libyan-national-army', 'houthis', 'sdf', 'pkk', 'afc', 'tplf', 'boko-haram', 'republika-srpska', 'bosnian-serb-army',
  // and movements their people led before holding a state's office
  'solidarity',
]);

// today's states, and the former ones the catalog knows ("SUN" for Soviet offices)
const CATALOG_STATES = (JSON.parse(readFileSync(dataPath('catalog', 'countries.json'), 'utf8')) as { entries: Array<{ id: string; type: string }> }).entries
  .filter((e) => e.type === 'country').map((e) => e.id);
const STATE_CODES = new Set([
  ...(createRequire(import.meta.url)('world-countries') as Array<{ cca3: string }>).map((c) => c.cca3),
  ...CATALOG_STATES,
]);

interface LoadedEntry { file: string; entry: CatalogEntry }

function loadPeople(): LoadedEntry[] {
  const files = readdirSync(dataPath('catalog')).filter((f) => /^people(-[a-z-]+)?\.json$/.test(f)).sort();
  return files.flatMap((file) => {
    const parsed = CatalogFileSchema.parse(JSON.parse(readFileSync(dataPath('catalog', file), 'utf8')));
    return parsed.entries.map((entry) => ({ file, entry }));
  });
}

function lowerBound(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function upperBound(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

const people = loadPeople();
const where = ({ file, entry }: LoadedEntry): string => `${file}: ${entry.id}`;

/** Ids of the people holding `title` of `of` on `date`. */
function holders(title: string, of: string, date: string): string[] {
  return people
    .filter(({ entry }) => entry.roles.some((r) => r.title === title && r.of === of && roleHeldOn(r, date)))
    .map(({ entry }) => entry.id);
}

describe('people catalog', () => {
  it('has people files with several hundred people', () => {
    expect(people.length).toBeGreaterThan(500);
  });

  it('holds only person entries with a gender', () => {
    const bad = people.filter(({ entry }) => entry.type !== 'person' || !entry.gender).map(where);
    expect(bad).toEqual([]);
  });

  it('gives every person the slug of the label as id, once', () => {
    const bad = people.filter(({ entry }) => entry.id !== slugify(entry.label)).map(where);
    expect(bad).toEqual([]);
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const p of people) {
      const first = seen.get(p.entry.id);
      if (first) duplicates.push(`${where(p)} (also in ${first})`);
      else seen.set(p.entry.id, p.file);
    }
    expect(duplicates).toEqual([]);
  });

  it('lists the label among the aliases and no alias for two people', () => {
    expect(people.filter(({ entry }) => !entry.aliases.includes(entry.label)).map(where)).toEqual([]);
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const { entry } of people) {
      for (const alias of new Set(entry.aliases)) {
        const other = owner.get(alias);
        if (other) shared.push(`"${alias}": ${other}, ${entry.id}`);
        else owner.set(alias, entry.id);
      }
    }
    expect(shared).toEqual([]);
  });

  it('uses only the canonical role titles', () => {
    const bad = people.flatMap((p) =>
      p.entry.roles.filter((r) => !ROLE_TITLES.has(r.title)).map((r) => `${where(p)}: "${r.title}"`));
    expect(bad).toEqual([]);
  });

  it('gives every role a state code or a known organization', () => {
    const bad = people.flatMap((p) =>
      p.entry.roles.filter((r) => !STATE_CODES.has(r.of) && !ROLE_ORGANIZATIONS.has(r.of))
        .map((r) => `${where(p)}: "${r.of}"`));
    expect(bad).toEqual([]);
  });

  it('dates every role with from <= to', () => {
    const bad = people.flatMap((p) =>
      p.entry.roles.filter((r) => r.from && r.to && lowerBound(r.from) > upperBound(r.to))
        .map((r) => `${where(p)}: ${r.title} ${r.from}..${r.to}`));
    expect(bad).toEqual([]);
  });

  it('knows who held an office on a given day', () => {
    expect(holders('Secretary of State', 'USA', '2014-03-14')).toEqual(['john-kerry']);
    expect(holders('President', 'KOR', '2017-06-01')).toEqual(['moon-jae-in']);
    expect(holders('Prime Minister', 'GBR', '2019-09-01')).toEqual(['boris-johnson']);
    expect(holders('Secretary-General', 'un', '2010-06-30')).toEqual(['ban-ki-moon']);
    expect(holders('President', 'USA', '2018-01-01')).toEqual(['donald-trump']);
  });

  it('has exactly one head of each main state on sample days', () => {
    const heads: Array<[string, string]> = [
      ['President', 'USA'], ['President', 'RUS'], ['General Secretary', 'CHN'], ['Prime Minister', 'JPN'],
      ['Prime Minister', 'GBR'], ['President', 'FRA'], ['Chancellor', 'DEU'], ['Supreme Leader', 'IRN'],
      ['Prime Minister', 'ISR'], ['Prime Minister', 'IND'],
    ];
    const days = ['1995-06-01', '2003-06-01', '2010-06-01', '2016-06-01', '2023-06-01'];
    const bad = heads.flatMap(([title, of]) => days
      .map((day) => ({ day, ids: holders(title, of, day) }))
      .filter(({ ids }) => ids.length !== 1)
      .map(({ day, ids }) => `${title} of ${of} on ${day}: [${ids.join(', ')}]`));
    expect(bad).toEqual([]);
  });
});
