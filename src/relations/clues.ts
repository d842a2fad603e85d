/**
 * Clues the relation stage reads around a cue: places struck or garrisoned, hosts of talks,
 * sums written in words, names for things, reciprocal objects, protests, trips called off.
 * Small pure functions over the tokens of one sentence.
 */
import type { Mention } from '../entities/types.js';
import type { TextDoc } from '../text/sentences.js';
import { TokenKind } from '../text/tokenize.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { groupAfter } from './objects.js';
import { findAmounts, MONEY_IN_WORDS } from './attributes.js';
import { phraseLengthAt, phraseList, tokenFlags, WORD_FLAG, type ModalityLexicon, type PhraseList } from './lexicon.js';
import { wordClasses } from '../text/word-classes.js';

export const PLACE_TYPES = new Set(['country', 'region']);

/** "positions of X", "camps of the X": a target noun and "of" (maybe "the") right before the group at `at`. */
export function targetOf(text: TextDoc, at: number, from: number, targetNouns: Set<string> | undefined): boolean {
  if (!targetNouns) return false;
  const t = text.tokens;
  let k = at - 1;
  if (t[k]?.lower === 'the') k--;
  const nounAt = (j: number) => j >= from && targetNouns.has(t[j].lower);
  const link = t[k]?.lower ?? '';
  if (link === 'of') return nounAt(k - 1);
  // "a military base used by U.S. forces", "a base belonging to the army", "a camp housing U.S. troops"
  if ((link === 'by' || link === 'to') && FACILITY_USERS.has(t[k - 1]?.lower ?? '')) return nounAt(k - 2);
  return FACILITY_USERS.has(link) && nounAt(k - 1);
}

const FACILITY_USERS = wordClasses().facilityUsers;
const PLAIN_ARTICLES = wordClasses().plainArticles;
const INDEFINITE_ARTICLES = wordClasses().indefiniteArticles;

/** The state named right after a place: "the Hmeimim air base in Syria", "Goma, Congo". */
export function stateAfterPlace(text: TextDoc, place: Mention, mentions: Mention[], typeOf: (id: string) => string | undefined): string | undefined {
  const link = text.tokens[place.tokenEnd]?.lower;
  if (link !== 'in' && link !== ',') return undefined;
  const next = mentions.find((m) => m.tokenStart === place.tokenEnd + 1 || (m.tokenStart === place.tokenEnd + 2 && text.tokens[place.tokenEnd + 1].lower === 'the'));
  return next && typeOf(next.id) === 'country' ? next.id : undefined;
}

/**
 * The region a struck place lies in, named right after it or after the list it ends: "the airports of Bahir Dar and
 * Gondar in the neighbouring Amhara region".
 */
export function regionAfterPlace(text: TextDoc, place: Mention, mentions: Mention[], typeOf: (id: string) => string | undefined): string | undefined {
  const t = text.tokens;
  let k = place.tokenEnd;
  while (k < place.tokenEnd + 6 && k < t.length && (t[k].lower === 'and' || t[k].text === ',' || t[k].upper)) k++;
  if (t[k]?.lower !== 'in') return undefined;
  k++;
  if (t[k]?.lower === 'the') k++;
  for (let j = 0; j < 2 && t[k] && !t[k].upper && t[k].kind === TokenKind.Word; j++) k++;
  const next = mentions.find((m) => m.tokenStart === k);
  return next && next.id !== place.id && typeOf(next.id) === 'region' ? next.id : undefined;
}

/** A hosting verb a few words before a talks noun ("hosted several rounds of talks between"). */
export function hostedBefore(text: TextDoc, i: number, l: number, verbs: Set<string> | undefined): boolean {
  if (!verbs) return false;
  for (let k = i - 1; k >= Math.max(l, i - 5); k--) if (verbs.has(text.tokens[k].lower)) return true;
  return false;
}

/** "talks hosted by China": the agent of a hosting participle right after a talks noun. */
export function hostAfter(v: SentenceView, te: number, r: number, verbs: Set<string> | undefined): ActorGroup | undefined {
  if (!verbs) return undefined;
  // ("talks in Doha mediated by Qatar and Turkey": a place phrase may come first)
  let k = te;
  if (v.tokens[k]?.lower === 'in' && v.places) {
    const place = v.groups.find((g) => g.tokenStart === k + 1 && g.members.every((m) => m.locative));
    if (place) k = place.tokenEnd;
  }
  if (!verbs.has(v.tokens[k]?.lower ?? '') || v.tokens[k + 1]?.lower !== 'by') return undefined;
  // ("hosted by U.N. Secretary-General Kofi Annan": a titled name counts from its title)
  return groupAfter(v, k + 2, r, 2, true) ?? v.groups.find((g) => g.members[0].titleStart === k + 2 && g.tokenStart < r);
}

export function hasMoney(clause: string): boolean {
  return findAmounts(clause).length > 0 || MONEY_IN_WORDS.test(clause);
}

/** States are the only entities with upper-case ISO alpha-3 ids (the contract's id rule). */
export function isStateId(id: string): boolean {
  return /^[A-Z]{3}$/.test(id);
}

export const DESCRIBING = wordClasses().describing;

