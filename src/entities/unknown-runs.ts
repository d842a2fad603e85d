/**
 * Recognition of capitalised runs the catalog does not know: a surname of someone named
 * before, the tail of an unknown body's name, or a new person, body or place, its type
 * guessed from its words and the words around it.
 */
import { TokenKind, type Token } from '../text/tokenize.js';
import type { Sentence } from '../text/sentences.js';
import { slugify } from '../util/slug.js';
import type { RecognizeContext } from './recognize-context.js';
import { longestMatch } from './match.js';
import { isAllCapitals, nameRun } from './word-tests.js';
import { addUnknown, inOfficeName, roleInApposition, speechAfter, tailAt } from './unknown-names.js';
import { surnameSeen } from './surnames.js';
import { guessUnknownType } from './link-person.js';
import type { EntityInfo } from './types.js';
import { sentenceInitial, singleNameContext } from './single-names.js';
import { wordClasses } from '../text/word-classes.js';

/** A run's answer when it makes no mention and takes no word: the next word is tried. */
export const NO_RUN = -1;

const PLURAL_WORD = /^[a-z]+s$/;
const PLACE_VERBS = wordClasses().placeVerbs;
const HELD_TARGETS = wordClasses().heldTargets;
const PLAIN_ARTICLES = wordClasses().plainArticles;
const COMPANY_HEADS = wordClasses().companyHeads;

/** The mention before ends at token `end` and is a place. */
function afterPlace(c: RecognizeContext, end: number): boolean {
  const m = c.mentions[c.mentions.length - 1];
  if (!m || m.tokenEnd !== end) return false;
  return m.locative || (c.unknown.get(m.id) ?? c.gaz.entries.get(m.id))?.type === 'region';
}

/** The type of an unknown run of `words` at [i, run), or null when it names nothing to keep. */
function runType(c: RecognizeContext, s: Sentence, i: number, run: number, words: string[], placeTail: number): EntityInfo['type'] | null {
  const { tokens, lex } = c;
  const next = tokens[run]?.lower;
  // ("Varkesh threatened Russia": a lone word is a name where its document and neighbours say so)
  let type = guessUnknownType(words, lex, next, sentenceInitial(tokens, s, i, c.skip), () => singleNameContext(c.doc, c.skip, s, i, run, lex), PLAIN_ARTICLES.has(tokens[run + 1]?.lower ?? ''));
  // "60 Black Hawk and Huey helicopters": the first of two product names before their plural noun
  if ((next === 'and' || next === 'or') && tokens[run + 1]?.upper && PLURAL_WORD.test(tokens[run + 2]?.text ?? '') && !lex.organizationHeads.has(words[words.length - 1])) type = null;
  // "the airports of Bahir Dar", "in Mekelle": an unknown name after a place preposition is a place, not a person
  const before = i > s.tokenStart ? tokens[i - 1].lower : '';
  const placeWord = lex.locative.has(before) || before === 'of' || before === 'to' || before === 'into';
  // (but "handed over to Karel De Gucht, the Belgian foreign minister": a role in apposition makes a person)
  if (type === 'person' && placeWord && !roleInApposition(tokens, run, s.tokenEnd, lex)) type = words.length <= 3 ? 'region' : null;
  // "the town of Cizre", "the port of Matadi": a name after a noun of place and "of" is that place
  // ("pounded bases of Ansar Dine", "positions of Hizbul Mujahideen": whoever holds them is an armed body)
  const nounOf = before === 'of' && i - 2 >= s.tokenStart ? tokens[i - 2].lower : '';
  if (HELD_TARGETS.has(nounOf) && words.length <= 4 && type !== null) type = 'organization';
  else if (lex.placeNouns.has(nounOf) && words.length <= 3) type = 'region';
  // "the nominal leader of the Khmer Rouge": after a role and "of the", an unknown name is the body led
  if (type === 'person' && before === 'the' && i - 3 >= s.tokenStart && tokens[i - 2].lower === 'of' && lex.appositionRoles.has(tokens[i - 3].lower)) type = 'organization';
  // "the cruiser General Belgrano": a warship's name of two words or more (a lone one stays unnamed, as other lone words after a noun of forces)
  if (lex.warshipNouns.has(before) && words.length >= 2 && words.length <= 4) return 'military';
  // "the aircraft carriers Invincible and Hermes": a lone name after "and" and another lone name after a kind of warship is a ship too
  if (words.length === 1 && before === 'and' && i - 3 >= s.tokenStart && tokens[i - 2].upper && lex.warshipNouns.has(tokens[i - 3].lower)) return null;
  // "the Islamic Republic": people are not written with an article
  if (type === 'person' && before === 'the' && !speechAfter(next)) type = null;
  // "the Manda Bay Airfield", "the Manas air base", "the Cenepa valley", "an air base at Kant": places
  if (words.length <= 4 && (lex.placeHeads.has(words[words.length - 1]) || placeTail > 0)) type = 'region';
  else if (!type && words.length === 1 && lex.locative.has(before) && i - 2 >= s.tokenStart && lex.placeNouns.has(tokens[i - 2].lower)) type = 'region';
  // "bases at Batumi and Akhalkalaki", "the towns of Kilis and Reyhanli": joined to a place just named, a place
  // ("the border towns of Ras al-Ain and Tel Abyad": two words too)
  // (not a name in commas after a place: "ambassador in Canberra, Cheng Jingye,")
  if (type === 'person' && (words.length === 1 ? before === 'and' || before === 'or' || before === ',' : words.length === 2 && (before === 'and' || before === 'or'))
    && afterPlace(c, i - 1)) type = 'region';
  // "recaptured Gao", "stormed Kidal": a lone name taken or struck is a place
  if (type === 'person' && words.length === 1 && PLACE_VERBS.has(before)) type = 'region';
  // "which the Revolutionary Guards code-named True Promise": an operation's name
  if (lex.operationNamers.some((w) => i - w.length >= s.tokenStart && w.every((x, k) => tokens[i - w.length + k].lower === x))) type = null;
  // "Minister of Roads and Urban Development": the rest of an office's name, not a person
  if (before === 'and' && inOfficeName(tokens, i - 1, s.tokenStart, lex.officeHeads)) type = null;
  return type;
}

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

