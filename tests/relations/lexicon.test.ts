/** Phrase lists as token sequences (src/relations/lexicon.ts phraseList, phraseLengthAt). */
import { describe, expect, it } from 'vitest';
import { phraseLengthAt, phraseList } from '../../src/relations/lexicon.js';
import { tokenize } from '../../src/text/tokenize.js';

/** The length of the phrase of `phrases` at the word `word` of `text`, the clause ending at the end of the text. */
function lengthAt(phrases: string[], text: string, word: number, limit?: number): number {
  const tokens = tokenize(text);
  return phraseLengthAt(phraseList(phrases), tokens, word, limit ?? tokens.length);
}

describe('phraseLengthAt', () => {
  const phrases = ['together with', 'along with', 'in concert with', 'in'];

  it('finds a phrase of two words, compared in lower case', () => {
    expect(lengthAt(phrases, 'Together with Britain', 0)).toBe(2);
    expect(lengthAt(phrases, 'sanctions along with Canada', 1)).toBe(2);
  });

  it('prefers the longest phrase at a word', () => {
    expect(lengthAt(phrases, 'in concert with the EU', 0)).toBe(3);
    expect(lengthAt(phrases, 'in Kabul', 0)).toBe(1);
  });

  it('does not mix the words of different phrases', () => {
    expect(lengthAt(phrases, 'together along', 0)).toBe(0);
    expect(lengthAt(phrases, 'with together', 0)).toBe(0);
    expect(lengthAt(phrases, 'in concert halls', 0)).toBe(1);
  });

  it('finds nothing past the clause or the text', () => {
    expect(lengthAt(phrases, 'together with Britain', 0, 1)).toBe(0);
    expect(lengthAt(phrases, 'imposed them together', 2)).toBe(0);
    expect(lengthAt(phrases, 'together with', 5)).toBe(0);
  });
});
