/** Two-word phrases tested word by word (src/text/word-pairs.ts). */
import { describe, expect, it } from 'vitest';
import { includesWordPair, isWordPair, WordPairs } from '../../src/text/word-pairs.js';

describe('WordPairs', () => {
  const pairs = new WordPairs(['together with', 'along with', 'up to', 'in concert with', 'alone']);

  it('finds a pair by its two words', () => {
    expect(pairs.has('together', 'with')).toBe(true);
    expect(pairs.has('along', 'with')).toBe(true);
    expect(pairs.has('up', 'to')).toBe(true);
  });

  it('does not mix the words of different pairs', () => {
    expect(pairs.has('together', 'to')).toBe(false);
    expect(pairs.has('up', 'with')).toBe(false);
    expect(pairs.has('with', 'together')).toBe(false);
  });

  it('holds no phrase of one word or of three, which two words can never be', () => {
    expect(pairs.has('alone', '')).toBe(false);
    expect(pairs.has('in', 'concert')).toBe(false);
    expect(pairs.has('concert', 'with')).toBe(false);
  });

  it('has no pair where the second word is missing (the end of the text)', () => {
    expect(pairs.has('up', undefined)).toBe(false);
    expect(pairs.has('', undefined)).toBe(false);
  });
});

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
