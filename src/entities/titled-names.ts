/**
 * Recognition of titles: where one starts ("Foreign Minister", lower-case "leader" before
 * a name, "Somaliland's leader, Muse Bihi Abdi,"), and the mention it makes: the person
 * named after it, known to the catalog or not, with the state that bears the title.
 */
import { TokenKind } from '../text/tokenize.js';
import type { Sentence } from '../text/sentences.js';
import { slugify } from '../util/slug.js';
import type { RecognizeContext } from './recognize-context.js';
import { longestMatch, matchFrom, type Match } from './match.js';
import { nameRun, surnameInLongerName } from './word-tests.js';
import { appositionName, ownerBeforeTitle, senderOf } from './titles.js';
import { addUnknown } from './unknown-names.js';
import { resolvePersonName } from './link-person.js';
import type { Mention } from './types.js';

export interface TitleAt {
  match: Match;
  /** 1 when the name follows in commas ("leader, Muse Bihi Abdi,"). */
  appositive: number;
}

const POSSESSIVE = /^['’]s$/;

/**
 * The title starting at word i, if any. Titles are written capitalised or not ("North
 * Korean leader Kim Jong Un"); one in lower case counts only before a name. `first` is the
 * titles trie's node for the word at i, when the caller has looked it up already.
 */
export function titleAt(c: RecognizeContext, s: Sentence, i: number, first = c.gaz.titles.next.get(c.tokens[i].lower)): TitleAt | null {
  const { tokens, gaz, lex } = c;
  // "the cruiser General Belgrano": a ship's name, not a general's
  if (!first || (i > s.tokenStart && lex.warshipNouns.has(tokens[i - 1].lower))) return null;
  const strict = matchFrom(first, tokens, i, s.tokenEnd);
  if (strict) return { match: strict, appositive: 0 };
  if (tokens[i].upper) return null;
  const loose = matchFrom(first, tokens, i, s.tokenEnd, true);
  if (!loose) return null;
  const after = tokens[i + loose.length];
  if (after?.upper && after.kind === TokenKind.Word && (!lex.stopwords.has(after.text) || longestMatch(gaz.titles, tokens, i + loose.length, s.tokenEnd))) return { match: loose, appositive: 0 };
  // "Somaliland's leader, Muse Bihi Abdi, signed", "the new U.S. ambassador, Hugo Llorens,": after a possessive, or a
  // state's name or nationality word opening a noun phrase, the name may follow in commas
  if (after?.text === ',' && (POSSESSIVE.test(tokens[i - 1]?.text ?? '') || stateOpensPhrase(c, s, i)) && appositionName(tokens, i + loose.length + 1, s.tokenEnd, lex)) return { match: loose, appositive: 1 };
  return null;
}

/** "the U.S. ambassador", "the new Chinese envoy": a state's mention right before word i, after "the" and at most one modifier. */
function stateOpensPhrase(c: RecognizeContext, s: Sentence, i: number): boolean {
  const prev = c.mentions[c.mentions.length - 1];
  if (!prev || prev.sentence !== s.index || prev.tokenEnd !== i || c.gaz.entries.get(prev.id)?.type !== 'country') return false;
  const k = prev.tokenStart - 1;
  const before = c.tokens[k];
  if (k < s.tokenStart) return false;
  if (before.lower === 'the') return true;
  return k - 1 >= s.tokenStart && !before.upper && before.kind === TokenKind.Word && c.tokens[k - 1].lower === 'the';
}

/** The mention a title at i makes, if any, and the word after everything it took. */
export function titledMention(c: RecognizeContext, s: Sentence, i: number, title: TitleAt, adjacentPrev: Mention | undefined): number {
  const { tokens, gaz, lex, mentions } = c;
  const titleName = title.match.surfaces[0].id;
  // the state of a title may stand a few words before it: "Ukrainian Infrastructure Minister", "Lebanese caretaker Prime Minister"
  const owner = senderOf(adjacentPrev ?? ownerBeforeTitle(mentions, tokens, i, s.tokenStart, s.index, lex, gaz), mentions, tokens, i, gaz, lex);
  const titleOf = owner && owner.kind !== 'unknown' ? owner.id : undefined;
  const titleStart = owner && titleOf ? owner.tokenStart : i;
  let j = i + title.match.length + title.appositive;
  // chained titles: "RSF commander General Mohamed Hamdan Dagalo", "Crown Prince and Prime Minister"
  for (let more = longestMatch(gaz.titles, tokens, j, s.tokenEnd); more; more = longestMatch(gaz.titles, tokens, j, s.tokenEnd)) j += more.length;
  const named = j < s.tokenEnd ? longestMatch(gaz.root, tokens, j, s.tokenEnd) : null;
  // "High Commissioner Cameron MacKay": a surname alias that is only the first word of a longer name is not that person
  const person = named && !surnameInLongerName(named.length, tokens, j, s.tokenEnd, lex, gaz) ? named.surfaces.find((x) => gaz.entries.get(x.id)?.type === 'person') : undefined;
  // the state of a named official acts through them; a title with no name after it ("Taiwan's Vice Foreign Minister visited") leaves the state acting
  if (named && person) {
    if (owner && titleOf) owner.actor = false;
    c.add(person.id, 'name', j, j + named.length, s.index, true, 1, { title: titleName, titleOf, titleStart });
    return j + named.length;
  }
  const run = nameRun(tokens, j, s.tokenEnd, lex);
  // ("Taiwanese Representative Office": a body's head word after a title ends a name of a body, not of a person)
  const bodyName = run > j && (lex.organizationHeads.has(tokens[run - 1].text) || lex.placeHeads.has(tokens[run - 1].text));
  if (run <= j || bodyName) return j;
  if (owner && titleOf) owner.actor = false;
  const words = tokens.slice(j, run).map((t) => t.text);
  const resolved = resolvePersonName(gaz, words, titleName, titleOf, c.date);
  if (resolved) {
    c.add(resolved.id, 'name', j, run, s.index, true, resolved.certainty, { title: titleName, titleOf, titleStart });
  } else {
    const label = words.join(' ').replace(/ - /g, '-');
    const id = slugify(label);
    // "Australian Foreign Minister Bill Hayden and Defence Minister Kim Beazley": a nationality word before the first
    // of two titled names joined by "and" serves the second too
    const shared = titleOf ?? sharedNationality(c, i);
    addUnknown(c.unknown, id, label, 'person', titleName, shared);
    c.add(id, 'unknown', j, run, s.index, true, 0.6, { title: titleName, titleOf: shared, titleStart });
  }
  return run;
}

/** The state of the titled name right before "and" at i - 1, when a nationality word opened its title. */
function sharedNationality(c: RecognizeContext, i: number): string | undefined {
  const { tokens, mentions } = c;
  if (tokens[i - 1]?.lower !== 'and') return undefined;
  const before = mentions[mentions.length - 1];
  if (!before || before.tokenEnd !== i - 1 || !before.title || before.titleStart === undefined) return undefined;
  const owner = mentions.find((m) => m.tokenStart === before.titleStart && (m.kind === 'adjective' || m.kind === 'demonym'));
  return owner && owner.id === before.titleOf ? owner.id : undefined;
}
