/**
 * Relations to an event reported earlier: a reaction whose object names the event ("condemned
 * the shelling"), a verdict on it ("the decision was absolutely unacceptable") and actors who
 * follow suit ("Canada and Colombia quickly followed"). The event's agent comes from the
 * candidates found so far (event-anaphora.ts).
 */
import type { EntityAnalysis, Mention } from '../entities/types.js';
import type { Modality, RelationType } from '../model.js';
import type { TextDoc } from '../text/sentences.js';
import { clauseWindow, type ActorGroup, type SentenceView, type TokenSet } from './arguments.js';
import { subjectBefore } from './subjects.js';
import { EVENT_ANAPHORA_FACTOR, relationCandidate, round, type RelationCandidate } from './candidate.js';
import { eventAgents, eventObjectAt, followedRelation, followerAt, type EventNounLexicon } from './event-anaphora.js';
import { servesStateId } from './pair-candidates.js';
import { wordClasses } from '../text/word-classes.js';

const ANSWERING_KINDS = wordClasses().answeringKinds;

/**
 * "The White House condemned the shelling", "provided support for the operation": the target
 * is the agent of the event, reported earlier. Returns whether the cue's object was such an
 * event (then nothing else is made of the cue).
 */
export function reactionToEvent(
  v: SentenceView, analysis: EntityAnalysis, mentions: Mention[], date: string | null, events: EventNounLexicon,
  cue: { type: RelationType; objectAt: number; r: number }, sources: ActorGroup, modality: Modality, base: number, sentence: number, out: RelationCandidate[],
): boolean {
  if (cue.objectAt < 0 || !events.reactions.has(cue.type)) return false;
  const eventKinds = eventObjectAt(v, cue.objectAt, cue.r, events);
  if (!eventKinds) return false;
  for (const a of sources.members) {
    if (!a.actor) continue;
    // ("Lithuanian Foreign Minister Gabrielius Landsbergis welcomed the move": no one welcomes a move against their own side)
    const against = cue.type === 'support' ? [a.id, a.titleOf].filter((x): x is string => x !== undefined) : [];
    for (const source of eventAgents(out, eventKinds.kinds, eventKinds.noun, a.id, against)) {
      // the agent's state answers for its forces ("condemned the patrols" of U.S. Navy warships) and its security
      // services ("called the incident an act of aggression" after the FSB's coast guard rammed the ships)
      const info = analysis.entities.get(source);
      const agent = ((info?.type === 'military' || (info?.type === 'organization' && ANSWERING_KINDS.has(info.kind ?? ''))) && info.affiliation) || source;
      if (agent === a.id || servesStateId(a, agent, mentions, analysis, date)) continue;
      out.push(relationCandidate(a.id, agent, cue.type, modality, round(base * EVENT_ANAPHORA_FACTOR * a.certainty), sentence));
    }
  }
  return true;
}

/** "..., and Canada and Colombia quickly followed": the subjects repeat the latest relation. */
export function followers(v: SentenceView, sentence: number, out: RelationCandidate[], events: EventNounLexicon): void {
  for (let k = v.start + 1; k < v.end; k++) {
    if (v.inMention.has(k) || !events.followerFirstWords.has(v.tokens[k].lower)) continue;
    const length = followerAt(v, k, events);
    if (!length) continue;
    const subject = subjectBefore(v, clauseWindow(v, k)[0], k);
    if (!subject) continue;
    const ids = new Set(subject.members.filter((m) => m.actor).map((m) => m.id));
    const followed = followedRelation(out, ids);
    if (!followed) continue;
    for (const m of subject.members) {
      if (!m.actor) continue;
      out.push(relationCandidate(m.id, followed.target, followed.type, 'asserted', round(followed.confidence * EVENT_ANAPHORA_FACTOR * m.certainty), sentence));
    }
  }
}

/**
 * Whether `m` names whose doing the words up to the verdict's verb at `c` are: a possessor ("France's
 * conduct"), a nationality word after a determiner ("the Saudi decision") or a force ("the presence of
 * Saudi troops"), with only lower-case words after it.
 */
