/**
 * The modality of one cue occurrence, and what else its mood makes of it: modality.ts reads
 * negation and hedges around the cue; the rules here adjust that reading for measures
 * ended, ultimatums, pledges, trips called off and presupposed acts, and say whether the
 * act also halts relations, demands a measure, announces a coercive step, warns of a
 * refusal or ends a fight.
 */
import type { Modality } from '../model.js';
import type { TextDoc } from '../text/sentences.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { SentenceView } from './arguments.js';
import { abortedAfter, mentionsWord } from './clues.js';
import { promisedStep } from './cue-arguments.js';
import type { CueSurface } from './cues.js';
import type { ModalityLexicon } from './lexicon.js';
import { cueModality, type SentenceMarker } from './modality.js';
import { wordClasses } from '../text/word-classes.js';

/** One cue occurrence: the surface matched at tokens [i, te) of clause [l, r) in the sentence [start, end). */
export interface CueOccurrenceSpan {
  surface: CueSurface;
  i: number;
  te: number;
  l: number;
  r: number;
  start: number;
  end: number;
  isQuestion: boolean;
}

export interface CueJudgement {
  modality: Modality;
  /** "Thailand and Cambodia agreed to a ceasefire": the parties to a truce have been fighting each other. */
  truce: boolean;
  /** "Russia suspended peace treaty talks with Japan": halting relations with someone is a sanction on them (CAMEO 16). */
  halted: boolean;
  /** "called for sanctions on X": demanding a measure voices criticism of its target. */
  demanded: boolean;
  /** "said they would boycott all contact with the United States": announcing a coercive step threatens its target. */
  intended: boolean;
  /** "warned that Washington would not conclude trade agreements with either country": a warned refusal threatens. */
  warned: boolean;
}

const TRUCE_NOUNS = wordClasses().truceNouns;
const HAVE_BE_FORMS = wordClasses().haveBeForms;

const LIST_JOINERS = new Set(['and', 'or']);
const isLowerWord = (t: Token | undefined) => t !== undefined && t.kind === TokenKind.Word && !t.upper;

/**
 * A halt marker governing the noun at `i`, up to two modifiers before it, or a list it closes
 * ("halt loans, grants and deposits"): the marker, or null.
 */
function haltBeforeList(tokens: Token[], l: number, i: number, markers: ReadonlySet<string>): string | null {
  let k = i - 1;
  // (a modifier may be a hyphenated compound with a number: "ending a 35-year military alliance")
  for (let mods = 0; mods < 2 && k > l && isLowerWord(tokens[k]) && !markers.has(tokens[k].lower) && !LIST_JOINERS.has(tokens[k].lower); mods++) {
    k--;
    if (tokens[k]?.text === '-' && k - 1 > l && tokens[k - 1].kind !== TokenKind.Punct) k -= 2;
  }
  while (k - 1 > l && (tokens[k].text === ',' || LIST_JOINERS.has(tokens[k].lower)) && isLowerWord(tokens[k - 1]) && !markers.has(tokens[k - 1].lower) && !LIST_JOINERS.has(tokens[k - 1].lower)) k -= 2;
  return k >= l && markers.has(tokens[k].lower) ? tokens[k].lower : null;
}

