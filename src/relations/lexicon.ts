/** The modality and clause lexicon (data/lexicon/modality.json), as token sequences. */
import { readJsonData } from '../util/data.js';
import { tokenTexts, type Token } from '../text/tokenize.js';

interface ModalityFile {
  window: number;
  nounWindow: number;
  negation: string[];
  hypothetical: string[];
  reportingVerbs: string[];
  clauseBreaks: string[];
  beVerbs: string[];
  sentenceNegation: string[];
  sentenceHypothetical: string[];
  collectiveNouns: string[];
  commitmentContext: string[];
  clauseHypothetical: string[];
  presupposers: string[];
  pledges: { markers: string[]; types: string[] };
  attempts: { markers: string[]; types: string[] };
  demands: { markers: string[]; types: string[] };
  intentions: { markers: string[]; types: string[]; exceptCues: string[] };
  warnings: { verbs: string[]; auxiliaries: string[]; types: string[] };
  doubleNegatives: { affirm: string[]; hedge: string[] };
  reliefs: { markers: string[]; types: string[]; window: number };
  conditionalNouns: { openers: string[]; modals: string[]; window: number };
  punitiveReasons: { phrases: string[] };
  halts: { markers: string[]; types: string[]; endings: string[]; endingTypes: string[] };
  accusations: { verbs: string[]; links: string[] };
  aborted: { markers: string[]; types: string[] };
  disputedClaims: { markers: string[] };
}

/** Token sequences, longest first, with an index by first word so a position is compared only with the phrases that can start there. */
export type PhraseList = string[][] & { byFirst: Map<string, string[][]> };

export function phraseList(phrases: Iterable<string>): PhraseList {
  const seqs = [...phrases].map((x) => tokenTexts(x.toLowerCase())).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, string[][]>();
  for (const seq of seqs) {
    const bucket = byFirst.get(seq[0]);
    if (bucket) bucket.push(seq); else byFirst.set(seq[0], [seq]);
  }
  return Object.assign(seqs, { byFirst });
}

/** The length of the longest phrase of `list` at token k that ends by `limit`, or 0. */
export function phraseLengthAt(list: PhraseList, tokens: Token[], k: number, limit: number): number {
  if (k >= limit || k >= tokens.length) return 0;
  const seqs = list.byFirst.get(tokens[k].lower);
  if (!seqs) return 0;
  // (longest first: phraseList sorts them so)
  for (const seq of seqs) {
    if (k + seq.length > limit) continue;
    let j = 1;
    while (j < seq.length && tokens[k + j].lower === seq[j]) j++;
    if (j === seq.length) return j;
  }
  return 0;
}

/** Bits of `ModalityLexicon.wordFlags`: what a word may be or start, for the scans that run at every cue. */
export const WORD_FLAG = { known: 1, clauseBreak: 2, reporting: 4, negation: 8, hypothetical: 16, clauseHypothetical: 32, sentenceMarker: 64, grievance: 128 } as const;

/**
 * A word's flags at token k, read once per document position: `flags` is a document-wide
 * array, 0 where not yet read. Cue after cue rescans the same clause; this keeps each
 * word's lexicon lookups to one.
 */
export function tokenFlags(lex: ModalityLexicon, tokens: Token[], flags: Uint8Array, k: number): number {
  let f = flags[k];
  if (f === 0) {
    f = WORD_FLAG.known | (lex.wordFlags.get(tokens[k].lower) ?? 0);
    flags[k] = f;
  }
  return f;
}

export interface ModalityLexicon {
  window: number;
  nounWindow: number;
  negation: PhraseList;
  hypothetical: PhraseList;
  reporting: Set<string>;
  clauseBreaks: Set<string>;
  be: Set<string>;
  /** Phrases that scope over the rest of their sentence ("no indication that ..."). */
  sentenceNegation: PhraseList;
  sentenceHypothetical: PhraseList;
  /** ", a claim", ", a charge": a denied claim after the clause it disputes (cueModality). */
  disputedClaims: PhraseList;
  /** Nouns whose "of" phrase names the actor ("a group of Moroccan diplomats"). */
  collectiveNouns: Set<string>;
  /** Words that make a "will" a commitment already made ("Under the agreement, Seoul will pay"). */
  commitmentContext: PhraseList;
  /** Futures and modals that scope over their whole clause ("He will fly to Tokyo ... for security talks"). */
  clauseHypothetical: PhraseList;
  /** Words after which a noun names something that exists whatever the clause plans ("to counter threats from X"). */
  presupposers: Set<string>;
  /** Hypothetical markers that leave a relation of `pledgeTypes` asserted ("vowed to defend X" is support). */
  pledgeMarkers: Set<string>;
  pledgeTypes: Set<string>;
  /** Hypothetical markers of an attempt, which leave a hostile act of `attemptTypes` asserted ("tried to hack X"). */
  attemptMarkers: Set<string>;
  attemptTypes: Set<string>;
  /** Markers that make a called-for sanction or attack a criticism of its target ("called for sanctions against X"). */
  demandMarkers: Set<string>;
  demandTypes: Set<string>;
  /** Markers that make an announced sanction or attack an asserted threat to its target ("said it would impose sanctions on X"). */
  intentionMarkers: Set<string>;
  intentionTypes: Set<string>;
  intentionExceptCues: Set<string>;
  /** Verbs of warning, future auxiliaries and cooperative types: a warned refusal threatens its target ("warned that it would not trade with X"). */
  warningVerbs: Set<string>;
  warningAuxiliaries: Set<string>;
  warningTypes: Set<string>;
  /** Words a negation before them turns into an affirmation ("would not hesitate to impose") or a possibility ("has not ruled out"). */
  affirmingAfterNegation: Set<string>;
  hedgingAfterNegation: Set<string>;
  /** Verbs that end a measure ("lifted sanctions on"): a sanction they govern is negated. */
  reliefMarkers: Set<string>;
  reliefTypes: Set<string>;
  reliefWindow: number;
  /** "a raid on X would be a cause for war": words opening a supposed act's noun, the modals after it, how far. */
  conditionalOpeners: Set<string>;
  conditionalModals: Set<string>;
  conditionalWindow: number;
  /** Phrases after a sanction that give its grievance ("over the downed jet", "citing hostile actions"). */
  punitiveReasons: PhraseList;
  /** Markers that, negating talks, cooperation, trade or aid, make the halt a sanction ("suspended talks with X"). */
  haltMarkers: Set<string>;
  haltTypes: Set<string>;
  /** Markers of ending that halt only standing bonds (alliances, cooperation), and those types. */
  endingMarkers: Set<string>;
  endingTypes: Set<string>;
  /** Verbs and nouns of accusation, and the words that open what is alleged ("accused X of invading Y"). */
  accusationVerbs: Set<string>;
  accusationLinks: Set<string>;
  /** Phrases that call a trip or talks off later in the sentence ("ordered his plane to turn back"). */
  abortMarkers: PhraseList;
  abortTypes: Set<string>;
  /** Word -> WORD_FLAG bits: clause break, reporting verb, first word of a negation, hypothetical or clause-wide hypothetical phrase. */
  wordFlags: Map<string, number>;
}

