/**
 * The arguments of a noun cue: its prepositional phrases ("aid to Ukraine from Germany"),
 * a passive agent after it, its owner ("Iran's backing of the Houthis", "U.S. sanctions"),
 * relational nouns, memberships, relative clauses, and the clause's subject.
 */
import { isDirected } from '../relation-types.js';
import { TokenKind } from '../text/tokenize.js';
import type { CueSurface } from './cues.js';
import { groupOf, type ActorGroup, type SentenceView } from './arguments.js';
import type { Args } from './cue-arguments.js';
import { groupAfter, prepObject } from './objects.js';
import { isStateId } from './clues.js';
import { nationalityBefore, possessorBefore } from './possessors.js';
import { regardedAsThreat, relationalNounArgs } from './relational-nouns.js';
import { prepositionalAntecedent, relativeSubject } from './relatives.js';
import { clauseJoinedBetween, firstSubject, subjectAfterOpening, subjectBefore } from './subjects.js';
import { passiveAfter } from './verb-forms.js';
import { mediated, reactedTo } from './reactions.js';
import { wordClasses } from '../text/word-classes.js';

const HOLDING_NOUNS = wordClasses().holdingNouns;
const HOSTILE_ACTS = new Set(['attack', 'sanction', 'threat', 'deployment']);
const OCCASION_PREPS = wordClasses().occasionPreps;
const PARTITIVES = wordClasses().partitives;
const SAYING_VERBS = wordClasses().sayingVerbs;
const WITHIN_PREPS = wordClasses().withinPreps;

/**
 * The arguments of a cue read as a noun ("sanctions on Iran", "Iran's backing of the Houthis"),
 * once findArguments has made the checks every cue makes: its phrases start at `argStart`.
 */
