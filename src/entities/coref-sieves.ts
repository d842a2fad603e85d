/**
 * The coreference sieves, tried in order at each word that can start a form (coref.ts).
 * A sieve either passes the word on (NEXT) or rules on it: it returns the last token it
 * took, the word itself when it made no mention but no later sieve may try the word
 * either (a pronoun with no antecedent in reach is still a pronoun). Each sieve is its own
 * function, so a rare one costs nothing until it runs.
 */
import { inRelativeAside } from '../text/asides.js';
import type { Sentence } from '../text/sentences.js';
import { isUpperCase, type Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { CorefContext } from './coref-context.js';
import { contextualAt, groupPhrasesAt, matchFormAfterFirst, nearestContextual, roleFirstWords } from './coref-forms.js';
import { followedAtOpening, forceOwnerBefore, lastCoordinated, lastPair, nearestBefore } from './coref-antecedents.js';
import { bareBothRefers, isExpletive, objectOfVerb, threatTo } from './coref-word-tests.js';
import type { Mention } from './types.js';

/** A sieve's answer that leaves the word to the next sieve. */
export const NEXT = -1;

export interface CorefSieve {
  id: string;
  /** NEXT, or the last token taken (≥ i). */
  run: (c: CorefContext, s: Sentence, i: number, lower: string) => number;
}

const SUBJECT_OPENERS = wordClasses().subjectOpeners;
const TIME_WORDS = wordClasses().timeWords;
const PREPOSITIONS = wordClasses().prepositions;
// words between a state and the junta or regime it names ("Niger's ruling junta")
const RULING_MODIFIERS = wordClasses().rulingModifiers;
const OBJECT_RELATIVES = wordClasses().objectRelatives;
const REACTION_VERBS = wordClasses().reactionVerbs;
const GROUP_TYPES = new Set(['country', 'organization', 'military']);

/** "the two Koreas", "both Koreas": the pair of states the phrase always names (linking lexicon `fixedPairs`). */
function fixedPair(c: CorefContext, s: Sentence, i: number): number {
  const { tokens, lex } = c;
  const pair = lex.fixedPairs.find((x) => i + x.tokens.length <= s.tokenEnd && x.tokens.every((w, k) => tokens[i + k].lower === w) && x.ids.every((id) => c.gaz.entries.has(id)));
  if (!pair) return NEXT;
  const g = c.nextGroup();
  for (const id of pair.ids) c.push(c.make(id, 'group', i, i + pair.tokens.length, s.index, 0.8, { group: g }));
  return i + pair.tokens.length - 1;
}

/** Contextual names: "the North" in a story about Korea. */
function contextualName(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens } = c;
  const contextual = contextualAt(c.lex, lower, tokens[i + 1]?.text);
  if (contextual.length === 0) return NEXT;
  const fitting = contextual.filter((f) => matchFormAfterFirst(tokens, i, s.tokenEnd, f.tokens) && c.gaz.entries.has(f.id) && (f.context.length === 0 || f.context.some((id) => c.inDoc.has(id))));
  const ctx = nearestContextual(fitting, c.all, tokens[i].start);
  if (!ctx) return NEXT;
  // ("the island of Hainan", "the kingdom of Bahrain": the name after "of" says which)
  if (tokens[i + ctx.tokens.length]?.lower === 'of' && tokens[i + ctx.tokens.length + 1]?.upper) return NEXT;
  c.push(c.make(ctx.id, 'contextual', i, i + ctx.tokens.length, s.index, 0.8));
  return i + ctx.tokens.length - 1;
}

/**
 * The head noun of a body named before stands for it ("the mission", "the coalition's
 * leader"; "The Tigers remain outlawed" after "the Tamil Tigers"; not "the Union Minister",
 * a longer name).
 */
function bodyHead(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens } = c;
  if (lower !== 'the' || c.heads.size === 0 || i + 1 >= s.tokenEnd || (tokens[i + 1].upper && tokens[i + 2]?.upper)) return NEXT;
  const named = c.heads.get(tokens[i + 1].lower);
  const body = named && tokens[i + 2]?.lower !== 'of' ? nearestBefore(named, tokens[i].start) : undefined;
  if (!body) return NEXT;
  // (a place stays a place: never an acting party, always a possible destination)
  const place = c.typeOf(body.id) === 'region';
  c.push(c.make(body.id, 'contextual', i, i + 2, s.index, 0.6, place ? { actor: false, locative: true } : {}));
  return i + 1;
}

