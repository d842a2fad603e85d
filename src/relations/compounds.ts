/**
 * Cues inside hyphenated compounds: "Russian-backed separatists" (support from the modifier to
 * the head of the noun phrase), "al-Qaeda-linked al-Shabab" (the head belongs to the modifier),
 * "a Norwegian-brokered truce" (the broker talked with both sides).
 */
import type { Mention } from '../entities/types.js';
import type { SentenceView } from './arguments.js';
import { groupAfter, prepObject } from './objects.js';
import { firstSubject } from './subjects.js';
import { relationCandidate, round, type RelationCandidate } from './candidate.js';
import type { CueSurface } from './cues.js';

/** "Russian-backed separatists": support from the modifier to the noun phrase's head actor. */
export function compoundRelation(v: SentenceView, mentions: Mention[], surfaces: CueSurface[], i: number, te: number, sentence: number, out: RelationCandidate[]): void {
  const verb = surfaces.find((x) => x.cue.pos === 'verb' && (x.form === 'past' || x.form === 'participle'));
  // the modifier of a compound is no actor of its own sentence ("Iran-backed"), so look among all mentions
  const modifier = mentions.filter((m) => m.tokenEnd === i - 1);
  const head = groupAfter(v, te, v.end, 2, true);
  // "signed a Norwegian-brokered truce", "the Qatar-brokered deal between Israel and Hamas": the broker talked with both sides
  const mediator = surfaces.find((x) => x.cue.mediator && (x.form === 'past' || x.form === 'participle'));
  if (mediator && modifier.length && !head) {
    const parties = prepObject(v, te, v.end, ['between'], 4, false)?.group ?? firstSubject(v, i);
    if (parties && parties.members.length > 1) for (const a of modifier) for (const b of parties.members) {
      if (a.id !== b.id && b.actor) out.push(relationCandidate(a.id, b.id, mediator.cue.type, 'asserted', round(mediator.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence));
    }
    return;
  }
  if (!verb || !modifier.length || !head) return;
  // "the Somalia-based group": the head is based in the modifier, which deploys nothing
  if (verb.cue.type === 'deployment') return;
  // "al-Qaeda-linked al-Shabab": the head belongs to the modifier
  const belongs = verb.cue.type === 'affiliation';
  for (const a of modifier) for (const b of head.members) {
    if (belongs && a.id !== b.id) { out.push(relationCandidate(b.id, a.id, 'affiliation', 'asserted', round(verb.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence)); continue; }
    if (a.id !== b.id) out.push(relationCandidate(a.id, b.id, verb.cue.type, 'asserted', round(verb.cue.strength * 0.9 * Math.min(a.certainty, b.certainty)), sentence));
  }
}
