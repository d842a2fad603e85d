/**
 * Subjects to the left of a cue: the nearest actor group that is neither the object of a
 * preposition nor an aside (subjectBefore), the sentence's first subject, the subject a
 * verb coordinated after "and" shares, and a name set off by commas before the verb.
 */
import type { ActorGroup, SentenceView } from './arguments.js';
import type { CueSurface } from './cues.js';
import { isParenthetical } from './parentheticals.js';
import { groupAfter } from './objects.js';
import { relativeSubject } from './relatives.js';
import { wordClasses } from '../text/word-classes.js';

const PREPOSITIONS = wordClasses().prepositions;

/** The subject: the nearest actor group left of `i` in [l, i) that is not the object of a preposition. */
export function subjectBefore(v: SentenceView, l: number, i: number): ActorGroup | undefined {
  for (let k = v.groups.length - 1; k >= 0; k--) {
    const g = v.groups[k];
    if (g.tokenEnd > i || g.tokenStart < l) continue;
    const prev = g.tokenStart > v.start ? v.tokens[g.tokenStart - 1].lower : '';
    const prev2 = g.tokenStart - 1 > v.start ? v.tokens[g.tokenStart - 2].lower : '';
    // "a group of Moroccan diplomats", "the government of Japan": the "of" object heads the subject
    // ("envoys from Argentina and Brazil": "from" after a noun of people names whom they speak for)
    const ofIndex = prev === 'of' || prev === 'from' ? g.tokenStart - 1 : prev === 'the' && (prev2 === 'of' || prev2 === 'from') ? g.tokenStart - 2 : -1;
    const collective = ofIndex > v.start && v.lex.collectiveNouns.has(v.tokens[ofIndex - 1].lower);
    if ((PREPOSITIONS.has(prev) && !((prev === 'of' || prev === 'from') && collective)) || (prev === 'the' && PREPOSITIONS.has(prev2) && !((prev2 === 'of' || prev2 === 'from') && collective))) continue;
    if (g.members.every((m) => m.locative || !m.actor || v.places?.has(m.id))) continue;
    if (isParenthetical(v, g, i)) continue;
    if (modifiedPrepObject(v, g.tokenStart)) continue;
    // a possessor right before the cue is handled by possessorBefore
    return g;
  }
  return undefined;
}

const DETERMINERS = wordClasses().determiners;
const PLACE_MODIFIERS = wordClasses().placeModifiers;
const DIRECTIONS = wordClasses().directions;

/**
 * "the U.N. special envoy for the former Yugoslavia, protested": a name after a preposition, an
 * article and a modifier of places or two is that preposition's object ("of" and "from" aside:
 * they may name whom a collective noun speaks for).
 */
function modifiedPrepObject(v: SentenceView, start: number): boolean {
  let k = start - 1;
  let modifiers = 0;
  while (k > v.start && modifiers < 2 && (PLACE_MODIFIERS.has(v.tokens[k].lower) || DIRECTIONS.has(v.tokens[k].lower))) { k--; modifiers++; }
  if (modifiers === 0 || !DETERMINERS.has(v.tokens[k]?.lower ?? '')) return false;
  const prep = v.tokens[k - 1]?.lower ?? '';
  return k - 1 >= v.start && PREPOSITIONS.has(prep) && prep !== 'of' && prep !== 'from';
}

/** The main subject of the sentence: its first actor group that is not the object of a preposition. */
export function firstSubject(v: SentenceView, before: number, from = v.start): ActorGroup | undefined {
  for (const g of v.groups) {
    if (g.tokenEnd > before) return undefined;
    if (g.tokenStart < from) continue;
    const prev = g.tokenStart > v.start ? v.tokens[g.tokenStart - 1].lower : '';
    if (PREPOSITIONS.has(prev) && prev !== 'of') continue;
    if (g.members.every((m) => m.locative || !m.actor)) continue;
    return g;
  }
  return undefined;
}

const SUBORDINATORS = wordClasses().subordinators;
const TIME_NAMES = wordClasses().timeNames;

/**
 * The subject a verb coordinated after "and" at `ts` shares: the first subject of the clause it
 * stands in, which a subordinating conjunction opens ("Russia expelled 20 Czech staff, a day after
 * the Czech Republic expelled 18 diplomats and accused ...": the Czech Republic accused).
 */
export function coordinatedSubject(v: SentenceView, ts: number): ActorGroup | undefined {
  for (let k = ts - 2; k > v.start; k--) {
    // "Bulgaria, which holds the EU presidency and buys its gas from Russia": inside a relative clause, its antecedent
    if (v.tokens[k].text === ',') break;
    if (/^(which|who)$/.test(v.tokens[k].lower) && v.tokens[k - 1].text === ',') return relativeSubject(v, k + 1, ts) ?? firstSubject(v, ts, k + 1);
    if (!SUBORDINATORS.has(v.tokens[k].lower) || v.inMention.has(k)) continue;
    const inner = firstSubject(v, ts, k + 1);
    if (inner) return inner;
    break;
  }
  return firstSubject(v, ts);
}

const PAST_OBJECT_OPENERS = wordClasses().pastObjectOpeners;

