/**
 * Fixed phrases (token sequences) looked up by their first word: the rules ask "does one of
 * these phrases start here?" at many tokens, and a scan of the whole list each time showed in
 * the profile (force nouns after every nationality word, place tails after every unknown name).
 */
import type { Token } from './tokenize.js';

/** Each list's phrases by first word, in the list's own order (so the first match is the same as a scan's). */
const indexes = new WeakMap<readonly string[][], Map<string, string[][]>>();

function indexOf(phrases: readonly string[][]): Map<string, string[][]> {
  let index = indexes.get(phrases);
  if (!index) {
    index = new Map();
    for (const words of phrases) {
      const bucket = index.get(words[0]);
      if (bucket) bucket.push(words); else index.set(words[0], [words]);
    }
    indexes.set(phrases, index);
  }
  return index;
}

/**
 * The first of `phrases` (in list order) that the tokens from k spell, compared by `field`
 * ("lower" or the text as written), within `end`; undefined when none does.
 */
export function phraseAt(tokens: Token[], k: number, end: number, phrases: readonly string[][], field: 'lower' | 'text'): string[] | undefined {
  if (k >= end) return undefined;
  const bucket = indexOf(phrases).get(tokens[k][field]);
  if (!bucket) return undefined;
  for (const words of bucket) {
    if (k + words.length > end) continue;
    let j = 1;
    while (j < words.length && tokens[k + j][field] === words[j]) j++;
    if (j === words.length) return words;
  }
  return undefined;
}
