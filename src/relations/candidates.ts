/**
 * Relation candidates of a document, sentence by sentence: every cue of data/cues/ is matched
 * once (token trie), its arguments are found by the rules of cue-arguments.ts, its modality
 * by cue-judgement.ts, and each pair of parties becomes candidates in pair-candidates.ts.
 * Structural relations (affiliation, deployment) come from titles and the catalog
 * (structural.ts).
 */
import type { Mention } from '../entities/types.js';
import type { TextDoc } from '../text/sentences.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import { scratchBytes } from '../util/scratch.js';
import { actorGroups, clauseWindow, quoteBreaks, type ActorGroup, type SentenceView, type TokenSet } from './arguments.js';
import { firstSubject, subjectBefore, subordinateBetween } from './subjects.js';
import { round, type RelationCandidate, type RelationStageInput } from './candidate.js';
import { agentAfter, hasMoney, hostAfter, hostedBefore, isDescription, joinedPair, reciprocalAt } from './clues.js';
import { compoundRelation } from './compounds.js';
import { chooseSurface, cueMatchAt, findArguments } from './cue-arguments.js';
import { judgeCue } from './cue-judgement.js';
import { cueTrie, requirementAt, type Cue, type CueSurface } from './cues.js';
import { eventNounLexicon, type EventNounLexicon } from './event-anaphora.js';
import { actThreatens, followers, reactionToEvent, verdictOnEvent } from './event-reactions.js';
import { collectiveDefenceOrganizations, modalityLexicon, type ModalityLexicon } from './lexicon.js';
import { sentenceMarkers, type SentenceMarker } from './modality.js';
import { emitPair, JOINT_TYPES, jointAction, type CueScope } from './pair-candidates.js';
import { scanSentence, SCAN_WORD } from './sentence-scan.js';
import { forceNounEnd, structuralRelations } from './structural.js';
import { alsoRepeats, protestAtHome, struckPlace } from './unnamed-targets.js';
import { wordClasses } from '../text/word-classes.js';
import { isDirected } from '../relation-types.js';
import { isPassive } from './verb-forms.js';

/**
 * Confidence = cue strength × argument distance × linking certainty:
 *   strength  — how unambiguous the cue is (data/cues, 0.55 for "call", 0.9 for "alliance");
 *   distance  — 1 / (1 + 0.04 · tokens between the cue and its farthest argument);
 *   certainty — the weaker of the two mentions' linking certainty (1 for a catalog name,
 *               0.75 for a pronoun, 0.5 for an unknown name).
 */
function distanceFactor(ts: number, te: number, groups: (ActorGroup | undefined)[]): number {
  let gap = 0;
  for (const g of groups) {
    if (!g) continue;
    gap = Math.max(gap, g.tokenStart >= te ? g.tokenStart - te : ts - g.tokenEnd);
  }
  return 1 / (1 + 0.04 * Math.max(0, gap));
}

const POSSESSIVE_PRONOUNS = wordClasses().possessiveDeterminers;
const NO_MENTIONS: Mention[] = [];

/** What every sentence of one document reads. */
interface DocumentScope {
  input: RelationStageInput;
  text: TextDoc;
  lex: ModalityLexicon;
  events: EventNounLexicon;
  collectiveDefence: Set<string>;
  typeOf: (id: string) => string | undefined;
  flags: Uint8Array;
  out: RelationCandidate[];
}

/** One sentence with a cue word: its mentions and views. */
interface SentenceScope {
  index: number;
  start: number;
  end: number;
  mentions: Mention[];
  /** Only one entity is named: only reactions to earlier events and protests can relate it. */
  single: boolean;
  v: SentenceView;
  /** The same view without places, made when first asked for: a deployment goes to the place itself ("sent troops to Georgia's breakaway South Ossetia"). */
  placeView: SentenceView | undefined;
  isQuestion: boolean;
  markers: SentenceMarker[] | undefined;
}

const MARCH_LEADS = wordClasses().marchLeads;

function hasActor(mentions: Mention[]): boolean {
  for (const m of mentions) if (m.actor) return true;
  return false;
}

