/**
 * The constructions the relation extractor reads (arguments.ts, subjects.ts, objects.ts,
 * verb-arguments.ts, noun-arguments.ts, structural.ts, attributes.ts), one table per
 * construction: word order, passives, prepositions, coordination, appositions,
 * possessives, reported speech, relative clauses, compounds, hyphenated pairs, domestic
 * groups, pronouns across sentences, titles, deployments and attributes (amounts, dates
 * against the document date). The tables are in tests/fixtures/relations/.
 *
 * Rows under `knownFailures` state what the spec expects and the extractor does not
 * deliver yet; each carries the reason. They run as `it.fails` so a fix shows up.
 */
import { describe, expect, it } from 'vitest';
import type { Modality, RelationAttributes } from '../../src/model.js';
import { describeRelations, expectAsserted, extractSentence, relationsFor, type Triple } from './helpers.js';
import { CLAUSE_CONSTRUCTIONS, type Construction } from '../fixtures/relations/clause-constructions.js';
import { NAME_CONSTRUCTIONS } from '../fixtures/relations/name-constructions.js';

const CONSTRUCTIONS: Record<string, Construction> = { ...CLAUSE_CONSTRUCTIONS, ...NAME_CONSTRUCTIONS };

describe('construction tables', () => {
  it('hold at least 60 rows', () => {
    const n = Object.values(CONSTRUCTIONS).reduce((sum, c) => sum + c.rows.length + c.knownFailures.length, 0);
    expect(n + ATTRIBUTE_ROWS.length).toBeGreaterThanOrEqual(60);
  });
});

for (const [name, { rows, knownFailures }] of Object.entries(CONSTRUCTIONS)) {
  describe(name, () => {
    if (rows.length) {
      it.each(rows)('%s', (text, date, asserted, notAsserted) => {
        expectAsserted(extractSentence(text, date), asserted, notAsserted);
      });
    }
    if (knownFailures.length) {
      // each row's reason is in its table
      it.fails.each(knownFailures)('known failure: %s', (text, date, asserted, notAsserted) => {
        expectAsserted(extractSentence(text, date), asserted, notAsserted);
      });
    }
  });
}

/** [text, document date, the relation, its modality, attributes it must carry, attribute keys it must not carry]. */
type AttributeRow = [text: string, date: string, triple: Triple, modality: Modality, attributes: RelationAttributes, absent: string[]];

const ATTRIBUTE_ROWS: AttributeRow[] = [
  // the amount as written, with the USD figure the text gives in parentheses
  ['Under the agreement, South Korea will pay 920 billion won ($870 million) in 2014 for US Forces Korea.', '2014-03-14', ['KOR', 'funding', 'usfk'], 'asserted',
    { amount: 920_000_000_000, currency: 'KRW', amountUsd: 870_000_000, year: 2014 }, []],
  ['Germany pledged 2.7 billion euros ($2.9 billion) to Ukraine.', '2023-03-03', ['DEU', 'funding', 'UKR'], 'asserted',
    { amount: 2_700_000_000, currency: 'EUR', amountUsd: 2_900_000_000 }, []],
  ['The IMF approved a $3 billion bailout for Pakistan.', '2023-07-12', ['imf', 'funding', 'PAK'], 'asserted',
    { amount: 3_000_000_000, currency: 'USD', amountUsd: 3_000_000_000 }, []],
  // no USD figure in the text: none invented
  ['The European Union gave 50 billion euros to Ukraine.', '2024-02-01', ['eu', 'funding', 'UKR'], 'asserted',
    { amount: 50_000_000_000, currency: 'EUR' }, ['amountUsd']],
  // "on Thursday" in a story of Friday 2023-03-24 is the day before
  ['Japan gave $500 million to Ukraine on Thursday.', '2023-03-24', ['JPN', 'funding', 'UKR'], 'asserted',
    { amount: 500_000_000, currency: 'USD', date: '2023-03-23' }, []],
  ['Antony Blinken met Wang Yi on Sunday.', '2023-06-19', ['antony-blinken', 'negotiation', 'wang-yi'], 'asserted', { date: '2023-06-18' }, []],
  // the document's own weekday is the same day
  ['Russia attacked Kyiv on Friday.', '2022-02-25', ['RUS', 'attack', 'UKR'], 'asserted', { date: '2022-02-25' }, []],
  // a future weekday counts forward: Friday 2023-03-17 + "will ... on Monday" = 2023-03-20
  ['Xi Jinping will fly to Moscow on Monday.', '2023-03-17', ['xi-jinping', 'negotiation', 'RUS'], 'hypothetical', { date: '2023-03-20' }, []],
  // and so does an event "due to start" or "set to resume" (Friday 2013-03-08)
  ['North Korea threatened South Korea over drills that South Korea and the United States are due to start on Monday.', '2013-03-08', ['PRK', 'threat', 'KOR'], 'asserted', { date: '2013-03-11' }, []],
  ['Iran and the United States are set to resume talks on Tuesday.', '2013-03-08', ['IRN', 'negotiation', 'USA'], 'hypothetical', { date: '2013-03-12' }, []],
  // a funding relation without an amount carries none
  ["Seoul's contribution to USFK rose this year.", '2014-03-14', ['KOR', 'funding', 'usfk'], 'asserted', {}, ['amount', 'currency', 'amountUsd']],
];

describe('attributes', () => {
  it.each(ATTRIBUTE_ROWS)('%s', (text, date, triple, modality, attributes, absent) => {
    const extraction = extractSentence(text, date);
    const [relation] = relationsFor(extraction, triple, modality);
    expect(relation, `${triple.join(' ')} [${modality}] among: ${describeRelations(extraction)}`).toBeDefined();
    expect(relation.attributes ?? {}).toMatchObject(attributes);
    for (const key of absent) expect(relation.attributes ?? {}).not.toHaveProperty(key);
  });
});
