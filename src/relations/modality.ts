/**
 * Modality of a relation cue: negated ("won't", "refused to", "no report of"),
 * hypothetical ("may", "plans to", "if", "how to revive talks") or asserted. The nearest
 * cue before the relation cue within its clause decides; a question is hypothetical.
 * Noun cues look only at their governor ("revive nuclear talks"), since a noun phrase is
 * presupposed by the clause around it ("to counter threats from X": the threats are real).
 */
import type { Modality } from '../model.js';
import type { Token } from '../text/tokenize.js';
import { tokenFlags, WORD_FLAG, type ModalityLexicon, type PhraseList } from './lexicon.js';
import { wordClasses } from '../text/word-classes.js';

function matchAt(tokens: Token[], k: number, seq: string[], limit: number): boolean {
  if (k + seq.length > limit) return false;
  for (let j = 0; j < seq.length; j++) if (tokens[k + j].lower !== seq[j]) return false;
  return true;
}

const NONE: string[][] = [];

function startingAt(list: PhraseList, word: string): string[][] {
  return list.byFirst.get(word) ?? NONE;
}

function sentenceHas(tokens: Token[], from: number, to: number, seqs: PhraseList): boolean {
  for (let k = from; k < to; k++) for (const seq of startingAt(seqs, tokens[k].lower)) if (matchAt(tokens, k, seq, to)) return true;
  return false;
}

const MAY_LEADS = wordClasses().mayLeads;

/** "May 27", "in May": the month, not the modal verb. */
function isMonth(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== 'May') return false;
  return tokens[k + 1]?.kind === 1 || MAY_LEADS.has(tokens[k - 1]?.lower ?? '');
}

const DETERMINERS = wordClasses().determiners;

/** A one-word negation ("not", "no", "never") at k. */
function negatorAt(lex: ModalityLexicon, tokens: Token[], k: number): boolean {
  for (const seq of startingAt(lex.negation, tokens[k].lower)) if (seq.length === 1) return true;
  return false;
}

/** A phrase that scopes over its whole sentence, found once per sentence. */
export interface SentenceMarker { at: number; end: number; negation: boolean; marker: string; disputed?: boolean }

/** Sentence-scope negations ("no indication that") and hypotheticals ("unless"), in text order. */
export function sentenceMarkers(lex: ModalityLexicon, tokens: Token[], start: number, end: number, flags?: Uint8Array): SentenceMarker[] {
  const out: SentenceMarker[] = [];
  for (let k = start; k < end; k++) {
    // (with the document's word flags, only words that open such a phrase are looked up)
    if (flags && !(tokenFlags(lex, tokens, flags, k) & WORD_FLAG.sentenceMarker)) continue;
    for (const seq of startingAt(lex.sentenceNegation, tokens[k].lower)) if (matchAt(tokens, k, seq, end)) out.push({ at: k, end: k + seq.length, negation: true, marker: seq.join(' ') });
    for (const seq of startingAt(lex.sentenceHypothetical, tokens[k].lower)) if (matchAt(tokens, k, seq, end)) out.push({ at: k, end: k + seq.length, negation: false, marker: seq.join(' ') });
    for (const seq of startingAt(lex.disputedClaims, tokens[k].lower)) if (matchAt(tokens, k, seq, end)) out.push({ at: k, end: k + seq.length, negation: false, marker: seq.join(' '), disputed: true });
  }
  return out;
}

export interface ModalityInput {
  tokens: Token[];
  sentenceStart: number;
  clauseStart: number;
  cueStart: number;
  cueEnd: number;
  sentenceEnd: number;
  isNoun: boolean;
  isQuestion: boolean;
  /** A threat's own condition follows it ("threatened tariffs unless Mexico acts"): it does not hedge the threat. */
  conditionFollows?: boolean;
  /** The cue is a finite verb ("warned", "threatens"): a modal before "and" governs another verb. */
  finiteVerb?: boolean;
  /** Document-wide word flags (lexicon.ts tokenFlags), when the caller keeps them. */
  flags?: Uint8Array;
  /** sentenceMarkers() of the sentence, when the caller has them already. */
  sentenceMarkers?: SentenceMarker[];
}

const TIME_NAMES = wordClasses().timeNames;

/** "Sunday's", "yesterday's": the possessive of a day at token k. */
function datedPossessive(tokens: Token[], k: number): boolean {
  return (tokens[k].text === "'s" || tokens[k].text === '’s') && k > 0 && (TIME_NAMES.has(tokens[k - 1].text) || tokens[k - 1].lower === 'yesterday');
}