function namesOneEntity(mentions: Mention[]): boolean {
  for (const m of mentions) if (m.id !== mentions[0].id) return false;
  return true;
}

function withinSkip(skip: RelationStageInput['skip'], start: number, end: number): boolean {
  for (const span of skip) if (start >= span[0] && end <= span[1]) return true;
  return false;
}

/** One literal for every view, so that all of them share one hidden class. */
function sentenceView(
  tokens: Token[], start: number, end: number, groups: ActorGroup[], lex: ModalityLexicon, breaks: ReadonlySet<number>, inMention: TokenSet, places: Set<string> | undefined, flags: Uint8Array,
): SentenceView {
  return { tokens, start, end, groups, lex, quoteBreaks: breaks, inMention, places, flags };
}

function withoutPlaces(v: SentenceView): SentenceView {
  return sentenceView(v.tokens, v.start, v.end, v.groups, v.lex, v.quoteBreaks, v.inMention, undefined, v.flags);
}

export function relationCandidates(input: RelationStageInput): RelationCandidate[] {
  const { text, analysis } = input;
  const trie = cueTrie();
  const events = eventNounLexicon();
  const bySentence: Mention[][] = new Array(text.sentences.length);
  for (const m of analysis.mentions) (bySentence[m.sentence] ??= []).push(m);
  const out: RelationCandidate[] = [];
  // a self-ruled place (a breakaway region) acts as a state does: "Somaliland signed a port deal with Ethiopia"
  // (each entity's type read once per document: the rules below ask for it many times)
  const selfRuled = wordClasses().selfRuledKinds;
  const types = new Map<string, string>();
  const places = new Set<string>();
  for (const [id, e] of analysis.entities) {
    types.set(id, e.type === 'region' && e.kind !== undefined && selfRuled.has(e.kind) ? 'country' : e.type);
    if (e.type === 'region') places.add(id);
  }
  // tokens inside a mention, for the whole document at once
  const mask = scratchBytes('relations.mask', text.tokens.length);
  // (a title before a name too: "Finance Minister Lim" holds no cue "finance", "Trade Minister" no "trade")
  for (const m of analysis.mentions) mask.fill(1, m.titleStart !== undefined && m.titleStart < m.tokenStart ? m.titleStart : m.tokenStart, m.tokenEnd);
  const inMention: TokenSet = { has: (k: number) => mask[k] === 1 };
  const flags = scratchBytes('relations.flags', text.tokens.length);
  // each word's SCAN_WORD bits, written as its sentence is scanned
  const wordBits = scratchBytes('relations.scan', text.tokens.length);
  const doc: DocumentScope = {
    input, text, lex: modalityLexicon(), events, collectiveDefence: collectiveDefenceOrganizations(), typeOf: (id) => types.get(id), flags, out,
  };
  for (const s of text.sentences) {
    const mentions = bySentence[s.index] ?? NO_MENTIONS;
    // a relation needs an actor and a second entity in its sentence, or an event reported earlier
    // (loops rather than callbacks here: this runs for every sentence that names anyone)
    if (!hasActor(mentions)) continue;
    const single = namesOneEntity(mentions);
    if (withinSkip(input.skip, s.start, s.end)) continue;
    const scan = scanSentence(text.tokens, s.tokenStart, s.tokenEnd, mask, wordBits, flags);
    // with one entity only a reaction to an earlier event or a follower can relate it: look no further without one
    if (single && !(scan.bits & (SCAN_WORD.eventWord | SCAN_WORD.domesticCue))) continue;
    // "Kishida told the committee that the decision was extremely unjust and absolutely unacceptable"
    if (scan.firstVerdict >= 0 && (!single || scan.bits & SCAN_WORD.eventWord)) verdictOnEvent(text, s, scan.firstVerdict, mentions, inMention, events, out);
    // most sentences hold no cue word at all: none, and the sentence's groups and views are not built
    const firstCue = scan.firstOpener;
    if (firstCue < 0) continue;
    const groups = actorGroups(text.tokens, mentions);
    const breaks = quoteBreaks(text.tokens, s.tokenStart, s.tokenEnd);
    const sentence: SentenceScope = {
      index: s.index, start: s.tokenStart, end: s.tokenEnd, mentions, single, v: sentenceView(text.tokens, s.tokenStart, s.tokenEnd, groups, doc.lex, breaks, inMention, places, flags),
      placeView: undefined, isQuestion: text.tokens[s.tokenEnd - 1]?.text === '?', markers: undefined,
    };
    for (let i = firstCue; i < s.tokenEnd; i++) {
      if (inMention.has(i) || !(wordBits[i] & SCAN_WORD.cueOpener)) continue;
      // "on March 10", "in March": the month, not a protest march
      if (text.tokens[i].text === 'March' && (text.tokens[i + 1]?.kind === TokenKind.Number || MARCH_LEADS.has(text.tokens[i - 1]?.lower ?? ''))) continue;
      const match = cueMatchAt(trie, sentence.v, i);
      if (!match) continue;
      i = cueCandidates(doc, sentence, match, i) - 1;
    }
    if (scan.bits & SCAN_WORD.followerFirst) followers(sentence.v, s.index, out, events);
  }
  for (const c of structuralRelations(input, input.roleNouns)) out.push(c);
  return out;
}

