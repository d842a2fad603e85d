/** Relative asides (src/text/asides.ts): words set off by ", which ... ," or ", who ... ,". */
import { describe, expect, it } from 'vitest';
import { inRelativeAside } from '../../src/text/asides.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Whether the word `word` of `text` lies in a relative aside closed before the word `before`. */
function asideAt(text: string, word: string, before: string): boolean {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  const end = tokens.findIndex((t) => t.text === before);
  return inRelativeAside(tokens, k, k + 1, end, 0);
}

describe('inRelativeAside', () => {
  it('finds a name inside ", which ... ," closed before the verb', () => {
    expect(asideAt('Hungary, which has close ties with Moscow, had threatened to block it.', 'Moscow', 'threatened')).toBe(true);
    expect(asideAt('Kabila, who blames Rwanda, spoke.', 'Rwanda', 'spoke')).toBe(true);
  });
  it('finds a name inside an apposition that holds a relative clause of its own', () => {
    expect(asideAt('The CSTO, the Moscow-led bloc that includes Kyrgyzstan, will meet, its chief said.', 'Kyrgyzstan', 'its')).toBe(true);
    expect(asideAt('The CSTO, the Moscow-led bloc that includes Kyrgyzstan, will meet, its chief said.', 'Moscow', 'its')).toBe(true);
    expect(asideAt('The CSTO, the bloc led by Moscow, will meet, its chief said.', 'Moscow', 'its')).toBe(false);
  });
  it('leaves a name outside an aside, or in one not yet closed', () => {
    expect(asideAt('Hungary, with ties to Moscow, had threatened to block it.', 'Moscow', 'threatened')).toBe(false);
    expect(asideAt('Hungary, which has close ties with Moscow and threatened to block it.', 'Moscow', 'threatened')).toBe(false);
    expect(asideAt('Hungary and Moscow, which agreed, spoke.', 'Moscow', 'spoke')).toBe(false);
  });
});