/** A phrase of negation of two words or more ends at token k ("voted against"). */
function negationEndsAt(lex: ModalityLexicon, tokens: Token[], k: number, from: number): boolean {
  for (let start = k - 1; start >= from && start >= k - 3; start--) {
    for (const seq of startingAt(lex.negation, tokens[start].lower)) if (seq.length === k - start + 1 && matchAt(tokens, start, seq, k + 1)) return true;
  }
  return false;
}

export function cueModality(lex: ModalityLexicon, input: ModalityInput): { modality: Modality; marker: string | null } {
  const { tokens, clauseStart, cueStart, cueEnd, isNoun } = input;
  const flags = input.flags ?? new Uint8Array(tokens.length);
  const flagsAt = (k: number) => tokenFlags(lex, tokens, flags, k);
  // "had no plans to close its embassy in Moscow or to expel Russian diplomats": a coordinated
  // infinitive is governed by whatever governs the first one, however far back that stands
  // "held no direct talks", "has no troops in Syria": a verb whose object is "no ..." does nothing of the kind
  if (!isNoun && (tokens[cueEnd]?.lower === 'no' || (tokens[cueEnd + 1]?.lower === 'no' && /ly$/.test(tokens[cueEnd]?.lower ?? '')))) return { modality: 'negated', marker: 'no' };
  const first = isNoun ? -1 : coordinatedInfinitive(tokens, clauseStart, cueStart);
  if (first >= 0) {
    const head = cueModality(lex, { ...input, cueStart: first, cueEnd: first + 1 });
    if (head.modality !== 'asserted') return head;
  }
  const window = isNoun ? lex.nounWindow : lex.window;
  const from = Math.max(clauseStart, cueStart - window);
  // a noun after "counter", "bolster", "amid" is presupposed: hedges before that word do not reach it
  let presupposedAt = -1;
  // ("voted against loans": a presupposer that ends a phrase of negation is part of it)
  // ("studies whether Sunday's bombing of the reactor broke the rules": an act owned by the day it happened on took place)
  if (isNoun) {
    for (let k = cueStart - 1; k >= clauseStart && k >= cueStart - 4; k--) {
      if ((lex.presupposers.has(tokens[k].lower) && !negationEndsAt(lex, tokens, k, clauseStart)) || datedPossessive(tokens, k)) { presupposedAt = k; break; }
    }
  }
  for (let k = cueStart - 1; k >= from; k--) {
    // a presupposed noun ("to end the war", "to counter threats") exists whatever negates or hedges the verb
    if (presupposedAt >= 0) break;
    // negation and hedges do not reach across a comma ("has not ratified the bid, accusing Stockholm"),
    // nor across a coordinated verb ("has dismissed the criticism and threatened to ...")
    if (tokens[k].text === ',') break;
    // ("does not formally recognise Taiwan but is its most important backer": "but" ends a negation's reach for nouns too)
    const word = tokens[k].lower;
    if (word === 'but' || (!isNoun && word === 'and')) break;
    const f = flagsAt(k);
    // ("the Comprehensive Nuclear-Test-Ban Treaty Organization imposed": a capital inside a sentence is part of a name)
    if (f & WORD_FLAG.negation && !(tokens[k].upper && k > input.sentenceStart)) {
      for (const seq of startingAt(lex.negation, tokens[k].lower)) {
        if (!matchAt(tokens, k, seq, cueStart)) continue;
        // "blocked roads ... to demand": blocking negates only its own object, not a purpose clause after it
        if (seq.length === 1 && (seq[0] === 'blocked' || seq[0] === 'vetoed') && cueStart - k > 3) continue;
        // "the banned Movement for ...": a participle between an article and a name describes the name, it negates
        // nothing after it (but "the suspended talks" are no talks)
        if (seq.length === 1 && seq[0].endsWith('ed') && k > 0 && DETERMINERS.has(tokens[k - 1].lower) && tokens[k + 1]?.upper) continue;
        // "cutting tariffs on Pakistani exports": a measure between the negation and the cue is what it ends
        if (measureBetween(tokens, k + seq.length, cueStart)) continue;
        // "would not hesitate to impose": a double negative affirms what follows; "has not ruled out" leaves it possible
        const after = tokens[k + seq.length]?.lower ?? '';
        if (lex.affirmingAfterNegation.has(after)) continue;
        if (lex.hedgingAfterNegation.has(after)) return { modality: 'hypothetical', marker: `${seq.join(' ')} ${after}` };
        return { modality: 'negated', marker: seq.join(' ') };
      }
    }
    if (presupposedAt >= 0) continue;
    if (isMonth(tokens, k) || !(f & WORD_FLAG.hypothetical)) continue;
    for (const seq of startingAt(lex.hypothetical, tokens[k].lower)) {
      if (!matchAt(tokens, k, seq, cueStart)) continue;
      // "will" is a plan, unless the sentence cites the agreement that commits it
      if (seq.length === 1 && seq[0] === 'will' && sentenceHas(tokens, input.sentenceStart, input.sentenceEnd, lex.commitmentContext)) continue;
      // "had no plans to reimpose", "is not ready to": a negated plan is no plan
      // ("cancelled a planned visit": the negator may stand before a determiner)
      const det = k - 1 >= from && DETERMINERS.has(tokens[k - 1].lower) ? 1 : 0;
      if (k - 1 - det >= from && negatorAt(lex, tokens, k - 1 - det)) return { modality: 'negated', marker: tokens[k - 1 - det].lower };
      return { modality: 'hypothetical', marker: seq.join(' ') };
    }
  }
  // a conditional opening the clause scopes over all of it, and so does a future or modal verb before the cue
  // (a comma already inside the window ends the reach too: "... would occupy it, and on Tuesday it recalled")
  let comma = false;
  for (let k = from; k < cueStart; k++) if (tokens[k].text === ',') { comma = true; break; }
  // a noun after "counter", "amid", "against" ... is presupposed: a plan around it does not make it hypothetical
  let presupposed = false;
  if (isNoun) for (let k = cueStart - 1; k >= clauseStart && k >= cueStart - 4; k--) if (lex.presupposers.has(tokens[k].lower)) presupposed = true;
  // "said his country would keep ... and warned that": "would" takes a base form, not "warned"
  let coordinated = false;
  if (input.finiteVerb) for (let k = cueStart - 1; k >= from; k--) if (tokens[k].lower === 'and' || tokens[k].lower === 'but') coordinated = true;
  for (let k = coordinated ? -1 : from - 1; k >= clauseStart; k--) {
    const w = tokens[k].lower;
    if (presupposed && w !== 'if' && w !== 'unless' && w !== 'whether') continue;
    if (w === 'if' || w === 'unless' || w === 'whether') return { modality: 'hypothetical', marker: w };
    if (w === ',') comma = true;
    if (comma) continue;
    if (input.finiteVerb && (w === 'and' || w === 'but')) break;
    if (isMonth(tokens, k) || !(flagsAt(k) & WORD_FLAG.clauseHypothetical)) continue;
    for (const seq of startingAt(lex.clauseHypothetical, tokens[k].lower)) {
      if (!matchAt(tokens, k, seq, cueStart)) continue;
      if (seq[0] === 'will' && sentenceHas(tokens, input.sentenceStart, input.sentenceEnd, lex.commitmentContext)) continue;
      return { modality: 'hypothetical', marker: seq.join(' ') };
    }
  }
  // "talks ... were cancelled" / "talks that never happened"
  // "talks (between Armenia and Azerbaijan) were cancelled"
  for (let k = cueEnd; k < Math.min(input.sentenceEnd, cueEnd + 9); k++) {
    const w = tokens[k].lower;
    if (CALLED_OFF.has(w) && (w !== 'called' || tokens[k + 1]?.lower === 'off')) return { modality: 'negated', marker: w };
    // ("talks between Serbia and Kosovo collapsed": an "and" joining two names is no break)
    if (w === 'and' && tokens[k - 1]?.upper && tokens[k + 1]?.upper) continue;
    if (AFTER_CUE_BREAKS.has(w)) break;
  }
  // "warned that a raid on Venezuelan territory would be a cause for war": a supposed act, the subject of a modal
  // ("a similar raid": up to two lower-case words between)
  let opener = cueStart - 1;
  while (isNoun && opener > clauseStart && cueStart - opener <= 2 && !lex.conditionalOpeners.has(tokens[opener].lower) && tokens[opener].kind === 0 && !tokens[opener].upper) opener--;
  if (isNoun && opener >= clauseStart && lex.conditionalOpeners.has(tokens[opener].lower)) {
    for (let k = cueEnd; k < Math.min(input.sentenceEnd, cueEnd + lex.conditionalWindow); k++) {
      const w = tokens[k].lower;
      if (lex.conditionalModals.has(w)) return { modality: 'hypothetical', marker: w };
      if (AFTER_CUE_BREAKS.has(w) || flagsAt(k) & WORD_FLAG.clauseBreak || w.endsWith('ed')) break;
    }
  }
  // "there was no indication that Iran was behind the attack"; "... unless Mexico acts"
  for (const found of input.sentenceMarkers ?? sentenceMarkers(lex, tokens, input.sentenceStart, input.sentenceEnd)) {
    if (found.negation) {
      // ("said there was no evidence the attack had come from Yemen and accused Iran": a verb after "and" is a new act)
      if (found.at < cueStart && found.end <= cueStart && (isNoun || !joinedAfter(tokens, found.end, cueStart))) return { modality: 'negated', marker: found.marker };
      continue;
    }
    if (found.disputed) {
      if (disputes(lex, tokens, found.at, cueStart, cueEnd)) return { modality: 'hypothetical', marker: found.marker };
      continue;
    }
    if (input.conditionFollows && found.at >= cueEnd) break;
    return { modality: 'hypothetical', marker: found.marker };
  }
  if (input.isQuestion) return { modality: 'hypothetical', marker: '?' };
  // "Kabila accuses Rwanda and Uganda of invading Congo": what is alleged is claimed, not stated
  const accused = accusationBefore(lex, tokens, input.sentenceStart, cueStart);
  if (accused) return { modality: 'hypothetical', marker: accused };
  return { modality: 'asserted', marker: null };
}

