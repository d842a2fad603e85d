/**
 * The names a body goes by in its own state's news: in a story datelined in Washington,
 * "Congress", "the Senate" and "the House" are the American bodies; in one datelined in
 * Manila, "the Senate" is the Philippine Senate. The catalog gives them (`homeNames`); in
 * a story datelined elsewhere, or with no dateline, they name nothing.
 */
import type { TextDoc } from '../text/sentences.js';
import { TokenKind, type Token } from '../text/tokenize.js';
import type { Gazetteer, HomeName } from './gazetteer.js';
import { newMention, type Mention } from './types.js';
import { inSkip } from './word-tests.js';

/** Home names are the catalog's words for the body: as sure as a catalog name. */
const CERTAINTY = 0.9;

function writtenAt(tokens: Token[], k: number, name: HomeName, end: number): boolean {
  if (k + name.tokens.length > end) return false;
  for (let j = 0; j < name.tokens.length; j++) if (tokens[k + j].text !== name.tokens[j]) return false;
  return true;
}

/**
 * The name stands alone: an article before it where its form has one, and no other capitalised
 * word joined to it ("the African National Congress", "the Senate Foreign Relations Committee"),
 * nor an "of" that makes it another body's name ("the House of Commons").
 */
function standsAlone(tokens: Token[], k: number, name: HomeName, start: number): boolean {
  const before = k > start ? tokens[k - 1] : undefined;
  if (name.article ? before?.lower !== 'the' : before !== undefined && before.kind === TokenKind.Word && before.upper && before.lower !== 'the') return false;
  const after = tokens[k + name.tokens.length];
  return !after || !((after.kind === TokenKind.Word && after.upper) || after.lower === 'of');
}

/** Mentions of the bodies of the dateline's `state` by their home names, where no other mention is. */
export function homeNameMentions(doc: TextDoc, mentions: Mention[], gaz: Gazetteer, state: string | null, skip: Array<[number, number]>): Mention[] {
  const names = state ? gaz.homeNames.get(state) : undefined;
  if (!names?.length) return [];
  const { tokens } = doc;
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) taken.fill(1, m.titleStart !== undefined && m.titleStart < m.tokenStart ? m.titleStart : m.tokenStart, m.tokenEnd);
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (taken[k] || !tokens[k].upper || inSkip(skip, tokens[k].start)) continue;
      const name = names.find((n) => writtenAt(tokens, k, n, s.tokenEnd) && !taken.subarray(k, k + n.tokens.length).includes(1));
      if (!name || !standsAlone(tokens, k, name, s.tokenStart)) continue;
      const end = k + name.tokens.length;
      out.push(newMention(name.id, 'name', tokens[k].start, tokens[end - 1].end, k, end, s.index, true, false, CERTAINTY));
      k = end - 1;
    }
  }
  return out;
}