/** The candidates of the cue matched at token i; returns the token after it. */
function cueCandidates(doc: DocumentScope, s: SentenceScope, match: { length: number; surfaces: CueSurface[] }, i: number): number {
  const { text, events, out } = doc;
  const { v, single } = s;
  const te = i + match.length;
  if (single && !match.surfaces.some((x) => events.reactions.has(x.cue.type) || x.cue.domesticTarget)) return te;
  // "nuclear-armed", "U.S.-backed": a participle in a hyphenated compound is an adjective
  if (i > s.start && text.tokens[i - 1].text === '-' && text.tokens[i - 1].end === text.tokens[i].start) {
    compoundRelation(v, s.mentions, match.surfaces, i, te, s.index, out);
    return te;
  }
  // most cue words that need a companion word ("hold" + "talks") have none near them: skip those before the clause is built
  let companion = false;
  for (const x of match.surfaces) if (!x.cue.compoundOnly && (x.cue.requires.length === 0 || companionNear(text, x.cue, i, te, s.start, s.end))) { companion = true; break; }
  if (!companion) return te;
  // "called the crisis an attack on the EU": a noun that only names what someone calls a thing
  const described = isDescription(text, i, s.start);
  const [l, r] = clauseWindow(v, i);
  for (const surface of chooseSurface(match.surfaces, v, i, match.length)) {
    if (surface.cue.compoundOnly) continue;
    if (single && !events.reactions.has(surface.cue.type) && !surface.cue.domesticTarget) continue;
    // (but calling someone an ally or a partner is the relation: "which it described as a regional ally")
    if (described && surface.cue.pos === 'noun' && surface.cue.type !== 'criticism' && !surface.cue.relational) continue;
    // "imposed sanctions on Belarus, targeting the country's potash industry": a participle after a comma spells out the act
    // before it, so a target of sanctions is no attack
    // (unless a clause of its own came between: "ordered the United States to leave the base, after NATO jets attacked two posts, killing 24 soldiers")
    if (surface.cue.type === 'attack' && surface.form === 'ing' && text.tokens[i - 1]?.text === ',' && out.length > 0 && out[out.length - 1].sentence === s.index && out[out.length - 1].type === 'sanction'
      && !subordinateBetween(v, s.start, i)) continue;
    if (surfaceCandidates(doc, s, surface, i, te, l, r) === 'done') break;
  }
  return te;
}

