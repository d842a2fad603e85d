/**
 * The recognition steps on their own, over the real catalog and lexicon: where a title
 * starts (titled-names.ts) and what a capitalised run the catalog does not know becomes
 * (unknown-runs.ts), each with the word index it hands back to the recognition loop.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/sentences.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import { gazetteerFor } from '../../src/entities/index.js';
import { linkingLexicon } from '../../src/entities/lexicon.js';
import { RecognizeContext } from '../../src/entities/recognize-context.js';
import { titleAt, titledMention } from '../../src/entities/titled-names.js';
import { NO_RUN, unknownRun } from '../../src/entities/unknown-runs.js';
import { newMention } from '../../src/entities/types.js';

function at(text: string, word: string) {
  const doc = analyzeText(text);
  const c = new RecognizeContext(doc, { gazetteer: gazetteerFor(loadCatalog()), lexicon: linkingLexicon(), date: '2016-04-12', skip: [] });
  const i = doc.tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no token "${word}" in: ${text}`);
  const s = doc.sentences.find((x) => x.tokenStart <= i && i < x.tokenEnd)!;
  const made = () => c.mentions.map((m) => `${m.id} "${text.slice(m.start, m.end)}" ${m.kind}${m.title ? ` title=${m.title}` : ''}`);
  return { c, s, i, doc, made };
}

describe('titleAt', () => {
  it('finds a capitalised title and its length', () => {
    const { c, s, i, doc } = at('Foreign Minister Wang Yi arrived.', 'Foreign');
    const title = titleAt(c, s, i);
    expect(title && doc.tokens.slice(i, i + title.match.length).map((t) => t.text).join(' ')).toBe('Foreign Minister');
    expect(title?.appositive).toBe(0);
  });

  it('takes a lower-case title only before a name', () => {
    const named = at('The talks were led by foreign minister Wang Yi.', 'foreign');
    expect(titleAt(named.c, named.s, named.i)).not.toBeNull();
    const bare = at('The foreign minister declined to comment.', 'foreign');
    expect(titleAt(bare.c, bare.s, bare.i)).toBeNull();
  });

  it('takes a name in commas after a possessive', () => {
    const { c, s, i } = at("Somaliland's leader, Muse Bihi Abdi, signed the deal.", 'leader');
    expect(titleAt(c, s, i)?.appositive).toBe(1);
  });

  it("takes a name in commas after a state's name that opens the phrase, not after a bare title", () => {
    const { c, s, i, doc } = at('The new U.S. ambassador, Hugo Llorens, presented his credentials.', 'ambassador');
    const us = doc.tokens.findIndex((t) => t.text === 'U.S.');
    c.mentions.push(newMention('USA', 'name', doc.tokens[us].start, doc.tokens[us].end, us, us + 1, s.index, true, false, 1));
    expect(titleAt(c, s, i)?.appositive).toBe(1);
    const bare = at('The ambassador, Hugo Llorens, presented his credentials.', 'ambassador');
    expect(titleAt(bare.c, bare.s, bare.i)).toBeNull();
  });
});

describe('titledMention', () => {
  it('makes the catalog person named after the title and returns the word after the name', () => {
    const { c, s, i, doc, made } = at('Chinese Foreign Minister Wang Yi arrived.', 'Foreign');
    const next = titledMention(c, s, i, titleAt(c, s, i)!, undefined);
    expect(doc.tokens[next].text).toBe('arrived');
    expect(made()).toEqual(['wang-yi "Wang Yi" name title=Foreign Minister']);
  });

  it('makes an unknown person of a name the catalog does not know', () => {
    const { c, s, i, made } = at('Defence Minister Tarvo Kessel resigned.', 'Defence');
    titledMention(c, s, i, titleAt(c, s, i)!, undefined);
    expect(made()).toEqual(['tarvo-kessel "Tarvo Kessel" unknown title=Defense Minister']);
    expect(c.unknown.get('tarvo-kessel')?.type).toBe('person');
  });
});

describe('unknownRun', () => {
  it('makes a place of an unknown name after a place preposition: a destination, not an actor', () => {
    const { c, s, i, doc, made } = at('Fighting broke out in Karvashi Velen overnight.', 'Karvashi');
    const next = unknownRun(c, s, i);
    expect(doc.tokens[next].text).toBe('overnight');
    expect(made()).toEqual(['karvashi-velen "Karvashi Velen" unknown']);
    expect(c.mentions[0].locative).toBe(true);
    expect(c.mentions[0].actor).toBe(false);
  });

  it('passes on a word that starts no run (a lone all-capital word)', () => {
    const { c, s, i, made } = at('Officials of XQZV met on Monday.', 'XQZV');
    expect(unknownRun(c, s, i)).toBe(NO_RUN);
    expect(made()).toEqual([]);
  });

  it('takes capitalised modifiers before a title without a mention: they belong to the title', () => {
    const { c, s, i, doc, made } = at('First Deputy Managing Director Gita Gopinath spoke.', 'First');
    const next = unknownRun(c, s, i);
    expect(doc.tokens[next].text).toBe('Managing');
    expect(made()).toEqual([]);
  });
});