const CONTRAST_WORDS = wordClasses().contrastWords;
const SAYING_PARTICIPLES = wordClasses().sayingParticiples;

/** A denied claim at `at` disputes the cue before it: no contrast between them, and no accusation verb as the cue ("accused Juba of arming rebels, a charge Juba denies" still accuses). */
function disputes(lex: ModalityLexicon, tokens: Token[], at: number, cueStart: number, cueEnd: number): boolean {
  if (at < cueEnd || lex.accusationVerbs.has(tokens[cueStart].lower)) return false;
  // (nor a cue before the claim is reported: "closed its border ..., arguing that the name implied claims, a charge Skopje denies")
  for (let k = cueEnd; k < at; k++) if (CONTRAST_WORDS.has(tokens[k].lower) || SAYING_PARTICIPLES.has(tokens[k].lower) || lex.reporting.has(tokens[k].lower)) return false;
  return true;
}

const INFINITIVE_JOINS = wordClasses().infinitiveJoins;
/** Tokens back from a coordinated "to" to the first infinitive of its series. */
const INFINITIVE_REACH = 16;

/**
 * For a verb cue right after "or to" / "and to", the verb of the first "to" of the series
 * within the clause ("plans to close ... or to expel": "close"); -1 when there is none.
 */
function coordinatedInfinitive(tokens: Token[], clauseStart: number, cueStart: number): number {
  if (tokens[cueStart - 1]?.lower !== 'to' || !INFINITIVE_JOINS.has(tokens[cueStart - 2]?.lower ?? '')) return -1;
  let first = -1;
  for (let k = cueStart - 3; k >= Math.max(clauseStart, cueStart - INFINITIVE_REACH); k--) {
    const w = tokens[k].text;
    if (w === ',' || w === ';' || w === ':') break;
    if (tokens[k].lower === 'to' && tokens[k + 1]?.kind === 0 && !tokens[k + 1].upper) first = k + 1;
  }
  return first;
}