/** The candidates of one reading of the cue at [i, te) in the clause [l, r); 'done' when no other reading is to be tried. */
function surfaceCandidates(doc: DocumentScope, s: SentenceScope, surface: CueSurface, i: number, te: number, l: number, r: number): 'done' | 'next' {
  const { input, text, lex, events, out } = doc;
  const { analysis } = input;
  const { cue } = surface;
  const v = s.v;
  // nothing can come of a cue with no parties (only a hosted talks noun finds its own, even named as a setting:
  // "signed the accord at a meeting hosted by Kofi Annan")
  const talksNoun = cue.type === 'negotiation' && cue.pos === 'noun';
  const args = findArguments(cue.placeTarget || cue.type === 'deployment' ? (s.placeView ??= withoutPlaces(v)) : v, surface, i, te, l, r)
    ?? (talksNoun ? { sources: undefined, targets: undefined } : null);
  if (!args || (!args.sources && !args.pairsWithin && !talksNoun)) return 'next';
  // "NATO peacekeeping troops have arrived in Bosnia", "Kenyan police officers arrived": forces arriving are a deployment,
  // not a visit (see emitPair); nor does a state host talks with forces or people it hosts ("hosts 54,000 U.S. military personnel", "hosts 2.7 million Syrians")
  const arriving = cue.type === 'negotiation' && cue.placeTarget && forcesOf(text, args.sources, input.forceNouns);
  if (cue.type === 'negotiation' && !cue.placeTarget && cue.objectVia === 'direct' && (forcesOf(text, args.targets, input.forceNouns) || args.targets?.members.every((m) => m.kind === 'demonym' && /s$/.test(text.tokens[m.tokenEnd - 1].text)))) return 'next';
  if (args.targets && cue.forbidsAfterObject.includes(text.tokens[args.targets.tokenEnd]?.lower ?? '') && /ing$/.test(text.tokens[args.targets.tokenEnd + 1]?.text ?? '')) return 'next';
  if (cue.sourceNouns.size > 0 && !namesNoun(text, args.sources, cue.sourceNouns)) return 'next';
  if (cue.requiresAmount && !hasMoney(text.text.slice(text.tokens[l].start, text.tokens[r - 1].end))) return 'next';
  const markers = (s.markers ??= sentenceMarkers(lex, text.tokens, s.start, s.end, doc.flags));
  const judgement = judgeCue(lex, text, v, { surface, i, te, l, r, start: s.start, end: s.end, isQuestion: s.isQuestion }, markers);
  const { modality } = judgement;
  const base = cue.strength * distanceFactor(i, te, [args.sources, args.targets]);
  const o: CueScope = {
    text, analysis, mentions: s.mentions, date: input.date, typeOf: doc.typeOf, sentence: s.index, sentenceStart: s.start, targetNouns: input.targetNouns, forceNouns: input.forceNouns,
    collectiveDefence: doc.collectiveDefence, lex, flags: doc.flags, cue, i, te, r, base, judgement, arriving, grievance: undefined, mediating: false, sides: 2, out,
  };
  // ("The attack was also denounced by Britain": a passive's subject opening the sentence is the act reacted to)
  const objectAt = cue.pos === 'verb' ? (i - s.start <= 6 && isPassive(v, i) ? s.start : te) : cue.targetPreps.includes(text.tokens[te]?.lower ?? '') ? te + 1 : -1;
  // ("called the raid state terrorism and warned that Turkey's hostility ...": a target found past an act named as the
  // object is someone else; the act's agent is the one reacted to)
  const reacting = args.sources && (!args.targets || (objectAt >= 0 && args.targets.tokenStart > objectAt && phraseBreakBetween(text, objectAt, args.targets.tokenStart)));
  if (cue.type === 'threat' && cue.pos === 'verb' && args.targets && actThreatens(v, events, { i, start: s.start }, args.targets, modality, base, s.index, out)) return 'done';
  if (reacting && reactionToEvent(v, analysis, s.mentions, input.date, events, { type: cue.type, objectAt, r }, args.sources!, modality, base, s.index, out)) return 'done';
  // "The two sides blamed each other", "each accused the other": both directions within the subject
  if (args.sources && reciprocalAt(text, te, r)) {
    // "Army chief General Burhan and RSF commander General Dagalo, known as Hemedti, each accused the other":
    // titles and asides keep the pair apart, "and" joins them
    const pair = args.sources.members.length > 1 ? args.sources : joinedPair(v, args.sources, l);
    if (pair) {
      args.pairsWithin = pair;
      args.sources = undefined;
      args.targets = undefined;
    }
  }
  // "demonstrations against violations by the Israeli military": the agent of what is protested
  const protested = cue.type === 'criticism' && args.sources && !args.targets ? agentAfter(v, te, r) : undefined;
  if (protested) args.targets = protested;
  if (cue.domesticTarget && args.sources && !args.targets) protestAtHome(o, args.sources);
  if (cue.type === 'attack' && cue.pos === 'verb' && args.sources && !args.targets) {
    const near = struckPlace(o, v, surface.form);
    if (near) args.targets = near;
  }
  // "agreed to restore ties after talks hosted by China": the host talked with the sentence's parties
  const host = talksNoun ? hostAfter(v, te, r, input.hostingVerbs) : undefined;
  if (host) {
    const parties = firstSubject(v, i);
    o.mediating = true;
    if (parties && parties !== host) for (const a of host.members) for (const b of parties.members) emitPair(o, a, b);
    o.mediating = false;
  }
  if (args.sources && !args.targets) alsoRepeats(o, args.sources, analysis.mentions);
  // ("The EU and NATO rallied behind their member": a possessive that is the subjects' own is no object of theirs)
  if (args.sources && args.targets && ownPossessive(text, args.targets, args.sources)) args.targets = undefined;
  if (args.sources && args.targets) {
    // (counted for truces only: a set per cue would cost every sentence)
    if (judgement.truce) o.sides = distinctIds(args.sources.members) + distinctIds(args.targets.members);
    // "Kenya and Uganda sent troops to Somalia and South Sudan respectively": the two lists pair off in order
    if (respectively(text, args.sources, args.targets, r)) args.sources.members.forEach((a, k) => emitPair(o, a, args.targets!.members[k]));
    else for (const a of args.sources.members) for (const b of args.targets.members) emitPair(o, a, b);
    // "Velayati urged the United Nations to condemn Baghdad": whoever urges a condemnation condemns
    const urger = cue.type === 'criticism' && cue.pos === 'verb' ? urgerOf(v, args.sources, i) : undefined;
    if (urger) {
      const asserted: CueScope = { ...o, judgement: { ...judgement, modality: 'asserted' }, base: base * 0.8 };
      for (const a of urger.members) for (const b of args.targets.members) emitPair(asserted, a, b);
    }
    // "The United States and Britain bombed targets in Yemen": states striking together cooperate
    if (JOINT_TYPES.has(cue.type) && modality === 'asserted' && args.sources.members.length > 1) jointAction(args.sources.members, args.targets.members, doc.typeOf, s.index, round(base * 0.8), out);
  } else if (args.pairsWithin && args.pairsWithin.members.length > 1) {
    // ("contingents from Nigeria and Togo have begun arriving": forces arriving together meet no one)
    if (cue.placeTarget && forcesOf(text, args.pairsWithin, input.forceNouns)) return 'next';
    const ms = args.pairsWithin.members;
    if (judgement.truce) o.sides = distinctIds(ms);
    const both = !cue.mutual && isDirected(cue.type);
    // emitPair() adds the reverse of mutual cues; a reciprocal object gives it to directed ones
    for (let x = 0; x < ms.length; x++) for (let y = x + 1; y < ms.length; y++) { emitPair(o, ms[x], ms[y]); if (both) emitPair(o, ms[y], ms[x]); }
    // a mediator talks with both sides: "X launched a mediation effort between Y and Z"
    // and so does a host: "Iraq and Oman hosted several rounds of talks between Saudi and Iranian officials"
    const hosted = cue.type === 'negotiation' && hostedBefore(text, i, l, input.hostingVerbs);
    const mediator = cue.mediator || hosted ? subjectBefore(v, l, i) : undefined;
    o.mediating = true;
    if (mediator && mediator !== args.pairsWithin) for (const a of mediator.members) for (const b of ms) emitPair(o, a, b);
    o.mediating = false;
  }
  return 'next';
}