function doingOwner(t: TextDoc['tokens'], m: Mention, c: number, events: EventNounLexicon): boolean {
  const possessive = /^['’]s$/.test(t[m.tokenEnd]?.text ?? '');
  const nationality = (m.kind === 'adjective' || m.kind === 'demonym') && events.determiners.has(t[m.tokenStart - 1]?.lower ?? '');
  if (m.kind === 'pronoun' || !(possessive || nationality || m.kind === 'force')) return false;
  for (let k = m.tokenEnd + (possessive ? 1 : 0); k < c; k++) if (t[k].kind !== 0 || t[k].upper) return false;
  return true;
}

const VERDICTS = wordClasses().verdicts;
const NAMING = wordClasses().naming;

/** "called the attack treacherous": where the noun phrase between a verb of naming and the verdict at `k` starts, or -1. */
function namedEventStart(t: TextDoc['tokens'], from: number, k: number, events: EventNounLexicon): number {
  for (let d = k - 1; d > from && d >= k - 3; d--) {
    if (events.determiners.has(t[d].lower)) return NAMING.has(t[d - 1].lower) ? d : -1;
  }
  return -1;
}
/** Tokens from the owner of what is judged to the verb before the verdict ("Japan's detention of the captain was"). */
const VERDICT_REACH = 6;
const VERDICT_ADVERBS = wordClasses().verdictAdverbs;
const FINITE_BE = wordClasses().finiteBe;

/**
 * "X said the decision was extremely unjust and absolutely unacceptable": a verdict after
 * "was" or "is" on an event named right before it criticises that event's agent; the
 * sentence's first actor, who gives the verdict, is the source. The search starts at the
 * sentence's first verdict word, `firstVerdict` (sentence-scan.ts).
 */
export function verdictOnEvent(text: TextDoc, s: { index: number; tokenStart: number; tokenEnd: number }, firstVerdict: number, mentions: Mention[], inMention: TokenSet, events: EventNounLexicon, out: RelationCandidate[]): void {
  const t = text.tokens;
  for (let k = Math.max(firstVerdict, s.tokenStart + 2); k < s.tokenEnd; k++) {
    if (!VERDICTS.has(t[k].lower)) continue;
    let c = k - 1;
    while (c > s.tokenStart && VERDICT_ADVERBS.has(t[c].lower)) c--;
    // "The Argentine junta called the attack treacherous": the event between a verb of naming and the verdict
    const named = FINITE_BE.has(t[c].lower) ? -1 : namedEventStart(t, s.tokenStart, k, events);
    if (!FINITE_BE.has(t[c].lower) && named < 0) continue;
    if (named >= 0) c = k;
    // the event noun phrase right before the copula: "the decision", "the strikes", "Tuesday's raids"
    let d = named >= 0 ? named : c - 1;
    while (d > s.tokenStart && c - d <= 3 && !events.determiners.has(t[d].lower)) d--;
    const speaker = mentions.find((m) => m.actor && !m.locative && m.tokenEnd <= d);
    if (!speaker) continue;
    // "Hawke said France's conduct was deplorable", "the Saudi decision was unacceptable", "the presence of Saudi
    // troops was unacceptable": a state's own doing, named with its possessive, its nationality word or its forces
    const owner = mentions.find((m) => m.tokenEnd <= c && m.tokenEnd >= c - VERDICT_REACH && doingOwner(t, m, c, events));
    if (owner && owner.id !== speaker.id && owner.id !== speaker.titleOf && owner.tokenStart > speaker.tokenEnd) {
      out.push(relationCandidate(speaker.id, owner.id, 'criticism', 'asserted', round(0.6 * speaker.certainty), s.index));
      return;
    }
    const event = eventObjectAt({ tokens: t, inMention }, d, c, events);
    if (!event) continue;
    for (const agent of eventAgents(out, event.kinds, event.noun, speaker.id)) {
      if (agent !== speaker.id) out.push(relationCandidate(speaker.id, agent, 'criticism', 'asserted', round(0.6 * EVENT_ANAPHORA_FACTOR * speaker.certainty), s.index));
    }
    return;
  }
}

/** Relative pronouns, after a noun that describes an act reported earlier ("an extremely dangerous act that threatened"). */
const ACT_RELATIVES = wordClasses().relatives;
/** Words back from the relative pronoun to the act's own noun phrase ("called the launch an extremely dangerous act"). */
const ACT_REACH = 8;

/**
 * "Obuchi called the launch an extremely dangerous act that threatened Japan's security": a
 * threat whose subject is a relative pronoun after an act named earlier in the sentence is
 * the threat of that act's agent. Returns whether such an act was found.
 */
export function actThreatens(
  v: SentenceView, events: EventNounLexicon, at: { i: number; start: number }, targets: ActorGroup, modality: Modality, base: number, sentence: number, out: RelationCandidate[],
): boolean {
  if (!ACT_RELATIVES.has(v.tokens[at.i - 1]?.lower ?? '')) return false;
  for (let k = at.i - 2; k >= Math.max(at.start, at.i - 1 - ACT_REACH); k--) {
    const event = eventObjectAt(v, k, at.i - 1, events);
    if (!event) continue;
    const agents = eventAgents(out, event.kinds, event.noun, '');
    for (const agent of agents) {
      for (const b of targets.members) if (b.actor && b.id !== agent) out.push(relationCandidate(agent, b.id, 'threat', modality, round(base * EVENT_ANAPHORA_FACTOR * b.certainty), sentence));
    }
    return agents.length > 0;
  }
  return false;
}
