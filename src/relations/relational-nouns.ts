/**
 * Relational nouns name one side of a relation and point at the other: "its ally
 * Azerbaijan", "a treaty ally of the Philippines", "its NATO allies", "the U.S. ally
 * Japan", "Islamabad's most important economic partner". Their arguments are the owner
 * (possessor), a modifier between owner and noun, the name right after the noun, the
 * object of "of", and the head of an apposition ("The United States, a treaty ally of …").
 */
import type { ActorGroup, SentenceView } from './arguments.js';
import { clauseWindow, lastOf } from './arguments.js';
import { prepObject } from './objects.js';
import { possessorBefore } from './possessors.js';
import { wordClasses } from '../text/word-classes.js';
import { TokenKind } from '../text/tokenize.js';

const APPOSITION_OPENERS = wordClasses().appositionOpeners;

export interface RelationalArgs { sources: ActorGroup; targets: ActorGroup }

const POSSESSIVE_DETERMINERS = wordClasses().possessiveDeterminers;
const PARTITIVES = wordClasses().partitives;

/** Pairs (owner or apposition head) × (named partner), or null when the noun names only one side. */
export function relationalNounArgs(v: SentenceView, ts: number, te: number, l: number, r: number): RelationalArgs | null {
  const named = possessorBefore(v, ts, l);
  // "Britain's NATO ally": a name between a possessor and the noun modifies the noun, the possessor owns it
  const possessor = named && /^['’]s$/.test(v.tokens[named.tokenStart - 1]?.text ?? '') ? v.groups.find((g) => g.tokenEnd === named.tokenStart - 1 && g.tokenStart >= l) : undefined;
  const owner = possessor ?? named;
  // a modifier between the owner and the noun: "its NATO allies", "the U.S. ally"
  const modifier = possessor ? named : v.groups.find((g) => g !== owner && g.tokenEnd <= ts && g.tokenStart >= (owner?.tokenEnd ?? ts - 3) && ts - g.tokenEnd <= 2);
  // "its ally Azerbaijan", "its ally President Bashar al-Assad" (the title is part of the name)
  const after = v.groups.find((g) => g.tokenStart === te || g.members[0].titleStart === te || (g.tokenStart === te + 1 && v.tokens[te].text === ','))
    // ("Washington's closest ally in the region, Israel,": the noun's own phrase of place may come before the name in commas)
    ?? appositionAfterPhrase(v, te);
  // "an ally of Japan", "partner to the Philippines" — not "partners to exclude Russian banks", an infinitive,
  // nor "its partners shot down most of Iran's drones", the "of" of a share
  const prep = prepObject(v, te, r, ['of', 'to'], 4, false);
  const ofObject = prep && prep.group.tokenStart - prep.prepAt <= 2 && !PARTITIVES.has(v.tokens[prep.prepAt - 1].lower) ? prep.group : undefined;
  const head = appositionHead(v, ts, l);
  const first = owner ?? modifier;
  const second = after ?? ofObject;
  if (first && second && first !== second) return { sources: first, targets: second };
  // "Washington, which regards Colombia as its closest ally": the one regarding and the one regarded
  const regarded = regardedAs(v, ts);
  if (regarded) return regarded;
  // "Israel, Washington's closest ally in the Middle East": the name before the comma and the owner
  // (the comma may close the clause window the noun stands in: "sent troops to Israel, its closest ally")
  if (owner && !second && owner.tokenStart >= l && owner.tokenStart > v.start && v.tokens[owner.tokenStart - 1]?.text === ',') {
    const named = v.groups.find((g) => g.tokenEnd === owner.tokenStart - 1);
    if (named && named !== owner) return { sources: owner, targets: singularApposition(v, named, te) };
  }
  // "France, Chad's former colonial ruler and its main military ally, has ...": the second of two appositions
  const joined = owner && !second ? secondApposition(v, owner.tokenStart) : undefined;
  if (owner && joined && joined !== owner) return { sources: owner, targets: joined };
  // "Cuba's main trading partners remain Venezuela and China": the names after a copula
  if (owner && !second) {
    let k = te;
    while (k < r && k < te + 3 && COPULA.has(v.tokens[k].lower)) k++;
    const named = k > te ? v.groups.find((g) => g.tokenStart === k || (g.tokenStart === k + 1 && v.tokens[k].lower === 'the')) : undefined;
    if (named && named !== owner) return { sources: owner, targets: named };
  }
  // "China remains Vietnam's biggest trading partner": the subject of a copula is the other side
  const subject = owner ? copulaSubject(v, owner.tokenStart, l) : undefined;
  if (owner && subject && subject !== owner) return { sources: subject, targets: owner };
  if (owner && modifier) return { sources: owner, targets: modifier };
  // "its NATO allies": the name is the modifier, the possessive determiner before it the owner
  const determiner = owner ? v.groups.find((g) => g.tokenEnd === owner.tokenStart && POSSESSIVE_DETERMINERS.has(v.tokens[g.tokenStart].lower)) : undefined;
  if (owner && determiner && !second) return { sources: determiner, targets: owner };
  if (head && (second ?? first) && head !== (second ?? first)) return { sources: head, targets: (second ?? first)! };
  return null;
}

const COPULA = wordClasses().copulaWords;
const NAMING = wordClasses().naming;
const REGARDING = wordClasses().regarding;
const OBJECT_RELATIVES = wordClasses().objectRelatives;
const INDEFINITE_ARTICLES = wordClasses().indefiniteArticles;

/** "S regards O as a key ally": the clause's subject (or the name before "which") and the object of the verb. */
function regardedAs(v: SentenceView, ts: number): RelationalArgs | null {
  // "as" opens a clause of its own for the clause finder, so look from the sentence's start
  let k = ts - 1;
  while (k > v.start && k >= ts - 4 && v.tokens[k].lower !== 'as') k--;
  if (k <= v.start || v.tokens[k].lower !== 'as') {
    // "Washington calls Seoul a key ally": no "as" after verbs of naming
    let a = ts - 1;
    while (a > v.start && a >= ts - 4 && !INDEFINITE_ARTICLES.has(v.tokens[a].lower)) a--;
    const named = INDEFINITE_ARTICLES.has(v.tokens[a]?.lower ?? '') ? v.groups.find((g) => g.tokenEnd === a) : undefined;
    if (!named || !NAMING.has(v.tokens[named.tokenStart - 1]?.lower ?? '')) return null;
    const l = clauseWindow(v, named.tokenStart - 1)[0];
    const subject = v.groups.filter((g) => g.tokenEnd <= named.tokenStart - 1 && g.tokenStart >= l).pop();
    return subject && subject !== named ? { sources: subject, targets: named } : null;
  }
  // "Guyana, which it described as a regional ally": the relative pronoun is the object, the name before it what is regarded
  if (REGARDING.has(v.tokens[k - 1]?.lower ?? '')) {
    const subject = v.groups.find((g) => g.tokenEnd === k - 1);
    const rel = subject ? subject.tokenStart - 1 : -1;
    if (subject && OBJECT_RELATIVES.has(v.tokens[rel]?.lower ?? '')) {
      const regarded = v.groups.find((g) => g.tokenEnd === (v.tokens[rel - 1]?.text === ',' ? rel - 1 : rel));
      if (regarded && regarded !== subject) return { sources: subject, targets: regarded };
    }
  }
  const object = v.groups.find((g) => g.tokenEnd === k);
  if (!object || !REGARDING.has(v.tokens[object.tokenStart - 1]?.lower ?? '')) return null;
  const verbAt = object.tokenStart - 1;
  const l = clauseWindow(v, verbAt)[0];
  const subject = v.groups.filter((g) => g.tokenEnd <= verbAt && g.tokenStart >= l).pop()
    ?? (l > v.start && /^(which|who|that)$/i.test(v.tokens[l - 1].text) ? v.groups.find((g) => g.tokenEnd === (v.tokens[l - 2]?.text === ',' ? l - 2 : l - 1)) : undefined);
  return subject && subject !== object ? { sources: subject, targets: object } : null;
}

const COPULAS = wordClasses().copulas;

/** The name before "is", "remains", "has become" ... that ends right before `at`. */
function copulaSubject(v: SentenceView, at: number, l: number): ActorGroup | undefined {
  let k = at - 1;
  while (k > l && COPULA.has(v.tokens[k].lower)) k--;
  if (k === at - 1 || !v.tokens.slice(k + 1, at).some((t) => COPULAS.has(t.lower))) return undefined;
  // "The United States, which pushed for the mission, is its largest funder": the name before the relative aside
  if (v.tokens[k].text === ',') {
    for (let j = k - 1; j > l && j >= k - 20; j--) {
      if (!/^(which|who)$/.test(v.tokens[j].lower) || v.tokens[j - 1].text !== ',') continue;
      return v.groups.find((g) => g.tokenEnd === j - 1 && g.tokenStart >= l);
    }
  }
  return v.groups.find((g) => g.tokenEnd === k + 1 && g.tokenStart >= l);
}

/** Words back from "and" to the comma that opens the apposition before it. */
const APPOSITION_SPAN = 8;

/**
 * The name described by an apposition joined with "and" to one before it ("France, Chad's former
 * colonial ruler and its main ally"): the group right before the comma that opens the first.
 */
function secondApposition(v: SentenceView, ownerStart: number): ActorGroup | undefined {
  if (v.tokens[ownerStart - 1]?.lower !== 'and') return undefined;
  for (let k = ownerStart - 2; k > v.start && k >= ownerStart - APPOSITION_SPAN; k--) {
    const t = v.tokens[k];
    if (t.text === ',') return v.groups.find((g) => g.tokenEnd === k);
    if (t.kind !== 0 && !/^['’]s$/.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * "spoke with Yang Jiechi, and Britain, Washington's closest ally, urged": a noun in the
 * singular describes the last of a list before it, not all of it.
 */
function singularApposition(v: SentenceView, named: ActorGroup, te: number): ActorGroup {
  return /s$/.test(v.tokens[te - 1].lower) ? named : lastOf(named);
}

/** Words between the comma opening an apposition and its noun ("Vietnam, the Phnom Penh government's main backer"). */
const APPOSITION_WORDS = 8;

/** "The United States, a treaty ally of …": the name before ", a …" that the noun phrase describes. */
function appositionHead(v: SentenceView, ts: number, l: number): ActorGroup | undefined {
  // (the comma may close the clause window the noun stands in: the head named before it is still the one described)
  const from = Math.min(l, ts - 1);
  let k = ts - 1;
  while (k > v.start && k >= ts - APPOSITION_WORDS && v.tokens[k].text !== ',') k--;
  if (k <= v.start || k < from - 1 || v.tokens[k].text !== ',' || !APPOSITION_OPENERS.has(v.tokens[k + 1]?.lower ?? '')) return undefined;
  return v.groups.find((g) => g.tokenEnd === k);
}

/**
 * "Japan regards China as a threat", "Fernandes described Beijing as India's potential
 * threat number one", "NATO called Russia the most direct threat": the one regarded as a
 * threat threatens whoever owns the threat, else the one regarding it.
 */
export function regardedAsThreat(v: SentenceView, ts: number, l: number): RelationalArgs | null {
  // the noun's possessor, if any: "India's potential threat"
  const owner = possessorBefore(v, ts, l);
  const from = owner ? owner.tokenStart : ts;
  let regarded: ActorGroup | undefined;
  let verbAt = -1;
  for (let k = from - 1; k >= Math.max(v.start, from - 8) && !regarded; k--) {
    const w = v.tokens[k].lower;
    if (w === 'as') {
      const g = v.groups.find((x) => x.tokenEnd === k);
      // "described Beijing earlier this month as ...": a time phrase may stand between
      const named = g ?? v.groups.filter((x) => x.tokenEnd < k && x.tokenEnd >= k - 4).pop();
      if (named && REGARDING.has(v.tokens[named.tokenStart - 1]?.lower ?? '')) { regarded = named; verbAt = named.tokenStart - 1; }
      break;
    }
    if (NAMING.has(w)) {
      const named = v.groups.find((x) => x.tokenStart === k + 1);
      if (named) { regarded = named; verbAt = k; }
      break;
    }
  }
  if (!regarded) return null;
  // ("Israel, which regards Iran's missile programme as an existential threat": the relative's antecedent)
  const relative = /^(which|who)$/.test(v.tokens[verbAt - 1]?.lower ?? '') ? v.groups.find((g) => g.tokenEnd === (v.tokens[verbAt - 2]?.text === ',' ? verbAt - 2 : verbAt - 1)) : undefined;
  const regarder = relative ?? v.groups.filter((g) => g.tokenEnd <= verbAt && g.tokenStart >= clauseWindow(v, verbAt)[0]).pop();
  const target = owner && owner !== regarded ? owner : regarder;
  return target && target !== regarded ? { sources: regarded, targets: target } : null;
}

/** "ally in the region, Israel": a name in commas after a short lower-case phrase that ends the noun's phrase. */
function appositionAfterPhrase(v: SentenceView, te: number): ActorGroup | undefined {
  if (!/^(in|of)$/.test(v.tokens[te]?.lower ?? '')) return undefined;
  for (let k = te + 1; k < v.end && k <= te + 4; k++) {
    const t = v.tokens[k];
    if (t.text === ',') return v.groups.find((g) => g.tokenStart === k + 1 && v.tokens[g.tokenEnd]?.text === ',');
    // (a place's name may be part of the phrase: "in Europe", "in the Middle East")
    if (t.kind !== TokenKind.Word) return undefined;
  }
  return undefined;
}