/**
 * "the Iran-backed group": a hyphenated modifier between "the" and a contextual noun; the
 * noun alone is the mention (so the compound's modifier still relates to it: support).
 */
function hyphenatedContextual(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens } = c;
  if (lower !== 'the' || tokens[i + 2]?.text !== '-' || !tokens[i + 3] || !tokens[i + 4] || tokens[i + 3].upper) return NEXT;
  const shortForms = contextualAt(c.lex, 'the', tokens[i + 4].text).filter((f) => f.tokens.length === 2 && f.tokens[1] === tokens[i + 4].text
    && c.gaz.entries.has(f.id) && (f.context.length === 0 || f.context.some((id) => c.inDoc.has(id))));
  const short = nearestContextual(shortForms, c.all, tokens[i].start);
  if (!short) return NEXT;
  c.push(c.make(short.id, 'contextual', i + 4, i + 5, s.index, 0.7));
  return i + 4;
}

/** Group phrases ("the two allies", "both countries", "the three leaders"): the ones just named together. */
function groupPhrase(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens, lex } = c;
  const phrases = groupPhrasesAt(lex, lower, tokens[i + 1]?.lower);
  const group = phrases.length === 0 ? undefined : phrases.find((g) => g.every((w, k) => tokens[i + k]?.lower === w) && i + g.length <= s.tokenEnd);
  if (!group) return NEXT;
  // a bare "both" or "the two" refers back only before a verb ("the two agreed"), not before a noun ("the two chief negotiators")
  const bare = group.length === 1 || (group.length === 2 && group[1] === 'two');
  // ("the two Gulf states": a head noun of states after modifiers still makes the pair)
  // ("Both former Soviet republics": after "both", any modifiers up to the head)
  const from = group.length === 2 ? 2 : 1;
  const statesAhead = bare && (group.length === 2 || group[0] === 'both') && [from, from + 1, from + 2].some((d) => lex.stateHeads.has(tokens[i + d]?.lower ?? '')
    && tokens.slice(i + from, i + d).every((t) => t.upper || (group.length === 1 && t.kind === 0)));
  if (bare && !statesAhead && !bareBothRefers(tokens, i, i + group.length, s.tokenStart)) return NEXT;
  const people = group[group.length - 1] === 'leaders';
  // ("both governments", "the two countries": states only, not "Peruvian Sukhoi fighter-bombers")
  const statesOnly = lex.stateGroupHeads.has(group[group.length - 1]);
  // "mediated between the two delegations": the sides were named before this sentence, not its own subject
  // (so are "talks with both sides" after "Turkey and the UN brokered the arrangement": not the mediators themselves)
  const earlier = tokens[i - 1]?.lower === 'between' || tokens[i - 1]?.lower === 'with';
  const fits = (m: Mention) => m.actor && (!earlier || m.sentence < s.index)
    && (people ? c.typeOf(m.id) === 'person' : statesOnly ? c.typeOf(m.id) === 'country' : GROUP_TYPES.has(c.typeOf(m.id) ?? ''));
  // "the three leaders": the three named together last
  const pair = group.includes('three') ? lastCoordinated(c.all, tokens, tokens[i].start, s.index, fits, 3) : lastPair(c.all, tokens, tokens[i].start, s.index, fits, false, true);
  if (!pair) return NEXT;
  const g = c.nextGroup();
  for (const id of pair) c.push(c.make(id, 'group', i, i + group.length, s.index, 0.7, { group: g }));
  return i + group.length - 1;
}