function distinctIds(ms: Mention[]): number {
  return new Set(ms.map((m) => m.id)).size;
}

const URGING = wordClasses().urgingVerbs;

/** "X urged the U.N. to condemn": the subject of a verb of urging whose object is the cue's subject, right before "to" and the cue at `i`. */
function urgerOf(v: SentenceView, urged: ActorGroup, i: number): ActorGroup | undefined {
  if (v.tokens[i - 1]?.lower !== 'to' || urged.tokenEnd !== i - 1) return undefined;
  let verb = urged.tokenStart - 1;
  if (v.tokens[verb]?.lower === 'the') verb--;
  if (!URGING.has(v.tokens[verb]?.lower ?? '')) return undefined;
  const urger = subjectBefore(v, clauseWindow(v, verb)[0], verb);
  return urger && urger !== urged ? urger : undefined;
}

/** A group whose last word, or the word after it, is one of `nouns` ("Iraqi missiles", "an Iraqi warplane"). */
function namesNoun(text: TextDoc, g: ActorGroup | undefined, nouns: ReadonlySet<string>): boolean {
  return !!g && (nouns.has(text.tokens[g.tokenEnd - 1].lower) || nouns.has(text.tokens[g.tokenEnd]?.lower ?? ''));
}

/** The targets are possessive pronouns before a noun, standing for the sources themselves ("their member"). */
function ownPossessive(text: TextDoc, targets: ActorGroup, sources: ActorGroup): boolean {
  return targets.members.every((m) => (m.kind === 'pronoun' || m.kind === 'group') && POSSESSIVE_PRONOUNS.has(text.tokens[m.tokenStart].lower) && sources.members.some((x) => x.id === m.id))
    && text.tokens[targets.tokenEnd]?.kind === TokenKind.Word && !text.tokens[targets.tokenEnd].upper;
}

