/**
 * Two words compared with a plain list of phrases ("out of", "posed by" among a cue's
 * prepositions) in place. The object scans ask this at every token of a clause; joining the
 * two words into a new string for each question (and flattening it to compare) was one of
 * the relation stage's main sources of garbage. Fixed lists are token sequences instead
 * (relations/lexicon.ts phraseList).
 */

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
