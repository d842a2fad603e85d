/**
 * Objects to the right of a cue: the first actor group after it, past filler words, a day
 * or "what he called" (groupAfter), and the actor group of a prepositional phrase, past
 * dates, places and asides of company (prepObject). A new clause ends the search.
 */
import type { Token } from '../text/tokenize.js';
import { TokenKind } from '../text/tokenize.js';
import { phraseLengthAt, phraseList, type ModalityLexicon } from './lexicon.js';
import type { ActorGroup, SentenceView } from './arguments.js';
import { isInfinitive } from './verb-forms.js';
import { goodsOrigin } from './goods.js';
import { wordClasses } from '../text/word-classes.js';
import { includesWordPair } from '../text/word-pairs.js';

const PREPOSITIONS = wordClasses().prepositions;
const IRREGULAR_PASTS = wordClasses().clausePasts;

// "support for what the Kremlin called ...": an object never lies beyond these
const CLAUSE_WORDS = wordClasses().clauseWords;

function fillerOk(t: Token, lex: ModalityLexicon): boolean {
  const w = t.lower;
  if (t.kind === TokenKind.Punct) return t.text === '-' || t.text === '$' || t.text === '(' || t.text === ')';
  return !lex.reporting.has(w) && !lex.clauseBreaks.has(w) && !CLAUSE_WORDS.has(w);
}

/** Prepositions of nearness: a phrase after them is beside its object, not it. */
const NEARNESS = wordClasses().nearnessPreps;

const DETERMINERS = wordClasses().determiners;

/** The first actor group that starts within `maxGap` filler tokens after `from`. */
export function groupAfter(v: SentenceView, from: number, r: number, maxGap: number, noPreps: boolean): ActorGroup | undefined {
  // "forced out on Wednesday more than 1,000 refugees": a day between a verb and its object
  if (v.tokens[from]?.lower === 'on' && TIME_NAMES.has(v.tokens[from + 1]?.text ?? '')) from += 2;
  // "supported what he called Trump's bold decision": the naming clause is transparent
  if (v.tokens[from]?.lower === 'what' && NAMING_VERBS.has(v.tokens[from + 2]?.lower ?? '')) from += 3;
  for (const g of v.groups) {
    if (g.tokenStart < from) continue;
    // "backed its ally Azerbaijan": a possessive determiner is not the object, the noun phrase's name is
    if (isDeterminerPronoun(v, g)) continue;
    // "expelled Sudan's ambassador, Abdalla Ali": the words before the name in commas are its own title phrase
    const titled = g.members[0].titleStart;
    if (titled !== undefined && titled >= from && titled - from <= maxGap && v.tokens[g.tokenStart - 1]?.text === ',' && g.tokenStart < r) return g;
    if (g.tokenStart >= r || g.tokenStart - from > maxGap) return undefined;
    for (let k = from; k < g.tokenStart; k++) {
      const t = v.tokens[k];
      const w = t.lower;
      if (!fillerOk(t, v.lex) || startsClause(v, k) || w === 'and' || w === 'or') return undefined;
      // only "of" may stand between a noun and its actor ("members of the Taliban"); a quantity is no
      // prepositional phrase ("up to 16 Russian advisers", "more than 100 Palestinians")
      // and "the rights of Palestinians", "the sovereignty of Ukraine": a holder noun's "of" names the party
      const holder = w === 'of' && k > from && v.lex.collectiveNouns.has(v.tokens[k - 1].lower);
      if (PREPOSITIONS.has(w) && (noPreps || w !== 'of') && !holder && v.tokens[k + 1]?.kind !== TokenKind.Number && !quantityAt(v, k)) return undefined;
      // "into waters off the island": what lies near a place is not the place
      if (NEARNESS.has(w)) return undefined;
    }
    // "the assault by their NATO ally": a name before a relational noun after a determiner only modifies it
    // "hosted Afghan Taliban officials": a nationality word right before a name modifies that name
    // (only a known name heading people: not "Indian External Affairs Minister", not "Peruvian Sukhoi fighter-bombers")
    if (g.members.length === 1 && (g.members[0].kind === 'adjective' || g.members[0].kind === 'demonym')) {
      const head = v.groups.find((x) => x.tokenStart === g.tokenEnd && x.tokenStart < r && x.members.every((m) => m.kind === 'name'));
      const after = head ? v.tokens[head.tokenEnd]?.lower ?? '' : '';
      if (head && (PEOPLE_AFTER_NAME.has(after) || !/^[a-z]/.test(after))) return head;
    }
    // "its Palestinian ally Hamas": a name right after the relational noun is the one meant
    if (RELATIONAL_HEADS.has(v.tokens[g.tokenEnd]?.lower ?? '')) {
      const named = v.groups.find((x) => x.tokenStart === g.tokenEnd + 1 && x.tokenStart < r);
      if (named) return named;
    }
    // (a nationality word names the ally itself: "backed its Czech allies")
    if (RELATIONAL_HEADS.has(v.tokens[g.tokenEnd]?.lower ?? '') && DETERMINERS.has(v.tokens[g.tokenStart - 1]?.lower ?? '')
      && g.members.every((m) => m.kind !== 'adjective' && m.kind !== 'demonym')) return undefined;
    return possessedName(v, g, r) ?? namedPeopleOf(v, g, r) ?? titledAfter(v, g, r) ?? g;
  }
  return undefined;
}

