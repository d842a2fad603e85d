import { describe, expect, it } from 'vitest';
import { phraseAt } from '../../src/text/phrase-index.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('phraseAt', () => {
  const phrases = [['armed', 'forces'], ['troops'], ['armed', 'forces', 'units'], ['Air', 'Base']];
  const tokens = tokenize('Russian armed forces units and troops left the Air Base');

  it('gives the first phrase in list order that the tokens spell, as a scan of the list would', () => {
    expect(phraseAt(tokens, 1, tokens.length, phrases, 'lower')).toEqual(['armed', 'forces']);
    expect(phraseAt(tokens, 5, tokens.length, phrases, 'lower')).toEqual(['troops']);
    expect(phraseAt(tokens, 0, tokens.length, phrases, 'lower')).toBeUndefined();
  });

  it('compares as written or in lower case, and never past the end it is given', () => {
    expect(phraseAt(tokens, 8, tokens.length, phrases, 'text')).toEqual(['Air', 'Base']);
    expect(phraseAt(tokenize('the air base'), 1, 3, phrases, 'text')).toBeUndefined();
    expect(phraseAt(tokens, 1, 2, phrases, 'lower')).toBeUndefined();
    expect(phraseAt(tokens, tokens.length, tokens.length, phrases, 'lower')).toBeUndefined();
  });
});