let cached: ModalityLexicon | null = null;

export function modalityLexicon(): ModalityLexicon {
  if (cached) return cached;
  const f = readJsonData<ModalityFile>('lexicon', 'modality.json');
  const seqs = phraseList;
  cached = {
    window: f.window, nounWindow: f.nounWindow,
    negation: seqs(f.negation), hypothetical: seqs(f.hypothetical),
    reporting: new Set(f.reportingVerbs), clauseBreaks: new Set(f.clauseBreaks), be: new Set(f.beVerbs),
    sentenceNegation: seqs(f.sentenceNegation), sentenceHypothetical: seqs(f.sentenceHypothetical), collectiveNouns: new Set(f.collectiveNouns), commitmentContext: seqs(f.commitmentContext), clauseHypothetical: seqs(f.clauseHypothetical), presupposers: new Set(f.presupposers),
    pledgeMarkers: new Set(f.pledges.markers), pledgeTypes: new Set(f.pledges.types),
    attemptMarkers: new Set(f.attempts.markers), attemptTypes: new Set(f.attempts.types),
    demandMarkers: new Set(f.demands.markers), demandTypes: new Set(f.demands.types),
    intentionMarkers: new Set(f.intentions.markers), intentionTypes: new Set(f.intentions.types), intentionExceptCues: new Set(f.intentions.exceptCues),
    warningVerbs: new Set(f.warnings.verbs), warningAuxiliaries: new Set(f.warnings.auxiliaries), warningTypes: new Set(f.warnings.types),
    affirmingAfterNegation: new Set(f.doubleNegatives.affirm), hedgingAfterNegation: new Set(f.doubleNegatives.hedge),
    reliefMarkers: new Set(f.reliefs.markers), reliefTypes: new Set(f.reliefs.types), reliefWindow: f.reliefs.window,
    conditionalOpeners: new Set(f.conditionalNouns.openers), conditionalModals: new Set(f.conditionalNouns.modals), conditionalWindow: f.conditionalNouns.window,
    punitiveReasons: seqs(f.punitiveReasons.phrases),
    haltMarkers: new Set(f.halts.markers), haltTypes: new Set(f.halts.types), endingMarkers: new Set(f.halts.endings), endingTypes: new Set(f.halts.endingTypes),
    accusationVerbs: new Set(f.accusations.verbs), accusationLinks: new Set(f.accusations.links),
    abortMarkers: seqs(f.aborted.markers), abortTypes: new Set(f.aborted.types),
    disputedClaims: seqs(f.disputedClaims.markers),
    wordFlags: new Map(),
  };
  const flag = (words: Iterable<string>, bit: number) => { for (const w of words) cached!.wordFlags.set(w, (cached!.wordFlags.get(w) ?? 0) | bit); };
  flag(cached.clauseBreaks, WORD_FLAG.clauseBreak);
  flag(cached.reporting, WORD_FLAG.reporting);
  flag(cached.negation.byFirst.keys(), WORD_FLAG.negation);
  flag(cached.hypothetical.byFirst.keys(), WORD_FLAG.hypothetical);
  flag(cached.clauseHypothetical.byFirst.keys(), WORD_FLAG.clauseHypothetical);
  flag(cached.sentenceNegation.byFirst.keys(), WORD_FLAG.sentenceMarker);
  flag(cached.sentenceHypothetical.byFirst.keys(), WORD_FLAG.sentenceMarker);
  flag(cached.disputedClaims.byFirst.keys(), WORD_FLAG.sentenceMarker);
  flag(cached.punitiveReasons.byFirst.keys(), WORD_FLAG.grievance);
  return cached;
}

let defence: Set<string> | null = null;

/** Organizations whose members are allies (data/lexicon/collective-defence.json). */
export function collectiveDefenceOrganizations(): Set<string> {
  defence ??= new Set(readJsonData<{ organizations: string[] }>('lexicon', 'collective-defence.json').organizations);
  return defence;
}
