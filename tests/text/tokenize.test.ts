/**
 * The tokenizer (src/text/tokenize.ts): ASCII words and numbers are scanned by hand and
 * everything else by one regular expression; both paths must cut the same tokens. Each row
 * gives a text and the token texts it must give.
 */
import { describe, expect, it } from 'vitest';
import { isUpperCase, tokenize, TokenKind } from '../../src/text/tokenize.js';

const ROWS: Array<[text: string, tokens: string[]]> = [
  ['Japan criticized China.', ['Japan', 'criticized', 'China', '.']],
  // dotted acronyms stay whole, also before a hyphen; a lone initial keeps its dot before a space
  ['The U.S. and U.N. met.', ['The', 'U.S.', 'and', 'U.N.', 'met', '.']],
  ['U.S.-led forces', ['U.S.', '-', 'led', 'forces']],
  ['George W. Bush', ['George', 'W.', 'Bush']],
  ['at the end: W.', ['at', 'the', 'end', ':', 'W.']],
  // a lower-case letter and a dot are a word and a full stop
  ['e.g. this', ['e.g.', 'this']],
  ['plan b. Then', ['plan', 'b', '.', 'Then']],
  // the possessive is split off; apostrophes inside words stay
  ["Japan's and Japan’s", ['Japan', "'s", 'and', 'Japan', '’s']],
  ["don't O'Neill", ["don't", "O'Neill"]],
  ["the rebels' base", ['the', 'rebels', "'", 'base']],
  // numbers keep their separators only between digits
  ['1,000 troops, 3.5 percent, 2014.', ['1,000', 'troops', ',', '3.5', 'percent', ',', '2014', '.']],
  ['$870 million', ['$', '870', 'million']],
  ['--and — – dashes', ['--', 'and', '—', '–', 'dashes']],
  // non-ASCII letters and combining marks take the regular-expression path, whole
  ['Goražde and Bihać', ['Goražde', 'and', 'Bihać']],
  ['Café Zürich', ['Café', 'Zürich']],
  ['Ä.Ö. test', ['Ä.Ö.', 'test']],
  ['naïve e\u0301lan', ['naïve', 'e\u0301lan']],
];

describe('tokenize', () => {
  for (const [text, expected] of ROWS) {
    it(JSON.stringify(text), () => {
      const tokens = tokenize(text);
      expect(tokens.map((t) => t.text)).toEqual(expected);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
  }

  it('marks kinds, capitals and lower-case forms', () => {
    const [w, n, p] = tokenize('Seoul 920 ,');
    expect([w.kind, n.kind, p.kind]).toEqual([TokenKind.Word, TokenKind.Number, TokenKind.Punct]);
    expect(w.upper).toBe(true);
    expect(w.lower).toBe('seoul');
  });

  it('reads only the range it is given', () => {
    const text = 'Russia attacked Georgia in August.';
    expect(tokenize(text, 7, 23).map((t) => t.text)).toEqual(['attacked', 'Georgia']);
  });

  it('cuts random texts the same way as the single regular expression', () => {
    // the reference: the tokenizer's expression applied at every position, as before the hand-written path
    const re = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s|-|$)|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|--|—|–|\S/uy;
    const reference = (text: string): string[] => {
      const out: string[] = [];
      for (let i = 0; i < text.length;) {
        if (/\s/.test(text[i])) { i++; continue; }
        re.lastIndex = i;
        const m = re.exec(text)!;
        const word = m[0];
        const poss = /^(.+?)(['’]s)$/u.exec(word);
        if (poss && word.length > 2) out.push(poss[1], poss[2]); else out.push(word);
        i += word.length;
      }
      return out;
    };
    const alphabet = ['a', 'Z', 's', 'S', 'U', '.', ',', "'", '’', '-', '—', ' ', '\n', '1', '9', 'É', 'é', '\u0301', 'ß', '"', '(', '?', '$', '\t', '\u00a0', '\u0001'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(tokenize(text).map((t) => t.text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('gives every token of random texts the kind, capital and lower-case form its text has', () => {
    // (the hand-written path learns them while it scans; the reference reads them off the token's text)
    const alphabet = ['a', 'Z', 'q', 'M', 's', 'S', '.', ',', "'", '’', '-', ' ', '1', 'É', 'é', 'ß', '"'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    // (the possessive's "'s" is a word; only words are looked up with "'" for "’")
    const kindOf = (word: string) => (/^\d/.test(word) ? TokenKind.Number : /^([\p{L}\p{M}]|['’]s$)/u.test(word) ? TokenKind.Word : TokenKind.Punct);
    const lowerOf = (word: string) => (kindOf(word) === TokenKind.Word ? word.toLowerCase().replace(/[’ʼ]/g, "'") : word.toLowerCase());
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 14);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const got = tokenize(text).map((t) => ({ text: t.text, kind: t.kind, upper: t.upper, lower: t.lower }));
      const expected = got.map(({ text: word }) => ({ text: word, kind: kindOf(word), upper: /^\p{Lu}/u.test(word), lower: lowerOf(word) }));
      expect(got, JSON.stringify(text)).toEqual(expected);
    }
  });
});

describe('isUpperCase', () => {
  it('agrees with comparing the word to its upper-case form, for ASCII and other letters', () => {
    const words = ['NATO', 'Nato', 'U.S.', 'ECOWAS-led', '2024', 'al-QAEDA', 'ÉTATS', 'États', 'ÇAĞ', 'straße', 'STRASSE', '', "PEOPLE'S", 'Ǆ', 'ǅ'];
    expect(words.map(isUpperCase)).toEqual(words.map((w) => w === w.toUpperCase()));
    // (the list holds both answers, so a test that always says the same would fail)
    expect(new Set(words.map(isUpperCase)).size).toBe(2);
  });
});
