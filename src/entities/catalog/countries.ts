/**
 * One `country` entry for every state, generated from the `world-countries` package:
 * names, safe alternative spellings, demonyms, adjectives and capitals.
 * data/catalog/countries.json adds what the package lacks (short forms, metonyms,
 * better labels) and is merged over these entries by the loader.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { CatalogEntry } from './schema.js';

// The package is CommonJS whose typings declare an ES default export; require() gives the array either way.
const worldCountries = createRequire(import.meta.url)('world-countries') as Country[];

/**
 * Partially recognized states that the package marks as not independent but that act
 * as states in the news. Other dependent territories (Guam, Greenland, Hong Kong,
 * Western Sahara …) are not states here; the newsworthy ones are regions in regions.json.
 */
const NON_INDEPENDENT_STATES = new Set(['TWN', 'PSE', 'UNK']);

/**
 * Alternative spellings that are ordinary English words, nationality words or names
 * of something else; as aliases they would turn common text into a state mention.
 * ("Island" is Iceland's native name, "Congo" is shared by both Congos (countries.json gives it to the
 * DR Congo, as news copy does), "Timor" is
 * the island Indonesia shares, "Prathet" means "country"; "Nippon", "Nihon", "Zhonghua"
 * and "Emirates" mostly start company names: Nippon Steel, Emirates airline.)
 * Nationality words ("Thai", "Saudi", "Lao") belong in demonyms/adjectives, not aliases.
 */
const UNSAFE_ALT_SPELLINGS = new Set([
  'Island', 'Thai', 'Prathet', 'Togolese', 'Saudi', 'Lao', 'Congo', 'Timor', 'Mexicanos', 'Portuguesa',
  'Dominique', 'Pleasant Island', 'Nation of Brunei', 'Nippon', 'Nihon', 'Zhonghua', 'Emirates',
]);

/**
 * Demonyms that two states share; kept only for the state that news text means by it.
 * "Congolese" almost always refers to the DR Congo, "Dominican" to the Dominican Republic.
 */
const DROPPED_DEMONYMS: Record<string, string[]> = {
  COG: ['Congolese'],
  DMA: ['Dominican'],
};

/** Demonyms whose plural is the same word ("the Swiss", "the Burkinabe"). */
const INVARIANT_PLURALS = new Set(['Swiss', 'Malagasy', 'Ni-Vanuatu', 'I-Kiribati', 'Burkinabe', 'Vatican', 'Seychellois']);
/** Demonyms with an irregular plural. */
const IRREGULAR_PLURALS: Record<string, string> = { Motswana: 'Batswana', Mosotho: 'Basotho', Czech: 'Czechs' };

// Transliterations in IPA or inverted list forms ("Korea, Republic of") never occur in running text.
const IPA_CHARS = /[\u0250-\u02AF]/u;
const LATIN_TEXT = /^[\p{Script=Latin}\p{M}0-9 .'’‘ʻ()\-]+$/u;

export function isSafeAltSpelling(spelling: string): boolean {
  if (spelling.length <= 2) return false; // ISO 3166-1 alpha-2 codes: "US", "IN", "IT", "NO", "IS" …
  if (UNSAFE_ALT_SPELLINGS.has(spelling)) return false;
  if (spelling.includes(',')) return false;
  if (!LATIN_TEXT.test(spelling) || IPA_CHARS.test(spelling)) return false;
  // Lower-case starts are transliterated phrases ("the Abode of Peace", "al-Mamlakah …"), not names.
  return /^\p{Lu}/u.test(spelling);
}

/** Splits "Antiguan, Barbudan" and "Kittitian or Nevisian" into single demonyms. */
function splitDemonym(demonym: string): string[] {
  return demonym.split(/,\s*|\s+or\s+/).map((d) => d.trim()).filter((d) => d.length > 0);
}

/**
 * Nationality words ending in -sh, -ch, -ese or -ss name the collective themselves
 * ("the British", "the Chinese"); the others take an -s ("Americans", "Iraqis").
 */
export function pluralDemonym(demonym: string): string {
  if (INVARIANT_PLURALS.has(demonym)) return demonym;
  if (demonym in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[demonym];
  if (/(sh|ch|ese|ss)$/.test(demonym)) return demonym;
  return `${demonym}s`;
}

/** Demonyms that name only people: "a Motswana", but "Botswana's government". */
const PERSON_ONLY_DEMONYMS = new Set(['Motswana', 'Mosotho']);

/** Person nouns in -er ("New Zealander", "Icelander") are not adjectives either. */
function isAdjective(demonym: string): boolean {
  return !/er$/.test(demonym) && !PERSON_ONLY_DEMONYMS.has(demonym);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function countryEntry(country: Country): CatalogEntry {
  const dropped = new Set(DROPPED_DEMONYMS[country.cca3] ?? []);
  const eng = country.demonyms?.eng;
  const singular = unique(
    [eng?.m, eng?.f]
      .filter((d): d is string => typeof d === 'string' && d.length > 0)
      .flatMap(splitDemonym)
      // "Djibouti" is both the state and, in the package, its demonym
      .filter((d) => !dropped.has(d) && d !== country.name.common),
  );
  return {
    id: country.cca3,
    type: 'country',
    label: country.name.common,
    aliases: unique([country.name.common, country.name.official, ...country.altSpellings.filter(isSafeAltSpelling)]),
    capitals: unique(country.capital ?? []),
    metonyms: [],
    demonyms: unique(singular.flatMap((d) => [d, pluralDemonym(d)])),
    adjectives: singular.filter(isAdjective),
    roles: [],
    homeNames: [],
    hosts: [],
    members: [],
  };
}

export function isState(country: Country): boolean {
  return country.independent === true || NON_INDEPENDENT_STATES.has(country.cca3);
}

/** Country entries for every state the package knows, sorted by id. */
export function generatedCountries(): CatalogEntry[] {
  return worldCountries
    .filter(isState)
    .map(countryEntry)
    .sort((a, b) => a.id.localeCompare(b.id));
}