/** "froze the assets of two of Chavez's senior intelligence officials, Hugo Carvajal and Henry Rangel Silva": the people named after the owner's officials. */
function namedPeopleOf(v: SentenceView, g: ActorGroup, r: number): ActorGroup | undefined {
  const after = v.tokens[g.tokenEnd]?.text;
  if (after !== "'s" && after !== '’s') return undefined;
  let k = g.tokenEnd + 1;
  while (k < r && k <= g.tokenEnd + 5 && v.tokens[k].kind === TokenKind.Word && !v.tokens[k].upper && !v.lex.collectiveNouns.has(v.tokens[k].lower)) k++;
  if (!v.lex.collectiveNouns.has(v.tokens[k]?.lower ?? '') || v.tokens[k + 1]?.text !== ',') return undefined;
  // (the apposition may lie past the clause's comma)
  const named = v.groups.find((x) => x.tokenStart === k + 2);
  return named && named.members.every((m) => (m.kind === 'name' || m.kind === 'unknown') && m.actor && !m.locative) ? named : undefined;
}

/** "met Santa Cruz governor Ruben Costas": a place or body right before a title names the office; the titled person is the object. */
function titledAfter(v: SentenceView, g: ActorGroup, r: number): ActorGroup | undefined {
  // (a title opens with a word: most objects are followed by punctuation or a lower-case verb, and are let go here)
  const after = v.tokens[g.tokenEnd];
  if (!after || after.kind !== TokenKind.Word || g.tokenEnd + 1 >= r) return undefined;
  const next = v.groups.find((x) => x.tokenStart > g.tokenEnd && x.tokenStart <= g.tokenEnd + 4 && x.tokenStart < r);
  const start = next?.members[0].titleStart;
  return next && start === g.tokenEnd ? next : undefined;
}

const PEOPLE_AFTER_NAME = wordClasses().peopleAfterName;

const NAMING_VERBS = wordClasses().naming;

const RELATIONAL_HEADS = wordClasses().relationalHeads;

const NUMBER_WORDS = wordClasses().numberWords;

const QUANTITY_OPENERS = phraseList(wordClasses().quantityOpeners);

/** "at least eight", "up to 16", "more than 100": a quantity opened by a preposition is no prepositional phrase. */
function quantityAt(v: SentenceView, k: number): boolean {
  if (phraseLengthAt(QUANTITY_OPENERS, v.tokens, k, v.tokens.length) === 0) return false;
  const next = v.tokens[k + 2];
  return Boolean(next && (next.kind === TokenKind.Number || NUMBER_WORDS.has(next.lower)));
}

/** "Georgia's breakaway South Ossetia": after a possessor, the name it owns is the object. */
function possessedName(v: SentenceView, g: ActorGroup, r: number): ActorGroup | undefined {
  const next = v.tokens[g.tokenEnd];
  if (!next || (next.text !== "'s" && next.text !== '’s')) return undefined;
  // only a name the catalog knows: "South Korea's Yeonpyeong Island" stays South Korea
  return v.groups.find((x) => x.tokenStart > g.tokenEnd && x.tokenStart <= g.tokenEnd + 3 && x.tokenStart < r
    && x.members.every((m) => m.kind !== 'unknown' && !v.places?.has(m.id))
    // ("block Zelaya's return as OAS suspends country": "as" opens a clause)
    && v.tokens.slice(g.tokenEnd + 1, x.tokenStart).every((t) => t.kind === 0 && !t.upper && !PREPOSITIONS.has(t.lower) && t.lower !== 'as'));
}

