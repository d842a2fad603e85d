/**
 * Which coreference forms can start at a word: the first words of every form, and the
 * contextual names, group phrases and role nouns of the lexicon and catalog indexed by their
 * first words, so each token is compared only with forms that can start there.
 */
import type { Token } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import type { Mention } from './types.js';
import { wordClasses } from '../text/word-classes.js';

const triggerIndex = new WeakMap<LinkingLexicon, Set<string>>();

/** First words of every form coref.ts resolves: pronouns, "the ...", group phrases, contextual names. */
export function triggerWords(lex: LinkingLexicon): Set<string> {
  let set = triggerIndex.get(lex);
  if (!set) {
    set = new Set([...wordClasses().corefOpeners, ...lex.pronouns.keys(), ...lex.groupPhrases.map((g) => g[0]), ...lex.contextual.map((c) => c.tokens[0].toLowerCase()), ...lex.fixedPairs.map((x) => x.tokens[0])]);
    triggerIndex.set(lex, set);
  }
  return set;
}

// the phrase lists indexed by first word, so each token is compared only with phrases that can start there
const contextualIndex = new WeakMap<LinkingLexicon, Map<string, LinkingLexicon['contextual']>>();
const groupIndex = new WeakMap<LinkingLexicon, Map<string, string[][]>>();

const roleFirst = new WeakMap<Gazetteer, Set<string>>();

/** First words of the role nouns ("secretary", "foreign"), to skip most "the"s at once. */
export function roleFirstWords(gaz: Gazetteer): Set<string> {
  let set = roleFirst.get(gaz);
  if (!set) {
    set = new Set([...gaz.roleNouns.keys()].map((k) => k.split(' ')[0]));
    roleFirst.set(gaz, set);
  }
  return set;
}

/**
 * Phrases indexed by their first word, and by their first two words when longer (the
 * first word in lower case): "the" opens most contextual forms and group phrases.
 */
function twoWordIndex<T>(items: T[], words: (item: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const w = words(item);
    const key = w.length > 1 ? `${w[0].toLowerCase()} ${w[1]}` : w[0].toLowerCase();
    index.set(key, [...(index.get(key) ?? []), item]);
  }
  return index;
}

/** The phrases that can start at a word followed by `next`: two-word keys first (longer phrases), then one-word ones. */
function phrasesAt<T>(index: Map<string, T[]>, word: string, next: string | undefined, none: T[]): T[] {
  const two = next === undefined ? undefined : index.get(`${word} ${next}`);
  const one = index.get(word);
  return two ? (one ? [...two, ...one] : two) : one ?? none;
}

export function contextualAt(lex: LinkingLexicon, word: string, next: string | undefined): LinkingLexicon['contextual'] {
  let index = contextualIndex.get(lex);
  if (!index) { index = twoWordIndex(lex.contextual, (c) => c.tokens); contextualIndex.set(lex, index); }
  return phrasesAt(index, word, next, NO_CONTEXTUAL);
}

const NO_CONTEXTUAL: LinkingLexicon['contextual'] = [];

/**
 * "the bloc" in a story that names both the EU and ECOWAS: of the forms that match, the one
 * whose context was mentioned last before `pos` (the first form when only one matches or
 * none has a context mentioned before).
 */
export function nearestContextual(candidates: LinkingLexicon['contextual'], mentions: Mention[], pos: number): LinkingLexicon['contextual'][number] | undefined {
  if (candidates.length <= 1) return candidates[0];
  let best = candidates[0];
  let bestAt = -1;
  for (const c of candidates) {
    for (const m of mentions) if (m.start < pos && m.start > bestAt && c.context.includes(m.id)) { best = c; bestAt = m.start; }
  }
  return best;
}

const NO_PHRASES: string[][] = [];

export function groupPhrasesAt(lex: LinkingLexicon, word: string, next: string | undefined): string[][] {
  let index = groupIndex.get(lex);
  if (!index) { index = twoWordIndex(lex.groupPhrases, (g) => g); groupIndex.set(lex, index); }
  return phrasesAt(index, word, next, NO_PHRASES);
}

/** Form tokens match text: the first word in either case (the index matched it already), the rest as written. */
export function matchFormAfterFirst(tokens: Token[], i: number, end: number, form: string[]): boolean {
  if (i + form.length > end) return false;
  for (let k = 1; k < form.length; k++) if (tokens[i + k].text !== form[k]) return false;
  return true;
}
