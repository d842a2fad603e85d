/**
 * People named again by surname alone: "Wang" after "Foreign Minister Wang Yi", and a
 * headline's "Clinton" that the story spells out later.
 */
import type { TextDoc } from '../text/sentences.js';
import { TokenKind } from '../text/tokenize.js';
import { surnamesOf, type Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import { newMention, type Mention } from './types.js';

/**
 * "Clinton imposes sanctions on India": a headline names people by the surname the story
 * spells out after it ("President Bill Clinton responded ..."). A lone capitalised word of
 * the first sentence that no rule took and that is the surname of exactly one catalog
 * person named later is that person. Mentions are inserted in text order.
 */
export function headlineSurnames(doc: TextDoc, mentions: Mention[], gaz: Gazetteer, lex: LinkingLexicon): void {
  const first = doc.sentences[0];
  if (!first || doc.sentences.length < 2) return;
  const { tokens } = doc;
  // the headline's lone capitalised words that no mention covers, looked for first: most headlines have none
  const lone: number[] = [];
  let next = 0;
  for (let k = first.tokenStart; k < first.tokenEnd; k++) {
    const t = tokens[k];
    while (next < mentions.length && mentions[next].tokenEnd <= k) next++;
    if (next < mentions.length && mentions[next].tokenStart <= k) continue;
    if (t.upper && t.kind === TokenKind.Word && tokens[k + 1]?.upper !== true && (k === first.tokenStart || tokens[k - 1].upper !== true) && !lex.stopwords.has(t.text)) lone.push(k);
  }
  if (lone.length === 0) return;
  const words = new Set(lone.map((k) => tokens[k].text));
  const later = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.sentence === first.index) continue;
    const e = gaz.entries.get(m.id);
    if (e?.type !== 'person') continue;
    for (const name of surnamesOf(e, gaz.surnameFirst)) if (words.has(name)) (later.get(name) ?? later.set(name, new Set()).get(name)!).add(e.id);
  }
  const added: Mention[] = [];
  for (const k of lone) {
    const t = tokens[k];
    const ids = later.get(t.text);
    if (ids?.size !== 1) continue;
    added.push(newMention([...ids][0], 'name', t.start, t.end, k, k + 1, first.index, true, false, 0.75));
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}

export function surnameSeen(mentions: Mention[], gaz: Gazetteer, word: string, seen: SurnamesSeen): string | undefined {
  // the surnames of the people named so far, brought up to date with the mentions added since the last look
  for (; seen.upTo < mentions.length; seen.upTo++) {
    const e = gaz.entries.get(mentions[seen.upTo].id);
    if (e?.type === 'person') for (const name of surnamesOf(e, gaz.surnameFirst)) seen.byName.set(name, { id: e.id, at: seen.upTo });
  }
  // (the person named last: mentions are added in text order, and an id may since have changed)
  const hit = seen.byName.get(word);
  return hit && mentions[hit.at].id === hit.id ? hit.id : hit ? slowSurnameSeen(mentions, gaz, word) : undefined;
}

function slowSurnameSeen(mentions: Mention[], gaz: Gazetteer, word: string): string | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const e = gaz.entries.get(mentions[k].id);
    if (e?.type === 'person' && surnamesOf(e, gaz.surnameFirst).includes(word)) return e.id;
  }
  return undefined;
}

export interface SurnamesSeen { upTo: number; byName: Map<string, { id: string; at: number }> }