const POSSESSIVE_DETERMINERS = wordClasses().thirdPersonPossessives;

// "fighting between their forces": the owners of a state's own forces or government are the actors themselves
const OWN_BODIES = wordClasses().ownBodies;

function isDeterminerPronoun(v: SentenceView, g: ActorGroup): boolean {
  if (g.tokenEnd - g.tokenStart !== 1 || !POSSESSIVE_DETERMINERS.has(v.tokens[g.tokenStart].lower)) return false;
  const next = v.tokens[g.tokenEnd];
  // "backed its Czech allies": a nationality word after the determiner heads the object
  if (next?.upper && v.groups.some((x) => x.tokenStart === g.tokenEnd && x.members.every((m) => m.kind === 'adjective' || m.kind === 'demonym' || m.kind === 'force'))) return true;
  // "a threat to its independence": what a state holds (independence, sovereignty, security) stands for the state
  return Boolean(next && next.kind === 0 && !next.upper && !OWN_BODIES.has(next.lower) && !v.lex.collectiveNouns.has(next.lower));
}

/** "from X", "with X": the actor group after the first of `preps` found in [from, r). */
export function prepObject(v: SentenceView, from: number, r: number, preps: string[], maxSearch = 14, crossPreps = true): { group: ActorGroup; prepAt: number } | undefined {
  if (preps.length === 0) return undefined;
  for (let k = from; k < r && k < from + maxSearch; k++) {
    const w = v.tokens[k].lower;
    // "gave a warm welcome on Thursday to ...": a date between a noun and its phrase is no phrase of its own
    // ("have been fighting since Wednesday against ...")
    if ((w === 'on' || w === 'since' || w === 'until') && TIME_NAMES.has(v.tokens[k + 1]?.text ?? '')) { k++; continue; }
    // "surface-to-air missiles": a preposition inside a hyphenated compound is part of a word
    const compound = v.tokens[k - 1]?.text === '-' && v.tokens[k - 1].end === v.tokens[k].start;
    const hit = compound ? 0 : k + 1 < r && includesWordPair(preps, w, v.tokens[k + 1].lower) ? 2 : preps.includes(w) ? 1 : 0;
    // "flown several hundred soldiers, together with helicopters, into Kinshasa": an aside of company is skipped
    const aside = !hit && w === ',' ? companyAsideEnd(v, k, r) : -1;
    if (aside > 0) { k = aside; continue; }
    // "exported shrimp, coffee and other goods to Taiwan": a comma inside a list of things, which "and" closes
    if (!hit && w === ',' && thingListGoesOn(v, k, r)) continue;
    if (!hit) {
      // "ethnic cleansing in Montenegro against ...": a place phrase is not the noun's own complement
      if (!crossPreps && (w === 'in' || w === 'at' || w === 'near') && v.places && placeAt(v, k + 1)) {
        k++;
        while (k + 1 < r && v.inMention.has(k + 1)) k++;
        continue;
      }
      // "a joint operation with the Congolese army against the FDLR": a partner's phrase before the noun's own is crossed
      const partner = !crossPreps && w === 'with' && preps.includes('against') ? groupAfter(v, k + 1, r, 3, true) : undefined;
      if (partner) { k = partner.tokenEnd - 1; continue; }
      if (!fillerOk(v.tokens[k], v.lex) || startsClause(v, k)) return undefined;
      // a noun's own prepositional phrase comes first: "cooperation in dealing with X" is not cooperation with X
      // (but where a thing came from is no rival phrase: "the launch of missiles from warships in the Mediterranean against ...")
      if (!crossPreps && PREPOSITIONS.has(w) && w !== 'of' && w !== 'from' && !compound) return undefined;
      continue;
    }
    // "partners to exclude Russian banks": "to" before a verb opens an infinitive, not a phrase
    if (hit === 1 && w === 'to' && isInfinitive(v, k + 1)) {
      // "sent troops to fight in Iraq": an infinitive of purpose may name the place after it
      if (/^(in|inside|into)$/.test(v.tokens[k + 2]?.lower ?? '') && preps.includes(v.tokens[k + 2].lower)) { k++; continue; }
      return undefined;
    }
    // "tariffs on imports from China", "a levy on Canadian goods": the state the goods come from
    const goods = hit === 1 && w === 'on' ? goodsOrigin(v, k + 1, r) : undefined;
    if (goods) return { group: goods, prepAt: k };
    const group = groupAfter(v, k + hit, r, 5, true) ?? groupAfter(v, k + hit, r, 5, false);
    if (group) return { group: withRepeatedPrep(v, group, v.tokens[k].lower, r), prepAt: k };
  }
  return undefined;
}