/** A word that opens a past verb's object: an article, a possessive, a quantity or a number ("expelled the", "seized 12"). */
function objectOpensAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k]?.lower ?? '';
  return PAST_OBJECT_OPENERS.has(w) || /^\d+$/.test(w);
}

/**
 * A finite verb coordinated right after "and" shares the sentence's first subject: "India withdrew
 * Pakistan's status and raised duties", "The YPG is the backbone of the SDF ... and has received".
 */
export function coordinatedVerb(v: SentenceView, s: CueSurface, ts: number): boolean {
  // headlines list verbs with commas: "ECOWAS hits Niger junta with sanctions, threatens force"
  if (s.form === 'third' && ts > v.start && v.tokens[ts - 1].text === ',') return true;
  // and so do lists of past acts: "Bangkok accused Phnom Penh of planting mines, expelled the Cambodian ambassador and ..."
  // (an active verb: its object follows, where a participle modifying the noun before the comma takes "by" or nothing)
  if (s.form === 'past' && ts > v.start && v.tokens[ts - 1].text === ',' && objectOpensAt(v, ts + 1)
    // ("Sudan's ambassador, Abdalmahmoud Mohamad, told": a name before the comma closes an apposition and is the subject)
    && !v.groups.some((g) => g.tokenEnd === ts - 1)) return true;
  // (a regular past is also read as a participle: "kidnapped advisers and exploded bombs" is one subject's two acts either way)
  // ("denied that the envoy had backed the governors and on Thursday ordered": a day between)
  const andAt = v.tokens[ts - 1]?.lower === 'on' ? -1 : TIME_NAMES.has(v.tokens[ts - 1]?.text ?? '') && v.tokens[ts - 2]?.lower === 'on' ? ts - 3 : ts - 1;
  if ((s.form === 'past' || s.form === 'third' || s.form === 'participle') && andAt > v.start && (v.tokens[andAt].lower === 'and' || v.tokens[andAt].lower === 'but')) return true;
  if (s.form === 'participle' && ts - 1 > v.start && /^(has|have|had)$/.test(v.tokens[ts - 1].lower) && /^(and|but)$/.test(v.tokens[ts - 2].lower)) return true;
  // "..., and has moved to withdraw Russia's trade status": an infinitive after a verb coordinated with "and"
  if (v.tokens[ts - 1]?.lower !== 'to' || ts - 3 <= v.start) return false;
  const before = /^(has|have|had)$/.test(v.tokens[ts - 3].lower) ? ts - 4 : ts - 3;
  return /^(and|but)$/.test(v.tokens[before]?.lower ?? '') && /(ed|s)$/.test(v.tokens[ts - 2].lower);
}

const VERB_ADVERBS = wordClasses().verbAdverbs;

/** ", NAME, has also struck": the name between two commas before the verb and its auxiliaries. */
export function appositiveSubject(v: SentenceView, ts: number): ActorGroup | undefined {
  let k = ts - 1;
  while (k > v.start && VERB_ADVERBS.has(v.tokens[k].lower)) k--;
  if (v.tokens[k]?.text !== ',') return undefined;
  const g = v.groups.find((x) => x.tokenEnd === k);
  return g && v.tokens[g.tokenStart - 1]?.text === ',' && g.members.some((m) => m.actor && !m.locative) ? g : undefined;
}

/** ", and" stands between tokens a and b: what follows is a clause of its own. */
export function clauseJoinedBetween(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k + 1 < b; k++) if (v.tokens[k].text === ',' && v.tokens[k + 1].lower === 'and') return true;
  return false;
}

/** The subject after the comma that closes a phrase opening the sentence at `from` ("After meeting Putin, Xi said", "After talks with Pastrana, Clinton insisted"). */
export function subjectAfterOpening(v: SentenceView, from: number, maxGap: number): ActorGroup | undefined {
  let comma = from;
  while (comma < v.end && comma - from < 12 && v.tokens[comma].text !== ',') comma++;
  return v.tokens[comma]?.text === ',' ? groupAfter(v, comma + 1, v.end, maxGap, true) : undefined;
}

/**
 * The subject of the clause a participle after the comma at `comma` continues: the first
 * subject after the last subordinating conjunction before it ("Pakistan closed the routes
 * after NATO helicopters attacked two posts, killing 24 soldiers": NATO), else the sentence's.
 */
export function nearestClauseSubject(v: SentenceView, comma: number): ActorGroup | undefined {
  for (let k = comma - 1; k > v.start; k--) {
    if (!SUBORDINATORS.has(v.tokens[k].lower) || v.inMention.has(k)) continue;
    const own = firstSubject(v, comma, k + 1);
    if (own) return own;
    break;
  }
  return firstSubject(v, comma + 1, clauseStartBefore(v, comma));
}

/** Where the clause holding token k starts: after the last semicolon before it, else the sentence's start. */
export function clauseStartBefore(v: SentenceView, k: number): number {
  for (let j = k - 1; j > v.start; j--) if (v.tokens[j].text === ';') return j + 1;
  return v.start;
}

/** A subordinating conjunction between `start` and `end` ("after", "when"): a clause of its own opens there. */
export function subordinateBetween(v: SentenceView, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (SUBORDINATORS.has(v.tokens[j].lower) && !v.inMention.has(j)) return true;
  return false;
}
