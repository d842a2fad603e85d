/**
 * The sentence as the argument rules see it (SentenceView), and the frames they search in:
 * coordinated actor groups ("South Korea and Japan") and clause windows (reported speech and
 * clause breaks bound them, so the speaker of "X said" is no party to what X reports).
 * Subjects are found by subjects.ts, objects by objects.ts, owners of a noun by possessors.ts.
 */
import type { Token } from '../text/tokenize.js';
import { lowerWords, TokenKind } from '../text/tokenize.js';
import type { Mention } from '../entities/types.js';
import { tokenFlags, WORD_FLAG, type ModalityLexicon } from './lexicon.js';
import { asideClosedBefore, asideOpenerBefore, asideStart } from './parentheticals.js';
import { isVerbAfterName } from './verb-forms.js';
import { wordClasses } from '../text/word-classes.js';

const PREPOSITIONS = wordClasses().prepositions;
// past tenses without "-ed" that start a new clause after ", and X": "..., and Soviet troops left Afghanistan"
const IRREGULAR_PASTS = wordClasses().clausePasts;

export interface ActorGroup {
  members: Mention[];
  tokenStart: number;
  tokenEnd: number;
}

/** A group of `members` (in text order, at least one), spanning from the first to the last. */
export function groupOf(members: Mention[]): ActorGroup {
  return { members, tokenStart: members[0].tokenStart, tokenEnd: members[members.length - 1].tokenEnd };
}

/** The last name of a group alone: a singular noun after a list describes only the name next to it. */
export function lastOf(g: ActorGroup): ActorGroup {
  return g.members.length === 1 ? g : groupOf([g.members[g.members.length - 1]]);
}

/** Token positions with a membership test (a Set, or a mask over the document's tokens). */
export interface TokenSet { has(k: number): boolean }

export interface SentenceView {
  tokens: Token[];
  start: number;
  end: number;
  /** Actor groups of the sentence, in order. */
  groups: ActorGroup[];
  lex: ModalityLexicon;
  /** Quotation marks that open or close a quotation of more than a few words (scare quotes are transparent). */
  quoteBreaks: ReadonlySet<number>;
  /** Tokens inside an entity mention ("the United States" holds no reporting verb "states"). */
  inMention: TokenSet;
  /** Ids of places (type region): "South Korea's Yeonpyeong Island" is still South Korea. */
  places?: Set<string>;
  /** Document-wide word flags, filled as read (lexicon.ts tokenFlags). */
  flags: Uint8Array;
}

/** Quote marks that bound real quotations: pairs enclosing more than four tokens. */
export function quoteBreaks(tokens: Token[], start: number, end: number): ReadonlySet<number> {
  const marks: number[] = [];
  for (let k = start; k < end; k++) if (tokens[k].kind === TokenKind.Punct && OPEN_QUOTES.has(tokens[k].text)) marks.push(k);
  // most sentences quote no one: they share one empty set
  if (marks.length === 0) return NO_BREAKS;
  const out = new Set<number>();
  for (let k = 0; k < marks.length; k += 2) {
    const a = marks[k];
    const b = marks[k + 1] ?? end;
    if (b - a - 1 > 4) { out.add(a); if (b < end) out.add(b); }
  }
  return out;
}

const JOINERS = wordClasses().joiners;
const OPEN_QUOTES = new Set(['"', '“', '”']);
const NO_BREAKS: ReadonlySet<number> = new Set();

const SPEAKER_VERBS = wordClasses().speakerVerbs;
const VERBS_AFTER_PLACE = wordClasses().verbsAfterPlace;

const AGENT_NOUNS = wordClasses().agentNouns;
const POSSESSIVE_DETERMINERS = wordClasses().possessiveDeterminers;

function isNationality(m: Mention): boolean {
  return m.kind === 'adjective' || m.kind === 'demonym' || (m.kind === 'name' && m.tokenEnd - m.tokenStart === 1);
}