/** The comma at k joins lower-case nouns of a list that "and" or "or" closes a few words on. */
function thingListGoesOn(v: SentenceView, k: number, r: number): boolean {
  const next = v.tokens[k + 1];
  if (!next || next.kind !== TokenKind.Word || next.upper || !fillerOk(next, v.lex) || PREPOSITIONS.has(next.lower) || /ing$/.test(next.lower)) return false;
  // ("meat, fish, milk, cheese and fruit": more items, each after its comma)
  for (let j = k + 2; j < r && j <= k + 12; j++) {
    const t = v.tokens[j];
    if (t.lower === 'and' || t.lower === 'or') return true;
    if (t.text === ',' && v.tokens[j - 1].kind === TokenKind.Word) continue;
    if (t.kind !== TokenKind.Word || t.upper || !fillerOk(t, v.lex)) return false;
  }
  return false;
}

const COMPANY_OPENERS = phraseList(wordClasses().companyOpeners);

/** ", together with helicopters and jet fighters,": the closing comma of an aside of company opening at k, or -1. */
function companyAsideEnd(v: SentenceView, k: number, r: number): number {
  if (phraseLengthAt(COMPANY_OPENERS, v.tokens, k + 1, v.tokens.length) === 0) return -1;
  for (let j = k + 3; j < r && j <= k + 12; j++) if (v.tokens[j].text === ',') return j;
  return -1;
}

/** A place's mention starts at k (maybe after "the"). */
function placeAt(v: SentenceView, k: number): boolean {
  const at = v.tokens[k]?.lower === 'the' ? k + 1 : k;
  return v.groups.some((g) => g.tokenStart <= at && g.tokenEnd > at && g.members.every((m) => m.locative || v.places?.has(m.id)));
}

const TIME_NAMES = wordClasses().timeNames;

/** "allied with Britain in NATO and with Argentina under the Rio Treaty": the same preposition repeated after "and". */
function withRepeatedPrep(v: SentenceView, group: ActorGroup, prep: string, r: number): ActorGroup {
  for (let k = group.tokenEnd; k < r && k < group.tokenEnd + 8; k++) {
    const w = v.tokens[k].lower;
    if ((w === 'and' || w === 'or') && v.tokens[k + 1]?.lower === prep) {
      const next = groupAfter(v, k + 2, r, 3, true);
      return next ? { members: [...group.members, ...next.members], tokenStart: group.tokenStart, tokenEnd: next.tokenEnd } : group;
    }
    if (!fillerOk(v.tokens[k], v.lex) || startsClause(v, k) || w === ',' && v.tokens[k + 1]?.lower !== 'and') return group;
  }
  return group;
}

const VERB_PHRASE_OPENERS = wordClasses().verbPhraseOpeners;

/** A verb phrase starts after "and": the object search stops there ("rejected X and has protested against Y"). */
function startsClause(v: SentenceView, k: number): boolean {
  const w = v.tokens[k].lower;
  if (w !== 'and' && w !== 'but') return false;
  const next = v.tokens[k + 1]?.lower ?? '';
  // ("and on Thursday broke off relations": a day before the verb)
  if (next === 'on' && TIME_NAMES.has(v.tokens[k + 2]?.text ?? '') && (/ed$/.test(v.tokens[k + 3]?.lower ?? '') || IRREGULAR_PASTS.has(v.tokens[k + 3]?.lower ?? ''))) return true;
  return VERB_PHRASE_OPENERS.has(next) || /ed$/.test(next);
}
