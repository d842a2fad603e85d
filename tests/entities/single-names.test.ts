/**
 * Lone capitalised words the catalog does not know (src/entities/single-names.ts): kept as
 * names where the document and their neighbours say so, dropped where they are a common
 * word, a modifier or a piece of a longer name. Each row is annotated text (see
 * fixtures/entities/annotated.ts): the entity stage must find exactly the marked mentions.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extract, flaggedLines, parseAnnotated } from '../fixtures/entities/annotated.js';

function expectExactly(annotated: string): void {
  const { text, mentions: expected } = parseAnnotated(annotated);
  expect(flaggedLines(analyze(text).mentions)).toEqual(flaggedLines(expected));
}

describe('a lone unknown word kept as a name', () => {
  it.each([
    // an actor between a conjunction and a past form
    ['[Russia](RUS) protested, and [Varkesh](varkesh) threatened [Ukraine](UKR).'],
    // the object of a verb, before a mark
    ['The [United States](USA) funded [Talvoria](talvoria), officials said.'],
    // after a place preposition: a place, no actor
    ['Fighting spread to [Kelmaro](kelmaro~@) on Monday.'],
    // at a sentence's start, because the document writes it capitalised inside a sentence too
    ['[Quillon](quillon) criticized [Russia](RUS). [Russia](RUS) later sanctioned [Quillon](quillon).'],
    // joined to a place just named: a place too
    ['[Russia](RUS) kept bases at [Batumi](batumi~@) and [Ardavani](ardavani~@).'],
  ])('%s', (annotated) => expectExactly(annotated));

  it('types a lone word after a place preposition as a region and one before a verb as a person', () => {
    const x = extract('Rebels from Kelmaro attacked the town, and Varkesh condemned the raid.');
    const types = Object.fromEntries(x.entities.filter((e) => !e.linked).map((e) => [e.id, e.type]));
    expect(types).toEqual({ kelmaro: 'region', varkesh: 'person' });
  });

  it('links a lone surname to the unknown person named in full before it', () => {
    const x = extract('Tarvo Kessel arrived in Kyiv on Monday. Kessel met Ukrainian officials.');
    const kessel = x.entities.find((e) => e.id === 'tarvo-kessel');
    expect(kessel?.mentions.map((m) => m.text)).toEqual(['Tarvo Kessel', 'Kessel']);
    expect(x.entities.some((e) => e.id === 'kessel')).toBe(false);
  });
});

describe('a lone capitalised word that is no name', () => {
  it.each([
    // at a sentence's start with no other capitalised use: a common word
    ['Fighting erupted near the border on Monday.'],
    // a noun of the lexicon, even before a verb of saying
    ['Police said three people were hurt.'],
    // before a content word it modifies
    ['A Valdorian diplomat met the envoy.'],
    ['Dozens of Valdorian fighters crossed the river.'],
    // after an article, a compass word or a noun of forces
    ['The ship sailed into the western Pacific.'],
    ['The navy sent the destroyer Varnava and two frigates.'],
    // pieces of longer names and numbers
    ['About 770,000 Sikhs live in the province.'],
    ['A Su-24 bomber was shot down.'],
    ['The rebels of the Rally for Democracy held the east.'],
    // written in lower case elsewhere in the document
    ['Delegates spoke of Harmony, and harmony was the theme.'],
    // a label alone on its line
    ['National\n\nTalks resumed on Monday.'],
  ])('%j', (text) => {
    expect(analyze(text).mentions.filter((m) => !/^[A-Z]{3}$/.test(m.id))).toEqual([]);
  });

  it('leaves no actor to take a relation the unknown name states ("X criticized A, and Y threatened B")', () => {
    const x = extract('Quillon criticized the United Nations, and Varkesh threatened Russia.');
    const lines = x.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.modality}`);
    expect(lines).toContain('varkesh threat RUS asserted');
    expect(lines.filter((l) => l.startsWith('un threat'))).toEqual([]);
  });
});
