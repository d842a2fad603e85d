/**
 * Tests on a word or a run of words at a token, for recognition: an all-capital ship prefix,
 * a skipped range, a place preposition before a name, a run of capitalised name words
 * ("Ban Ki-moon", "Abu Bakr al-Baghdadi") and where such a run stops.
 */
import type { Token } from '../text/tokenize.js';
import { isUpperCase, TokenKind } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import { longestMatch } from './match.js';

/** "USS", "HMS": capital ASCII letters only (no allocation, unlike comparing with toUpperCase()). */
export function isAllCapitals(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Whether a character offset falls inside one of the skipped spans (boilerplate, datelines). */
export function inSkip(skip: Array<[number, number]>, pos: number): boolean {
  for (const [a, b] of skip) if (pos >= a && pos < b) return true;
  return false;
}

export function isLocative(tokens: Token[], i: number, first: number, lex: LinkingLexicon): boolean {
  let j = i - 1;
  if (j >= first && tokens[j].lower === 'the') j--;
  return j >= first && lex.locative.has(tokens[j].lower);
}

/** A one-word person alias followed by another capitalised name word: the first word of someone else's name. */
export function surnameInLongerName(length: number, tokens: Token[], i: number, end: number, lex: LinkingLexicon, gaz: Gazetteer): boolean {
  if (length !== 1 || i + 1 >= end) return false;
  const next = tokens[i + 1];
  if (next.kind !== TokenKind.Word || !next.upper || next.start !== tokens[i].end + 1 || lex.stopwords.has(next.text)) return false;
  // "Putin Russia" is no name; "Cameron MacKay" is
  const following = longestMatch(gaz.root, tokens, i + 1, end);
  return following === null || following.surfaces.every((x) => gaz.entries.get(x.id)?.type === 'person');
}

function nationalityAt(gaz: Gazetteer, tokens: Token[], j: number, end: number): boolean {
  const m = j < end ? longestMatch(gaz.root, tokens, j, end) : null;
  return Boolean(m && m.surfaces.some((x) => x.kind === 'adjective' || x.kind === 'demonym'));
}

function countryAt(gaz: Gazetteer, tokens: Token[], j: number, end: number): boolean {
  const m = j < end ? longestMatch(gaz.root, tokens, j, end) : null;
  return Boolean(m && m.surfaces.some((x) => x.kind === 'name' && gaz.entries.get(x.id)?.type === 'country'));
}

const POSSESSIVE_MARK = /^['’]s?$/;

/** A run of capitalised words with name connectors inside ("Ban Ki-moon", "Abu Bakr al-Baghdadi"). */
/** "d'Escoto", "d’Estaing": a particle elided onto a capitalised name part. */
const ELIDED_PARTICLE = /^d['’]\p{Lu}/u;

export function nameRun(tokens: Token[], i: number, end: number, lex: LinkingLexicon, gaz?: Gazetteer): number {
  let j = i;
  while (j < end) {
    const t = tokens[j];
    // "Several Chinese warships", "Pro-Russian": an unknown run stops at a nationality word,
    // and "Assistant Secretary of State Richard Holbrooke" at the title
    // ("Abdul Amir al-Anbari": after a bound prefix, a word that is also a title is a name part)
    if (gaz && j > i && (nationalityAt(gaz, tokens, j, end) || (!lex.boundPrefixes.has(tokens[j - 1].text) && longestMatch(gaz.titles, tokens, j, end)))) break;
    if (gaz && t.text === '-' && nationalityAt(gaz, tokens, j + 1, end)) break;
    if (t.kind === TokenKind.Word && t.upper && !isUpperCase(t.text) || (t.kind === TokenKind.Word && t.upper && t.text.length <= 2 && j > i)) { j++; continue; }
    // "Khmer People's National Liberation Front": the possessive of a few words is part of a name
    if (j > i && POSSESSIVE_MARK.test(t.text) && lex.possessiveNameWords.has(tokens[j - 1].text) && tokens[j + 1]?.upper && tokens[j + 1].kind === TokenKind.Word) { j++; continue; }
    // hyphenated name parts written tight: "Chi-dong", "al-Assad"
    // ("Kurdish-led Syrian Democratic Forces": a modifier ends the run before its hyphen)
    if (t.text === '-' && j > i && tokens[j - 1].end === t.start && tokens[j + 1]?.start === t.end && tokens[j + 1]?.kind === TokenKind.Word) {
      if (lex.modifierSuffixes.has(tokens[j + 1].text)) break;
      j += 2;
      continue;
    }
    // ("Karim Hadad of Iraq": a person's run ends before "of" and a state; "Central Bank of Iraq" is one name)
    if (gaz && j > i && t.text === 'of' && countryAt(gaz, tokens, j + 1, end) && !tokens.slice(i, j).some((x) => lex.organizationHeads.has(x.text))) break;
    // ("Hans van den Broek": two particles in a row)
    if (j > i && lex.connectors.has(t.text) && (tokens[j + 1]?.upper || (lex.connectors.has(tokens[j + 1]?.text) && tokens[j + 2]?.upper))) { j++; continue; }
    // "Movement for the Actualization of the Sovereign State of Biafra": after an organisation's head, "for", "of the" and "and" go on
    if (j > i && /^(for|of|and)$/.test(t.text) && tokens.slice(i, j).some((x) => lex.organizationHeads.has(x.text))) {
      const k = tokens[j + 1]?.text === 'the' && t.text !== 'and' ? j + 2 : j + 1;
      if (tokens[k]?.upper && tokens[k].kind === TokenKind.Word && !(gaz && nationalityAt(gaz, tokens, k, end))) { j = k; continue; }
    }
    // "Miguel d'Escoto", "Giscard d'Estaing": an elided particle written onto the name part after a first name
    if (j > i && t.kind === TokenKind.Word && ELIDED_PARTICLE.test(t.text)) { j++; continue; }
    // "Abdullatif al-Zayani", "Ahmed el-Tayeb": a lower-case particle tied to the next name part
    if (j > i && lex.connectors.has(t.text) && tokens[j + 1]?.text === '-' && tokens[j + 1].start === t.end && tokens[j + 2]?.upper) { j += 3; continue; }
    break;
  }
  // a run may not end on a connector or hyphen
  while (j > i && (lex.connectors.has(tokens[j - 1].text) || /^(for|and|the)$/.test(tokens[j - 1].text) || tokens[j - 1].text === '-')) j--;
  return j;
}