/** A place ("In Washington, President Biden ...") and an actor are never one coordinated group. */
function isPlace(m: Mention): boolean {
  return m.locative || !m.actor;
}

/** The word after the list of names that `m` opens ("France and Germany rallied": "rallied"). */
function wordAfterList(tokens: Token[], mentions: Mention[], m: Mention): string {
  let end = m.tokenEnd;
  for (;;) {
    const joiner = tokens[end]?.lower;
    if (joiner !== 'and' && joiner !== ',') break;
    const next = mentions.find((x) => x.tokenStart === end + 1);
    if (!next) break;
    end = next.tokenEnd;
  }
  return tokens[end]?.lower ?? '';
}

/** Words a name's noun phrase may run on after it before a lower-case noun ends it ("Krajina Serbs' main patron"). */
const PHRASE_REACH = 4;

/** After a name at `from`, a lower-case word comes before any comma or "and": the name modifies a noun, it is no list's item. */
function nounPhraseGoesOn(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + PHRASE_REACH && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '.' || t.text === ';') return false;
    if (t.kind === TokenKind.Word && !t.upper && !/^['’]s$/.test(t.text)) return !isVerbAfterName(t.lower);
  }
  return false;
}

/** Group consecutive actor mentions joined by "and", "or" or commas. */
export function actorGroups(tokens: Token[], mentions: Mention[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (const m of mentions) {
    // places after "in" join groups too: they can be the target of a visit or a deployment
    if (!m.actor && !m.locative) continue;
    const last = groups[groups.length - 1];
    if (last && m.tokenStart === last.members[last.members.length - 1].tokenStart && m.group !== undefined) { last.members.push(m); continue; }
    // "from Saudi Arabia and Russia", "in Seoul and Tokyo": a name joined to a place is a place too
    if (last && m.tokenStart === last.tokenEnd + 1 && !isPlace(m) && last.members.every(isPlace) && last.members.some((x) => x.locative)) {
      const gap = lowerWords(tokens, last.tokenEnd, m.tokenStart);
      const nextWord = tokens[m.tokenEnd]?.lower ?? '';
      // (", and Putin later spoke" opens a clause: only a bare "and"/"or" joins)
      if (gap.length === 1 && (gap[0] === 'and' || gap[0] === 'or')
        && !/ed$/.test(nextWord) && !VERBS_AFTER_PLACE.has(nextWord)) m.locative = true;
      // ("banned in India, Britain and the United States": a list of names after a place that ends the clause)
      else if (gap.length === 1 && gap[0] === ',' && listEndsClause(tokens, m.tokenEnd)) m.locative = true;
    }
    // (only a gap of one to three words can join: most pairs of mentions are further apart)
    const head = last && m.titleStart !== undefined && m.titleStart >= last.tokenEnd ? m.titleStart : m.tokenStart;
    if (last && m.tokenStart >= last.tokenEnd && head - last.tokenEnd >= 1 && head - last.tokenEnd <= 3 && last.members.every(isPlace) === isPlace(m)) {
      // "Taro Kono and his South Korean counterpart Kang": the second name's title phrase is part of the join
      const between = lowerWords(tokens, last.tokenEnd, head);
      const nextWord = tokens[m.tokenEnd]?.lower ?? '';
      // ("rallied behind Estonia, and France and Germany rallied": the verb may come after a list that the name opens)
      const verbNext = isVerbAfterName(nextWord) || (between[0] === ',' && between.includes('and') && isVerbAfterName(wordAfterList(tokens, mentions, m)));
      // "Russia refused to meet Ukraine, and Turkey criticized": ", and" before a new subject opens a clause; "X, Y, and Z" is a list
      // and "... into the Sea of Japan, Japan said": a name before a verb of saying after a comma is the speaker
      // "Russia stood behind Maduro and the United States rallied ...": an object, then a name before its own verb
      const lastHead = last.members[0].titleStart ?? last.tokenStart;
      const before = tokens[lastHead - 1]?.lower ?? '';
      // (not "talks between X and Y broke down", nor a participle: "agreements between X and Y announced during the visit")
      const afterVerb = tokens[m.tokenEnd + 1]?.lower ?? '';
      // ("The leaders of France and Germany criticized Russia": the "of" phrase of a noun of people is the subject itself)
      const peopleOf = before === 'of' && PEOPLE_OF_NOUNS.has(tokens[lastHead - 2]?.lower ?? '');
      const objectBefore = (PREPOSITIONS.has(before) || before.endsWith('ed') || IRREGULAR_PASTS.has(before)) && before !== 'between' && before !== 'among'
        && !PREPOSITIONS.has(afterVerb) && afterVerb !== ',' && !peopleOf;
      const startsNewClause = verbNext && ((between.includes('the') && (between.includes(',') || objectBefore)) || (between[0] === ',' && last.members.length === 1 && between.includes('and'))
        || (between.length === 1 && between[0] === ',' && SPEAKER_VERBS.has(nextWord))
        || (objectBefore && between.length === 1 && between[0] === 'and')
        // ("Unlike the Philippines, a treaty ally of Washington, Vietnam has no defence pact": the object of a phrase, then a new subject)
        || (objectBefore && between.length === 1 && between[0] === ',' && PREPOSITIONS.has(before)));
      const hyphenPair = between.length === 1 && between[0] === '-' && tokens[last.tokenEnd].start === tokens[last.tokenEnd - 1].end;
      // "Israel, Washington's closest ally": a possessor after a lone comma opens an apposition, not a list
      // ("After talks with Pastrana, Clinton insisted": the comma closes a phrase opening the sentence)
      // ("Rabin, whose country counts ...": a relative clause of its own)
      // ("Belarus, its closest ally": so does a possessive determiner)
      const apposition = (between.length === 1 && between[0] === ',' && (/^['’]s$/.test(nextWord) || tokens[m.tokenStart].lower === 'whose' || (verbNext && inOpeningPhrase(tokens, lastHead))
        || (m.kind === 'pronoun' && POSSESSIVE_DETERMINERS.has(tokens[m.tokenStart].lower))))
        // ("Erik Solheim, the Norwegian envoy": a nationality word after ", the" describes the name before it)
        || (between.length === 2 && between[0] === ',' && between[1] === 'the' && (m.kind === 'demonym' || m.kind === 'adjective') && !/s$/.test(tokens[m.tokenEnd - 1].text))
        // ("Belgrade, the Krajina Serbs' main patron, denounced": a name modifying the noun of an apposition)
        || (between.length === 2 && between[0] === ',' && between[1] === 'the' && nounPhraseGoesOn(tokens, m.tokenEnd));
      // ("talks between a Mexican delegation and U.S. officials": two nationality words heading people of their states)
      const agents = between.length === 2 && between[1] === 'and' && AGENT_NOUNS.has(between[0]) && AGENT_NOUNS.has(nextWord)
        && last.members.length === 1 && isNationality(last.members[0]) && isNationality(m);
      if (agents || (between.length > 0 && between.length <= 3 && (between[0] === 'and' || between[0] === ',' || between[0] === 'or' || hyphenPair) && between.every((w) => JOINERS.has(w)) && !startsNewClause && !apposition)) {
        last.members.push(m);
        last.tokenEnd = Math.max(last.tokenEnd, m.tokenEnd);
        continue;
      }
    }
    if (last && m.tokenStart < last.tokenEnd) { last.members.push(m); continue; }
    groups.push({ members: [m], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
  }
  return groups;
}

const PHRASE_OPENERS = wordClasses().phraseOpeners;
const PEOPLE_OF_NOUNS = wordClasses().peopleOfNouns;

/** Token k lies in a phrase that a capitalised opener ("After", "During", "Speaking") starts, with no comma between. */
function inOpeningPhrase(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 14; j--) {
    const t = tokens[j];
    if (t.kind === TokenKind.Punct) return false;
    if (t.upper && PHRASE_OPENERS.has(t.lower)) return j === 0 || tokens[j - 1].kind === TokenKind.Punct || tokens[j - 1].end < t.start - 1;
  }
  return false;
}

/** From k: names joined by commas and a final "and"/"or" up to the end of the clause ("Britain and the United States."). */
function listEndsClause(tokens: Token[], k: number): boolean {
  let joined = false;
  for (let j = k; j < tokens.length && j < k + 20; j++) {
    const t = tokens[j];
    if (t.text === '.' || t.text === ';') return joined;
    if (t.lower === 'and' || t.lower === 'or') { joined = true; continue; }
    if (t.text === ',' || t.lower === 'the' || t.upper || t.text === '-' || t.text === "'s") continue;
    // ("... from the United States, the EU, Canada and Norway for one year": a phrase after the last name ends the list too)
    return joined && PREPOSITIONS.has(t.lower);
  }
  return false;
}

const SINCE_ADVERB_LEADS = wordClasses().sinceAdverbLeads;
const THAT_CLAUSE_HEADS = wordClasses().thatClauseHeads;

/**
 * The clause around token i: bounded by the sentence, quotation marks, semicolons, clause
 * conjunctions and reporting verbs. A reporting verb's subject stays outside the clause
 * that follows it.
 */
export function clauseWindow(v: SentenceView, i: number): [number, number] {
  let l = asideStart(v, i) ?? i;
  while (l > v.start) {
    const inMention = v.inMention.has(l - 1);
    const w = inMention ? '' : v.tokens[l - 1].lower;
    const f = inMention ? 0 : tokenFlags(v.lex, v.tokens, v.flags, l - 1);
    // ", who led the campaign against the deal," is an aside: the clause goes on before it
    if ((w === 'who' || w === 'which') && l - 2 >= v.start && v.tokens[l - 2].text === ',' && hasCommaBetween(v, l, i)) { l -= 2; continue; }
    // (and so is ", but not Germany,")
    if ((w === 'but' || w === 'and') && v.tokens[l]?.lower === 'not' && l - 2 >= v.start && v.tokens[l - 2].text === ',' && hasCommaBetween(v, l, i)) { l -= 2; continue; }
    // "Russia has since moved ...": "since" after an auxiliary is an adverb, not a conjunction
    const adverb = w === 'since' && SINCE_ADVERB_LEADS.has(v.tokens[l - 2]?.lower ?? '');
    // (and a conjunction inside such an aside: "Norway, which is not a member of the EU but has joined ..., is")
    const opener = f & WORD_FLAG.clauseBreak && !adverb && asideClosedBefore(v, l, i) ? asideOpenerBefore(v, l - 1) : -1;
    if (opener > v.start) { l = opener - 1; continue; }
    if (v.quoteBreaks.has(l - 1) || (f & WORD_FLAG.clauseBreak && !adverb) || f & WORD_FLAG.reporting) break;
    // "that" after a noun of speech or thought ("concerns grow that ...") opens a clause
    if (w === 'that' && l - 1 > v.start && THAT_CLAUSE_HEADS.has(v.tokens[l - 2].lower)) break;
    l--;
  }
  let r = i + 1;
  while (r < v.end) {
    const f = v.inMention.has(r) ? 0 : tokenFlags(v.lex, v.tokens, v.flags, r);
    const w = f & WORD_FLAG.clauseBreak ? v.tokens[r].lower : '';
    if (v.quoteBreaks.has(r) || f & WORD_FLAG.reporting || w === ';' || w === 'which' || w === 'who' || w === 'while' || w === 'but' || w === 'whereas') break;
    r++;
  }
  return [l, r];
}

function hasCommaBetween(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.tokens[k].text === ',') return true;
  return false;
}
