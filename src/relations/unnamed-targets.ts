/**
 * Targets a sentence leaves unnamed but implies: the state or leader protesters act against,
 * the state around the places struck, the target an "also" repeats, and the state whose
 * mission an expulsion empties. Each reads one cue
 * occurrence (CueScope) whose subject was found and whose object was not.
 */
import type { Mention } from '../entities/types.js';
import { isDirected } from '../relation-types.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { EVENT_ANAPHORA_FACTOR, relationCandidate, round, type RelationCandidate } from './candidate.js';
import { isStateId, PLACE_TYPES, struckDirectlyIn, struckIn, targetOf } from './clues.js';
import type { VerbForm } from './cues.js';
import { emitPair, servesStateId, type CueScope } from './pair-candidates.js';
import { wordClasses } from '../text/word-classes.js';
import { TokenKind } from '../text/tokenize.js';

/**
 * "Iraqi Kurds demonstrated in Kirkuk": a protest with no target named is against the protesters'
 * own state or the leader the clause names ("... to demand the resignation of President Suharto").
 */
export function protestAtHome(o: CueScope, sources: ActorGroup): void {
  const { analysis, mentions, typeOf, te, r } = o;
  for (const a of sources.members) {
    // a domestic group's state, or the people of a state ("Young Algerians") against their leader only
    // ("Tokyo lodged a protest ..., Chief Cabinet Secretary Kihara told reporters": a government protests no leader of its own)
    const people = typeOf(a.id) === 'country' && (a.kind === 'demonym' || a.kind === 'adjective' || a.kind === 'group');
    if (typeOf(a.id) === 'country' && !people) continue;
    const state = people ? a.id : analysis.entities.get(a.id)?.affiliation;
    if (!state || !isStateId(state)) continue;
    const leader = mentions.find((m) => m.tokenStart >= te && m.tokenStart < r && typeOf(m.id) === 'person' && servesStateId(m, state, mentions, analysis, o.date));
    const target = leader?.id ?? (people ? undefined : state);
    if (target) o.out.push(relationCandidate(a.id, target, o.cue.type, o.judgement.modality, round(o.base * EVENT_ANAPHORA_FACTOR * a.certainty), o.sentence));
  }
}

/** "struck targets inside Libya", "captured a village in eastern Ukraine": the state around the struck targets. */
export function struckPlace(o: CueScope, v: SentenceView, form: VerbForm): ActorGroup | undefined {
  const { text, typeOf, te, r } = o;
  const struckAround = (g: ActorGroup) => g.members.every((m) => (PLACE_TYPES.has(typeOf(m.id) ?? '') || typeOf(m.id) === 'country') && struckIn(text, m, te, o.targetNouns));
  return v.groups.find((g) => g.tokenStart >= te && g.tokenStart <= te + 5 && g.tokenStart < r && struckAround(g))
    // "shelled positions of the Palestinian security forces", "attacked a military base used by U.S. forces"
    ?? v.groups.find((g) => g.tokenStart >= te + 2 && g.tokenStart <= te + 7 && g.tokenStart < r && targetOf(text, g.tokenStart, te, o.targetNouns))
    // (further on, in the verb's own phrase: "fired dozens of cruise missiles at guerrilla training camps in eastern Afghanistan")
    ?? v.groups.find((g) => g.tokenStart > te + 5 && g.tokenStart <= te + STRUCK_REACH && g.tokenStart < r && !breakBetween(v, te, g.tokenStart) && struckAround(g))
    // "has also struck repeatedly in Burkina Faso": a one-sided strike with no object hits the state it strikes in
    // (a past form only: "Houthi targets in Yemen", "strikes in Syria" are nouns)
    ?? (o.cue.mutual || (form !== 'past' && form !== 'participle') ? undefined : v.groups.find((g) => g.tokenStart > te && g.tokenStart < r && g.members.every((m) => typeOf(m.id) === 'country' && m.locative) && struckDirectlyIn(text, te, g.tokenStart)));
}

const STRUCK_REACH = 12;

const CONTRAST_WORDS = wordClasses().contrastWords;

const WEAPON_MODIFIERS = wordClasses().weaponModifiers;

/** A comma, "and" or a contrast between two tokens: the phrase after it is not the verb's own ("air and missile strikes" is one phrase). */
function breakBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = v.tokens[k].lower;
    if (w === 'and' && WEAPON_MODIFIERS.has(v.tokens[k - 1]?.lower ?? '') && WEAPON_MODIFIERS.has(v.tokens[k + 1]?.lower ?? '')) continue;
    if (w === ',' || w === 'and' || CONTRAST_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * "Turkey, Albania and Afghanistan also extended recognition": "also" repeats the latest act of its type on its target;
 * so does an expulsion of envoys whose state goes unsaid ("Germany, France and Poland each expelled four diplomats").
 */
export function alsoRepeats(o: CueScope, sources: ActorGroup, allMentions: Mention[]): void {
  if (!isDirected(o.cue.type) || !(alsoBefore(o, sources.tokenEnd, o.i) || (o.cue.type === 'sanction' && envoysAfter(o)))) return;
  const own = new Set(sources.members.map((m) => m.id));
  let earlier: RelationCandidate | undefined;
  for (let k = o.out.length - 1; k >= 0 && !earlier; k--) {
    const c = o.out[k];
    if (c.type === o.cue.type && c.modality === 'asserted' && !own.has(c.source) && !own.has(c.target) && c.sentence >= o.sentence - 2) earlier = c;
  }
  const target = earlier ? o.mentions.find((m) => m.id === earlier.target) ?? allMentions.find((m) => m.id === earlier.target) : undefined;
  if (target) for (const a of sources.members) emitPair(o, a, target);
}

const AGENT_NOUNS = wordClasses().agentNouns;
const NUMBER_WORDS = wordClasses().numberWords;

/** "expelled four diplomats": people acting for a state, no state named, as the cue's object. */
function envoysAfter(o: CueScope): boolean {
  const t = o.text.tokens;
  const k = t[o.te]?.kind === TokenKind.Number || NUMBER_WORDS.has(t[o.te]?.lower ?? '') ? o.te + 1 : o.te;
  return AGENT_NOUNS.has(t[k]?.lower ?? '');
}

/** "also" (or "too") between a subject and its verb: "X also extended recognition". */
function alsoBefore(o: CueScope, from: number, cue: number): boolean {
  if (cue - from > 4) return false;
  for (let k = from; k < cue; k++) if (o.text.tokens[k].lower === 'also' || o.text.tokens[k].lower === 'too') return true;
  return false;
}

const MISSION_NOUNS = wordClasses().missionNouns;

/**
 * "expelled two diplomats from the Estonian embassy", "from Estonia's embassy": the state whose
 * mission is named after "from" a few words past the verb, as an acting group, or undefined.
 */
export function missionOwner(v: SentenceView, from: number, r: number): ActorGroup | undefined {
  for (let k = from; k < r && k <= from + 5; k++) {
    if (v.tokens[k].lower !== 'from') continue;
    const at = v.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const owner = v.groups.find((g) => g.tokenStart === at);
    const noun = owner ? owner.tokenEnd + (/^['’]s$/.test(v.tokens[owner.tokenEnd]?.text ?? '') ? 1 : 0) : -1;
    if (!owner || !MISSION_NOUNS.has(v.tokens[noun]?.lower ?? '')) return undefined;
    return { ...owner, members: owner.members.map((m) => ({ ...m, actor: true, locative: false })) };
  }
  return undefined;
}