/** Personal pronouns, and "his government": the person's state. */
function personalPronoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens, lex } = c;
  const gender = lex.pronouns.get(lower);
  if (!gender) return NEXT;
  // "his South Korean counterpart Kang": a determiner of a titled name, not a mention of its own
  if (c.titleStarts.has(i + 1)) return i;
  const fits = (m: Mention) => c.typeOf(m.id) === 'person' && m.actor && (c.genderOf(m.id) ?? gender) === gender;
  // ("Chavez gave the U.S. ambassador, Patrick Duddy, 72 hours to leave, saying he was acting ...": after ", saying" a subject
  // "he" is the one who says, the sentence's first person, not the one named last)
  const saying = (lower === 'he' || lower === 'she') && tokens[i - 1]?.lower === 'saying' && tokens[i - 2]?.text === ','
    ? c.all.find((m) => m.sentence === s.index && m.start < tokens[i].start && fits(m)) : undefined;
  const ante = saying ?? (i === s.tokenStart && (lower === 'he' || lower === 'she') ? previousSubject(c, s, fits) : undefined) ?? c.before(tokens[i].start, s.index, fits);
  if (!ante) return i;
  const head = tokens[i + 1]?.lower;
  if ((lower === 'his' || lower === 'her') && head && lex.possessiveHeads.has(head)) {
    const next = personsState(c, s, i, ante.id);
    if (next !== NEXT) return next;
  }
  // "TPLF leader Debretsion Gebremichael confirmed that his forces had targeted ...": the forces of the state or body he leads
  if ((lower === 'his' || lower === 'her') && head && lex.forceNounHeads.has(head)) {
    const owner = c.stateOf(ante.id) ?? c.bodyOf(ante.id);
    if (owner) {
      c.push(c.make(owner, 'pronoun', i, i + 1, s.index, 0.65));
      return i;
    }
  }
  c.push(c.make(ante.id, 'pronoun', i, i + 1, s.index, 0.75));
  return i;
}

/**
 * "Carter said Moscow had put Babrak Karmal in his place. He warned ...": a sentence opening with
 * "he" or "she" goes on with the person the sentence before was about, its first person named
 * outside a prepositional phrase, rather than the one named last.
 */
function previousSubject(c: CorefContext, s: Sentence, fits: (m: Mention) => boolean): Mention | undefined {
  const first = c.all.find((m) => m.sentence === s.index - 1 && m.kind !== 'pronoun' && fits(m));
  return first && !PREPOSITIONS.has(c.tokens[first.tokenStart - 1]?.lower ?? '') ? first : undefined;
}

/** "Rabin, whose country counts the United States as its closest ally": the state of the person before ", whose". */
function whoseHead(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens, lex } = c;
  if (lower !== 'whose' || !lex.possessiveHeads.has(tokens[i + 1]?.lower ?? '') || tokens[i - 1]?.text !== ',') return NEXT;
  const person = c.all.find((m) => m.sentence === s.index && m.tokenEnd === i - 1 && c.typeOf(m.id) === 'person');
  return person ? personsState(c, s, i, person.id) : NEXT;
}

/** "his government", "whose country" at i: a mention of the person's state over both words, or NEXT when it is not known. */
function personsState(c: CorefContext, s: Sentence, i: number, person: string): number {
  const state = c.stateOf(person);
  if (!state) return NEXT;
  c.push(c.make(state, 'pronoun', i, i + 2, s.index, 0.7));
  return i + 1;
}

