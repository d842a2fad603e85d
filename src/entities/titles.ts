/**
 * Reading titles: a name in apposition after one ("Somaliland's leader, Muse Bihi Abdi,"),
 * and the state or body named before a title that the title belongs to ("Russia's U.N.
 * ambassador", "Ukrainian Infrastructure Minister").
 */
import type { Token } from '../text/tokenize.js';
import { TokenKind } from '../text/tokenize.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import type { Mention } from './types.js';

/** A capitalised name of two or more words at k, closed by a comma or the sentence: "Muse Bihi Abdi," in an apposition. */
export function appositionName(tokens: Token[], k: number, end: number, lex: LinkingLexicon): boolean {
  let j = k;
  while (j < end && tokens[j].upper && tokens[j].kind === TokenKind.Word && !lex.stopwords.has(tokens[j].text)) j++;
  // (closed by a comma, or by the sentence's end: "expelled Bolivia's ambassador, Gustavo Guzman.")
  return j - k >= 2 && (j >= end || /^[,.;]$/.test(tokens[j].text));
}

/** "Russia's U.N. ambassador": an envoy to a body is the envoy of the state named right before the body. */
export function senderOf(owner: Mention | undefined, mentions: Mention[], tokens: Token[], i: number, gaz: Gazetteer, lex: LinkingLexicon): Mention | undefined {
  if (!owner || gaz.entries.get(owner.id)?.type !== 'organization' || !lex.postingTitles.has(tokens[i]?.lower ?? '')) return owner;
  const sender = mentions[mentions.indexOf(owner) - 1];
  const adjacent = sender && sender.sentence === owner.sentence && (sender.tokenEnd === owner.tokenStart
    || (sender.tokenEnd === owner.tokenStart - 1 && /^['’]s$/.test(tokens[sender.tokenEnd].text)));
  return adjacent && gaz.entries.get(sender.id)?.type === 'country' ? sender : owner;
}

export function ownerBeforeTitle(mentions: Mention[], tokens: Token[], i: number, first: number, sentence: number, lex: LinkingLexicon, gaz: Gazetteer): Mention | undefined {
  const last = mentions[mentions.length - 1];
  if (!last || last.sentence !== sentence) return undefined;
  for (let k = i - 1; k >= first && k >= i - 4; k--) {
    if (last.tokenEnd === k + 1) {
      const type = gaz.entries.get(last.id)?.type;
      // ("Somaliland's leader", "Tigray's president": a territory's own leaders, written with a possessive)
      const territory = type === 'region' && /^['’]s$/.test(tokens[last.tokenEnd]?.text ?? '');
      return type === 'country' || type === 'organization' || territory ? last : undefined;
    }
    const t = tokens[k];
    // "Tigray People's Liberation Front (TPLF) leader": brackets around an acronym; "Morocco's Foreign Minister"
    if (t.text === ')' || t.text === '(' || ((t.text === "'s" || t.text === '’s') && last.tokenEnd === k)) continue;
    const modifier = t.kind === TokenKind.Word && (t.upper || lex.titleModifiers.has(t.lower));
    if (!modifier) return undefined;
  }
  return undefined;
}
