/**
 * The twelve relation types, one table each (tests/fixtures/relations/): news-like
 * sentences, their document date, the (source, type, target) triples an analyst reads as
 * asserted, and triples that must not be asserted (the reversed direction, a wrong type, a
 * bystander). The sentences use the verb, noun and multiword cues of every data/cues file.
 *
 * Rows under `knownFailures` state what the spec expects and the extractor does not
 * deliver yet; each carries the reason. They run as `it.fails` so a fix shows up.
 */
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../../src/model.js';
import { expectAsserted, extractSentence } from './helpers.js';
import { COOPERATIVE_TYPES, type TypeTable } from '../fixtures/relations/cooperative-types.js';
import { HOSTILE_TYPES } from '../fixtures/relations/hostile-types.js';

const TABLE = { ...COOPERATIVE_TYPES, ...HOSTILE_TYPES } as Record<RelationType, TypeTable>;

describe('relation type tables', () => {
  it('cover all twelve types with at least 8 sentences each, every row naming its type', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...RELATION_TYPES].sort());
    for (const type of RELATION_TYPES) {
      const rows = [...TABLE[type].rows, ...TABLE[type].knownFailures];
      expect(rows.length, type).toBeGreaterThanOrEqual(8);
      for (const [text, , asserted] of rows) {
        const types = asserted.flatMap((x) => (Array.isArray(x[0]) ? (x as unknown as string[][]).map((t) => t[1]) : [x[1] as string]));
        expect(types, text).toContain(type);
      }
    }
  });
});

for (const type of RELATION_TYPES) {
  const { rows, knownFailures } = TABLE[type];
  describe(type, () => {
    it.each(rows)('%s', (text, date, asserted, notAsserted) => {
      expectAsserted(extractSentence(text, date), asserted, notAsserted);
    });
    if (knownFailures.length) {
      // each row's reason is in its table
      it.fails.each(knownFailures)('known failure: %s', (text, date, asserted, notAsserted) => {
        expectAsserted(extractSentence(text, date), asserted, notAsserted);
      });
    }
  });
}
