/**
 * The arguments of a verb cue: its subject (coordinated, relative, appositive, or the
 * sentence's), direct and prepositional objects, passives and their agents, reduced relatives
 * and participles, infinitive clauses, co-agents, and a target named near the verb.
 */
import { isDirected } from '../relation-types.js';
import { TokenKind } from '../text/tokenize.js';
import { inRelativeAside } from '../text/asides.js';
import { actsTarget } from './reactions.js';
import type { CueSurface } from './cues.js';
import { clauseWindow, groupOf, type ActorGroup, type SentenceView } from './arguments.js';
import type { Args } from './cue-arguments.js';
import { groupAfter, prepObject } from './objects.js';
import { coAgents, gappedSubject } from './co-agents.js';
import { missionOwner } from './unnamed-targets.js';
import { antecedent, PERSONAL_PRONOUNS, relativeSubject } from './relatives.js';
import { appositiveSubject, clauseJoinedBetween, clauseStartBefore, coordinatedSubject, coordinatedVerb, firstSubject, nearestClauseSubject, subjectAfterOpening, subjectBefore } from './subjects.js';
import { coordinatedPassiveBe, isInfinitive, isPassive, isReducedRelative, isVerbAfterName, participleAfterComma, pastCoordinatedParticiples } from './verb-forms.js';
import { wordClasses } from '../text/word-classes.js';

// words before an -ing verb that do not make it a noun modifier ("is attacking", "after meeting", "began arriving")
const NON_NOUNS = wordClasses().ingVerbOpeners;

const NUMBER_WORDS = wordClasses().numberWords;
const PLAIN_ARTICLES = wordClasses().plainArticles;
const QUANTIFIERS = wordClasses().quantifiers;

/** A number or a quantity word ("six", "1,000", "dozens"): what a participle after it describes is a noun. */
function isQuantity(word: string): boolean {
  // (the digit test first: most words are none)
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57 && /^\d[\d,]*$/.test(word)) || NUMBER_WORDS.has(word) || QUANTIFIERS.has(word);
}

const PREPOSITIONS = wordClasses().prepositions;
const PLACE_PARTICIPLES = wordClasses().placeParticiples;

/** The words before a participle at ts that make it an adjective when a name follows it (see verbArguments). */
function adjectiveBefore(v: SentenceView, ts: number): boolean {
  const prev = v.tokens[ts - 1].lower;
  // ("to shore up": "to" before a verb is no preposition)
  if (isQuantity(prev) || PLAIN_ARTICLES.has(prev) || (PREPOSITIONS.has(prev) && prev !== 'to')) return true;
  // "an embargo on Iraq and occupied Kuwait": a participle of places joined to a name that a preposition governs
  // (not "shut his embassy in Bogota and warned Colombia")
  if ((prev !== 'and' && prev !== 'or') || !PLACE_PARTICIPLES.has(v.tokens[ts].lower)) return false;
  const g = v.groups.find((x) => x.tokenEnd === ts - 1);
  return g !== undefined && g.tokenStart > v.start && PREPOSITIONS.has(v.tokens[g.tokenStart - 1].lower);
}

const CLAUSE_OBJECT_RELATIVES = wordClasses().clauseObjectRelatives;

/** A relative pronoun before the verb at ts, or before its subject right before it ("which it accused of"). */
function relativeBefore(v: SentenceView, ts: number): boolean {
  // ("Iran, which Bahraini officials have accused of ...": auxiliaries and adverbs may stand between the subject and the verb)
  let k = ts;
  while (k - 1 > v.start && VERB_ADVERBS_BEFORE.has(v.tokens[k - 1].lower)) k--;
  // (and the subject's own noun after its nationality word: "Bahraini officials")
  const nounAt = k - 1 > v.start && v.tokens[k - 1].kind === TokenKind.Word && !v.tokens[k - 1].upper ? k - 1 : k;
  return CLAUSE_OBJECT_RELATIVES.has(v.tokens[k - 2]?.lower ?? '')
    || v.groups.some((g) => (g.tokenEnd === k || g.tokenEnd === nounAt) && CLAUSE_OBJECT_RELATIVES.has(v.tokens[g.tokenStart - 1]?.lower ?? ''));
}

