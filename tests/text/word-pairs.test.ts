/** Two words compared with a plain list of phrases in place (src/text/word-pairs.ts). */
import { describe, expect, it } from 'vitest';
import { includesWordPair, isWordPair } from '../../src/text/word-pairs.js';

describe('isWordPair and includesWordPair', () => {
  it('compare a phrase with two words as if they were joined by a space', () => {
    expect(isWordPair('in front', 'in', 'front')).toBe(true);
    expect(isWordPair('in front', 'in', 'fron')).toBe(false);
    expect(isWordPair('in front', 'i', 'n front')).toBe(false);
    expect(isWordPair('in-front', 'in', 'front')).toBe(false);
    expect(isWordPair('with', 'with', '')).toBe(false);
  });

  it('look through a list of prepositions of one and two words', () => {
    const preps = ['with', 'against', 'on behalf'];
    expect(includesWordPair(preps, 'on', 'behalf')).toBe(true);
    expect(includesWordPair(preps, 'with', 'the')).toBe(false);
    expect(includesWordPair([], 'on', 'behalf')).toBe(false);
  });
});
