/**
 * Tokenizer: splits text into word, number and punctuation tokens with UTF-16 offsets.
 * One sticky regular expression, no per-character allocation; dotted acronyms
 * ("U.S.", "U.N.") and initials ("S.") stay one token, and the possessive "'s" is split
 * off so that "Japan's" gives "Japan" + "'s".
 */

export const enum TokenKind { Word = 0, Number = 1, Punct = 2 }

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The word starts with an upper-case letter. */
  upper: boolean;
  /** The text in lower case, computed once: every lexicon lookup compares lower-case words. */
  lower: string;
}

// Order matters: acronyms and initials before plain words, "--" before single punctuation.
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s|-|$)|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*|--|—|–|\S/uy;
const UPPER_RE = /^\p{Lu}/u;
const DIGIT_RE = /^\d/;
const POSSESSIVE_RE = /^(.+?)(['’]s)$/u;

function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_RE.test(word);
}

function kindOf(word: string): TokenKind {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return TokenKind.Number;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return TokenKind.Word;
  if (c < 128) return TokenKind.Punct;
  return DIGIT_RE.test(word) ? TokenKind.Number : /[\p{L}\p{M}]/u.test(word[0]) ? TokenKind.Word : TokenKind.Punct;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // skip whitespace quickly (space, tab, newlines, nbsp)
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11) { i++; continue; }
    TOKEN_RE.lastIndex = i;
    const m = TOKEN_RE.exec(text);
    if (!m) { i++; continue; }
    let word = m[0];
    let end = i + word.length;
    if (end > to) { word = text.slice(i, to); end = to; }
    // character-code tests first: most tokens are ASCII, and a regex per token is the cost that shows in profiles
    const last = word.charCodeAt(word.length - 1);
    const poss = word.length > 2 && (last === 115 || last === 83) && (word.charCodeAt(word.length - 2) === 39 || word.charCodeAt(word.length - 2) === 0x2019) ? POSSESSIVE_RE.exec(word) : null;
    if (poss) {
      const base = poss[1];
      tokens.push({ text: base, start: i, end: i + base.length, kind: TokenKind.Word, upper: isUpperInitial(base), lower: base.toLowerCase() });
      tokens.push({ text: poss[2], start: i + base.length, end, kind: TokenKind.Word, upper: false, lower: poss[2].toLowerCase() });
    } else {
      const kind = kindOf(word);
      tokens.push({ text: word, start: i, end, kind, upper: kind === TokenKind.Word && isUpperInitial(word), lower: word.toLowerCase() });
    }
    i = end;
  }
  return tokens;
}

/** Tokenize a catalog surface form the same way as text, returning token texts. */
export function tokenTexts(form: string): string[] {
  return tokenize(form).map((t) => t.text);
}
