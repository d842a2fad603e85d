/**
 * Two-word phrases ("together with", "up to") tested word by word. The object and argument
 * scans ask at every token of a clause whether it and the next one form such a phrase;
 * joining the two words into a new string for each question (and flattening it to compare)
 * was one of the relation stage's main sources of garbage.
 */

/** A set of two-word phrases, looked up by their two words. */
export class WordPairs {
  private readonly seconds = new Map<string, Set<string>>();

  /** Phrases of exactly two words, separated by one space; others can never match two words and are left out. */
  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      if (words.length !== 2 || !words[0] || !words[1]) continue;
      let set = this.seconds.get(words[0]);
      if (!set) this.seconds.set(words[0], (set = new Set()));
      set.add(words[1]);
    }
  }

  has(first: string, second: string | undefined): boolean {
    return second !== undefined && (this.seconds.get(first)?.has(second) ?? false);
  }
}

/** Whether `phrase` is `first`, one space and `second`, compared in place. */
export function isWordPair(phrase: string, first: string, second: string): boolean {
  return phrase.length === first.length + 1 + second.length
    && phrase.charCodeAt(first.length) === 32 && phrase.startsWith(first) && phrase.endsWith(second);
}

/** Whether any of `phrases` is the pair `first second`. */
export function includesWordPair(phrases: readonly string[], first: string, second: string): boolean {
  for (const phrase of phrases) if (isWordPair(phrase, first, second)) return true;
  return false;
}
