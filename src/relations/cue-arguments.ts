/**
 * From a cue to its arguments: whether a cue word is read as a verb or a noun here, and
 * which actor groups are its source and target — subjects, direct and prepositional
 * objects, passives and their agents, possessors, relational nouns, relative clauses,
 * participles and infinitives (the syntax helpers are in arguments.ts).
 */
import { isDirected } from '../relation-types.js';
import { TokenKind } from '../text/tokenize.js';
import { inRelativeAside } from '../text/asides.js';
import type { CueNode, CueSurface } from './cues.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { groupAfter, prepObject } from './objects.js';
import { nationalityBefore, possessorBefore } from './possessors.js';
import { antecedent, PERSONAL_PRONOUNS, prepositionalAntecedent, relativeSubject } from './relatives.js';
import { appositiveSubject, coordinatedSubject, coordinatedVerb, firstSubject, subjectBefore } from './subjects.js';
import { isPreposition } from './syntax-words.js';
import { infinitiveAfter, isInfinitive, isParticiple, isPassive, isReducedRelative, passiveAfter } from './verb-forms.js';
import { regardedAsThreat, relationalNounArgs } from './relational-nouns.js';
import { wordClasses } from './word-classes.js';

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'any', 'no', 'further', 'new', 'fresh', 'deadly', 'major', 'first', 'latest', 'recent', 'possible', 'such', "'s", '’s', 'of', 'joint', 'military', 'nuclear', 'economic', 'financial', 'more', 'additional', 'massive', 'large-scale', 'direct']);
// words before an -ing verb that do not make it a noun modifier ("is attacking", "after meeting", "began arriving")
const NON_NOUNS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am', 'after', 'before', 'while', 'by', 'for', 'of', 'in', 'on', 'without', 'since', 'from', 'into', 'about', 'against', 'began', 'begun', 'started', 'continued', 'kept', 'stopped', 'resumed', 'keep', 'continue', 'also', 'not', 'and', 'or', 'then', 'still', 'again', 'repeatedly', 'reportedly', 'allegedly', 'jointly', 'publicly', 'openly', 'strongly', 'sharply', 'firmly', 'increasingly', 'now', 'later', 'already', 'both', 'upon', 'with', 'through', 'despite']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', "'s", '’s', 'this', 'that']);
const VERB_MARKERS = new Set(['which', 'who', 'that', 'to', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'not', "n't", 'did', 'does', 'do', 'has', 'have', 'had', 'also', 'then', 'jointly', 'repeatedly', 'reportedly', 'allegedly', 'help', 'helps', 'helped', 'helping', 'let', 'lets']);

export function cueMatchAt(root: CueNode, v: SentenceView, i: number): { length: number; surfaces: CueSurface[] } | null {
  let node: CueNode | undefined = root;
  let best: { length: number; surfaces: CueSurface[] } | null = null;
  for (let j = i; j < v.end && node; j++) {
    node = node.next.get(v.tokens[j].lower);
    if (!node) break;
    if (node.surfaces) best = { length: j - i + 1, surfaces: node.surfaces };
  }
  return best;
}