const VERB_ADVERBS_BEFORE = wordClasses().verbAdverbs;

const THREAT_PREPS = wordClasses().threatPreps;
const ING_PREPS = wordClasses().ingPreps;
const SAYING_PARTICIPLES = wordClasses().sayingParticiples;
const MOTION_PREPS = wordClasses().motionPreps;
const PRESENCE_PREPS = wordClasses().presencePreps;
const OWN_OBJECT_OPENERS = wordClasses().ownObjectOpeners;
const NON_PLURALS_IN_S = wordClasses().nonPluralsInS;
const OBJECT_RELATIVES = wordClasses().objectRelatives;

/**
 * The arguments of a cue read as a verb, once findArguments has made the checks every cue
 * makes: its objects start at `argStart` (after a phrase the cue requires), and `separate`
 * says the subject's members each act with someone else ("sign separate deals"). Forms
 * that rule the cue out come first, then passives and participles (passiveArguments), then
 * the active verb: its subject (activeSubject), its object, and the targets it may name
 * further on (infinitiveTarget, fallbackTarget).
 */
export function verbArguments(v: SentenceView, s: CueSurface, ts: number, te: number, l: number, r: number, argStart: number, separate: boolean): Args | null {
  const { cue } = s;
  // "companies in the UAE accused of helping Moscow": "accused" right before "of" has no object, so it is passive
  // and the name before it is the one accused; only a "by" agent accuses
  // (not after a relative and its own subject: "the vessels, which it accused of ...")
  if ((s.form === 'past' || s.form === 'participle') && v.tokens[te]?.lower === 'of' && v.lex.accusationVerbs.has(v.tokens[ts].lower) && !relativeBefore(v, ts)) {
    const accuser = prepObject(v, te, r, ['by'])?.group;
    const accused = isReducedRelative(v, ts) ?? subjectBefore(v, l, ts);
    return accuser && accused && accuser !== accused ? { sources: accuser, targets: accused } : null;
  }
  // "released six detained Americans", "in the occupied Gaza Strip", "on Iraq and occupied Kuwait": a participle
  // between a quantity, an article or a preposition and its noun is an adjective
  if ((s.form === 'past' || s.form === 'participle') && ts > v.start && adjectiveBefore(v, ts) && v.groups.some((g) => g.tokenStart === te)) return null;
  // "an executive order targeting seven officials": a participle after a common noun modifies that noun
  const prevTok = v.tokens[ts - 1];
  if (s.form === 'ing' && prevTok && prevTok.kind === 0 && !prevTok.upper && !v.inMention.has(ts - 1) && !NON_NOUNS.has(prevTok.lower) && !/(ed|ing)$/.test(prevTok.text)) return null;
  const participle = passiveArguments(v, s, ts, l, r, argStart);
  if (participle !== undefined) return participle;
  let subject = activeSubject(v, s, ts, l);
  // "threatened to cut off electricity to Nakhichevan": the target of the threatened act
  if (cue.infinitiveTarget) {
    const target = infinitiveTarget(v, subject, r, argStart);
    if (target) return { sources: subject, targets: target };
  }
  // "saying Japan would bear responsibility": a consequence promised by the speaker to the clause's subject
  if (cue.speakerSource) {
    // ("found that China violated the rights ... by interfering with Philippine fishing": a participle has no subject of its own)
    // ("Beijing was undermining stability": a progressive has its subject)
    if (s.form === 'ing' && !v.lex.be.has(v.tokens[ts - 1]?.lower ?? '')) return null;
    const target = subjectBefore(v, l, ts);
    const speaker = firstSubject(v, l) ?? v.groups.filter((g) => g.tokenEnd <= l).pop();
    return target && speaker && target !== speaker ? { sources: speaker, targets: target } : null;
  }
  if (cue.subjectIs === 'target') {
    // "Kampala fell to Tanzanian troops, and the presidency fell to Kenya": a clause after ", and" has its own subject
    if (subject && clauseJoinedBetween(v, subject.tokenEnd, ts)) return null;
    // ("NATO admitted Montenegro": the direct object is the source)
    const sources = cue.objectVia === 'direct' && cue.type !== 'deployment' ? groupAfter(v, argStart, r, 4, true) : prepObject(v, argStart, r, cue.sourcePreps)?.group;
    return { sources, targets: subject };
  }
  let targets: ActorGroup | undefined;
  // "the Philippine vessels, which it accused of ...": a relative pronoun before the clause's own subject is the verb's object
  // ("..., which the U.N. Security Council authorised": the subject may open with an article)
  const subjectOpens = subject !== undefined && (subject.tokenStart === l || (subject.tokenStart === l + 1 && PLAIN_ARTICLES.has(v.tokens[l].lower)));
  if ((cue.objectVia === 'direct' || cue.objectVia === 'either') && subjectOpens && OBJECT_RELATIVES.has(v.tokens[l - 1]?.lower ?? '')) targets = antecedent(v, l);
  // ("funded and armed the rebels": verbs coordinated before one object share it)
  if (!targets && (cue.objectVia === 'direct' || cue.objectVia === 'either')) targets = withHoldersAfter(v, groupAfter(v, s.form === 'past' ? pastCoordinatedParticiples(v, argStart, r) : argStart, r, 4, true), r);
  // "has joined the bloc's sanctions": joining what a body owns is no joining of the body
  if (targets && cue.type === 'affiliation' && /^['’]s$/.test(v.tokens[targets.tokenEnd]?.text ?? '')) targets = undefined;
  // "recaptured Jijiga from Somali forces": a place taken from someone; who held it is the one attacked
  if (targets && cue.type === 'attack' && cue.targetPreps.includes('from') && targets.members.every((m) => !m.actor)) {
    const holder = prepObject(v, targets.tokenEnd, r, ['from'])?.group;
    if (holder) targets = holder;
  }
  // the object's own "of" phrase may name the party: "pays the allowances of AMISOM soldiers"
  if (!targets && cue.type === 'funding' && (cue.objectVia === 'direct' || cue.objectVia === 'either')) targets = groupAfter(v, argStart, r, 4, false);
  if (!targets && (cue.objectVia === 'prep' || cue.objectVia === 'either')) targets = prepObject(v, argStart, r, cue.targetPreps)?.group;
  // "sent forces to fight in Iraq": an infinitive of purpose says nothing of fighting each other
  const infinitive = ts > v.start && v.tokens[ts - 1].lower === 'to';
  // "Iraq and Oman hosted talks between Saudi and Iranian officials": the hosts stage the talks of others
  // (in the verb's own phrase: not "agreed to cut output, ending a price war between Saudi Arabia and Russia")
  let othersTalk = false;
  for (let k = te; k < r && v.tokens[k].text !== ','; k++) if (v.tokens[k].lower === 'between') { othersTalk = true; break; }
  // (co-mediators do not talk with each other by mediating: "Turkey and the UN brokered the arrangement")
  if (cue.objectVia === 'none' || (!targets && (!isDirected(cue.type) || (cue.mutual && !infinitive)))) return { sources: subject, targets, pairsWithin: separate || othersTalk || cue.mediator ? undefined : subject };
  // "imposed asset freezes on officials together with the United States, Britain and Canada": co-agents
  const co = coAgents(v, argStart, r) ?? (cue.type === 'funding' ? gappedSubject(v, argStart, r) : undefined);
  if (co && subject) subject = { members: [...subject.members, ...co.members], tokenStart: subject.tokenStart, tokenEnd: subject.tokenEnd };
  // "expelled two diplomats from the Estonian embassy": the state whose mission it is
  if (!targets && cue.type === 'sanction' && cue.objectVia === 'direct') targets = missionOwner(v, argStart, r);
  if (!targets && cue.targetFallback) targets = fallbackTarget(v, s, subject, ts, te, l, argStart);
  return { sources: subject, targets };
}

/**
 * The arguments of a passive, a reduced relative or a participle ("drafted by Britain and
 * France", "the Free Syrian Army, armed and trained by Turkey", "where U.S. troops are
 * based"), or null when such a form says nothing of ours; undefined when the cue is read as
 * an active verb.
 */
function passiveArguments(v: SentenceView, s: CueSurface, ts: number, l: number, r: number, argStart: number): Args | null | undefined {
  const { cue } = s;
  const passive = (s.form === 'participle' || s.form === 'past') && isPassive(v, ts);
  const reduced = !passive && (s.form === 'participle' || s.form === 'past') ? isReducedRelative(v, ts) : undefined;
  if (cue.passiveOnly && !passive && !reduced) return null;
  // "drafted by Britain and France", "brokered by the United States and France": the agents acted together
  if (cue.objectVia === 'none' && (passive || ((s.form === 'participle' || s.form === 'past') && v.tokens[ts - 1]?.text === ','))) {
    const agents = prepObject(v, argStart, r, ['by'])?.group;
    return agents && agents.members.length > 1 ? { sources: undefined, targets: undefined, pairsWithin: agents } : null;
  }
  // "the Free Syrian Army, armed and trained by Turkey": a participle with an agent after the name it describes
  if (reduced && cue.type !== 'deployment' && v.tokens[ts - 1]?.text === ',') {
    // the agent may follow coordinated participles: "armed and trained by Turkey"
    let by = argStart;
    while (by < Math.min(r, argStart + 5) && v.tokens[by].lower !== 'by' && v.tokens[by].kind === 0 && !v.tokens[by].upper) by++;
    const agent = v.tokens[by]?.lower === 'by' ? groupAfter(v, by + 1, r, 2, true) : undefined;
    if (agent && agent !== reduced) return { sources: agent, targets: reduced };
  }
  if (cue.type === 'deployment' && (passive || reduced)) {
    // "the town of Manbij, where U.S. troops are based": the place the relative "where" stands for
    // (not "the largest U.S. facility in the Middle East, where ...": there "where" is the facility)
    const wherePlace = l > v.start && v.tokens[l - 1].lower === 'where' ? v.groups.find((g) => g.tokenEnd === (v.tokens[l - 2]?.text === ',' ? l - 2 : l - 1)) : undefined;
    // ("crossed into Ukraine from Belarus, where they had been stationed": a place left or entered is the place itself)
    const placeLeft = wherePlace && MOTION_PREPS.has(v.tokens[wherePlace.tokenStart - 1]?.lower ?? '');
    // (a place named for itself, not inside a place phrase: "paid Panama for the Canal Zone, where ...")
    const before = v.tokens[wherePlace ? wherePlace.tokenStart - (v.tokens[wherePlace.tokenStart - 1]?.lower === 'the' ? 2 : 1) : -1];
    const inPlacePhrase = wherePlace !== undefined && PRESENCE_PREPS.has(before?.lower ?? '');
    let where = wherePlace && (placeLeft || !inPlacePhrase || !wherePlace.members.some((m) => m.locative)) ? wherePlace : undefined;
    // ("Al Udeid air base, the largest U.S. facility in the Middle East, where ...": the place the apposition describes)
    if (wherePlace && !where) {
      let comma = wherePlace.tokenStart - 1;
      while (comma > v.start && comma > wherePlace.tokenStart - 12 && v.tokens[comma].text !== ',') comma--;
      const head = v.tokens[comma]?.text === ',' ? v.groups.find((g) => g.tokenEnd === comma) : undefined;
      if (head && head !== wherePlace && head.members.every((m) => !m.locative)) where = head;
    }
    // "where they had been stationed": the pronoun is the sentence's subject
    const pronoun = where && PERSONAL_PRONOUNS.has(v.tokens[l]?.lower ?? '') ? firstSubject(v, l) : undefined;
    // ("Saudi troops entered Bahrain": a past form with its object right after it is the finite verb after all)
    const object = !passive && cue.objectVia !== 'prep' ? groupAfter(v, argStart, r, 2, true) : undefined;
    return { sources: reduced ?? subjectBefore(v, l, ts) ?? pronoun, targets: prepObject(v, argStart, r, cue.targetPreps)?.group ?? object ?? where };
  }
  // "supplies to troops stationed on a warship": a bare participle modifies a noun that is no actor of ours
  if (cue.type === 'deployment' && s.form === 'participle' && ts > v.start && !/^(has|have|had)$/i.test(v.tokens[ts - 1].text)) return null;
  // (a past form too, right after a plural noun that names no one: "troops stationed on a grounded warship")
  if (cue.type === 'deployment' && s.form === 'past' && ts > v.start && !v.inMention.has(ts - 1) && v.tokens[ts - 1].kind === TokenKind.Word
    && !v.tokens[ts - 1].upper && /s$/.test(v.tokens[ts - 1].lower) && !NON_PLURALS_IN_S.has(v.tokens[ts - 1].lower)
    // (whose nouns they are says who they are: "Addis Ababa's forces drove into Somalia")
    && !/^['’]s$/.test(v.tokens[ts - 2]?.text ?? '') && !v.groups.some((g) => g.tokenEnd === ts - 1 || g.tokenEnd === ts - 2)) return null;
  // "Armenia is allied with Russia": an adjectival participle with a partner and no agent
  // ("The Moroccans were flown to Ceuta": a visit in the passive is a transfer, no visit)
  if (passive && cue.placeTarget && cue.type === 'negotiation') return null;
  if (passive && !isDirected(cue.type) && !prepObject(v, argStart, r, ['by'])) {
    const partner = prepObject(v, argStart, r, cue.targetPreps.length ? cue.targetPreps : ['with'])?.group;
    const subj = subjectBefore(v, l, ts);
    if (partner && subj) return { sources: subj, targets: partner };
    if (subj && subj.members.length > 1) return { sources: subj, targets: undefined, pairsWithin: subj };
  }
  // "Montenegro was admitted to NATO": a cue read only in the passive, its target in a phrase, has its subject for source
  if (passive && cue.passiveOnly && cue.objectVia === 'prep') {
    const target = prepObject(v, argStart, r, cue.targetPreps)?.group;
    return target ? { sources: subjectBefore(v, l, ts), targets: target } : null;
  }
  if (passive) {
    // the patient may sit in a prepositional phrase: "a camp for Congolese refugees was attacked by ..."
    // ("al-Burhan, who has been accused by Washington of ...": the relative's antecedent)
    // ("The rebels were backed by Rwanda and armed by Uganda": a coordinated passive's patient is the first one's)
    const be = coordinatedPassiveBe(v, ts);
    const firstL = be >= 0 ? clauseWindow(v, be)[0] : l;
    const patient = be >= 0 ? subjectBefore(v, firstL, be) ?? relativeSubject(v, firstL, be) : subjectBefore(v, l, ts)
      ?? v.groups.filter((g) => g.tokenEnd <= ts && g.tokenStart >= l && g.members.some((m) => m.actor && !m.locative)).pop()
      ?? relativeSubject(v, l, ts)
      // ("The town had been captured from the Iraqi army by Iranian troops": what is taken, taken from someone)
      ?? (cue.type === 'attack' ? prepObject(v, argStart, r, ['from'], 6)?.group : undefined);
    // "The Tigers are banned as a terrorist organisation in India and Britain": a ban with no agent is the law of the states it holds in
    // ("was armed and financed by Washington": the agent after coordinated participles)
    const agent = prepObject(v, pastCoordinatedParticiples(v, argStart, r), r, ['by'])?.group
      ?? (cue.type === 'sanction' && cue.objectVia === 'direct' ? statesBanning(v, argStart, r) : undefined);
    return { sources: agent, targets: patient };
  }
  return undefined;
}

/** The subject of a cue read as an active verb: the name before it, or the one a participle, a relative or a coordinated verb takes. */
const OBJECT_CONTROL = wordClasses().objectControlVerbs;

function activeSubject(v: SentenceView, s: CueSurface, ts: number, l: number): ActorGroup | undefined {
  let subject = subjectBefore(v, l, ts);
  // "Saudi troops entered Bahrain to help the government": an infinitive of purpose after a verb's object is the
  // verb's subject's act (but "urged Iran to stop": the object of a verb of urging acts)
  if (subject && v.tokens[ts - 1]?.lower === 'to' && subject.tokenEnd === ts - 1) {
    const verb = v.tokens[subject.tokenStart - 1];
    if (verb && verb.kind === TokenKind.Word && !verb.upper && /ed$/.test(verb.lower) && !OBJECT_CONTROL.has(verb.lower) && !v.inMention.has(subject.tokenStart - 1)) {
      subject = subjectBefore(v, l, subject.tokenStart - 1) ?? subject;
    }
  }
  // "India withdrew Pakistan's status and raised duties": a verb coordinated right after "and" shares the first subject
  if (coordinatedVerb(v, s, ts)) subject = coordinatedSubject(v, ts) ?? subject;
  // "the UAE, which the army accuses of arming the RSF": what is alleged is done by the relative's antecedent
  if (s.form === 'ing' && v.tokens[ts - 1]?.lower === 'of' && v.lex.accusationVerbs.has(v.tokens[ts - 2]?.lower ?? '')) {
    for (let k = ts - 3; k >= Math.max(v.start, ts - 9); k--) {
      if (!OBJECT_RELATIVES.has(v.tokens[k].lower)) continue;
      subject = antecedent(v, k + 1) ?? subject;
      break;
    }
  }
  // ", accusing Putin of ...": a participle after a comma takes the sentence's subject
  // (an act's result, the nearest clause's: "... after NATO helicopters attacked two posts, killing 24 Pakistani soldiers")
  if (s.form === 'ing' && ts > v.start && v.tokens[ts - 1].text === ',') subject = (s.cue.type === 'attack' ? nearestClauseSubject(v, ts - 1) : firstSubject(v, ts, clauseStartBefore(v, ts))) ?? subject;
  // (and so does one coordinated with it: ", expelling the Soviet advisers ... and breaking off relations with Cuba")
  if (s.form === 'ing' && v.tokens[ts - 1]?.lower === 'and') {
    const first = participleAfterComma(v, ts - 1);
    if (first >= 0) subject = firstSubject(v, first) ?? subject;
  }
  // "ended its defense pact with Taiwan upon recognizing Beijing": a participle after a preposition takes the clause's subject
  if (s.form === 'ing' && ts > v.start && ING_PREPS.has(v.tokens[ts - 1].lower)) subject = firstSubject(v, ts) ?? subject;
  // "Australia joined the United States in condemning China": who joins and who is joined both act
  if (s.form === 'ing' && v.tokens[ts - 1]?.lower === 'in') subject = joinedInAct(v, ts, l) ?? subject;
  // "After meeting Putin, Xi said ...": a phrase opening the sentence takes the subject after its comma
  if (s.form === 'ing' && ts - 1 === v.start && ING_PREPS.has(v.tokens[ts - 1].lower)) subject = subjectAfterOpening(v, ts, 2) ?? subject;
  // "Turkey, which has firmly backed its ally": a relative clause's subject is the name before it
  if (!subject) subject = relativeSubject(v, l, ts);
  // "The group that claimed the assault, JNIM, has also struck": a name set off by commas right before the verb phrase
  if (!subject) subject = appositiveSubject(v, ts);
  // "Japan said ... and lodged a protest": a verb coordinated with the reporting verb shares its subject
  if (!subject && /^(and|but)$/i.test(v.tokens[ts - 1]?.text ?? '')) subject = firstSubject(v, ts);
  return subject;
}

/** "threatened (again) to cut off electricity to Nakhichevan": the first other actor of the infinitive clause after the verb. */
function infinitiveTarget(v: SentenceView, subject: ActorGroup | undefined, r: number, argStart: number): ActorGroup | undefined {
  const to = [argStart, argStart + 1, argStart + 2].find((k) => v.tokens[k]?.lower === 'to' && k < r);
  if (to === undefined) return undefined;
  const own = new Set(subject?.members.map((m) => m.id));
  // (not past a second infinitive of purpose: "threatened to use force to reinstate the deposed president")
  let end = Math.min(r, to + 21);
  for (let k = to + 2; k < end; k++) if (v.tokens[k].lower === 'to' && isInfinitive(v, k + 1)) { end = k; break; }
  const fits = (g: ActorGroup) => g.members.some((m) => (m.actor || m.locative) && !own.has(m.id));
  // (a condition after it names the target still: "threatened to stop negotiations to reduce arms if the United States ...")
  let condition = -1;
  for (let k = end; k < Math.min(r, to + 21) && condition < 0; k++) if (v.tokens[k].lower === 'if' || v.tokens[k].lower === 'unless') condition = k;
  return v.groups.find((g) => g.tokenStart > to && g.tokenStart < end && fits(g))
    ?? (condition > 0 ? v.groups.find((g) => g.tokenStart > condition && g.tokenStart <= condition + 3 && fits(g)) : undefined);
}

/**
 * A target the cue's phrase does not give as an object: a name near the verb or in the
 * speaker's follow-up, never the subject again, nor the body whose session is the setting.
 */
const CONTRAST_BREAKS = wordClasses().contrastWords;

function fallbackTarget(v: SentenceView, s: CueSurface, subject: ActorGroup | undefined, ts: number, te: number, l: number, argStart: number): ActorGroup | undefined {
  const { cue } = s;
  // not the subject again under another name ("X and Y criticized the zone, which overlaps with their own")
  const own = new Set(subject?.members.map((m) => m.id));
  // (nor the body whose session is the setting: "called the declaration illegal at an emergency session of the Security Council")
  const setting = (g: ActorGroup) => v.tokens[g.tokenStart - 1]?.lower === 'of' && SETTING_NOUNS.has(v.tokens[g.tokenStart - 2]?.lower ?? '')
    || (v.tokens[g.tokenStart - 1]?.lower === 'the' && v.tokens[g.tokenStart - 2]?.lower === 'of' && SETTING_NOUNS.has(v.tokens[g.tokenStart - 3]?.lower ?? ''));
  // (nor, for a criticism or backing, the target of an act it reacts to: "condemned the sanctions on Iran" criticises whoever imposed them)
  const reacting = cue.type === 'criticism' || cue.type === 'support';
  const other = (g: ActorGroup) => g !== subject && g.members.some((m) => m.actor && !m.locative && !v.places?.has(m.id)) && !g.members.some((m) => own.has(m.id)) && !setting(g) && !(reacting && actsTarget(v, g));
  // near the verb, or in the speaker's own follow-up ("..., saying Japan would bear responsibility")
  const saying = v.tokens.findIndex((t, k) => k > te && k < v.end && SAYING_PARTICIPLES.has(t.lower));
  // a threat's target is most often the one already named in its clause ("hits Niger with sanctions, threatens force")
  // (not one inside a relative aside: "Hungary, which has close ties with the Kremlin, had threatened to block the package")
  const named = cue.type === 'threat' ? v.groups.filter((g) => g.tokenStart >= (subject?.tokenEnd ?? l) && g.tokenEnd <= ts && other(g)
    && !inRelativeAside(v.tokens, g.tokenStart, g.tokenEnd, ts, v.start)).pop() : undefined;
  // (a threat's consequences may name their object further on: "... serious consequences for relations with Ankara")
  // (a name counts from its title: "remarks made in Morocco this month by Israeli Foreign Minister Yair Lapid")
  const reach = (g: ActorGroup) => (g.members[0].titleStart ?? g.tokenStart) - argStart <= 8 || (cue.type === 'threat' && g.tokenStart - argStart <= 14 && THREAT_PREPS.has(v.tokens[g.tokenStart - 1]?.lower ?? ''));
  // (not "it": "criticized the visit, saying it legitimized ..." speaks of the visit, which coreference cannot name)
  // (only when the verb has an object of its own: "complaining on Twitter that it spent" still means Denmark)
  const ownObject = OWN_OBJECT_OPENERS.has(v.tokens[te]?.lower ?? '');
  const named2 = (g: ActorGroup) => !(ownObject && g.members.length === 1 && g.members[0].kind === 'pronoun' && v.tokens[g.tokenStart].lower === 'it');
  // ("Belgrade protested, but the Yugoslav army stayed home": a contrast opens another clause with actors of its own)
  // ("Havana condemned the landing, and Moscow denounced it": a name after "and" with a finite verb of its own heads the next clause)
  // (nor the parties "between" which something else happens: "denounced the attack and called off a meeting between X and Y")
  const sameClause = (g: ActorGroup) => !v.tokens.slice(argStart, g.tokenStart).some((t) => CONTRAST_BREAKS.has(t.lower))
    && !opensClause(v, g) && !betweenParties(v, g);
  return named ?? v.groups.find((g) => g.tokenStart >= argStart && other(g) && named2(g) && ((reach(g) && sameClause(g)) || (saying > 0 && g.tokenStart > saying)))
    ?? (cue.type === 'threat' ? v.groups.filter((g) => g.tokenEnd <= (subject?.tokenStart ?? ts) && other(g)).pop() : undefined);
}

/** The group opens a "between" phrase, or is its second party ("between X and Y"). */
function betweenParties(v: SentenceView, g: ActorGroup): boolean {
  for (let k = g.tokenStart - 1; k >= v.start && k >= g.tokenStart - 12; k--) {
    const w = v.tokens[k].lower;
    if (w === 'between') return true;
    if (w === ',' || w === ';' || (!v.inMention.has(k) && w !== 'and' && w !== 'the' && !v.tokens[k].upper)) return false;
  }
  return false;
}

/** The group follows "and" (or ", and") and a verb follows it: the subject of a clause of its own. */
function opensClause(v: SentenceView, g: ActorGroup): boolean {
  // (a titled name counts from its title: "..., and Foreign Minister Miguel d'Escoto said")
  const start = Math.min(g.tokenStart, g.members[0].titleStart ?? g.tokenStart);
  const before = v.tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1;
  return v.tokens[before]?.lower === 'and' && isVerbAfterName(v.tokens[g.tokenEnd]?.lower ?? '');
}

/** "met President Ilves and the leaders of Latvia and Lithuania": a second object named by its people after "and". */
function withHoldersAfter(v: SentenceView, group: ActorGroup | undefined, r: number): ActorGroup | undefined {
  if (!group || v.tokens[group.tokenEnd]?.lower !== 'and') return group;
  let k = group.tokenEnd + 1;
  if (PLAIN_ARTICLES.has(v.tokens[k]?.lower ?? '')) k++;
  if (!v.lex.collectiveNouns.has(v.tokens[k]?.lower ?? '') || v.tokens[k + 1]?.lower !== 'of') return group;
  const next = v.groups.find((g) => g.tokenStart === k + 2 || (g.tokenStart === k + 3 && PLAIN_ARTICLES.has(v.tokens[k + 2].lower)));
  return next && next.tokenStart < r ? groupOf([...group.members, ...next.members]) : group;
}

/** "banned (as a terrorist organisation) in India, Britain and the United States": the states after "in", a few words on. */
function statesBanning(v: SentenceView, from: number, r: number): ActorGroup | undefined {
  for (let k = from; k < r && k < from + 8; k++) {
    const w = v.tokens[k].lower;
    if (w === ',' || w === ';' || w === 'by') return undefined;
    if (w !== 'in') continue;
    const g = groupAfter(v, k + 1, r, 1, true);
    return g && g.members.every((m) => m.locative) ? g : undefined;
  }
  return undefined;
}

/** Nouns of gatherings whose "of" object is where something was said, not its target. */
const SETTING_NOUNS = wordClasses().settingNouns;

const JOINING = wordClasses().joiningVerbs;

/** "X joined Y in condemning Z": X and Y together, as the subject of the participle at `ts`. */
function joinedInAct(v: SentenceView, ts: number, l: number): ActorGroup | undefined {
  const partner = v.groups.find((g) => g.tokenEnd === ts - 1);
  if (!partner) return undefined;
  const verb = v.tokens[partner.tokenStart - 1]?.lower === 'the' ? partner.tokenStart - 2 : partner.tokenStart - 1;
  if (!JOINING.has(v.tokens[verb]?.lower ?? '')) return undefined;
  const joiner = subjectBefore(v, l, verb);
  return joiner ? groupOf([...joiner.members, ...partner.members]) : undefined;
}
