/** Relation attributes read from a sentence (src/relations/attributes.ts). */
import { describe, expect, it } from 'vitest';
import { findAmounts, relationAttributes, sentenceNumbers, weekdayDate } from '../../src/relations/attributes.js';
import { tokenize } from '../../src/text/tokenize.js';

const numbersOf = (sentence: string) => {
  const tokens = tokenize(sentence);
  return sentenceNumbers(tokens, 0, tokens.length);
};

describe('findAmounts', () => {
  it('reads amounts by symbol and by currency word, in text order, again and again', () => {
    const sentence = 'Seoul pledged 920 billion won ($870 million) and Tokyo US$5 billion.';
    for (let round = 0; round < 3; round++) {
      expect(findAmounts(sentence).map((a) => [a.value, a.currency, a.text])).toEqual([
        [920e9, 'KRW', '920 billion won'], [870e6, 'USD', '$870 million'], [5e9, 'USD', 'US$5 billion'],
      ]);
    }
  });
});

describe('sentenceNumbers', () => {
  it.each([
    ['The talks began in 1998.', { any: true, year: true }],
    ['Aid rose 12 % in 2014.5 terms.', { any: true, year: true }],
    ['It sent 300 troops.', { any: true, year: false }],
    ['It counted 20145 votes.', { any: true, year: true }],
    ['It counted 2,014 votes.', { any: true, year: false }],
    ['No figures were given.', { any: false, year: false }],
  ])('%s', (sentence, expected) => {
    expect(numbersOf(sentence)).toEqual(expected);
  });

  it('never hides a year or an amount the searches would find in the whole sentence', () => {
    const sentences = [
      'The accord signed in 1998 still holds.', 'Sanctions imposed since 2014, and again by 2019-20, stay.',
      'It paid $5 billion in 2014.5 terms.', 'He said in  2001 the deal was struck.', 'The 1,950 troops left during 1950.',
      'They met on Friday, 12 March, for talks.', 'Funding of 20 million euros arrived in 2023.', 'In 2003 the war began.',
      'Aid of 2014 dollars came by 2016.', 'for 19 years', 'of 20xx', 'by 2099é',
    ];
    for (const sentence of sentences) {
      expect(relationAttributes(sentence, '2024-03-15', true, numbersOf(sentence)), sentence).toEqual(relationAttributes(sentence, '2024-03-15', true));
    }
  });
});

describe('weekdayDate', () => {
  it('keeps the day looked back to apart from the day looked forward to, asked in either order', () => {
    // 2024-03-06 is a Wednesday
    expect([weekdayDate('Monday', '2024-03-06', true), weekdayDate('Monday', '2024-03-06')]).toEqual(['2024-03-11', '2024-03-04']);
    expect([weekdayDate('friday', '2024-03-06'), weekdayDate('friday', '2024-03-06', true)]).toEqual(['2024-03-01', '2024-03-08']);
    expect([weekdayDate('Wednesday', '2024-03-06'), weekdayDate('Wednesday', '2024-03-06', true)]).toEqual(['2024-03-06', '2024-03-13']);
    expect(weekdayDate('Someday', '2024-03-06')).toBeNull();
  });
});