export function nounArguments(v: SentenceView, s: CueSurface, ts: number, te: number, l: number, r: number, argStart: number): Args | null {
  const { cue } = s;
  let toPrep = prepObject(v, argStart, r, cue.targetPreps, 14, false);
  // "its allies shot down most of Iran's drones": the "of" of a share belongs to it, not to a relational noun before it
  if (cue.relational && toPrep && toPrep.prepAt > argStart && PARTITIVES.has(v.tokens[toPrep.prepAt - 1].lower)) toPrep = undefined;
  // "described Beijing as India's potential threat number one"
  if (cue.type === 'threat' && !toPrep) {
    const regarded = regardedAsThreat(v, ts, l);
    if (regarded) return regarded;
  }
  // "in support of Ukraine": a phrase that ends in its own preposition takes the name right after it
  if (!toPrep && cue.targetPreps.includes(v.tokens[te - 1]?.lower ?? '')) {
    const after = groupAfter(v, te, r, 3, true);
    if (after) toPrep = { group: after, prepAt: te - 1 };
  }
  // the source phrase may follow the target phrase ("aid to Ukraine from Germany") or a passive ("were imposed by the EU")
  let fromPrep = prepObject(v, argStart, r, cue.sourcePreps, 14, false)
    ?? (toPrep ? prepObject(v, toPrep.group.tokenEnd, r, cue.sourcePreps, 4, false) : undefined)
    ?? passiveAgent(v, argStart, r);
  // ... and the target phrase may follow the source phrase ("a threat by the United Kingdom against Venezuela's peace")
  // ("weapons from Bundeswehr stocks to Ukraine": a name modifying a store is not who gives)
  const store = fromPrep !== undefined && HOLDING_NOUNS.has(v.tokens[fromPrep.group.tokenEnd]?.lower ?? '');
  if (!toPrep && fromPrep) toPrep = prepObject(v, fromPrep.group.tokenEnd + (store ? 1 : 0), r, cue.targetPreps, 4, false);
  if (store) fromPrep = undefined;
  if (toPrep && WITHIN_PREPS.has(v.tokens[toPrep.prepAt].lower)) return { sources: undefined, targets: undefined, pairsWithin: toPrep.group };
  if (cue.sourceAdjacent) {
    // ", a member of NATO", "is a member of the EU", "Croatia's membership of the EU", "becomes NATO's 31st member"
    const possessor = possessorBefore(v, ts, l);
    // only a possessive owns a membership ("NATO's member"); "Chinese leaders" is no membership of China
    // (and so does a body's name right before the noun: "Turkey, a NATO member,", "Turkey is a NATO member")
    const bodyName = possessor !== undefined && possessor.tokenEnd === ts && possessor.members.every((m) => m.kind === 'name' && !isStateId(m.id));
    const owner = possessor && (/^['’]s$/.test(v.tokens[possessor.tokenEnd]?.text ?? '') || bodyName) ? possessor : undefined;
    const head = adjacentSource(v, owner ? owner.tokenStart : ts, l);
    if (head && head !== owner && (toPrep || owner)) return { sources: head, targets: toPrep?.group ?? owner! };
    return owner && toPrep ? { sources: owner, targets: toPrep.group } : null;
  }
  if (cue.relational) {
    const pair = relationalNounArgs(v, ts, te, l, r);
    // "Japan, Sri Lanka's largest aid donor", "its largest funder": the noun's owner (or its "of"/"to" object) receives
    if (pair && cue.subjectIs === 'target') {
      const recipient = possessorBefore(v, ts, l) ?? prepObject(v, te, r, ['of', 'to', 'for'], 4, false)?.group;
      return recipient === pair.sources ? { sources: pair.targets, targets: pair.sources } : pair;
    }
    if (pair) return pair;
  }
  // "China and Russia, with which Hanoi already has strategic partnerships": the noun's partner is the relative's antecedent
  const prepRelative = toPrep ? undefined : prepositionalAntecedent(v, l, cue.targetPreps);
  if (prepRelative) {
    const subj = subjectBefore(v, l, ts);
    return subj && subj !== prepRelative ? { sources: subj, targets: prepRelative } : null;
  }
  if (cue.needsTarget && !toPrep) {
    // "The United States and South Korea are treaty allies": a copula joins the pair
    // ("Seoul and Washington began their annual exercises": and so does "their" before the noun)
    const subj = subjectBefore(v, l, ts);
    // (but "France and Germany rallied behind their ally": their ally is a third party)
    const their = !cue.relational && (v.tokens[subj?.tokenStart ?? -1]?.lower === 'their' || (subj !== undefined && v.tokens.slice(subj.tokenEnd, ts).some((t) => t.lower === 'their')));
    const joined = subj && (their || v.tokens.slice(subj.tokenEnd, ts).some((t) => v.lex.be.has(t.lower)));
    return subj && joined && subj.members.length > 1 ? { sources: subj, targets: undefined, pairsWithin: subj } : null;
  }
  const owner = possessorBefore(v, ts, l) ?? nationalityBefore(v, ts, l);
  // "Russia's invasion of Ukraine drew condemnation from Japan": with an owner, a source phrase past the noun's own target phrase belongs to another noun
  if (owner && fromPrep && toPrep && fromPrep.prepAt > toPrep.group.tokenEnd + 1) fromPrep = undefined;
  // "He has been under U.N. sanctions since 2022": who is under the owner's measure is its target
  if (owner && !toPrep && isDirected(cue.type) && v.tokens[owner.tokenStart - 1]?.lower === 'under') {
    const under = subjectBefore(v, l, owner.tokenStart - 1);
    if (under && under !== owner) return { sources: owner, targets: under };
  }
  // "Iran's backing of the Houthis": after a possessor, the "of" phrase is the target
  if (owner && fromPrep && v.tokens[fromPrep.prepAt].lower === 'of' && isDirected(cue.type)) return { sources: owner, targets: fromPrep.group };
  let subject = subjectBefore(v, l, ts);
  // "Russia, which has a mutual defence treaty with Armenia": a relative clause's subject is the name before it
  if (!subject) subject = relativeSubject(v, l);
  // "Americans were wounded in the assault": the patient of a passive is no source
  if (subject && passiveAfter(v, subject.tokenEnd, ts)) subject = undefined;
  // "imposed duties over aid to Airbus": a noun that is the topic of the clause is no act of its subject
  if (subject && TOPIC_PREPS.has(v.tokens[ts - 1]?.lower ?? '')) subject = undefined;
  // "Iran attacked a military base in Iraq": only who holds a base is deployed at it
  if (subject && cue.ownerSource && !heldBy(v, ts)) subject = undefined;
  if (fromPrep && fromPrep.group !== toPrep?.group) {
    // ("pounded bases of Ansar Dine": whose bases they are says nothing of where, so no one else is the place)
    if (cue.ownerSource && !toPrep) return null;
    return { sources: fromPrep.group, targets: toPrep?.group ?? owner ?? subject };
  }
  // "Bakiyev announced the decision in Moscow after talks with Medvedev": a noun after a temporal preposition belongs to the sentence's subject
  // (talks and visits only: "Israel strikes Houthi-held port after missile attack on Tel Aviv" names an attack by others;
  // but fighting "with" someone is the subject's own: "took the town after three days of fighting with Somali forces")
  const withSubject = cue.type === 'negotiation' || (cue.mutual && toPrep !== undefined && v.tokens[toPrep.prepAt].lower === 'with');
  if (!owner && !subject && withSubject && l > v.start && ts - l <= 3 && OCCASION_PREPS.has(v.tokens[l - 1].lower)) subject = firstSubject(v, l - 1);
  // "After talks with Pastrana at a naval base, Clinton insisted ...": a phrase opening the sentence belongs to the subject after its comma
  if (!owner && !subject && toPrep && v.tokens.slice(Math.max(v.start, ts - 4), ts).some((t) => OCCASION_PREPS.has(t.lower))) {
    const main = subjectAfterOpening(v, toPrep.group.tokenEnd, 3);
    if (main && main !== toPrep.group) return { sources: main, targets: toPrep.group };
  }
  // "Japan said ... and lodged a diplomatic protest with Beijing", "Esper and Stoltenberg met Ghani in Kabul and issued a
  // joint declaration": the coordinated verb's subject is the sentence's, not the object of the verb before "and"
  if (!owner) {
    for (let k = ts - 1; k >= Math.max(v.start, ts - 5) && k >= (subject?.tokenEnd ?? v.start); k--) {
      if (v.tokens[k].lower === 'and' && /ed$/.test(v.tokens[k + 1]?.text ?? '')) { subject = firstSubject(v, k) ?? subject; break; }
    }
  }
  // "..., in a show of support for Lukashenko": an adverbial noun belongs to the sentence's subject
  if (!owner && ts - 4 >= v.start && v.tokens[ts - 1].lower === 'of' && GESTURES.has(v.tokens[ts - 2].lower) && /^(in|as)$/.test(v.tokens[ts - 4].lower)) subject = firstSubject(v, ts) ?? subject;
  // "..., opening a joint operation with the Congolese army": the object of a participle after a comma is the sentence subject's act
  if (!owner) {
    const participle = participleObjectStart(v, ts);
    if (participle >= 0) {
      // (in reported speech, the reported clause's: "Esper said 1,000 troops were being pulled out, leaving a small garrison")
      let said = participle - 1;
      while (said > v.start && !SAYING_VERBS.has(v.tokens[said].lower)) said--;
      subject = (said > v.start ? firstSubject(v, participle, said + 1) : undefined) ?? firstSubject(v, participle) ?? subject;
    }
  }
  // "France condemned the attacks on Gaza": an act reacted to is not the reacting subject's own
  if (!owner && subject && HOSTILE_ACTS.has(cue.type) && reactedTo(v, ts)) subject = undefined;
  const sources = owner ?? subject;
  if (!toPrep && !isDirected(cue.type) && owner) return { sources: owner, targets: undefined, pairsWithin: owner };
  // "on the sidelines of the climate summit", "at the talks": a meeting named as a setting joins no one
  if (!toPrep && !isDirected(cue.type) && !owner && v.tokens.slice(Math.max(l, ts - 4), ts).some((t) => SETTINGS.has(t.lower))) return null;
  // "Egypt and Qatar, which mediated the truce": mediators are no parties to what they mediate
  if (!toPrep && !isDirected(cue.type) && !owner && mediated(v, ts)) return null;
  if (!toPrep && !isDirected(cue.type)) {
    // "X is trying to assure Y of its commitment to extended deterrence": the clause's first actor and the nearest one
    // the clause's first actor, a possessor excepted ("Kishida's predecessor Shinzo Abe ...")
    const first = v.groups.find((g) => g.tokenStart >= l && g.tokenEnd <= ts && !/^['’]s$/.test(v.tokens[g.tokenEnd]?.text ?? ''));
    // ("Mali, Burkina Faso and Niger signed a mutual defence pact": two parts of one list are one set of parties)
    if (first && sources && first !== sources && sources.tokenStart > first.tokenEnd && v.tokens.slice(first.tokenEnd, sources.tokenStart).every((t) => t.text === ',' || t.lower === 'and')) {
      const all = groupOf([...first.members, ...sources.members]);
      return { sources: all, targets: undefined, pairsWithin: all };
    }
    // (not across ", and" opening a clause of its own: "X froze assets, and the EC on Saturday banned oil imports")
    if (first && sources && first !== sources && ts - sources.tokenEnd <= 6 && !clauseJoinedBetween(v, first.tokenEnd, sources.tokenStart)) return { sources: first, targets: sources };
    // ("China, Brazil and Pakistan abstained, and several envoys said ...": a noun after ", and" heads a clause of its own)
    if (sources && !owner && clauseJoinedBetween(v, sources.tokenEnd, ts)) return null;
    return { sources, targets: undefined, pairsWithin: sources };
  }
  return { sources, targets: toPrep?.group };
}

const HOLDING_VERBS = wordClasses().holdingVerbs;

/** A verb of holding before the noun at ts in its phrase ("keeps its own air base", "has a treaty with Armenia and a military base"). */
function heldBy(v: SentenceView, ts: number): boolean {
  for (let k = ts - 1; k >= v.start && k >= ts - 12; k--) {
    const w = v.tokens[k].lower;
    if (HOLDING_VERBS.has(w)) return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** Words that make a noun a setting rather than an event between the clause's actors. */
const SETTINGS = wordClasses().settingWords;

/** "in a show of", "as a sign of": nouns that make what follows a gesture of the sentence's subject. */
const GESTURES = wordClasses().gestures;

/** Prepositions that make the noun after them a topic ("a dispute over aid", "talks about sanctions"). */
const TOPIC_PREPS = wordClasses().topicPreps;

const APPOSITION_FILLERS = wordClasses().appositionFillers;

function adjacentSource(v: SentenceView, ts: number, l: number): ActorGroup | undefined {
  for (const g of v.groups) {
    if (g.tokenEnd > ts || g.tokenStart < l || ts - g.tokenEnd > 4) continue;
    let ok = true;
    for (let k = g.tokenEnd; k < ts; k++) if (!APPOSITION_FILLERS.has(v.tokens[k].lower)) ok = false;
    if (ok) return g;
  }
  return undefined;
}

/** "Sanctions on Iran were imposed by the European Union": the agent of the passive verb after a noun cue. */
function passiveAgent(v: SentenceView, from: number, r: number): { group: ActorGroup; prepAt: number } | undefined {
  for (let k = from; k < Math.min(r, from + 8); k++) {
    if (v.lex.be.has(v.tokens[k].lower) && /ed$/.test(v.tokens[k + 1]?.text ?? '') && v.tokens[k + 2]?.lower === 'by') {
      const group = v.groups.find((g) => g.tokenStart >= k + 3 && g.tokenStart <= k + 5);
      return group ? { group, prepAt: k + 2 } : undefined;
    }
  }
  return undefined;
}

/** The participle after a comma whose object the noun at ts heads (", opening a joint operation"), or -1. */
function participleObjectStart(v: SentenceView, ts: number): number {
  let k = ts - 1;
  // up to two lower-case modifiers and an article
  for (let n = 0; n < 3 && k > v.start && v.tokens[k].kind === TokenKind.Word && !v.tokens[k].upper && !v.tokens[k].lower.endsWith('ing'); n++) k--;
  const verb = v.tokens[k];
  return k > v.start && k < ts && v.tokens[k - 1].text === ',' && verb.kind === TokenKind.Word && !verb.upper && verb.lower.endsWith('ing') ? k : -1;
}
