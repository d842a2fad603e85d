/**
 * Entity recognition: one left-to-right pass per sentence over the tokens, taking the
 * longest gazetteer match at each position (titles, names, capitals, metonyms, demonyms,
 * adjectives), then the capitalised runs the catalog does not know. Linking decisions
 * that need the neighbouring words (actor or place, modifier of a title) are made here;
 * person names after titles are resolved in link-person.ts, pronouns and role nouns in
 * coref.ts. The catalog lookups are in match.ts; the tests on words and runs of words in
 * word-tests.ts, titles.ts, unknown-names.ts and surnames.ts.
 */
import { TokenKind } from '../text/tokenize.js';
import type { TextDoc } from '../text/sentences.js';
import type { Gazetteer } from './gazetteer.js';
import { firstWordsOf, longestMatch, pickSurface, STARTS_NAME, STARTS_TITLE } from './match.js';
import { inSkip, isAllCapitals, isLocative, nameRun, surnameInLongerName } from './word-tests.js';
import { appositionName, ownerBeforeTitle, senderOf } from './titles.js';
import { addUnknown, inOfficeName, placeUnknownPlaces, roleInApposition, speechAfter, tailAt } from './unknown-names.js';
import { headlineSurnames, surnameSeen, type SurnamesSeen } from './surnames.js';
import type { LinkingLexicon } from './lexicon.js';
import { newMention, type EntityInfo, type Mention, type MentionExtras, type MentionKind } from './types.js';
import { guessUnknownType, resolvePersonName } from './link-person.js';
import { slugify } from '../util/slug.js';
import { coordinatedGroups, homeStateGroups, domesticGroup, groupInState, peopleOfState } from './domestic-groups.js';
import { coordinatedNationalities, decideActor, governedFrom } from './acting.js';

export interface RecognizeOptions {
  gazetteer: Gazetteer;
  lexicon: LinkingLexicon;
  /** Document date (ISO) for resolving titles and roles. */
  date: string | null;
  /** Character ranges that hold no actors (date line, byline, dateline). */
  skip: Array<[number, number]>;
}