/** "Yemen's Houthi movement claimed ... Its spokesman": of a possessor and what it owns, the owned body is the subject. */
function possessedHead(tokens: Token[], all: Mention[], m: Mention | undefined, fits: (m: Mention) => boolean): Mention | undefined {
  if (!m || !/^['’]s$/.test(tokens[m.tokenEnd]?.text ?? '')) return m;
  return all.find((x) => x.tokenStart === m.tokenEnd + 1 && fits(x)) ?? m;
}

/**
 * "China said it was imposing sanctions", "Russia ... its forces": the state or body named
 * last. "It" is resolved in subject position only ("said it would", "and it imposed"); an
 * object "it" is mostly a thing.
 */
function itsPronoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  if (lower !== 'it' && lower !== 'its') return NEXT;
  const { tokens, lex, all } = c;
  let p = i - 1;
  while (p >= s.tokenStart && TIME_WORDS.has(tokens[p].lower)) p--; // "said Friday it"
  // "Guyana, which it described as an ally": "it" after a relative pronoun is its clause's subject, and not the antecedent
  const afterRelative = lower === 'it' && OBJECT_RELATIVES.has(tokens[p]?.lower ?? '');
  const antecedentEnd = afterRelative ? (tokens[p - 1]?.text === ',' ? p - 1 : p) : -1;
  const subjectPosition = p < s.tokenStart || SUBJECT_OPENERS.has(tokens[p].lower) || afterRelative;
  if ((lower === 'it' && !subjectPosition) || isExpletive(tokens, i, lex.subjectPredicates)) return NEXT;
  // (the antecedent's noun phrase: "the Philippine vessels, which it accused")
  const inAntecedent = (m: Mention) => antecedentEnd >= 0 && m.tokenEnd <= antecedentEnd && m.tokenEnd >= antecedentEnd - 2
    && tokens.slice(m.tokenEnd, antecedentEnd).every((t) => t.kind === 0 && !t.upper);
  const fits = (m: Mention) => m.actor && !m.locative && m.kind !== 'group' && GROUP_TYPES.has(c.typeOf(m.id) ?? '') && !inAntecedent(m);
  // "It has frozen the assets ...": a sentence that opens with "It" continues the previous sentence's subject
  // ("India, which lost soldiers fighting the Tigers, said it welcomed the accord": the subject of "said" in this sentence)
  const speaker = lower === 'it' && lex.sayingVerbs.has(tokens[p]?.lower ?? '') ? all.find((m) => m.sentence === s.index && m.start < tokens[i].start && fits(m)) : undefined;
  // ("Washington, which froze ..., is working with Pakistan to hunt fighters who fled Afghanistan, and it has given Islamabad ...":
  // after ", and" a subject "it" goes on with the sentence's own subject)
  const continued = lower === 'it' && tokens[p]?.lower === 'and' && tokens[p - 1]?.text === ',' ? all.find((m) => m.sentence === s.index && m.start < tokens[i].start && fits(m)) : undefined;
  const opener = i === s.tokenStart ? possessedHead(tokens, all, all.find((m) => m.sentence === s.index - 1 && fits(m)), fits) : speaker ?? continued;
  const threatened = lower === 'its' && threatTo(tokens, i, lex.threatNouns);
  // "The United States is its largest funder": "its" after a copula is not the copula's subject
  // (the sentence's first actor: "The United States, which pushed for the mission, is its largest funder")
  const copulaSubject = lower === 'its' && lex.copulas.has(tokens[i - 1]?.lower ?? '') ? all.find((m) => m.sentence === s.index && m.start < tokens[i].start && fits(m))
    // ("said Russia posed a direct threat to its independence": the one posing the threat is not the one it threatens)
    : threatened ? c.before(tokens[i].start, s.index, (m) => fits(m) && m.sentence === s.index) : undefined;
  // ("Hungary, which has close ties with the Kremlin, had threatened ... and dropped its objections": not a name in a closed
  // aside, unless the subject itself is ruled out: "The United States, which pushed for the mission, is its largest funder")
  // ("Russia said Finland's accession to NATO posed a threat to its security": a threat to "its" reported is to the reporter)
  let said = -1;
  if (threatened) for (let k = i - 1; k > s.tokenStart && said < 0; k--) if (lex.sayingVerbs.has(tokens[k].lower)) said = k;
  // (the sentence's first actor reports; a person reports for their state)
  const first = said > 0 ? all.find((m) => m.sentence === s.index && m.tokenEnd <= said && m.actor && m.kind !== 'pronoun') : undefined;
  const reporterId = first === undefined ? undefined : c.typeOf(first.id) === 'person' ? c.stateOf(first.id) : fits(first) ? first.id : undefined;
  if (reporterId) {
    c.push(c.make(reporterId, 'pronoun', i, i + 1, s.index, 0.65));
    return i;
  }
  // ("accused it of": an object "it" is not its own verb's subject; "condemned it", "denounced it as aggression": the object
  // of a verb of reacting is an act, which the relation stage finds)
  const object = lower === 'it' && objectOfVerb(tokens, p, i, lex.sayingVerbs);
  if (object && REACTION_VERBS.has(tokens[p].lower)) return NEXT;
  const verbSubject = object ? (m: Mention) => m.sentence === s.index && m.tokenEnd <= p && m.tokenEnd >= p - 3 : undefined;
  // ("moved weapons to Belarus, its closest ally": "its" in an apposition is not the name the apposition describes)
  const described = lower === 'its' && tokens[i - 1]?.text === ',' ? i - 1 : -1;
  const ante = opener ?? c.before(tokens[i].start, s.index, (m) => fits(m) && m.sentence >= s.index - 1 && m !== copulaSubject && !verbSubject?.(m)
    && !(m.sentence === s.index && m.tokenEnd === described)
    && (copulaSubject !== undefined || !inRelativeAside(tokens, m.tokenStart, m.tokenEnd, i, s.tokenStart)));
  if (ante) c.push(c.make(ante.id, 'pronoun', i, i + 1, s.index, 0.65));
  return i;
}

/** "Esper and Stoltenberg ... reaffirming their support": the group or the pair named last. */
function pluralPronoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  if (lower !== 'they' && lower !== 'their' && lower !== 'them') return NEXT;
  const { tokens, lex, all } = c;
  // "The Houthis ... have fired drones, saying they ...": a group named in the plural opened the sentence
  const opener = all.find((m) => m.sentence === s.index && m.start < tokens[i].start && m.actor && !m.locative);
  // ("Palestinian leaders said they would ...": a nationality word heading a plural noun of people)
  // (or a domestic group: "French farmers said they would blockade Paris")
  // ("Palestinian suicide bombers": one modifier may come between)
  const headAt = opener ? [opener.tokenEnd, opener.tokenEnd + 1].find((k) => lex.actorNouns.has(tokens[k]?.lower ?? '') && tokens[k].lower.endsWith('s')) : undefined;
  const people = ((opener?.kind === 'demonym' || opener?.kind === 'adjective') && headAt !== undefined && !tokens[opener.tokenEnd].upper)
    || (opener?.kind === 'unknown' && c.typeOf(opener.id) === 'organization' && tokens[opener.tokenEnd - 1].lower.endsWith('s'))
    // ("European Union leaders meeting in Brussels said the sanctions they have imposed": a body's people right after its name)
    || (opener?.kind === 'name' && headAt === opener.tokenEnd && GROUP_TYPES.has(c.typeOf(opener.id) ?? ''));
  if (opener && (people || ((opener.kind === 'name' || opener.kind === 'contextual') && tokens[opener.tokenEnd - 1].text.endsWith('s')
    && GROUP_TYPES.has(c.typeOf(opener.id) ?? '') && c.typeOf(opener.id) !== 'country'))) {
    c.push(c.make(opener.id, 'pronoun', i, i + 1, s.index, 0.6));
    return i;
  }
  // "Al-Shabaab vowed revenge. Their spokesman, ...": an officer of the armed group or body named last
  // (not one in a closed relative aside: "The militants, who are linked to Al-Qaeda, have vowed revenge. Their spokesman")
  if (lower === 'their' && lex.appositionRoles.has(tokens[i + 1]?.lower ?? '')) {
    const body = c.before(tokens[i].start, s.index, (m) => m.actor && !m.locative && m.kind !== 'group' && m.sentence >= s.index - 1
      && (c.typeOf(m.id) === 'organization' || c.typeOf(m.id) === 'military')
      && !inRelativeAside(tokens, m.tokenStart, m.tokenEnd, i, m.sentence === s.index ? s.tokenStart : 0));
    if (body) {
      c.push(c.make(body.id, 'pronoun', i, i + 1, s.index, 0.55));
      return i;
    }
  }
  // "Militants loyal to al-Zarqawi said they ...": the one a sentence-opening plural noun follows
  const leader = followedAtOpening(all, tokens, s.tokenStart, i, lex.followerPhrases, (m) => m.actor && !m.locative && c.typeOf(m.id) !== 'country');
  if (leader) {
    c.push(c.make(leader.id, 'pronoun', i, i + 1, s.index, 0.55));
    return i;
  }
  // "... to pull its troops out of southern Lebanon, where they have been fighting": the forces named last
  const forces = forceOwnerBefore(all, tokens, i, s.tokenStart, lex, (m) => c.typeOf(m.id) === 'region');
  if (forces) {
    c.push(c.make(forces.id, 'pronoun', i, i + 1, s.index, 0.6));
    return i;
  }
  const pair = lastPair(all, tokens, tokens[i].start, s.index, (m) => m.actor && !m.locative && m.sentence >= s.index - 1, true);
  if (pair) {
    const g = c.nextGroup();
    for (const id of pair) c.push(c.make(id, 'group', i, i + 1, s.index, 0.6, { group: g }));
  }
  return i;
}