/** "an attack" is a noun, "Russia attacked" a verb; "sanctions on Iran" a noun. */
export function chooseSurface(surfaces: CueSurface[], v: SentenceView, i: number, length: number): CueSurface[] {
  const verbs = surfaces.filter((s) => s.cue.pos === 'verb');
  const nouns = surfaces.filter((s) => s.cue.pos === 'noun');
  const prev = i > v.start ? v.tokens[i - 1].lower : '';
  // "the State Department's work", "a strike": a base verb form after a determiner is a noun we have no cue for
  if (!nouns.length && ARTICLES.has(prev) && verbs.every((s) => s.form === 'base' || s.form === 'third')) return [];
  if (!verbs.length || !nouns.length) return surfaces;
  const next = v.tokens[i + length]?.lower ?? '';
  if (NOUN_DETERMINERS.has(prev) && !verbs.some((s) => s.form === 'past' || s.form === 'participle')) return nouns;
  // "a separate meeting", "the long talks": an article and one modifier before the form make it a noun
  if (i - 2 >= v.start && ARTICLES.has(v.tokens[i - 2].lower) && !verbs.some((s) => s.form === 'past' || s.form === 'participle')) return nouns;
  if (verbs.some((s) => s.form === 'past' || s.form === 'participle' || s.form === 'ing')) return verbs;
  // "Could talks between Japan and North Korea resume?": a preposition only the noun takes decides
  const nounPrep = nouns.some((s) => s.cue.targetPreps.includes(next) || s.cue.sourcePreps.includes(next));
  if (nounPrep && !verbs.some((s) => s.cue.targetPreps.includes(next))) return nouns;
  if (VERB_MARKERS.has(prev)) return verbs;
  if (nounPrep) return nouns;
  // "in revenge for sanctions the EU imposed": after a preposition the form is a noun (a relative clause may follow it)
  if (isPreposition(prev) && prev !== 'to') return nouns;
  // "which supports Hezbollah": a third-person form before an actor is a verb
  if (verbs.some((s) => s.form === 'third') && v.groups.some((g) => g.tokenStart === i + length)) return verbs;
  // "its NATO allies": a name after a possessive determiner modifies the noun that follows
  const before = v.groups.find((g) => g.tokenEnd === i);
  if (before && /^(its|their|his|her|our)$/.test(v.tokens[before.tokenStart - 1]?.lower ?? '')) return nouns;
  // "under U.S. sanctions", "despite EU sanctions": a name after a preposition modifies the noun that follows
  if (before && isPreposition(v.tokens[before.tokenStart - 1]?.lower ?? '')) return nouns;
  // "both close U.S. partners", "a key U.S. ally": a determiner, maybe with an adjective, opens the noun phrase
  const lead = before ? v.tokens[before.tokenStart - 1] : undefined;
  // (not "The United States and Britain strike ...": "the" right before a name opens the name, not a noun phrase around it)
  if (lead && ((PHRASE_DETERMINERS.has(lead.lower) && lead.lower !== 'the') || (!lead.upper && lead.kind === TokenKind.Word && !PHRASE_DETERMINERS.has(lead.lower)
    && PHRASE_DETERMINERS.has(v.tokens[before!.tokenStart - 2]?.lower ?? '')))) return nouns;
  return before ? verbs : nouns;
}

const NUMBER_WORDS = wordClasses().numberWords;
const QUANTIFIERS = new Set(['dozens', 'hundreds', 'thousands', 'several', 'many', 'some']);

/** A number or a quantity word ("six", "1,000", "dozens"): what a participle after it describes is a noun. */
function isQuantity(word: string): boolean {
  return /^\d[\d,]*$/.test(word) || NUMBER_WORDS.has(word) || QUANTIFIERS.has(word);
}

const PHRASE_DETERMINERS = new Set(['a', 'an', 'the', 'both', 'two', 'all', 'its', 'their', 'his', 'her', 'our', 'whose']);

export interface Args { sources: ActorGroup | undefined; targets: ActorGroup | undefined; pairsWithin?: ActorGroup }

/** "together with X", "along with X", "jointly with X" after the verb: X acts too. */
function coAgents(v: SentenceView, from: number, r: number): ActorGroup | undefined {
  for (let k = from; k + 1 < r; k++) {
    // "will buy submarines from the US and then build boats together with Britain": a later verb has its own company
    if (v.tokens[k].lower === 'and' && /^(then|later|also)$/.test(v.tokens[k + 1].lower)) return undefined;
    const two = `${v.tokens[k].lower} ${v.tokens[k + 1].lower}`;
    if (two === 'together with' || two === 'along with' || two === 'jointly with' || two === 'in concert with') return groupAfter(v, k + 2, r, 2, true);
  }
  return undefined;
}

// "will", "would", "is prepared to", "threatened to": what follows is promised, not done
const PROMISE_MARKERS = wordClasses().promiseMarkers;
const HOLDING_NOUNS = wordClasses().holdingNouns;

/**
 * "Nigeria will withdraw its peacekeeping force from Chad unless Goukouni arranges a
 * ceasefire": a coercive step promised on a condition is an ultimatum, a threat from the
 * clause's subject to the subject of the condition.
 */
