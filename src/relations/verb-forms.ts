/**
 * Verb forms around a cue: a bare infinitive after "to", a participle after an auxiliary,
 * a passive ("was attacked", "were stationed") and a reduced relative clause ("forces
 * stationed in Japan").
 */
import { TokenKind } from '../text/tokenize.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { wordClasses } from '../text/word-classes.js';

const NOUN_OPENERS = wordClasses().nounOpeners;
// endings of adjectives and participles that may open a noun phrase after "to" ("to neighbouring Ukraine", "to western Europe")
const ADJECTIVE_ENDING = /(ing|ed|ern|ian|ese|ish|al|ic|ary|ous|ive)$/;

/** Whether the word at k (after "to") is a bare verb: lower case, no determiner or adjective, no name. */
export function isInfinitive(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (!t || t.kind !== TokenKind.Word || t.upper || v.inMention.has(k)) return false;
  return !NOUN_OPENERS.has(t.lower) && !ADJECTIVE_ENDING.test(t.lower);
}

/** "to" and a verb right after te, past a day ("agreed on Sunday to cut output"). */
export function infinitiveAfter(v: SentenceView, te: number, r: number): boolean {
  let k = te;
  if (v.tokens[k]?.lower === 'on' && /^[A-Z]/.test(v.tokens[k + 1]?.text ?? '')) k += 2;
  return k + 1 < r && v.tokens[k].lower === 'to' && isInfinitive(v, k + 1);
}

const VERB_ADVERBS = wordClasses().verbAdverbs;

const IRREGULAR_PARTICIPLES = wordClasses().irregularParticiples;

/** A past participle or -ing form right after an auxiliary (an adverb such as "also" may come first). */
export function isParticiple(word: string, next: string): boolean {
  const form = (w: string) => IRREGULAR_PARTICIPLES.has(w) || (w.length > 4 && /(ed|en|ing)$/.test(w));
  return form(word) || (VERB_ADVERBS.has(word) && form(next));
}

const STATIVE_AUXILIARIES = wordClasses().stativeAuxiliaries;
const PASSIVE_ADVERBS = wordClasses().passiveAdverbs;

/** A passive verb: a participle after a form of "be" ("was attacked", "were stationed"). */
export function isPassive(v: SentenceView, cueStart: number): boolean {
  if (coordinatedPassiveBe(v, cueStart) >= 0) return true;
  for (let k = cueStart - 1; k >= v.start && k >= cueStart - 3; k--) {
    const w = v.tokens[k].lower;
    // ("remain outlawed", "stayed banned": a state that holds is passive too)
    if (v.lex.be.has(w) || STATIVE_AUXILIARIES.has(w)) return true;
    if (!PASSIVE_ADVERBS.has(w)) return false;
  }
  return false;
}

// "were engaged in ethnic cleansing": a participle of taking part, not a passive of the act
const INVOLVEMENT = wordClasses().involvement;

/** A passive right after `from`: a form of "be" and an -ed participle, within three tokens and before `limit`. */
export function passiveAfter(v: SentenceView, from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 3); k++) {
    const next = v.tokens[k + 1]?.lower ?? '';
    // ("had been forced into war with": a participle pushing the subject into the act leaves it a party)
    if (v.lex.be.has(v.tokens[k].lower) && /ed$/.test(next) && !INVOLVEMENT.has(next) && v.tokens[k + 2]?.lower !== 'into') return true;
  }
  return false;
}

/** A reduced relative clause: "forces stationed in Japan", "troops based in Syria". */
export function isReducedRelative(v: SentenceView, cueStart: number): ActorGroup | undefined {
  return v.groups.find((g) => g.tokenEnd === cueStart || (g.tokenEnd === cueStart - 1 && v.tokens[cueStart - 1].text === ','));
}

/**
 * The participle opening a phrase after a comma that the "and" at `and` continues within the
 * same stretch of commas (", expelling the advisers ... and breaking off"), or -1.
 */
export function participleAfterComma(v: SentenceView, and: number): number {
  for (let k = and - 1; k > v.start; k--) {
    const t = v.tokens[k];
    if (t.text === ',' || t.text === ';') return -1;
    if (v.tokens[k - 1].text === ',' && t.kind === TokenKind.Word && !t.upper && t.lower.endsWith('ing')) return k;
  }
  return -1;
}

/** The token after participles coordinated with the one before `k` ("armed | and financed | by"): k when none follows. */
export function pastCoordinatedParticiples(v: SentenceView, k: number, r: number): number {
  while (k + 1 < r && (v.tokens[k].lower === 'and' || v.tokens[k].text === ',') && isParticiple(v.tokens[k + 1].lower, v.tokens[k + 2]?.lower ?? '')) k += 2;
  return k;
}

/**
 * "were handed over to the OSCE and flown to Moscow": a participle after "and" shares an earlier passive (only a form
 * that is no past tense: "would be finished ... and threatened to" is an active verb; or a past form with its agent
 * right after it: "was armed and financed by Washington"). The position of that passive's form of "be", or -1.
 */
export function coordinatedPassiveBe(v: SentenceView, cueStart: number): number {
  const word = v.tokens[cueStart].lower;
  if (v.tokens[cueStart - 1]?.lower !== 'and' || !(/(en|wn)$/.test(word) || (/ed$/.test(word) && v.tokens[cueStart + 1]?.lower === 'by'))) return -1;
  for (let k = cueStart - 2; k >= v.start && k >= cueStart - 40; k--) {
    if (v.tokens[k].text === ';' || v.lex.reporting.has(v.tokens[k].lower)) return -1;
    if (v.lex.be.has(v.tokens[k].lower)) return /(ed|en|wn)$/.test(v.tokens[k + 1]?.lower ?? '') || /(ed|en|wn)$/.test(v.tokens[k + 2]?.lower ?? '') ? k : -1;
  }
  return -1;
}

const VERBS_AFTER_NAME = wordClasses().verbsAfterName;
const CLAUSE_PASTS = wordClasses().clausePasts;

/** A word after a name that makes the name a clause's subject: a past form, an auxiliary or a verb of saying ("Turkey has", "Moscow denounced"). */
export function isVerbAfterName(word: string): boolean {
  return word.endsWith('ed') || VERBS_AFTER_NAME.has(word) || CLAUSE_PASTS.has(word);
}
