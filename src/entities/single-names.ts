/**
 * One capitalised word the catalog does not know ("Varkesh threatened Russia", "fighting spread
 * to Kelmaro"). The spec keeps unknown names, but a lone capital is as often a common word at a
 * sentence's start ("Fighting erupted"), a modifier ("Sunni militia") or a title-case heading, so
 * it counts as a name only where the document and the words around it say so:
 * - the document never writes the word in lower case ("police" anywhere rules out "Police");
 * - it is no noun of the lexicon's own ("Police said");
 * - no article or possessive stands before it ("a Western diplomat", "in the western Pacific"),
 *   nor a noun of forces ("the aircraft carrier Nimitz", a ship);
 * - what follows is no content word it could modify: a mark, the end, a function word or verb
 *   of the closed word classes, or a past form in -ed;
 * - it is no piece of a longer name ("the Spanish Legion", "Asia-Pacific", "Su-24");
 * - at a sentence's start, the same word is written capitalised inside a sentence elsewhere;
 * - its sentence is not a title-case heading.
 */
import type { Sentence, TextDoc } from '../text/sentences.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { LinkingLexicon } from './lexicon.js';
import { inSkip } from './word-tests.js';

const classes = wordClasses();
const DETERMINERS = new Set([...classes.determiners, ...classes.nounDeterminers, ...classes.possessiveDeterminers]);
/** Lower-case words that may follow a name in a clause (prepositions, auxiliaries, verbs of saying, conjunctions). */
const FOLLOWERS = new Set([
  ...classes.prepositions, ...classes.verbAdverbs, ...classes.subordinators, ...classes.clausePasts,
  ...classes.irregularParticiples, ...classes.saying, ...classes.speakerVerbs, ...classes.sayingVerbs,
  ...classes.relatives, ...classes.copulas, ...classes.haveBeForms, ...classes.joiners, ...classes.verbMarkers,
  ...classes.negators,
]);
const APOSTROPHES = new Set(["'", '’']);
/** Share of capitalised words above which a sentence reads as a title-case heading. */
const HEADING_SHARE = 0.6;

/** Whether the lone capitalised word at i (its run ends at `run`) is a name by the tests above. */
export function singleNameContext(doc: TextDoc, skip: Array<[number, number]>, s: Sentence, i: number, run: number, lex: LinkingLexicon): boolean {
  const tokens = doc.tokens;
  const tok = tokens[i];
  if (classes.timeNames.has(tok.text) || lex.commonNouns.has(tok.lower)) return false;
  const initial = sentenceInitial(tokens, s, i, skip);
  if (!nameByNeighbours(tokens, s, i, run, initial, lex)) return false;
  // the tests that read the whole sentence or document come last: few words get this far
  if (titleCaseHeading(tokens, s) || writtenInLowerCase(tokens, tok.lower)) return false;
  return !initial || capitalisedInsideElsewhere(doc, skip, i, lex);
}

/** The tests on the words around the lone word at i, whose run ends at `run`. */
function nameByNeighbours(tokens: Token[], s: Sentence, i: number, run: number, initial: boolean, lex: LinkingLexicon): boolean {
  // (a label alone on its line: "National", a section's name)
  if (initial && run >= s.tokenEnd) return false;
  let n = run;
  // "its ruling Workers' Party": a plural's apostrophe leaves the word that follows it in the name
  if (n < s.tokenEnd && APOSTROPHES.has(tokens[n].text) && tokens[i].text.endsWith('s')) n++;
  const next = n < s.tokenEnd ? tokens[n] : undefined;
  if (next && (next.kind === TokenKind.Number || next.upper || tightHyphen(tokens, n, n - 1))) return false;
  if (next && next.kind === TokenKind.Word && !FOLLOWERS.has(next.lower) && !pastForm(next.lower)) return false;
  if (initial) return true;
  // "in the western Pacific": the article before a compass word counts as before the name
  const p = classes.directions.has(tokens[i - 1].lower) && i - 2 >= s.tokenStart ? i - 2 : i - 1;
  return !DETERMINERS.has(tokens[p].lower) && !lex.forceNounHeads.has(tokens[i - 1].lower) && !partOfLongerName(tokens, i, lex);
}

/**
 * "the Spanish Legion", "Asia-Pacific", "770,000 Sikhs", "the Congolese Rally for Democracy", "the
 * League of ...", "Cordillera del Condor": after a capital, a number or a tight hyphen, or after
 * "for", a name's particle or a body's head and "of", the word is a piece of something longer.
 */
function partOfLongerName(tokens: Token[], i: number, lex: LinkingLexicon): boolean {
  const prev = tokens[i - 1];
  if (prev.upper || prev.kind === TokenKind.Number || tightHyphen(tokens, i - 1, i)) return true;
  const before = tokens[i - 2];
  if (!before || !before.upper) return false;
  if (prev.lower === 'for' || lex.connectors.has(prev.lower)) return true;
  return prev.lower === 'of' && (lex.organizationHeads.has(before.text) || lex.militaryHeads.has(before.text) || lex.officeHeads.has(before.text));
}

/** A hyphen at h written tight against the word at w ("Su-24", "post-Brexit"). */
function tightHyphen(tokens: Token[], h: number, w: number): boolean {
  const t = tokens[h];
  if (!t || t.text !== '-') return false;
  return h > w ? tokens[w].end === t.start : t.end === tokens[w].start;
}

/** "criticized", "sanctioned": a past form, which a name may stand before. */
function pastForm(word: string): boolean {
  return word.length > 3 && word.endsWith('ed');
}

function writtenInLowerCase(tokens: Token[], lower: string): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].text === lower) return true;
  return false;
}

/** Only marks (an opening quote, a dash) or skipped text ("WARSAW, Feb. 3 (AP) --") before i in its sentence. */
export function sentenceInitial(tokens: Token[], s: Sentence, i: number, skip: Array<[number, number]>): boolean {
  for (let k = s.tokenStart; k < i; k++) if (tokens[k].kind !== TokenKind.Punct && !inSkip(skip, tokens[k].start)) return false;
  return true;
}

function titleCaseHeading(tokens: Token[], s: Sentence): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (tokens[k].kind !== TokenKind.Word) continue;
    words++;
    if (tokens[k].upper) capitals++;
  }
  // ("Quillon criticized Russia." is no heading; "Diplomacy & Security", a menu's line, is)
  return words >= 2 && capitals === words || words >= 4 && capitals > words * HEADING_SHARE;
}

/** The word at `at` written with its capital inside some other sentence, where it passes the same tests. */
function capitalisedInsideElsewhere(doc: TextDoc, skip: Array<[number, number]>, at: number, lex: LinkingLexicon): boolean {
  const tokens = doc.tokens;
  const word = tokens[at].text;
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (k === at || tokens[k].text !== word || sentenceInitial(tokens, s, k, skip)) continue;
      if (nameByNeighbours(tokens, s, k, k + 1, false, lex) && !titleCaseHeading(tokens, s)) return true;
    }
  }
  return false;
}