function ultimatumArguments(v: SentenceView, coercion: Set<string>, ts: number, te: number, l: number, r: number): Args | null {
  const marker = promisedStep(v, coercion, l, ts);
  if (!marker) return null;
  const source = subjectBefore(v, l, marker.marker);
  const target = groupAfter(v, te, r, 2, true);
  if (!source || !target || target.members.some((m) => source.members.some((x) => x.id === m.id))) return null;
  return { sources: source, targets: target };
}

/** The promise marker and the coercive verb it governs before an ultimatum's "unless", if any. */
export function promisedStep(v: SentenceView, coercion: Set<string>, l: number, ts: number): { marker: number; step: number } | undefined {
  for (let k = l; k < ts; k++) {
    if (!PROMISE_MARKERS.has(v.tokens[k].lower)) continue;
    for (let j = k + 1; j < ts && j <= k + 4; j++) if (coercion.has(v.tokens[j].lower)) return { marker: k, step: j };
    return undefined;
  }
  return undefined;
}

export function findArguments(v: SentenceView, s: CueSurface, ts: number, te: number, l: number, r: number): Args | null {
  const { cue } = s;
  if (cue.coercionBefore.size) return ultimatumArguments(v, cue.coercionBefore, ts, te, l, r);
  if (cue.forbidsSet.size) for (let k = te, end = Math.min(r, te + 4); k < end; k++) if (cue.forbidsSet.has(v.tokens[k].lower)) return null;
  if (cue.requiresInfinitive && !infinitiveAfter(v, te, r)) return null;
  if (cue.forbidsBefore.length && ts > v.start && cue.forbidsBefore.includes(v.tokens[ts - 1].lower)) return null;
  // "has ruled out sending troops", "has sent troops": an auxiliary before a participle holds no cue
  if (cue.auxiliary && isParticiple(v.tokens[te]?.lower ?? '', v.tokens[te + 1]?.lower ?? '')) return null;
  let argStart = te;
  let separate = false;
  if (cue.requires.length) {
    let k = te;
    const limit = Math.min(cue.requiresAfterObject ? v.end : r, te + cue.requiresWindow);
    while (k < limit && !cue.requiresSet.has(v.tokens[k].lower)) k++;
    if (k >= limit) {
      // a relative clause: "the sanctions the United States imposed on Russia"
      for (let b = ts - 1; b >= Math.max(v.start, ts - 8); b--) {
        if (!cue.requiresSet.has(v.tokens[b].lower)) continue;
        // or a passive: "Asset freezes and travel bans were imposed on Monday by the EU on Russian officials"
        if (isPassive(v, ts)) {
          const agent = prepObject(v, te, r, ['by'])?.group;
          const patient = agent ? prepObject(v, agent.tokenEnd, r, cue.targetPreps)?.group ?? prepObject(v, te, r, cue.targetPreps)?.group : undefined;
          return agent && patient && patient !== agent ? { sources: agent, targets: patient } : null;
        }
        const subject = v.groups.find((g) => g.tokenStart > b && g.tokenEnd <= ts && ts - g.tokenEnd <= 2);
        const target = subject && prepObject(v, te, r, cue.targetPreps)?.group;
        return subject && target ? { sources: subject, targets: target } : null;
      }
      return null;
    }
    // "expelled two Russian diplomats", "summoned the Chinese ambassador": the actor stands inside the required phrase
    const inside = v.groups.find((g) => g.tokenStart >= te && g.tokenEnd <= k + 1 && g.members.some((m) => m.actor || m.kind === 'adjective' || m.kind === 'demonym'));
    // ("China buys much of Sudan's oil": a possessor inside the required phrase is the other side too)
    const possessed = inside && /^['’]s$/.test(v.tokens[inside.tokenEnd]?.text ?? '');
    if (inside && (cue.objectVia === 'direct' || cue.subjectIs === 'target' || possessed)) {
      const subject = (coordinatedVerb(v, s, ts) ? coordinatedSubject(v, ts) : undefined) ?? subjectBefore(v, l, ts) ?? relativeSubject(v, l, ts);
      if (!subject) return null;
      // "Kuwait hosts 250,000 American troops": the host is the target
      return cue.subjectIs === 'target' ? { sources: inside, targets: subject } : { sources: subject, targets: inside };
    }
    if (!cue.requiresAfterObject) argStart = k + 1;
    // "Russia, Ukraine sign separate deals": each side with someone else, not with each other
    if (v.tokens.slice(te, k).some((t) => /^(separate|parallel|respective)$/i.test(t.text))) separate = true;
  }
  if (cue.pos === 'verb') {
    // "companies in the UAE accused of helping Moscow": "accused" right before "of" has no object, so it is passive
    // and the name before it is the one accused; only a "by" agent accuses
    // (not after a relative and its own subject: "the vessels, which it accused of ...")
    const relativeBefore = /^(which|whom|that)$/.test(v.tokens[ts - 2]?.lower ?? '') || v.groups.some((g) => g.tokenEnd === ts && /^(which|whom|that)$/.test(v.tokens[g.tokenStart - 1]?.lower ?? ''));
    if ((s.form === 'past' || s.form === 'participle') && v.tokens[te]?.lower === 'of' && v.lex.accusationVerbs.has(v.tokens[ts].lower) && !relativeBefore) {
      const accuser = prepObject(v, te, r, ['by'])?.group;
      const accused = isReducedRelative(v, ts) ?? subjectBefore(v, l, ts);
      return accuser && accused && accuser !== accused ? { sources: accuser, targets: accused } : null;
    }
    // "released six detained Americans": a participle between a quantity or determiner and its noun is an adjective
    if ((s.form === 'past' || s.form === 'participle') && ts > v.start && isQuantity(v.tokens[ts - 1].lower) && v.groups.some((g) => g.tokenStart === te)) return null;
    // "an executive order targeting seven officials": a participle after a common noun modifies that noun
    const prevTok = v.tokens[ts - 1];
    if (s.form === 'ing' && prevTok && prevTok.kind === 0 && !prevTok.upper && !v.inMention.has(ts - 1) && !NON_NOUNS.has(prevTok.lower) && !/(ed|ing)$/.test(prevTok.text)) return null;
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
      const placeLeft = wherePlace && /^(from|to|into|toward|towards)$/.test(v.tokens[wherePlace.tokenStart - 1]?.lower ?? '');
      let where = wherePlace && (placeLeft || !wherePlace.members.some((m) => m.locative)) ? wherePlace : undefined;
      // ("Al Udeid air base, the largest U.S. facility in the Middle East, where ...": the place the apposition describes)
      if (wherePlace && !where) {
        let comma = wherePlace.tokenStart - 1;
        while (comma > v.start && comma > wherePlace.tokenStart - 12 && v.tokens[comma].text !== ',') comma--;
        const head = v.tokens[comma]?.text === ',' ? v.groups.find((g) => g.tokenEnd === comma) : undefined;
        if (head && head !== wherePlace && head.members.every((m) => !m.locative)) where = head;
      }
      // "where they had been stationed": the pronoun is the sentence's subject
      const pronoun = where && PERSONAL_PRONOUNS.has(v.tokens[l]?.lower ?? '') ? firstSubject(v, l) : undefined;
      return { sources: reduced ?? subjectBefore(v, l, ts) ?? pronoun, targets: prepObject(v, argStart, r, cue.targetPreps)?.group ?? where };
    }
    // "supplies to troops stationed on a warship": a bare participle modifies a noun that is no actor of ours
    if (cue.type === 'deployment' && s.form === 'participle' && ts > v.start && !/^(has|have|had)$/i.test(v.tokens[ts - 1].text)) return null;
    // (a past form too, right after a plural noun that names no one: "troops stationed on a grounded warship")
    if (cue.type === 'deployment' && s.form === 'past' && ts > v.start && !v.inMention.has(ts - 1) && v.tokens[ts - 1].kind === TokenKind.Word
      && !v.tokens[ts - 1].upper && /s$/.test(v.tokens[ts - 1].lower) && !/^(has|was|is|as|thus|its|his|this)$/.test(v.tokens[ts - 1].lower)
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
    if (passive) {
      // the patient may sit in a prepositional phrase: "a camp for Congolese refugees was attacked by ..."
      // ("al-Burhan, who has been accused by Washington of ...": the relative's antecedent)
      const patient = subjectBefore(v, l, ts) ?? v.groups.filter((g) => g.tokenEnd <= ts && g.tokenStart >= l && g.members.some((m) => m.actor && !m.locative)).pop()
        ?? relativeSubject(v, l, ts);
      // "The Tigers are banned as a terrorist organisation in India and Britain": a ban with no agent is the law of the states it holds in
      const agent = prepObject(v, argStart, r, ['by'])?.group
        ?? (cue.type === 'sanction' && cue.objectVia === 'direct' ? statesBanning(v, argStart, r) : undefined);
      return { sources: agent, targets: patient };
    }
    let subject = subjectBefore(v, l, ts);
    // "India withdrew Pakistan's status and raised duties": a verb coordinated right after "and" shares the first subject
    if (coordinatedVerb(v, s, ts)) subject = coordinatedSubject(v, ts) ?? subject;
    // "the UAE, which the army accuses of arming the RSF": what is alleged is done by the relative's antecedent
    if (s.form === 'ing' && v.tokens[ts - 1]?.lower === 'of' && v.lex.accusationVerbs.has(v.tokens[ts - 2]?.lower ?? '')) {
      for (let k = ts - 3; k >= Math.max(v.start, ts - 9); k--) {
        if (!/^(which|whom)$/.test(v.tokens[k].lower)) continue;
        subject = antecedent(v, k + 1) ?? subject;
        break;
      }
    }
    // ", accusing Putin of ...": a participle after a comma takes the sentence's subject
    if (s.form === 'ing' && ts > v.start && v.tokens[ts - 1].text === ',') subject = firstSubject(v, ts) ?? subject;
    // "ended its defense pact with Taiwan upon recognizing Beijing": a participle after a preposition takes the clause's subject
    if (s.form === 'ing' && ts > v.start && /^(upon|after|before|while|without)$/.test(v.tokens[ts - 1].lower)) subject = firstSubject(v, ts) ?? subject;
    // "Turkey, which has firmly backed its ally": a relative clause's subject is the name before it
    if (!subject) subject = relativeSubject(v, l, ts);
    // "The group that claimed the assault, JNIM, has also struck": a name set off by commas right before the verb phrase
    if (!subject) subject = appositiveSubject(v, ts);
    // "Japan said ... and lodged a protest": a verb coordinated with the reporting verb shares its subject
    if (!subject && /^(and|but)$/i.test(v.tokens[ts - 1]?.text ?? '')) subject = firstSubject(v, ts);
    // "threatened to cut off electricity to Nakhichevan": the target of the threatened act
    // "threatened (again) to cut off electricity to Nakhichevan": the first other actor of the infinitive clause
    const to = [argStart, argStart + 1, argStart + 2].find((k) => v.tokens[k]?.lower === 'to' && k < r);
    if (cue.infinitiveTarget && to !== undefined) {
      const own = new Set(subject?.members.map((m) => m.id));
      // (not past a second infinitive of purpose: "threatened to use force to reinstate the deposed president")
      let end = Math.min(r, to + 21);
      for (let k = to + 2; k < end; k++) if (v.tokens[k].lower === 'to' && isInfinitive(v, k + 1)) { end = k; break; }
      const fits = (g: ActorGroup) => g.members.some((m) => (m.actor || m.locative) && !own.has(m.id));
      // (a condition after it names the target still: "threatened to stop negotiations to reduce arms if the United States ...")
      let condition = -1;
      for (let k = end; k < Math.min(r, to + 21) && condition < 0; k++) if (v.tokens[k].lower === 'if' || v.tokens[k].lower === 'unless') condition = k;
      const target = v.groups.find((g) => g.tokenStart > to && g.tokenStart < end && fits(g))
        ?? (condition > 0 ? v.groups.find((g) => g.tokenStart > condition && g.tokenStart <= condition + 3 && fits(g)) : undefined);
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
    if (cue.subjectIs === 'target') return { sources: prepObject(v, argStart, r, cue.sourcePreps)?.group, targets: subject };
    let targets: ActorGroup | undefined;
    // "the Philippine vessels, which it accused of ...": a relative pronoun before the clause's own subject is the verb's object
    // ("..., which the U.N. Security Council authorised": the subject may open with an article)
    const subjectOpens = subject !== undefined && (subject.tokenStart === l || (subject.tokenStart === l + 1 && /^(the|a|an)$/.test(v.tokens[l].lower)));
    if ((cue.objectVia === 'direct' || cue.objectVia === 'either') && subjectOpens && /^(which|whom)$/.test(v.tokens[l - 1]?.lower ?? '')) targets = antecedent(v, l);
    if (!targets && (cue.objectVia === 'direct' || cue.objectVia === 'either')) targets = groupAfter(v, argStart, r, 4, true);
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
    const co = coAgents(v, argStart, r);
    if (co && subject) subject = { members: [...subject.members, ...co.members], tokenStart: subject.tokenStart, tokenEnd: subject.tokenEnd };
    if (!targets && cue.targetFallback) {
      // not the subject again under another name ("X and Y criticized the zone, which overlaps with their own")
      const own = new Set(subject?.members.map((m) => m.id));
      // (nor the body whose session is the setting: "called the declaration illegal at an emergency session of the Security Council")
      const setting = (g: ActorGroup) => v.tokens[g.tokenStart - 1]?.lower === 'of' && SETTING_NOUNS.has(v.tokens[g.tokenStart - 2]?.lower ?? '')
        || (v.tokens[g.tokenStart - 1]?.lower === 'the' && v.tokens[g.tokenStart - 2]?.lower === 'of' && SETTING_NOUNS.has(v.tokens[g.tokenStart - 3]?.lower ?? ''));
      const other = (g: ActorGroup) => g !== subject && g.members.some((m) => m.actor && !m.locative && !v.places?.has(m.id)) && !g.members.some((m) => own.has(m.id)) && !setting(g);
      // near the verb, or in the speaker's own follow-up ("..., saying Japan would bear responsibility")
      const saying = v.tokens.findIndex((t, k) => k > te && k < v.end && /^(saying|adding|accusing|warning|calling)$/i.test(t.text));
      // a threat's target is most often the one already named in its clause ("hits Niger with sanctions, threatens force")
      // (not one inside a relative aside: "Hungary, which has close ties with the Kremlin, had threatened to block the package")
      const named = cue.type === 'threat' ? v.groups.filter((g) => g.tokenStart >= (subject?.tokenEnd ?? l) && g.tokenEnd <= ts && other(g)
        && !inRelativeAside(v.tokens, g.tokenStart, g.tokenEnd, ts, v.start)).pop() : undefined;
      // (a threat's consequences may name their object further on: "... serious consequences for relations with Ankara")
      // (a name counts from its title: "remarks made in Morocco this month by Israeli Foreign Minister Yair Lapid")
      const reach = (g: ActorGroup) => (g.members[0].titleStart ?? g.tokenStart) - argStart <= 8 || (cue.type === 'threat' && g.tokenStart - argStart <= 14 && /^(for|with|against|on)$/.test(v.tokens[g.tokenStart - 1]?.lower ?? ''));
      // (not "it": "criticized the visit, saying it legitimized ..." speaks of the visit, which coreference cannot name)
      // (only when the verb has an object of its own: "complaining on Twitter that it spent" still means Denmark)
      const ownObject = /^(the|this|that|these|those|a|an)$/.test(v.tokens[te]?.lower ?? '');
      const named2 = (g: ActorGroup) => !(ownObject && g.members.length === 1 && g.members[0].kind === 'pronoun' && v.tokens[g.tokenStart].lower === 'it');
      targets = named ?? v.groups.find((g) => g.tokenStart >= argStart && other(g) && named2(g) && (reach(g) || (saying > 0 && g.tokenStart > saying)))
        ?? (cue.type === 'threat' ? v.groups.filter((g) => g.tokenEnd <= (subject?.tokenStart ?? ts) && other(g)).pop() : undefined);
    }
    return { sources: subject, targets };
  }
  // noun cues
  let toPrep = prepObject(v, argStart, r, cue.targetPreps, 14, false);
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
  if (toPrep && /^(between|among|amongst)$/.test(v.tokens[toPrep.prepAt].lower)) return { sources: undefined, targets: undefined, pairsWithin: toPrep.group };
  if (cue.sourceAdjacent) {
    // ", a member of NATO", "is a member of the EU", "Croatia's membership of the EU", "becomes NATO's 31st member"
    const possessor = possessorBefore(v, ts, l);
    // only a possessive owns a membership ("NATO's member"); "Chinese leaders" is no membership of China
    const owner = possessor && /^['’]s$/.test(v.tokens[possessor.tokenEnd]?.text ?? '') ? possessor : undefined;
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
    const joined = subj && (v.tokens[subj.tokenStart].lower === 'their' || v.tokens.slice(subj.tokenEnd, ts).some((t) => v.lex.be.has(t.lower) || t.lower === 'their'));
    return subj && joined && subj.members.length > 1 ? { sources: subj, targets: undefined, pairsWithin: subj } : null;
  }
  const owner = possessorBefore(v, ts, l) ?? nationalityBefore(v, ts, l);
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
    return { sources: fromPrep.group, targets: toPrep?.group ?? owner ?? subject };
  }
  // "Bakiyev announced the decision in Moscow after talks with Medvedev": a noun after a temporal preposition belongs to the sentence's subject
  // (talks and visits only: "Israel strikes Houthi-held port after missile attack on Tel Aviv" names an attack by others)
  if (!owner && !subject && cue.type === 'negotiation' && l > v.start && ts - l <= 3 && /^(after|before|during|following)$/.test(v.tokens[l - 1].lower)) subject = firstSubject(v, l - 1);
  // "After talks with Pastrana at a naval base, Clinton insisted ...": a phrase opening the sentence belongs to the subject after its comma
  if (!owner && !subject && toPrep && v.tokens.slice(Math.max(v.start, ts - 4), ts).some((t) => /^(after|before|during|following)$/.test(t.lower))) {
    let comma = toPrep.group.tokenEnd;
    while (comma < v.end && comma - toPrep.group.tokenEnd < 12 && v.tokens[comma].text !== ',') comma++;
    const main = v.tokens[comma]?.text === ',' ? groupAfter(v, comma + 1, v.end, 3, true) : undefined;
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
  const sources = owner ?? subject;
  if (!toPrep && !isDirected(cue.type) && owner) return { sources: owner, targets: undefined, pairsWithin: owner };
  // "on the sidelines of the climate summit", "at the talks": a meeting named as a setting joins no one
  if (!toPrep && !isDirected(cue.type) && !owner && v.tokens.slice(Math.max(l, ts - 4), ts).some((t) => SETTINGS.has(t.lower))) return null;
  if (!toPrep && !isDirected(cue.type)) {
    // "X is trying to assure Y of its commitment to extended deterrence": the clause's first actor and the nearest one
    // the clause's first actor, a possessor excepted ("Kishida's predecessor Shinzo Abe ...")
    const first = v.groups.find((g) => g.tokenStart >= l && g.tokenEnd <= ts && !/^['’]s$/.test(v.tokens[g.tokenEnd]?.text ?? ''));
    // ("Mali, Burkina Faso and Niger signed a mutual defence pact": two parts of one list are one set of parties)
    if (first && sources && first !== sources && sources.tokenStart > first.tokenEnd && v.tokens.slice(first.tokenEnd, sources.tokenStart).every((t) => t.text === ',' || t.lower === 'and')) {
      const all = { members: [...first.members, ...sources.members], tokenStart: first.tokenStart, tokenEnd: sources.tokenEnd };
      return { sources: all, targets: undefined, pairsWithin: all };
    }
    if (first && sources && first !== sources && ts - sources.tokenEnd <= 6) return { sources: first, targets: sources };
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

/** Words that make a noun a setting rather than an event between the clause's actors. */
const SETTINGS = new Set(['sidelines', 'margins', 'during', 'at', 'ahead', 'before', 'after', 'since', 'between', 'among']);

/** "in a show of", "as a sign of": nouns that make what follows a gesture of the sentence's subject. */
const GESTURES = new Set(['show', 'sign', 'gesture', 'mark', 'expression', 'display', 'demonstration', 'token']);

/** Prepositions that make the noun after them a topic ("a dispute over aid", "talks about sanctions"). */
const TOPIC_PREPS = new Set(['over', 'about', 'regarding', 'concerning']);

const APPOSITION_FILLERS = new Set([',', 'a', 'an', 'the', 'is', 'was', 'are', 'were', 'became', 'become', 'becomes', 'has', 'have', 'had', 'been', 'both', 'all', 'each', 'fellow', 'its', 'their', 'founding', 'full', 'key', 'permanent', 'new', 'now', 'also', 'longtime', 'senior', 'top']);

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