/**
 * A group that names forces: a force noun as its last word or right after it ("Kenyan police officers", "U.S. military
 * personnel"), or before its "from" ("contingents from Nigeria and Togo").
 */
function forcesOf(text: TextDoc, g: ActorGroup | undefined, forceNouns: string[][] | undefined): boolean {
  if (!g) return false;
  for (let k = g.tokenEnd - 2; k <= g.tokenEnd + 1; k++) if (k >= g.tokenStart - 1 && forceNounEnd(text, k, forceNouns) >= g.tokenEnd) return true;
  const from = g.tokenStart - 1;
  if (text.tokens[from]?.lower !== 'from') return false;
  for (let k = from - 3; k < from; k++) if (k >= 0 && forceNounEnd(text, k, forceNouns) === from) return true;
  return false;
}

/**
 * Whether a cue's required word can be found where findArguments looks for it: after the cue
 * (within its window, or anywhere after for requirements past the object) or a few words
 * before it (a relative clause: "the sanctions the United States imposed"). A cue without
 * requirements always can.
 */
function companionNear(text: TextDoc, cue: Cue, ts: number, te: number, start: number, end: number): boolean {
  if (cue.requires.length === 0) return true;
  const limit = cue.requiresAfterObject ? end : Math.min(end, te + cue.requiresWindow);
  for (let k = te; k < limit; k++) if (requirementAt(text.tokens, k, cue)) return true;
  for (let k = ts - 1; k >= Math.max(start, ts - 8); k--) if (requirementAt(text.tokens, k, cue)) return true;
  return false;
}

/** An "and" or a comma between k and end: what follows is outside the phrase opened at k. */
function phraseBreakBetween(text: TextDoc, k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (text.tokens[j].lower === 'and' || text.tokens[j].text === ',') return true;
  return false;
}

/** Two lists of the same length with "respectively" after the second. */
function respectively(text: TextDoc, sources: ActorGroup, targets: ActorGroup, r: number): boolean {
  if (sources.members.length < 2 || sources.members.length !== targets.members.length) return false;
  for (let k = targets.tokenEnd; k < Math.min(r, targets.tokenEnd + 2); k++) if (text.tokens[k].lower === 'respectively') return true;
  return false;
}