export function recognizeMentions(doc: TextDoc, opts: RecognizeOptions): { mentions: Mention[]; unknown: Map<string, EntityInfo> } {
  const { gazetteer: gaz, lexicon: lex, date, skip } = opts;
  const { tokens } = doc;
  const mentions: Mention[] = [];
  const unknown = new Map<string, EntityInfo>();
  const firstWords = firstWordsOf(gaz);
  const seen: SurnamesSeen = { upTo: 0, byName: new Map() };

  const add = (id: string, kind: MentionKind, ts: number, te: number, sentence: number, actor: boolean, certainty: number, extras?: MentionExtras): Mention => {
    const m = newMention(id, kind, tokens[ts].start, tokens[te - 1].end, ts, te, sentence, actor, false, certainty, extras);
    mentions.push(m);
    return m;
  };

  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const tok = tokens[i];
      if (inSkip(skip, tok.start)) { i++; continue; }
      const prev = mentions[mentions.length - 1];
      const adjacentPrev = prev && prev.sentence === s.index && prev.tokenEnd === i ? prev : undefined;

      // 0. a warship: "USS George Washington" is the U.S. Navy, not the first president
      // (checked only for short all-capital words: most tokens never reach the map)
      const navy = tok.upper && tok.text.length <= 5 && isAllCapitals(tok.text) ? lex.shipPrefixes.get(tok.text) : undefined;
      if (navy && gaz.entries.has(navy) && tokens[i + 1]?.upper && tokens[i + 1].kind === TokenKind.Word) {
        const run = nameRun(tokens, i + 1, s.tokenEnd, lex);
        if (run > i + 1) {
          add(navy, 'force', i, run, s.index, true, 0.8);
          i = run;
          continue;
        }
      }

      // 1. a title, optionally followed by a person's name
      // titles are written capitalised or not ("North Korean leader Kim Jong Un"); lower case only before a name
      // one lookup says which tries can match here at all (most words start no name and no title)
      const starts = (tok.upper ? firstWords.upper : firstWords.lower).get(tok.lower) ?? 0;
      let title = tok.kind === TokenKind.Word && starts & STARTS_TITLE ? longestMatch(gaz.titles, tokens, i, s.tokenEnd) : null;
      let appositive = 0;
      if (!title && tok.kind === TokenKind.Word && !tok.upper && starts & STARTS_TITLE) {
        const loose = longestMatch(gaz.titles, tokens, i, s.tokenEnd, true);
        const after = loose ? tokens[i + loose.length] : undefined;
        if (loose && after?.upper && after.kind === TokenKind.Word && (!lex.stopwords.has(after.text) || longestMatch(gaz.titles, tokens, i + loose.length, s.tokenEnd))) title = loose;
        // "Somaliland's leader, Muse Bihi Abdi, signed": after a possessive, the name may follow in commas
        if (!title && loose && after?.text === ',' && /^['’]s$/.test(tokens[i - 1]?.text ?? '') && appositionName(tokens, i + loose.length + 1, s.tokenEnd, lex)) {
          title = loose;
          appositive = 1;
        }
      }
      let entity = starts & STARTS_NAME ? longestMatch(gaz.root, tokens, i, s.tokenEnd) : null;
      // "the U.S. Southern Command": a longer name after the article wins over "the U.S."
      if (entity && tok.lower === 'the') {
        const inner = longestMatch(gaz.root, tokens, i + 1, s.tokenEnd);
        if (inner && inner.length >= entity.length) { i++; continue; }
      }
      if (title && (!entity || title.length >= entity.length)) {
        const titleName = title.surfaces[0].id;
        // the state of a title may stand a few words before it: "Ukrainian Infrastructure Minister", "Lebanese caretaker Prime Minister"
        const owner = senderOf(adjacentPrev ?? ownerBeforeTitle(mentions, tokens, i, s.tokenStart, s.index, lex, gaz), mentions, tokens, i, gaz, lex);
        const titleOf = owner && owner.kind !== 'unknown' ? owner.id : undefined;
        const titleStart = owner && titleOf ? owner.tokenStart : i;
        // the state of a named official acts through them; a title with no name after it ("Taiwan's Vice Foreign Minister visited") leaves the state acting
        const ownerActs = () => { if (owner && titleOf) owner.actor = false; };
        let j = i + title.length + appositive;
        // chained titles: "RSF commander General Mohamed Hamdan Dagalo", "Crown Prince and Prime Minister"
        for (let more = longestMatch(gaz.titles, tokens, j, s.tokenEnd); more; more = longestMatch(gaz.titles, tokens, j, s.tokenEnd)) j += more.length;
        const named = j < s.tokenEnd ? longestMatch(gaz.root, tokens, j, s.tokenEnd) : null;
        // "High Commissioner Cameron MacKay": a surname alias that is only the first word of a longer name is not that person
        const person = named && !surnameInLongerName(named.length, tokens, j, s.tokenEnd, lex, gaz) ? named.surfaces.find((x) => gaz.entries.get(x.id)?.type === 'person') : undefined;
        if (named && person) {
          ownerActs();
          add(person.id, 'name', j, j + named.length, s.index, true, 1, { title: titleName, titleOf, titleStart });
          i = j + named.length;
          continue;
        }
        const run = nameRun(tokens, j, s.tokenEnd, lex);
        // ("Taiwanese Representative Office": a body's head word after a title ends a name of a body, not of a person)
        const bodyName = run > j && (lex.organizationHeads.has(tokens[run - 1].text) || lex.placeHeads.has(tokens[run - 1].text));
        if (run > j && !bodyName) {
          ownerActs();
          const words = tokens.slice(j, run).map((t) => t.text);
          const resolved = resolvePersonName(gaz, words, titleName, titleOf, date);
          if (resolved) {
            add(resolved.id, 'name', j, run, s.index, true, resolved.certainty, { title: titleName, titleOf, titleStart });
          } else {
            const label = words.join(' ').replace(/ - /g, '-');
            const id = slugify(label);
            addUnknown(unknown, id, label, 'person', titleName, titleOf);
            add(id, 'unknown', j, run, s.index, true, 0.6, { title: titleName, titleOf, titleStart });
          }
          i = run;
          continue;
        }
        i = j;
        continue;
      }

      // 2. a catalog name, capital, metonym, demonym or adjective
      if (entity && !(entity.surfaces.every((x) => gaz.entries.get(x.id)?.type === 'person') && surnameInLongerName(entity.length, tokens, i, s.tokenEnd, lex, gaz))) {
        const surface = pickSurface(entity.surfaces, gaz);
        const te = i + entity.length;
        const m = add(surface.id, surface.kind === 'title' ? 'name' : surface.kind, i, te, s.index, true, 1);
        m.locative = isLocative(tokens, i, s.tokenStart, lex);
        decideActor(m, tokens, s.tokenEnd, gaz, lex);
        // "Bosnian Serb guns", "Iraqi Kurdish fighters": a nationality word before another is a people of that state
        const people = adjacentPrev && adjacentPrev.tokenEnd === i && (adjacentPrev.kind === 'adjective' || adjacentPrev.kind === 'demonym')
          && (m.kind === 'adjective' || m.kind === 'demonym') && adjacentPrev.id !== m.id && gaz.entries.get(adjacentPrev.id)?.type === 'country';
        if (people) {
          peopleOfState(m, adjacentPrev, tokens, gaz, unknown);
          mentions.splice(mentions.indexOf(adjacentPrev), 1);
          i = te;
          continue;
        }
        domesticGroup(m, tokens, s.tokenEnd, gaz, unknown);
        groupInState(m, tokens, s.tokenStart, gaz, unknown);
        governedFrom(m, tokens, s.tokenStart, gaz, lex, mentions[mentions.length - 2]);
        // "U.S.-South Korea": a hyphen-joined pair are both actors; "NATO-member Norway" is a modifier
        if (adjacentPrev === undefined && i >= 2 && tokens[i - 1].text === '-' && tokens[i - 1].start === tokens[i - 2].end) {
          const left = mentions[mentions.length - 2];
          if (left && left.tokenEnd === i - 1) left.actor = true;
        }
        i = te;
        continue;
      }

      // 3. a capitalised run the catalog does not know
      if (tok.upper && tok.kind === TokenKind.Word && !lex.stopwords.has(tok.text)) {
        // "Wang" after "Foreign Minister Wang Yi": the surname of a person this document already named
        const named = surnameSeen(mentions, gaz, tok.text, seen);
        if (named && (tokens[i + 1]?.upper !== true || tokens[i + 1]?.kind !== TokenKind.Word)) {
          add(named, 'name', i, i + 1, s.index, true, 0.85);
          i++;
          continue;
        }
        const run = nameRun(tokens, i, s.tokenEnd, lex, gaz);
        // "First Deputy Managing Director": capitalised modifiers before a title belong to the title, not to a name
        if (run > i && tokens.slice(i, run).every((t) => lex.titleModifiers.has(t.lower) || t.lower === 'first' || t.lower === 'second')
          && longestMatch(gaz.titles, tokens, run, s.tokenEnd)) { i = run; continue; }
        if (run > i) {
          const words = tokens.slice(i, run).map((t) => t.text);
          const next = tokens[run]?.lower;
          // "the Islamic Courts" after "the Union of Islamic Courts": the tail of an unknown body's name is that body
          const tail = words.length >= 2 ? ' ' + words.join(' ') : '';
          const whole = tail ? [...unknown.values()].find((u) => (u.type === 'organization' || u.type === 'military') && u.label.endsWith(tail)) : undefined;
          if (whole) {
            if (!whole.aliases.includes(tail.slice(1))) whole.aliases.push(tail.slice(1));
            add(whole.id, 'unknown', i, run, s.index, true, 0.5);
            i = run;
            continue;
          }
          let type = guessUnknownType(words, lex, next, i === s.tokenStart);
          // "60 Black Hawk and Huey helicopters": the first of two product names before their plural noun
          if ((next === 'and' || next === 'or') && tokens[run + 1]?.upper && /^[a-z]+s$/.test(tokens[run + 2]?.text ?? '') && !lex.organizationHeads.has(words[words.length - 1])) type = null;
          // "the airports of Bahir Dar", "in Mekelle": an unknown name after a place preposition is a place, not a person
          const before = i > s.tokenStart ? tokens[i - 1].lower : '';
          const placeWord = lex.locative.has(before) || before === 'of' || before === 'to' || before === 'into';
          // (but "handed over to Karel De Gucht, the Belgian foreign minister": a role in apposition makes a person)
          if (type === 'person' && placeWord && !roleInApposition(tokens, run, s.tokenEnd, lex)) type = words.length <= 3 ? 'region' : null;
          // "the town of Cizre", "the port of Matadi": a name after a noun of place and "of" is that place
          if (before === 'of' && i - 2 >= s.tokenStart && lex.placeNouns.has(tokens[i - 2].lower) && words.length <= 3) type = 'region';
          // "the Islamic Republic": people are not written with an article
          if (type === 'person' && before === 'the' && !speechAfter(next)) type = null;
          // "the Manda Bay Airfield", "the Manas air base", "the Cenepa valley", "an air base at Kant": places
          const placeTail = words.length <= 3 ? tailAt(tokens, run, s.tokenEnd, lex.placeTails) : 0;
          if (words.length <= 4 && (lex.placeHeads.has(words[words.length - 1]) || placeTail > 0)) type = 'region';
          else if (!type && words.length === 1 && lex.locative.has(before) && i - 2 >= s.tokenStart && lex.placeNouns.has(tokens[i - 2].lower)) type = 'region';
          // "Minister of Roads and Urban Development": the rest of an office's name, not a person
          if (before === 'and' && inOfficeName(tokens, i - 1, s.tokenStart, lex.officeHeads)) type = null;
          if (type) {
            const label = words.join(' ').replace(/ - /g, '-');
            const id = slugify(label);
            // a lone surname refers back to the unknown person named in full before ("John Doe" ... "Doe")
            const earlier = words.length === 1 ? [...unknown.values()].find((u) => u.type === 'person' && u.label.split(' ').pop() === words[0]) : undefined;
            if (earlier) {
              if (!earlier.aliases.includes(label)) earlier.aliases.push(label);
              add(earlier.id, 'unknown', i, run, s.index, true, 0.5);
            } else if (id && !gaz.entries.has(id)) {
              // ("the Manas air base": named with its noun, and known by the name alone too)
              const tailed = placeTail > 0 ? `${label} ${tokens.slice(run, run + placeTail).map((t) => t.text).join(' ')}` : '';
              const withTail = tailed !== '' && !gaz.entries.has(slugify(tailed));
              const end = withTail ? run + placeTail : run;
              const placeId = withTail ? slugify(tailed) : id;
              addUnknown(unknown, placeId, withTail ? tailed : label, type);
              if (withTail) addUnknown(unknown, placeId, label, type);
              // an unknown place is a possible destination, never an acting party
              const m = add(placeId, 'unknown', i, end, s.index, type !== 'region', 0.5);
              m.locative = type === 'region';
              i = end;
              continue;
            }
          }
          i = run;
          continue;
        }
      }
      i++;
    }
  }
  placeUnknownPlaces(mentions, tokens, gaz, unknown);
  coordinatedGroups(mentions, tokens, gaz, unknown);
  coordinatedNationalities(mentions, tokens);
  headlineSurnames(doc, mentions, gaz, lex);
  const home = homeStateGroups(doc, mentions, gaz, unknown);
  if (home.length) {
    mentions.push(...home);
    mentions.sort((a, b) => a.tokenStart - b.tokenStart);
  }
  return { mentions, unknown };
}