/** "Niger's ruling junta ... the junta's growing ties": the state whose junta or regime was named before, anywhere (a story names its junta once in the lead). */
function rulingNoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens, all } = c;
  if (lower !== 'the' || !c.lex.rulingNouns.has(tokens[i + 1]?.lower ?? '')) return NEXT;
  const noun = tokens[i + 1].lower;
  let ruled: Mention | undefined;
  for (let k = all.length - 1; k >= 0 && !ruled; k--) {
    const m = all[k];
    if (m.start < tokens[i].start && c.typeOf(m.id) === 'country' && m.kind !== 'group' && m.kind !== 'pronoun'
      && [1, 2, 3].some((d) => tokens[m.tokenEnd + d - 1]?.lower === noun && tokens.slice(m.tokenEnd, m.tokenEnd + d - 1).every((t) => RULING_MODIFIERS.has(t.lower)))) ruled = m;
  }
  if (!ruled) return NEXT;
  c.push(c.make(ruled.id, 'contextual', i, i + 2, s.index, 0.6));
  return i + 1;
}

/** "In Belgrade, the government declared ...": a governing noun right after an opening place phrase is that place's state. */
function governingNoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens } = c;
  if (lower !== 'the' || !c.lex.governingNouns.has(tokens[i + 1]?.lower ?? '') || i - 3 < s.tokenStart || tokens[i - 1].text !== ',') return NEXT;
  const opening = c.all.find((m) => m.sentence === s.index && m.tokenEnd === i - 1 && m.tokenStart === s.tokenStart + 1 && tokens[s.tokenStart].lower === 'in'
    && c.typeOf(m.id) === 'country' && (m.kind === 'capital' || m.kind === 'name'));
  if (!opening) return NEXT;
  c.push(c.make(opening.id, 'contextual', i, i + 2, s.index, 0.7));
  return i + 1;
}