/** "82nd" before i, written as a number and its suffix with no space between. */
function ordinalBefore(tokens: Token[], i: number, first: number): boolean {
  const n = tokens[i - 2];
  const suffix = tokens[i - 1];
  return i - 2 >= first && n.kind === TokenKind.Number && ORDINAL_SUFFIX.test(suffix.text) && n.end === suffix.start;
}

/** The mention a capitalised word at i starts, if any, and the word after everything it took (NO_RUN: none). */
export function unknownRun(c: RecognizeContext, s: Sentence, i: number): number {
  const { tokens, gaz, lex, unknown } = c;
  const tok = tokens[i];
  // "Wang" after "Foreign Minister Wang Yi": the surname of a person this document already named
  const named = surnameSeen(c.mentions, gaz, tok.text, c.seen);
  if (named && (tokens[i + 1]?.upper !== true || tokens[i + 1]?.kind !== TokenKind.Word)) {
    c.add(named, 'name', i, i + 1, s.index, true, 0.85);
    return i + 1;
  }
  const run = nameRun(tokens, i, s.tokenEnd, lex, gaz);
  if (run <= i) return NO_RUN;
  // "First Deputy Managing Director": capitalised modifiers before a title belong to the title, not to a name
  if (tokens.slice(i, run).every((t) => lex.titleModifiers.has(t.lower) || t.lower === 'first' || t.lower === 'second')
    && longestMatch(gaz.titles, tokens, run, s.tokenEnd)) return run;
  const words = tokens.slice(i, run).map((t) => t.text);
  // "the Islamic Courts" after "the Union of Islamic Courts": the tail of an unknown body's name is that body
  const tail = words.length >= 2 ? ' ' + words.join(' ') : '';
  const whole = tail ? [...unknown.values()].find((u) => (u.type === 'organization' || u.type === 'military') && u.label.endsWith(tail)) : undefined;
  if (whole) {
    if (!whole.aliases.includes(tail.slice(1))) whole.aliases.push(tail.slice(1));
    c.add(whole.id, 'unknown', i, run, s.index, true, 0.5);
    return run;
  }
  // a lone surname refers back to the unknown person named in full before ("John Doe" ... "Doe")
  const earlier = words.length === 1
    ? [...unknown.values()].find((u) => u.type === 'person' && u.label.includes(' ') && u.label.split(' ').pop() === words[0]) : undefined;
  if (earlier) {
    if (!earlier.aliases.includes(words[0])) earlier.aliases.push(words[0]);
    c.add(earlier.id, 'unknown', i, run, s.index, true, 0.5);
    return run;
  }
  const placeTail = words.length <= 3 ? tailAt(tokens, run, s.tokenEnd, lex.placeTails) : 0;
  const type = runType(c, s, i, run, words, placeTail);
  if (!type) return run;
  // "the 82nd Airborne Division", "the 5th Corps": a unit's ordinal, written before it, is part of its name
  const ordinal = ordinalBefore(tokens, i, s.tokenStart) && lex.militaryHeads.has(words[words.length - 1]) ? 2 : 0;
  // "the Nicaraguan Democratic Force": a nationality word between an article and a body's name the catalog does not know
  // is part of that name (a state's own forces, "the Guyana Defence Force", are read in recognize.ts)
  const prev = c.mentions[c.mentions.length - 1];
  const national = (type === 'organization' || type === 'military') && !ordinal && prev !== undefined && prev.tokenEnd === i && prev.tokenStart === i - 1
    && (prev.kind === 'adjective' || prev.kind === 'demonym') && PLAIN_ARTICLES.has(tokens[i - 2]?.lower ?? '') ? prev : undefined;
  // "Nepal Oil Corporation", "Pakistan International Airlines": a state's name heading a body's name is part of it, and the body is that state's
  const stateBody = !national && type === 'organization' && prev !== undefined && prev.tokenEnd === i && prev.kind === 'name'
    && gaz.entries.get(prev.id)?.type === 'country' && lex.organizationHeads.has(words[words.length - 1]) ? prev : undefined;
  const start = national ? i - 1 : stateBody ? stateBody.tokenStart : i - ordinal;
  // ("People 's" as written "People's")
  const written = words.join(' ').replace(/ - /g, '-').replace(/ (['’]s?)(?= |$)/g, '$1');
  const prefix = national || stateBody ? tokens.slice(start, i).map((t) => t.text).join(' ') : '';
  const label = ordinal ? `${tokens[i - 2].text}${tokens[i - 1].text} ${written}` : prefix ? `${prefix} ${written}` : written;
  const id = slugify(label);
  if (!id || gaz.entries.has(id)) return run;
  if (national || stateBody) c.mentions.pop();
  // ("the Manas air base": named with its noun, and known by the name alone too)
  const tailed = placeTail > 0 ? `${label} ${tokens.slice(run, run + placeTail).map((t) => t.text).join(' ')}` : '';
  const withTail = tailed !== '' && !gaz.entries.has(slugify(tailed));
  const end = withTail ? run + placeTail : run;
  const placeId = withTail ? slugify(tailed) : id;
  addUnknown(unknown, placeId, withTail ? tailed : label, type);
  if (withTail) addUnknown(unknown, placeId, label, type);
  if (stateBody) {
    const body = unknown.get(placeId)!;
    body.affiliation ??= stateBody.id;
    if (COMPANY_HEADS.has(words[words.length - 1])) body.kind ??= 'company';
  }
  // an unknown place is a possible destination, never an acting party
  const m = c.add(placeId, 'unknown', start, end, s.index, type !== 'region', 0.5);
  m.locative = type === 'region';
  return end;
}

/**
 * "AFISMA, the African-led mission ...": an acronym the catalog does not know names a body when
 * an apposition after it says what kind; once named, the acronym is that body wherever it
 * stands. The word after everything it took, or NO_RUN.
 */
export function acronymRun(c: RecognizeContext, s: Sentence, i: number): number {
  const { tokens, lex, unknown, gaz } = c;
  const tok = tokens[i];
  if (tok.kind !== TokenKind.Word || tok.text.length < 3 || tok.text.length > 8 || !isAllCapitals(tok.text)) return NO_RUN;
  const id = slugify(tok.text);
  if (gaz.entries.has(id)) return NO_RUN;
  if (unknown.get(id)?.aliases.includes(tok.text)) {
    c.add(id, 'unknown', i, i + 1, s.index, true, 0.5);
    return i + 1;
  }
  if (tokens[i + 1]?.text !== ',' || !PLAIN_ARTICLES.has(tokens[i + 2]?.lower ?? '')) return NO_RUN;
  let type: EntityInfo['type'] | null = null;
  // the apposition's head noun, a few modifiers on ("the African-led mission", "a Kurdish armed group")
  for (let k = i + 3; k < s.tokenEnd && k <= i + 8 && !type; k++) {
    const w = tokens[k];
    if (w.kind === TokenKind.Punct && w.text !== '-') break;
    type = lex.acronymMilitaryHeads.has(w.lower) ? 'military' : lex.acronymOrganizationHeads.has(w.lower) ? 'organization' : null;
  }
  if (!type) return NO_RUN;
  addUnknown(unknown, id, tok.text, type);
  c.add(id, 'unknown', i, i + 1, s.index, true, 0.5);
  return i + 1;
}
