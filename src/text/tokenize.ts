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

/** The word in lower case; the word itself when it has no capital (most words: no new string, one hash for both forms). */
function lowerCase(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/** No lower-case letter in the word: the test `word === word.toUpperCase()`, without a new string for ASCII words. */
export function isUpperCase(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return word === word.toUpperCase();
  }
  return true;
}

/** Typographic apostrophes: news copy writes "People’s" and "Côte d’Ivoire" as often as with "'". */
const CURLY_APOSTROPHE = /[\u2019\u02BC]/g;

/**
 * The form a word is looked up by: lower case, with a typographic apostrophe as "'", so that
 * the text's "People’s" meets the catalog's "People's".
 */
export function lookupForm(word: string): string {
  return lowerCase(word).replace(CURLY_APOSTROPHE, "'");
}

function kindOf(word: string): TokenKind {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return TokenKind.Number;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return TokenKind.Word;
  if (c < 128) return TokenKind.Punct;
  return DIGIT_RE.test(word) ? TokenKind.Number : /[\p{L}\p{M}]/u.test(word[0]) ? TokenKind.Word : TokenKind.Punct;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** An ASCII digit's character code. */
export const isDigit = (c: number) => c >= 48 && c <= 57;
// ASCII characters that \s matches (NaN past the end of the text counts as the end)
const isAsciiSpaceOrEnd = (c: number) => Number.isNaN(c) || c === 32 || (c >= 9 && c <= 13);

/**
 * Whether the word asciiTokenEnd last found holds a capital letter, read by the tokenizer
 * instead of a second pass over the word (a module variable: a returned object per token
 * would cost more than the pass it saves).
 */
let asciiCapitals = false;

/**
 * The end of the token at i for ASCII words, numbers and punctuation, the same as TOKEN_RE would find,
 * or -1 where a non-ASCII character could change the answer (then TOKEN_RE decides).
 * Written by hand because one regex match per token, with its match array, is the
 * tokenizer's main cost on English text. Sets asciiCapitals for the token found.
 */
function asciiTokenEnd(text: string, i: number): number {
  asciiCapitals = false;
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    let k = i + 1;
    while (isDigit(text.charCodeAt(k))) k++;
    // "1,000", "3.5": a separator joins only digits on both sides
    while ((text.charCodeAt(k) === 46 || text.charCodeAt(k) === 44) && isDigit(text.charCodeAt(k + 1))) {
      k += 2;
      while (isDigit(text.charCodeAt(k))) k++;
    }
    return k;
  }
  if (!isAsciiLetter(c)) {
    // ASCII punctuation is one character, or "--" (the regex's `--` and `\S`); other characters go to the regex
    if (c >= 128 || Number.isNaN(c)) return -1;
    return c === 45 && text.charCodeAt(i + 1) === 45 ? i + 2 : i + 1;
  }
  const next = text.charCodeAt(i + 1);
  if (next === 46) {
    // (letter-dot tokens are acronyms and initials, nearly all capitals)
    asciiCapitals = true;
    // "U.S.", "U.N.": letter-dot pairs, two or more
    const third = text.charCodeAt(i + 2);
    if (third > 127 || text.charCodeAt(i + 3) > 127) return -1;
    if (isAsciiLetter(third) && text.charCodeAt(i + 3) === 46) {
      let k = i + 4;
      for (;;) {
        const a = text.charCodeAt(k);
        if (a > 127) return -1;
        if (!isAsciiLetter(a) || text.charCodeAt(k + 1) !== 46) break;
        k += 2;
      }
      return k;
    }
    // "S." before a space, a hyphen or the end: an initial
    if (c >= 65 && c <= 90) {
      if (third > 127) return -1;
      if (third === 45 || isAsciiSpaceOrEnd(third)) return i + 2;
    }
    return i + 1;
  }
  let capitals = c <= 90;
  let k = i + 1;
  for (;;) {
    const a = text.charCodeAt(k);
    if (a >= 97 && a <= 122) { k++; continue; }
    if (a >= 65 && a <= 90) { capitals = true; k++; continue; }
    // an apostrophe inside a word: "don't", "O'Neill", "Japan’s"
    if (a === 39 || a === 0x2019) {
      const b = text.charCodeAt(k + 1);
      if (isAsciiLetter(b)) { k += 2; capitals ||= b <= 90; continue; }
      if (b > 127) return -1;
      asciiCapitals = capitals;
      return k;
    }
    if (a > 127) return -1;
    asciiCapitals = capitals;
    return k;
  }
}

/** The token [i, end) ends in "'s" or "’s" after at least one character: the possessive the general path splits off. */
function endsPossessive(text: string, i: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  const apostrophe = text.charCodeAt(end - 2);
  return end - i > 2 && (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // skip whitespace quickly (space, tab, newlines, nbsp)
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12 || c === 11) { i++; continue; }
    const fast = asciiTokenEnd(text, i);
    let word: string;
    if (fast > 0) word = text.slice(i, fast);
    else {
      TOKEN_RE.lastIndex = i;
      const m = TOKEN_RE.exec(text);
      if (!m) { i++; continue; }
      word = m[0];
    }
    let end = i + word.length;
    if (end > to) { word = text.slice(i, to); end = to; }
    // character-code tests first: most tokens are ASCII, and a regex per token is the cost that shows in profiles
    const poss = endsPossessive(text, i, end) ? POSSESSIVE_RE.exec(word) : null;
    if (poss) {
      const base = poss[1];
      tokens.push({ text: base, start: i, end: i + base.length, kind: TokenKind.Word, upper: isUpperInitial(base), lower: lowerCase(base) });
      tokens.push({ text: poss[2], start: i + base.length, end, kind: TokenKind.Word, upper: false, lower: lowerCase(poss[2]) });
    } else {
      const kind = kindOf(word);
      // (an ASCII token's scan noted its capitals: no second pass over it for its lower case)
      const lower = fast === end ? (asciiCapitals ? word.toLowerCase() : word) : lowerCase(word);
      tokens.push({ text: word, start: i, end, kind, upper: kind === TokenKind.Word && isUpperInitial(word), lower });
    }
    i = end;
  }
  // typographic apostrophes are looked up as "'": fixed up afterwards, in the documents that
  // have any, so the loop above stays as fast for the others (a check per word cost 4-8 %)
  if (hasCurlyApostrophe(text, from, to)) for (const t of tokens) if (t.kind === TokenKind.Word) t.lower = t.lower.replace(CURLY_APOSTROPHE, "'");
  return tokens;
}

function hasCurlyApostrophe(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\u2019', from);
  if (at >= 0 && at < to) return true;
  const modifier = text.indexOf('\u02BC', from);
  return modifier >= 0 && modifier < to;
}

/** Tokenize a catalog surface form the same way as text, returning token texts. */
export function tokenTexts(form: string): string[] {
  return tokenize(form).map((t) => t.text);
}

/** The lower-case words of tokens [from, to). */
export function lowerWords(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k].lower);
  return words;
}