/** A noun right after "a"/"an" (maybe an adjective) that a verb of naming governs a few words before. */
export function isDescription(text: TextDoc, i: number, first: number): boolean {
  let k = i - 1;
  if (k > first && text.tokens[k].kind === 0 && !INDEFINITE_ARTICLES.has(text.tokens[k].lower) && INDEFINITE_ARTICLES.has(text.tokens[k - 1]?.lower ?? '')) k--;
  if (k < first || !INDEFINITE_ARTICLES.has(text.tokens[k].lower)) return false;
  for (let j = k - 1; j >= Math.max(first, k - 6); j--) if (DESCRIBING.has(text.tokens[j].lower)) return true;
  return false;
}

/** "against the violations by X": a group after "by" within the clause, past the cue. */
export function agentAfter(v: SentenceView, te: number, r: number): ActorGroup | undefined {
  for (let k = te; k < Math.min(r, te + 14); k++) {
    if (v.tokens[k].lower === 'by') return groupAfter(v, k + 1, r, 2, true);
  }
  return undefined;
}

export function abortedAfter(text: TextDoc, from: number, end: number, markers: PhraseList): boolean {
  for (let k = from; k < end; k++) {
    const starting = markers.byFirst.get(text.tokens[k].lower);
    if (starting) for (const m of starting) if (k + m.length <= end && m.every((w, j) => text.tokens[k + j].lower === w)) return true;
  }
  return false;
}

/** A sanction's stated grievance follows it in its clause ("in protest", "over the downed jet", "citing hostile actions"). */
export function forGrievance(text: TextDoc, from: number, r: number, lex: ModalityLexicon, flags: Uint8Array): boolean {
  const tokens = text.tokens;
  for (let k = from; k < r; k++) {
    // "deepening a dispute that began over compensation": a relative clause tells of something else
    if (RELATIVES.has(tokens[k].lower)) return false;
    // (the document's word flags say which words can open a grievance phrase at all)
    if (!(tokenFlags(lex, tokens, flags, k) & WORD_FLAG.grievance)) continue;
    for (const seq of lex.punitiveReasons.byFirst.get(tokens[k].lower) ?? []) {
      if (k + seq.length > r || seq.some((w, j) => tokens[k + j].lower !== w)) continue;
      // "over 100 officials", "over the past year": a quantity or a span, no grievance
      if (seq.length === 1 && seq[0] === 'over' && (tokens[k + 1]?.kind === TokenKind.Number || PLAIN_ARTICLES.has(tokens[k + 1]?.lower ?? '') && SPAN_WORDS.has(tokens[k + 2]?.lower ?? ''))) continue;
      return true;
    }
  }
  return false;
}

const SPAN_WORDS = wordClasses().spanWords;
const RELATIVES = wordClasses().relatives;

/** The group joined by "and" to `g` earlier in its clause, as one pair. */
export function joinedPair(v: SentenceView, g: ActorGroup, l: number): ActorGroup | undefined {
  for (let k = g.tokenStart - 1; k > l; k--) {
    if (v.tokens[k].lower !== 'and') continue;
    const first = v.groups.filter((x) => x.tokenEnd <= k && x.tokenStart >= l && x.members.some((m) => m.actor)).pop();
    return first ? { members: [...first.members, ...g.members], tokenStart: first.tokenStart, tokenEnd: g.tokenEnd } : undefined;
  }
  return undefined;
}

const RECIPROCAL_PREPS = wordClasses().reciprocalPreps;
const RECIPROCALS = phraseList(wordClasses().reciprocals);

/** "each other", "one another", "the other" right after a verb (maybe after "of"/"with"). */
export function reciprocalAt(text: TextDoc, from: number, r: number): boolean {
  let k = from;
  if (RECIPROCAL_PREPS.has(text.tokens[k]?.lower ?? '')) k++;
  return phraseLengthAt(RECIPROCALS, text.tokens, k, r) > 0;
}

const PLACE_PREPS = wordClasses().targetPlacePreps;
const DIRECTIONS = wordClasses().directions;

/** "targets inside Libya", "positions in Syria", "a village in eastern Ukraine": a state after a target noun and a place preposition. */
export function struckIn(text: TextDoc, b: Mention, first: number, targetNouns: Set<string> | undefined): boolean {
  if (!targetNouns) return false;
  let prep = b.tokenStart - 1;
  // ("in the Lithuanian capital"; but a nationality word after "the" modifies a noun: "near the Thai border")
  if (text.tokens[prep]?.lower === 'the' && b.kind !== 'adjective' && b.kind !== 'demonym') prep--;
  if (DIRECTIONS.has(text.tokens[prep]?.lower ?? '')) prep--;
  if (prep < first || !PLACE_PREPS.has(text.tokens[prep].lower)) return false;
  for (let k = prep - 1; k >= Math.max(first, prep - 3); k--) if (targetNouns.has(text.tokens[k].lower)) return true;
  return false;
}

/** Whether any token in [from, to) is one of `words`. */
export function mentionsWord(text: TextDoc, from: number, to: number, words: Set<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(text.tokens[k].lower)) return true;
  return false;
}

const VERB_ADVERBS = wordClasses().verbAdverbs;
const DIRECT_PLACE_PREPS = wordClasses().directPlacePreps;

/** "struck (repeatedly) in X": a place preposition right after the verb, past adverbs only. */
export function struckDirectlyIn(text: TextDoc, te: number, placeAt: number): boolean {
  let k = te;
  while (k < placeAt && (/ly$/.test(text.tokens[k].lower) || VERB_ADVERBS.has(text.tokens[k].lower))) k++;
  return k === placeAt - 1 && DIRECT_PLACE_PREPS.has(text.tokens[k].lower);
}
