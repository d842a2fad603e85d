/**
 * The coreference sieves one by one, over the real catalog and lexicon: which sieve rules
 * on a word, what it answers (the last token it took, or NEXT to pass the word on), and
 * the mention it adds to the document's context.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/sentences.js';
import { loadCatalog } from '../../src/entities/catalog/load.js';
import { gazetteerFor } from '../../src/entities/index.js';
import { linkingLexicon } from '../../src/entities/lexicon.js';
import { recognizeMentions } from '../../src/entities/recognize.js';
import { CorefContext } from '../../src/entities/coref-context.js';
import { COREF_SIEVES, NEXT } from '../../src/entities/coref-sieves.js';

const DATE = '2016-04-12';

/** A fresh context over `text` after recognition, and the index of the token `word` (its nth occurrence). */
function contextAt(text: string, word: string, nth = 0) {
  const doc = analyzeText(text);
  const gazetteer = gazetteerFor(loadCatalog());
  const lexicon = linkingLexicon();
  const { mentions, unknown } = recognizeMentions(doc, { gazetteer, lexicon, date: DATE, skip: [] });
  const c = new CorefContext(doc, mentions, { gazetteer, lexicon, date: DATE, unknown, skip: [] });
  const at = doc.tokens.map((t, k) => (t.text === word ? k : -1)).filter((k) => k >= 0)[nth];
  if (at === undefined) throw new Error(`no token "${word}" in: ${text}`);
  const sentence = doc.sentences.find((s) => s.tokenStart <= at && at < s.tokenEnd)!;
  return { c, doc, i: at, sentence, lower: doc.tokens[at].lower };
}

/** What every sieve answers at the word, by id. */
function answers(text: string, word: string, nth = 0): Record<string, number> {
  const out: Record<string, number> = {};
  for (const sieve of COREF_SIEVES) {
    const { c, i, sentence, lower } = contextAt(text, word, nth);
    out[sieve.id] = sieve.run(c, sentence, i, lower);
  }
  return out;
}

function run(id: string, text: string, word: string, nth = 0) {
  const sieve = COREF_SIEVES.find((s) => s.id === id);
  if (!sieve) throw new Error(`no sieve ${id}`);
  const { c, i, sentence, lower, doc } = contextAt(text, word, nth);
  const last = sieve.run(c, sentence, i, lower);
  const added = c.added.map((m) => `${m.id} "${doc.text.slice(m.start, m.end)}" ${m.kind}`);
  return { i, last, added };
}

describe('the sieve list', () => {
  it('names every sieve once', () => {
    const ids = COREF_SIEVES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(10);
  });

  it('leaves a word that starts no form to every sieve after it', () => {
    const all = answers('Kerry met Wang in Beijing. The talks went well.', 'talks');
    expect(Object.values(all).every((a) => a === NEXT)).toBe(true);
  });
});

describe('one sieve at a time', () => {
  it('a personal pronoun takes the person named last of its gender', () => {
    const r = run('personal-pronoun', 'Kerry arrived in Seoul. He met reporters.', 'He');
    expect(r.last).toBe(r.i);
    expect(r.added).toEqual(['john-kerry "He" pronoun']);
  });

  it('a pronoun with no antecedent in reach is still ruled on: no later sieve tries it', () => {
    const r = run('personal-pronoun', 'Markets fell. He left.', 'He');
    expect(r.last).toBe(r.i);
    expect(r.added).toEqual([]);
  });

  it('"his government" stands for the state the person serves, taking both words', () => {
    const r = run('personal-pronoun', 'Chinese Foreign Minister Wang Yi said his government would respond.', 'his');
    expect(r.last).toBe(r.i + 1);
    expect(r.added).toEqual(['CHN "his government" pronoun']);
  });

  it('"it" in subject position takes the state named last; an object "it" is passed on', () => {
    const subject = run('it-its', 'China said it would impose sanctions.', 'it');
    expect(subject.added).toEqual(['CHN "it" pronoun']);
    const object = run('it-its', 'China signed the deal and Japan welcomed it.', 'it');
    expect(object.last).toBe(NEXT);
    expect(object.added).toEqual([]);
  });

  it('a group phrase takes the pair named together last, one mention each', () => {
    const r = run('group-phrase', 'Japan and South Korea signed a pact. The two allies agreed to share intelligence.', 'The');
    expect(r.last).toBe(r.i + 2);
    expect(r.added).toEqual(['JPN "The two allies" group', 'KOR "The two allies" group']);
    // a bare "the two" before a noun is not the pair ("the two chief negotiators")
    const bare = run('group-phrase', 'Japan and South Korea signed a pact. The two chief negotiators smiled.', 'The');
    expect(bare.last).toBe(NEXT);
    expect(bare.added).toEqual([]);
  });

  it('a role noun takes the last person named who bears the title', () => {
    const r = run('role-noun', 'Secretary of State John Kerry arrived. The secretary met reporters.', 'The');
    expect(r.last).toBe(r.i + 1);
    expect(r.added).toEqual(['john-kerry "The secretary" role-noun']);
  });

  it('"the country" takes the state named last', () => {
    const r = run('state-noun', 'Fighting spread across Sudan. Aid groups left the country.', 'the', 0);
    expect(r.last).toBe(r.i + 1);
    expect(r.added).toEqual(['SDN "the country" contextual']);
  });
});
