/**
 * The gazetteer's case rules, on a catalog of invented names: an acronym matches only as
 * written, other forms need their first letter as written (or a text in capitals), and
 * tolerate other case differences after it.
 */
import { describe, expect, it } from 'vitest';
import { CatalogEntrySchema, TitleSchema } from '../../src/entities/catalog/schema.js';
import { buildGazetteer, caseMatches } from '../../src/entities/gazetteer.js';
import { firstWordsOf, longestMatch, matchFrom } from '../../src/entities/match.js';
import { tokenize } from '../../src/text/tokenize.js';

const entries = [
  CatalogEntrySchema.parse({ id: 'zemo', type: 'organization', label: 'ZEMO', aliases: [] }),
  CatalogEntrySchema.parse({ id: 'al-tamir', type: 'organization', label: 'al-Tamir Front', aliases: [] }),
  CatalogEntrySchema.parse({ id: 'VLR', type: 'country', label: 'Valoria', aliases: ['Valorian Republic'] }),
];
const gaz = buildGazetteer({ entries: new Map(entries.map((e) => [e.id, e])), titles: [] });

/** The entity a text starts with, or null. */
function matchAtStart(text: string): string | null {
  const tokens = tokenize(text);
  return longestMatch(gaz.root, tokens, 0, tokens.length)?.surfaces[0].id ?? null;
}

describe('caseMatches', () => {
  it.each([
    ['ZEMO said so', 'zemo'],
    ['Zemo said so', null],
    ['zemo said so', null],
    ['al-Tamir Front fighters', 'al-tamir'],
    ['AL-TAMIR FRONT CLAIMS ATTACK', 'al-tamir'],
    ['Al-Tamir Front fighters', null],
    ['Valoria protested', 'VLR'],
    ['VALORIA PROTESTS', 'VLR'],
    ['valoria protested', null],
    ['Valorian republic troops', 'VLR'],
  ])('%s: %s', (text, id) => {
    expect(matchAtStart(text)).toBe(id);
  });

  it('reads the acronym bits of a form of more than 31 words word by word', () => {
    const words = Array.from({ length: 33 }, (_, k) => (k === 32 ? 'ZX' : 'w'));
    const text = (ws: string[]) => ws.map((w) => ({ text: w }));
    expect(caseMatches({ tokens: words, acronyms: 0 }, text(words))).toBe(true);
    expect(caseMatches({ tokens: words, acronyms: 0 }, text([...words.slice(0, 32), 'Zx']))).toBe(false);
  });
});

describe('firstWordsOf', () => {
  const titled = buildGazetteer({
    entries: new Map(entries.map((e) => [e.id, e])),
    titles: [TitleSchema.parse({ title: 'Valorian Consul', forms: ['Valorian Consul', 'consul'] })],
  });
  const first = firstWordsOf(titled);

  it('gives each first word its nodes in the names and titles tries, by how the word is written', () => {
    // "Valorian" starts a name and a title; "al-Tamir Front" is written in lower case; "consul" starts a title only
    expect(first.upper.get('valorian')).toEqual({ name: titled.root.next.get('valorian'), title: titled.titles.next.get('valorian') });
    expect(first.upper.get('valoria')?.title).toBeUndefined();
    expect(first.lower.get('al')?.name).toBe(titled.root.next.get('al'));
    expect(first.lower.get('valoria')).toBeUndefined();
    expect(first.lower.get('consul')).toEqual({ name: undefined, title: titled.titles.next.get('consul') });
    expect(first.upper.get('unknown')).toBeUndefined();
  });

  it('gives each surface its entity\'s type, and a title none', () => {
    const at = (root: typeof titled.root, text: string) => longestMatch(root, tokenize(text), 0, tokenize(text).length)?.surfaces.map((x) => x.type);
    expect(at(titled.root, 'Valorian Republic')).toEqual(['country']);
    expect(at(titled.root, 'ZEMO')).toEqual(['organization']);
    expect(at(titled.titles, 'Valorian Consul')).toEqual([undefined]);
  });

  it('matches from a first word\'s node as from the trie\'s root', () => {
    for (const text of ['Valorian Republic troops', 'Valoria and ZEMO', 'al-Tamir Front fighters', 'ZEMO', 'Valorian']) {
      const tokens = tokenize(text);
      const node = first.upper.get(tokens[0].lower)?.name;
      expect(node, text).toBeDefined();
      expect(matchFrom(node!, tokens, 0, tokens.length), text).toEqual(longestMatch(titled.root, tokens, 0, tokens.length));
    }
    const tokens = tokenize('Valorian Republic troops');
    expect(matchFrom(first.upper.get('valorian')!.name!, tokens, 0, tokens.length)?.length).toBe(2);
    // a range that ends inside the name
    expect(matchFrom(first.upper.get('valorian')!.name!, tokens, 0, 1)).toEqual(longestMatch(titled.root, tokens, 0, 1));
  });
});