const CROSSING_VERBS = wordClasses().crossingVerbs;

/** "the country", "the nation": the state named last, in this sentence or the one before. */
function stateNoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens, lex, all } = c;
  if (lower !== 'the' || !lex.stateNouns.has(tokens[i + 1]?.lower ?? '') || i + 2 > s.tokenEnd || tokens[i + 2]?.lower === 'of') return NEXT;
  const at = tokens[i].start;
  // "The United States, which has 1,100 soldiers in the country": a place named after "in" is not the clause's own subject
  const locativeUse = i > s.tokenStart && lex.locative.has(tokens[i - 1].lower);
  // ("French troops based in the country": the country is not the one whose forces are there)
  // ("allowed U.S. military personnel and civilians to operate in the country": a nationality word heading people sent there)
  // ("U.S. soldiers invaded the country": nor is the country forces enter or leave)
  const crossed = i > s.tokenStart && CROSSING_VERBS.has(tokens[i - 1].lower);
  const forcesBefore = locativeUse || crossed ? all.find((m) => m.sentence === s.index && m.tokenEnd <= i - 1
    && ((m.kind === 'force' && m.tokenEnd >= i - 4)
      || (m.tokenEnd >= i - 12 && (lex.deployedPeople.has(tokens[m.tokenEnd]?.lower ?? '') || lex.deployedPeople.has(tokens[m.tokenEnd + 1]?.lower ?? ''))))) : undefined;
  const opener = forcesBefore ?? (locativeUse ? all.find((m) => m.sentence === s.index && m.actor && m.start < at) : undefined);
  // "President Kim Young-sam apologised to the nation": outside a place phrase, the state of the sentence's own leader
  const leader = locativeUse ? undefined : all.find((m) => m.sentence === s.index && m.start < at && c.typeOf(m.id) === 'person' && m.kind !== 'pronoun');
  const leaderState = leader ? c.stateOf(leader.id) : undefined;
  const own = leaderState ? all.find((m) => m.id === leaderState && m.start < at) : undefined;
  // ("1,500 troops based in Niger. Paris began ... soldiers in the country": a place phrase refers back to a state named as a place)
  const place = locativeUse ? c.before(at, s.index, (m) => c.typeOf(m.id) === 'country' && m.locative === true && m.kind !== 'group' && m.sentence >= s.index - 2 && m.id !== opener?.id) : undefined;
  const named = (m: Mention) => c.typeOf(m.id) === 'country' && m.kind !== 'group' && m.sentence >= s.index - 1 && m.id !== opener?.id;
  // ("voted at a special session in Washington to suspend the country": outside a place phrase, a capital as a venue is no antecedent)
  const ante = own ?? place ?? (locativeUse ? undefined : c.before(at, s.index, (m) => named(m) && !(m.locative && m.kind === 'capital'))) ?? c.before(at, s.index, named);
  if (!ante) return i;
  c.push(c.make(ante.id, 'contextual', i, i + 2, s.index, 0.6, { locative: locativeUse }));
  return i + 1;
}

