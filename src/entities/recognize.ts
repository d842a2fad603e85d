/**
 * Entity recognition: one left-to-right pass per sentence over the tokens, taking the
 * longest gazetteer match at each position (titles, names, capitals, metonyms, demonyms,
 * adjectives), then the capitalised runs the catalog does not know. Linking decisions
 * that need the neighbouring words (actor or place, modifier of a title) are made here;
 * titled names are taken by titled-names.ts, runs the catalog does not know by
 * unknown-runs.ts, person names after titles are resolved in link-person.ts, pronouns and
 * role nouns in coref.ts. The catalog lookups are in match.ts; the tests on words and runs
 * of words in word-tests.ts, titles.ts, unknown-names.ts and surnames.ts.
 */
import { TokenKind, type Token } from '../text/tokenize.js';
import type { Sentence, TextDoc } from '../text/sentences.js';
import { firstWordsOf, longestMatch, matchFrom, pickSurface, type Match } from './match.js';
import { inSkip, isAllCapitals, isLocative, nameRun, surnameInLongerName } from './word-tests.js';
import { placeUnknownPlaces, tailAt } from './unknown-names.js';
import { headlineSurnames } from './surnames.js';
import { newEntityInfo, type EntityInfo, type Mention } from './types.js';
import { slugify } from '../util/slug.js';
import { coordinatedGroups, homeStateGroups, domesticGroup, groupInState, peopleOfState } from './domestic-groups.js';
import { coordinatedNationalities, decideActor, governedFrom } from './acting.js';
import { RecognizeContext, type RecognizeOptions } from './recognize-context.js';
import { titleAt, titledMention } from './titled-names.js';
import { acronymRun, NO_RUN, unknownRun } from './unknown-runs.js';
import { wordClasses } from '../text/word-classes.js';

export type { RecognizeOptions } from './recognize-context.js';

const ORGAN_NAMES = wordClasses().organNames;

/** A warship at i ("USS George Washington" is the U.S. Navy, not the first president): the word after its name, or -1. */
function warship(c: RecognizeContext, s: Sentence, i: number): number {
  const { tokens, gaz, lex } = c;
  const tok = tokens[i];
  // (checked only for short all-capital words: most tokens never reach the map)
  const navy = tok.upper && tok.text.length <= 5 && isAllCapitals(tok.text) ? lex.shipPrefixes.get(tok.text) : undefined;
  if (!navy || !gaz.entries.has(navy) || !tokens[i + 1]?.upper || tokens[i + 1].kind !== TokenKind.Word) return -1;
  const run = nameRun(tokens, i + 1, s.tokenEnd, lex);
  if (run <= i + 1) return -1;
  c.add(navy, 'force', i, run, s.index, true, 0.8);
  return run;
}

const STANCE_PREFIXES = wordClasses().stancePrefixes;

/** "pro-" or "anti-" written tight before the word at i. */
function stanceBefore(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const prefix = tokens[i - 2];
  return hyphen?.text === '-' && prefix !== undefined && hyphen.start === prefix.end && hyphen.end === tokens[i].start && STANCE_PREFIXES.has(prefix.lower);
}

/** Words at k that make the person's name at i before them a facility's: a place head ("Causeway") or, after "the", a facility noun ("oil platform"). */
function facilityAfter(c: RecognizeContext, i: number, k: number, end: number): number {
  const { tokens, lex } = c;
  if (k >= end) return 0;
  if (tokens[k].upper) return lex.placeHeads.has(tokens[k].text) ? 1 : 0;
  return tokens[i - 1]?.lower === 'the' ? tailAt(tokens, k, end, lex.facilityTails) : 0;
}

