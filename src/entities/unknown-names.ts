/**
 * Names the catalog does not know: the word tests that decide whether an unknown capitalised
 * run is a person, a place or neither ("in Mekelle", "the Manas air base", "Minister of
 * Roads and Urban Development"), recording it as an unlinked entity, and placing unknown
 * places in the state named after them.
 */
import type { Token } from '../text/tokenize.js';
import { TokenKind } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import { newEntityInfo, type EntityInfo, type Mention } from './types.js';
import { wordClasses } from '../text/word-classes.js';
import { phraseAt } from '../text/phrase-index.js';

export function speechAfter(word: string | undefined): boolean {
  return word === 'said' || word === 'says' || word === 'told';
}

const PLACE_LINKS = wordClasses().placeLinks;

/**
 * "the Bashiqa camp northeast of Mosul", "Manas air base outside Bishkek": an unknown place lies
 * in the state of the known place or state named right after it.
 */
export function placeUnknownPlaces(mentions: Mention[], tokens: Token[], gaz: Gazetteer, unknown: Map<string, EntityInfo>): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const info = m.kind === 'unknown' ? unknown.get(m.id) : undefined;
    if (!info || info.type !== 'region' || info.state) continue;
    const next = mentions[k + 1];
    if (next.sentence !== m.sentence || next.tokenStart - m.tokenEnd > 3) continue;
    const link = tokens.slice(m.tokenEnd, next.tokenStart).map((t) => t.lower).join(' ');
    if (!PLACE_LINKS.has(link)) continue;
    const e = gaz.entries.get(next.id);
    const state = e?.type === 'country' ? e.id : e?.state;
    if (state) info.state = state;
  }
}

/** ", the Belgian foreign minister", ", a former envoy": a role noun within a few words after a comma at k. */
export function roleInApposition(tokens: Token[], k: number, end: number, lex: LinkingLexicon): boolean {
  if (tokens[k]?.text !== ',') return false;
  for (let j = k + 1; j < end && j <= k + 5; j++) {
    if (lex.appositionRoles.has(tokens[j].lower)) return true;
    if (tokens[j].kind !== TokenKind.Word) return false;
  }
  return false;
}

/** Tokens of a lower-case place noun (one of `tails`, longest first) at k: "air base", "valley". */
export function tailAt(tokens: Token[], k: number, end: number, tails: string[][]): number {
  return phraseAt(tokens, k, end, tails, 'text')?.length ?? 0;
}

export function addUnknown(unknown: Map<string, EntityInfo>, id: string, label: string, type: EntityInfo['type'], title?: string, titleOf?: string): void {
  const info = unknown.get(id) ?? newEntityInfo(id, label, type, false, []);
  if (!info.aliases.includes(label)) info.aliases.push(label);
  if (title && titleOf && !info.roles.some((r) => r.title === title && r.of === titleOf)) info.roles.push({ title, of: titleOf });
  unknown.set(id, info);
}

/** "Minister of Roads and ...": capitalised words back from the "and" at `and` to an "of" after an office head. */
export function inOfficeName(tokens: Token[], and: number, start: number, heads: Set<string>): boolean {
  for (let k = and - 1; k > start && k >= and - 6; k--) {
    if (tokens[k].lower === 'of') return heads.has(tokens[k - 1].text);
    if (!tokens[k].upper && tokens[k].text !== ',') return false;
  }
  return false;
}