export function judgeCue(lex: ModalityLexicon, text: TextDoc, v: SentenceView, at: CueOccurrenceSpan, markers: SentenceMarker[]): CueJudgement {
  const { surface, i, te, l, r, isQuestion } = at;
  const { cue } = surface;
  const tokens = text.tokens;
  let judged = cueModality(lex, {
    tokens, flags: v.flags, sentenceStart: at.start, clauseStart: l, cueStart: i, cueEnd: te, sentenceEnd: at.end, isNoun: cue.pos === 'noun', isQuestion,
    sentenceMarkers: markers, conditionFollows: cue.type === 'threat',
    finiteVerb: cue.pos === 'verb' && (surface.form === 'third' || (surface.form === 'past' && !HAVE_BE_FORMS.has(tokens[i - 1]?.lower ?? ''))),
  });
  // "lifted an arms embargo on Turkey", "eased sanctions on Venezuela": a measure ended is no measure taken
  if (lex.reliefTypes.has(cue.type) && judged.modality === 'asserted') {
    for (let k = i - 1; k >= Math.max(l, i - lex.reliefWindow); k--) {
      if (tokens[k].text === ',') break;
      if (lex.reliefMarkers.has(tokens[k].lower)) { judged = { modality: 'negated', marker: tokens[k].lower }; break; }
    }
  }
  // "agreed to halt loans, grants and deposits to Egypt": a flow halted is no flow (it is a sanction, see `halted`),
  // however presupposed the noun after "halt" is for acts ("to halt the attacks")
  if (cue.pos === 'noun' && lex.haltTypes.has(cue.type) && judged.modality === 'asserted') {
    const marker = haltBeforeList(tokens, l, i, lex.haltMarkers) ?? (lex.endingTypes.has(cue.type) ? haltBeforeList(tokens, l, i, lex.endingMarkers) : null);
    if (marker) judged = { modality: 'negated', marker };
  }
  // "India's potential threat number one": a threat is a potential harm, so "potential" names it rather than hedging it
  if (cue.type === 'threat' && cue.pos === 'noun' && judged.modality === 'hypothetical' && (judged.marker === 'potential' || judged.marker === 'possible')
    && (tokens[i - 1]?.lower === judged.marker || tokens[i - 2]?.lower === judged.marker)) judged = { modality: 'asserted', marker: null };
  // an ultimatum stands as made unless its step is refused ("would not withdraw unless"); its own "if"/"unless" do not hedge it
  if (cue.coercionBefore.size) {
    const step = promisedStep(v, cue.coercionBefore, l, i)!;
    const refused = tokens.slice(step.marker, step.step).some((t) => lex.negation.some((seq) => seq.length === 1 && seq[0] === t.lower));
    judged = { modality: refused ? 'negated' : isQuestion ? 'hypothetical' : 'asserted', marker: refused ? 'not' : null };
  }
  // the promise of consequences is itself the threat, whatever mood the promised consequence is in
  // and a pledge of support is the support ("vowed to defend Niamey")
  // (as is an attempted attack the attack: "tried to hack into the computers of")
  const actStands = judged.marker !== null && (lex.pledgeMarkers.has(judged.marker) && lex.pledgeTypes.has(cue.type)
    || lex.attemptMarkers.has(judged.marker) && lex.attemptTypes.has(cue.type));
  // "who had been flying to Washington for talks with Gore, ordered his plane to turn back"
  if (judged.modality === 'asserted' && lex.abortTypes.has(cue.type) && abortedAfter(text, te, at.end, lex.abortMarkers)) judged = { modality: 'negated', marker: 'aborted' };
  const modality = cue.presupposed || (((cue.speakerSource && cue.type === 'threat') || actStands) && judged.modality === 'hypothetical') ? 'asserted' : judged.modality;
  const marker = judged.marker;
  return {
    modality,
    // (not a visitor "to press for a ceasefire")
    truce: cue.type === 'negotiation' && !cue.placeTarget && !cue.mediator && modality !== 'negated' && mentionsWord(text, i, Math.min(r, te + 8), TRUCE_NOUNS),
    halted: modality === 'negated' && marker !== null && (lex.haltMarkers.has(marker) || (lex.endingMarkers.has(marker) && lex.endingTypes.has(cue.type))) && lex.haltTypes.has(cue.type),
    demanded: modality === 'hypothetical' && marker !== null && lex.demandMarkers.has(marker) && lex.demandTypes.has(cue.type),
    intended: modality === 'hypothetical' && !isQuestion && marker !== null && lex.intentionMarkers.has(marker) && lex.intentionTypes.has(cue.type) && !lex.intentionExceptCues.has(cue.lemma)
      && (cue.pos === 'verb' || objectOfMarkedVerb(text, marker, i)),
    warned: modality === 'negated' && lex.warningTypes.has(cue.type) && warnedRefusal(text, lex, l, i),
  };
}

/** Words that put a noun outside the object of the verb before it ("would apply to armed attacks on X"). */
const NOT_OBJECT = wordClasses().objectBreaks;

/** A noun cue is the object of the verb the marker governs ("would tighten the naval blockade of Serbia"). */
function objectOfMarkedVerb(text: TextDoc, marker: string, cueStart: number): boolean {
  const last = marker.slice(marker.lastIndexOf(' ') + 1);
  for (let k = cueStart - 1; k >= Math.max(0, cueStart - 6); k--) {
    if (text.tokens[k].lower === last) return true;
    if (NOT_OBJECT.has(text.tokens[k].lower)) return false;
  }
  return false;
}

const NEGATORS = wordClasses().negators;

/** A clause from l reported by a verb of warning ("warned that ..."), with a future auxiliary before a negation ahead of the cue at i. */
function warnedRefusal(text: TextDoc, lex: ModalityLexicon, l: number, i: number): boolean {
  const t = text.tokens;
  const verb = t[l - 1]?.lower === 'that' ? t[l - 2] : t[l - 1];
  if (!verb || !lex.warningVerbs.has(verb.lower)) return false;
  for (let k = l; k + 1 < i; k++) if (lex.warningAuxiliaries.has(t[k].lower) && NEGATORS.has(t[k + 1].lower)) return true;
  return false;
}