/** A catalog name, capital, metonym, demonym or adjective at i, and what its neighbours make of it: the word after it. */
function catalogMention(c: RecognizeContext, s: Sentence, i: number, entity: Match, adjacentPrev: Mention | undefined): number {
  const { tokens, gaz, lex, mentions, unknown } = c;
  const surface = pickSurface(entity.surfaces);
  const te = i + entity.length;
  // "the OAS General Assembly": an organ's bare name right after a body's name is that body's organ, and the body acts through it
  if (adjacentPrev && adjacentPrev.kind === 'name' && gaz.entries.get(adjacentPrev.id)?.type === 'organization'
    && ORGAN_NAMES.has(tokens.slice(i, te).map((t) => t.lower).join(' '))) {
    adjacentPrev.tokenEnd = te;
    adjacentPrev.end = tokens[te - 1].end;
    return te;
  }
  // "the Guyana Defence Force", "the South African National Defence Force": a state's armed force the catalog does not know
  const forceWords = surface.type === 'country' ? tailAt(tokens, te, s.tokenEnd, lex.stateForceNames) : 0;
  if (forceWords) {
    const label = tokens.slice(i, te + forceWords).map((t) => t.text).join(' ');
    const id = slugify(label);
    if (!unknown.has(id)) unknown.set(id, newEntityInfo(id, label, 'military', false, [label], { affiliation: surface.id }));
    c.add(id, 'unknown', i, te + forceWords, s.index, true, 0.7);
    return te + forceWords;
  }
  const m = c.add(surface.id, surface.kind === 'title' ? 'name' : surface.kind, i, te, s.index, true, 1);
  m.locative = isLocative(tokens, i, s.tokenStart, lex);
  decideActor(m, tokens, s.tokenEnd, gaz, lex);
  // "pro-Kremlin youth activists", "an anti-NATO rally": the name tells a stance; whoever holds it acts
  if ((m.kind === 'name' || m.kind === 'metonym') && stanceBefore(tokens, i)) m.actor = false;
  // "Bosnian Serb guns", "Iraqi Kurdish fighters": a nationality word before another is a people of that state
  const people = adjacentPrev && adjacentPrev.tokenEnd === i && (adjacentPrev.kind === 'adjective' || adjacentPrev.kind === 'demonym')
    && (m.kind === 'adjective' || m.kind === 'demonym') && adjacentPrev.id !== m.id && gaz.entries.get(adjacentPrev.id)?.type === 'country';
  if (people) {
    peopleOfState(m, adjacentPrev, tokens, gaz, unknown);
    mentions.splice(mentions.indexOf(adjacentPrev), 1);
    return te;
  }
  domesticGroup(m, tokens, s.tokenEnd, gaz, unknown);
  groupInState(m, tokens, s.tokenStart, gaz, unknown);
  governedFrom(m, tokens, s.tokenStart, gaz, lex, mentions[mentions.length - 2]);
  // "U.S.-South Korea": a hyphen-joined pair are both actors; "NATO-member Norway" is a modifier
  if (adjacentPrev === undefined && i >= 2 && tokens[i - 1].text === '-' && tokens[i - 1].start === tokens[i - 2].end) {
    const left = mentions[mentions.length - 2];
    if (left && left.tokenEnd === i - 1) left.actor = true;
  }
  return te;
}

export function recognizeMentions(doc: TextDoc, opts: RecognizeOptions): { mentions: Mention[]; unknown: Map<string, EntityInfo> } {
  const c = new RecognizeContext(doc, opts);
  const { tokens, gaz, lex, mentions } = c;
  const firstWords = firstWordsOf(gaz);
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const tok = tokens[i];
      if (inSkip(opts.skip, tok.start)) { i++; continue; }
      const prev = mentions[mentions.length - 1];
      const adjacentPrev = prev && prev.sentence === s.index && prev.tokenEnd === i ? prev : undefined;
      const ship = warship(c, s, i);
      if (ship >= 0) { i = ship; continue; }
      // one lookup says which tries can match here at all (most words start no name and no title)
      const first = (tok.upper ? firstWords.upper : firstWords.lower).get(tok.lower);
      const title = tok.kind === TokenKind.Word && first?.title ? titleAt(c, s, i, first.title) : null;
      const entity = first?.name ? matchFrom(first.name, tokens, i, s.tokenEnd) : null;
      // "the U.S. Southern Command": a longer name after the article wins over "the U.S."
      if (entity && tok.lower === 'the') {
        const inner = longestMatch(gaz.root, tokens, i + 1, s.tokenEnd);
        if (inner && inner.length >= entity.length) { i++; continue; }
      }
      // 1. a title, optionally followed by a person's name
      if (title && (!entity || title.match.length >= entity.length)) { i = titledMention(c, s, i, title, adjacentPrev); continue; }
      const personName = entity !== null && entity.surfaces.every((x) => x.type === 'person');
      // "the aircraft carrier Dwight D. Eisenhower": a ship named after a person is no person
      if (personName && i > s.tokenStart && lex.forceNounHeads.has(tokens[i - 1].lower)) { i += entity.length; continue; }
      // "the Mubarak oil platform", "the King Fahd Causeway": a facility named after a person is no person either
      const facility = entity && personName ? facilityAfter(c, i, i + entity.length, s.tokenEnd) : 0;
      if (entity && facility) { i += entity.length + facility; continue; }
      // 2. a catalog name
      if (entity && !(personName && surnameInLongerName(entity.length, tokens, i, s.tokenEnd, lex, gaz))) {
        i = catalogMention(c, s, i, entity, adjacentPrev);
        continue;
      }
      // 3. a capitalised run the catalog does not know, or an acronym an apposition names
      // ("the cruiser General Belgrano": after a kind of warship even a title word opens the ship's name)
      if (tok.upper && tok.kind === TokenKind.Word && (!lex.stopwords.has(tok.text) || (i > s.tokenStart && lex.warshipNouns.has(tokens[i - 1].lower)))) {
        const next = unknownRun(c, s, i);
        if (next !== NO_RUN) { i = next; continue; }
        const acronym = acronymRun(c, s, i);
        if (acronym !== NO_RUN) { i = acronym; continue; }
      }
      i++;
    }
  }
  placeUnknownPlaces(mentions, tokens, gaz, c.unknown);
  coordinatedGroups(mentions, tokens, gaz, c.unknown);
  coordinatedNationalities(mentions, tokens);
  headlineSurnames(doc, mentions, gaz, lex);
  const home = homeStateGroups(doc, mentions, gaz, c.unknown);
  if (home.length) {
    mentions.push(...home);
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  return { mentions, unknown: c.unknown };
}
