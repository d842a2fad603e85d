/**
 * Who owns a noun cue, from the words before it: a possessor ("Seoul's contribution", "his
 * trip", "U.S. sanctions") or a nationality word heading the noun ("Chinese support for Russia").
 */
import { TokenKind } from '../text/tokenize.js';
import { lastOf, type ActorGroup, type SentenceView } from './arguments.js';
import { wordClasses } from '../text/word-classes.js';
import { linkingLexicon } from '../entities/lexicon.js';

const PREPOSITIONS = wordClasses().prepositions;
const CLAUSE_PASTS = wordClasses().clausePasts;
const VERBS_AFTER_NAME = wordClasses().verbsAfterName;
const GOVERNING_NOUNS = linkingLexicon().governingNouns;

/** "Seoul's contribution", "his trip", "U.S. sanctions", "Russian invasion": who owns the noun. */
export function possessorBefore(v: SentenceView, cueStart: number, l: number): ActorGroup | undefined {
  // walk back over a few adjectives ("its unswerving", "the Chinese") to the owner
  for (let k = cueStart; k > l && k >= cueStart - 4; k--) {
    const prev = v.tokens[k - 1];
    // ("the Krajina Serbs' main patron": a plural's possessive is the apostrophe alone)
    const possessive = prev.text === "'s" || prev.text === '’s' || ((prev.text === "'" || prev.text === '’') && prev.start === v.tokens[k - 2]?.end && /s$/.test(v.tokens[k - 2].text));
    const end = possessive ? k - 1 : k;
    const g = v.groups.find((x) => x.tokenEnd === end && x.tokenStart >= l);
    if (g && possessive) return peopleOfPlace(v, g, l) ?? g;
    if (g && g.members.some((m) => m.kind === 'pronoun' || m.kind === 'adjective' || m.kind === 'name' || m.kind === 'metonym' || m.kind === 'capital')) return g;
    // "the Phnom Penh government's main backer", "the Cambodian government's": the state of a governing noun owns it
    // (alone even when it closes a list: "Vietnam, the Phnom Penh government's")
    if (possessive) {
      const governing = GOVERNING_NOUNS.has(v.tokens[end - 1]?.lower ?? '') ? v.groups.find((x) => x.tokenEnd === end - 1 && x.tokenStart >= l) : undefined;
      return governing && lastOf(governing);
    }
    // "Kiev enjoys the support of Washington": an article opens the noun phrase, so nothing before it owns the noun
    if (prev.lower === 'the' || prev.lower === 'a' || prev.lower === 'an') return undefined;
    // ("Russia's invasion of Ukraine drew condemnation": a finite verb ends the noun phrase)
    // (not the second half of a compound: "a Moscow-led military alliance")
    if ((CLAUSE_PASTS.has(prev.lower) || VERBS_AFTER_NAME.has(prev.lower)) && v.tokens[k - 2]?.text !== '-') return undefined;
    if (prev.kind === TokenKind.Punct && prev.text !== '"' && prev.text !== '-') return undefined;
    if (PREPOSITIONS.has(prev.lower) || (prev.upper && !g)) return undefined;
  }
  return undefined;
}

/** "the Krajina Serbs'": a people named after a place's name right before them are that place's people. */
function peopleOfPlace(v: SentenceView, g: ActorGroup, l: number): ActorGroup | undefined {
  if (g.members.length !== 1 || g.members[0].kind !== 'demonym') return undefined;
  const place = v.groups.find((x) => x.tokenEnd === g.tokenStart && x.tokenStart >= l);
  return place && place.members.length === 1 && place.members[0].kind === 'name' && v.places?.has(place.members[0].id) ? place : undefined;
}

const POSSESSIVE_MARKERS = wordClasses().possessiveMarkers;

/**
 * "Chinese support for Russia", "for American military aid": a nationality word heading the noun
 * is its agent, even inside a prepositional phrase (not in "its Palestinian ally", which the
 * possessive owns).
 */
export function nationalityBefore(v: SentenceView, cueStart: number, l: number): ActorGroup | undefined {
  for (let k = cueStart; k > l && k >= cueStart - 3; k--) {
    const g = v.groups.find((x) => x.tokenEnd === k && x.tokenStart >= l);
    if (g) {
      if (!g.members.every((m) => m.kind === 'demonym')) return undefined;
      const before = v.tokens[g.tokenStart - 1]?.lower ?? '';
      return POSSESSIVE_MARKERS.has(before) ? undefined : g;
    }
    const prev = v.tokens[k - 1];
    if (prev.kind !== TokenKind.Word || prev.upper || PREPOSITIONS.has(prev.lower) || v.inMention.has(k - 1)) return undefined;
  }
  return undefined;
}