/** "houses in the capital": the capital of the state named last, in this sentence or the one before ("the Lithuanian capital" is read in acting.ts). */
function capitalNoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens, lex } = c;
  // (not "the capital of X" nor "the capital Kabul", which name it)
  if (lower !== 'the' || tokens[i + 1]?.lower !== 'capital' || i + 2 > s.tokenEnd || tokens[i + 2]?.lower === 'of' || tokens[i + 2]?.upper) return NEXT;
  const ante = c.before(tokens[i].start, s.index, (m) => c.typeOf(m.id) === 'country' && m.kind !== 'group' && m.sentence >= s.index - 1);
  if (!ante) return NEXT;
  const locative = i > s.tokenStart && lex.locative.has(tokens[i - 1].lower);
  c.push(c.make(ante.id, 'capital', i, i + 2, s.index, 0.6, { locative, actor: false }));
  return i + 1;
}

/** Role nouns: "the secretary", "the foreign minister": the last person named who bears the title. */
function roleNoun(c: CorefContext, s: Sentence, i: number, lower: string): number {
  const { tokens } = c;
  if (lower !== 'the' || !roleFirstWords(c.gaz).has(tokens[i + 1]?.lower ?? '')) return NEXT;
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(i + 1, i + 1 + len);
    if (words.length < len || i + 1 + len > s.tokenEnd || words.some((t) => t.upper && !isUpperCase(t.text))) continue;
    const titles = c.gaz.roleNouns.get(words.map((t) => t.lower).join(' '));
    if (!titles) continue;
    // "the president of the United States" names another office holder, not the last one mentioned
    if (tokens[i + 1 + len]?.lower === 'of') return NEXT;
    const ante = c.before(tokens[i].start, s.index + 1, (m) => c.typeOf(m.id) === 'person' && c.titlesOf(m).some((t) => titles.includes(t)));
    if (!ante) return NEXT;
    c.push(c.make(ante.id, 'role-noun', i, i + 1 + len, s.index, 0.8));
    return i + len;
  }
  return NEXT;
}

/** The sieves in the order they are tried: the most specific first. */
export const COREF_SIEVES: readonly CorefSieve[] = [
  { id: 'fixed-pair', run: fixedPair },
  { id: 'contextual-name', run: contextualName },
  { id: 'body-head', run: bodyHead },
  { id: 'hyphenated-contextual', run: hyphenatedContextual },
  { id: 'group-phrase', run: groupPhrase },
  { id: 'personal-pronoun', run: personalPronoun },
  { id: 'whose-head', run: whoseHead },
  { id: 'it-its', run: itsPronoun },
  { id: 'they-their', run: pluralPronoun },
  { id: 'ruling-noun', run: rulingNoun },
  { id: 'governing-noun', run: governingNoun },
  { id: 'state-noun', run: stateNoun },
  { id: 'capital-noun', run: capitalNoun },
  { id: 'role-noun', run: roleNoun },
];