const MEASURE_NOUNS = wordClasses().measureNouns;

function measureBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (MEASURE_NOUNS.has(tokens[k].lower)) return true;
  return false;
}

/** An "and" or "but" between `from` and the cue at `cueStart`, which then opens a verb phrase of its own. */
function joinedAfter(tokens: Token[], from: number, cueStart: number): boolean {
  for (let k = from; k < cueStart; k++) if (tokens[k].lower === 'and' || tokens[k].lower === 'but') return true;
  return false;
}

// (sets, not regular expressions: these run over the words after every cue)
const CALLED_OFF = wordClasses().calledOff;
const AFTER_CUE_BREAKS = wordClasses().afterCueBreaks;

/** Tokens an accusation may stand before what it alleges ("accused Rwanda and Uganda, which ..., of invading"). */
const ACCUSATION_REACH = 24;

/**
 * The accusation whose content the cue at `cueStart` is: an accusation verb or noun, then
 * "of" / "for" / "that" right before the cue (or its "-ing" clause), all in one sentence.
 */
function accusationBefore(lex: ModalityLexicon, tokens: Token[], sentenceStart: number, cueStart: number): string | null {
  const link = tokens[cueStart - 1]?.lower ?? '';
  // "of invading", "for arming", "that it had attacked"
  let at = -1;
  if (lex.accusationLinks.has(link) && cueStart - 1 >= sentenceStart) at = cueStart - 1;
  else if (link === 'by') {
    // ("accused the United States of escalating tensions by sending a carrier": the means is alleged too)
    for (let k = cueStart - 2; k >= Math.max(sentenceStart, cueStart - 6); k--) if (lex.accusationLinks.has(tokens[k].lower)) { at = k; break; }
  } else {
    // "of running death squads that have killed": a relative clause inside what is alleged
    for (let k = cueStart - 1; k >= Math.max(sentenceStart, cueStart - 6); k--) if (tokens[k].lower === 'that') { at = k; break; }
  }
  if (at < 0) return null;
  for (let k = at - 1; k >= Math.max(sentenceStart, at - ACCUSATION_REACH); k--) {
    if (lex.accusationVerbs.has(tokens[k].lower)) return tokens[k].lower;
  }
  return null;
}
