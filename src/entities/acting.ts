/**
 * Whether and how a mention acts: a nationality word heading an actor noun, forces of a state
 * ("American troops", then the standing force in view), nationality words coordinated with an
 * acting one, "the government in Oslo".
 */
import type { Token } from '../text/tokenize.js';
import { lowerWords, TokenKind } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { Gazetteer } from './gazetteer.js';
import type { LinkingLexicon } from './lexicon.js';
import type { CatalogEntry } from './catalog/schema.js';
import type { Mention } from './types.js';
import { phraseAt } from '../text/phrase-index.js';

const TREATY_HEADS = wordClasses().treatyHeads;

/**
 * Whether a catalog mention acts: a capital after "in" is a place, an adjective only acts
 * when it heads an actor noun ("Chinese leaders", "American forces"), a demonym acts in
 * the plural or after "the" ("South Koreans", "the Chinese").
 */
export function decideActor(m: Mention, tokens: Token[], end: number, gaz: Gazetteer, lex: LinkingLexicon): void {
  const next = m.tokenEnd < end ? tokens[m.tokenEnd] : undefined;
  // "aid from Washington", "envoys from Argentina, Brazil and Chile": after such a noun and "from", the state acts
  const from = m.tokenStart >= 2 && tokens[m.tokenStart - 1].lower === 'from' && lex.fromSourceNouns.has(tokens[m.tokenStart - 2].lower);
  if (from && m.kind === 'name' && gaz.entries.get(m.id)?.type === 'country') m.locative = false;
  if (m.kind === 'capital') {
    // "the Vienna Convention", "the Minsk Agreement": a city naming a treaty or an event acts in nothing
    m.actor = (!m.locative || from) && !(next?.upper && TREATY_HEADS.has(next.text));
    return;
  }
  if (next && next.text === '-' && next.start === tokens[m.tokenEnd - 1].end && tokens[m.tokenEnd + 1] && !tokens[m.tokenEnd + 1].upper) {
    // "NATO-member", "U.S.-led talks" modify; "Vietnamese-led forces" are that state's forces in action
    // and "a British-flagged tanker" is a ship of that state
    m.actor = (tokens[m.tokenEnd + 1].lower === 'led' && phraseAt(tokens, m.tokenEnd + 2, tokens.length, lex.forceNouns, 'lower') !== undefined)
      || (tokens[m.tokenEnd + 1].lower === 'flagged' && lex.actorNouns.has(tokens[m.tokenEnd + 2]?.lower ?? ''));
    return;
  }
  if (m.kind !== 'adjective' && m.kind !== 'demonym') return;
  const forceLen = phraseAt(tokens, m.tokenEnd, tokens.length, lex.forceNouns, 'lower')?.length ?? 0;
  if (forceLen && gaz.entries.get(m.id)?.type === 'country') {
    // the state's forces; resolveStandingForces() later turns them into a standing force when its host is in view
    m.actor = true;
    m.kind = 'force';
    m.end = tokens[m.tokenEnd + forceLen - 1].end;
    m.tokenEnd += forceLen;
    return;
  }
  // "in the Lithuanian capital": a nationality word heading "capital" is that state's capital, a place
  if (next?.lower === 'capital' && tokens[m.tokenEnd + 1]?.lower !== 'of' && tokens[m.tokenStart - 1]?.lower === 'the' && gaz.entries.get(m.id)?.type === 'country') {
    m.kind = 'capital';
    m.end = next.end;
    m.tokenEnd += 1;
    m.actor = false;
    return;
  }
  const prevWord = m.tokenStart > 0 ? tokens[m.tokenStart - 1].lower : '';
  const plural = tokens[m.tokenEnd - 1].text.endsWith('s');
  m.actor = actorNounAhead(tokens, m.tokenEnd, end, lex) || (m.kind === 'demonym' && (plural || prevWord === 'the'));
}

/**
 * Whether an actor noun heads the phrase after a nationality word within a few tokens:
 * "Chinese warships", "South Korean K-9 howitzers", "a U.S. aircraft carrier group".
 */
function actorNounAhead(tokens: Token[], from: number, end: number, lex: LinkingLexicon): boolean {
  for (let k = from; k < Math.min(end, from + 4); k++) {
    const t = tokens[k];
    if (t.kind === TokenKind.Punct && t.text !== '-') return false;
    if (lex.actorNouns.has(t.lower)) return true;
    if (lex.phraseBreaks.has(t.lower)) return false;
    // a weapon's model designation: "a Turkish F-16", "Russian Su-24", "MiG-29s"
    if (t.upper && tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === TokenKind.Number && tokens[k + 1].start === t.end) return true;
  }
  return false;
}

/**
 * "American forces" in a sentence about Korea are USFK: a standing force of that state
 * hosted by a place mentioned in the same or the previous sentence. Runs after
 * coreference so "on the peninsula" counts.
 */
const forcesByState = new WeakMap<Gazetteer, Map<string, CatalogEntry[]>>();

function forcesOf(gaz: Gazetteer, state: string): CatalogEntry[] {
  let index = forcesByState.get(gaz);
  if (!index) {
    index = new Map();
    for (const e of gaz.entries.values()) {
      if (e.type !== 'military' || !e.affiliation || e.hosts.length === 0) continue;
      const list = index.get(e.affiliation) ?? [];
      list.push(e);
      index.set(e.affiliation, list);
    }
    forcesByState.set(gaz, index);
  }
  return index.get(state) ?? [];
}

export function resolveStandingForces(mentions: Mention[], gaz: Gazetteer): void {
  let bySentence: Map<number, string[]> | null = null;
  for (const m of mentions) {
    if (m.kind !== 'force' || gaz.entries.get(m.id)?.type !== 'country') continue;
    const forces = forcesOf(gaz, m.id);
    if (forces.length === 0) continue;
    if (!bySentence) {
      bySentence = new Map();
      for (const x of mentions) {
        const list = bySentence.get(x.sentence);
        if (list) list.push(x.id); else bySentence.set(x.sentence, [x.id]);
      }
    }
    const inView = new Set([...(bySentence.get(m.sentence - 1) ?? []), ...(bySentence.get(m.sentence) ?? []), ...(bySentence.get(m.sentence + 1) ?? [])]);
    // ("American servicemen are based at Karshi-Khanabad, ... missions into Afghanistan": the first place after the
    // force is where it is; a host named further on is somewhere else)
    const placed = mentions.find((x) => x.sentence === m.sentence && x.tokenStart >= m.tokenEnd && x.locative);
    for (const e of forces) {
      if (placed && !e.hosts.includes(placed.id)) continue;
      if (e.hosts.some((h) => inView.has(h))) {
        m.id = e.id;
        m.certainty = 0.8;
        break;
      }
    }
  }
}

/** "Russian and Chinese warships": a nationality word joined to an acting one acts too. */
export function coordinatedNationalities(mentions: Mention[], tokens: Token[]): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k];
    const n = mentions[k + 1];
    if (m.actor || (m.kind !== 'adjective' && m.kind !== 'demonym') || m.sentence !== n.sentence || !n.actor) continue;
    if (n.kind !== 'adjective' && n.kind !== 'demonym' && n.kind !== 'force') continue;
    const between = lowerWords(tokens, m.tokenEnd, n.tokenStart);
    if (between.length >= 1 && between.length <= 2 && between.every((w) => w === 'and' || w === 'or' || w === ',')) m.actor = true;
  }
}

const POSSESSIVE_DETERMINERS = wordClasses().possessiveDeterminers;

/** "the government in Oslo", "authorities in Kabul": a capital after a governing noun is the state acting, not a place. */
export function governedFrom(m: Mention, tokens: Token[], first: number, gaz: Gazetteer, lex: LinkingLexicon, previous: Mention | undefined): void {
  if (!m.locative || (m.kind !== 'capital' && m.kind !== 'name') || gaz.entries.get(m.id)?.type !== 'country') return;
  let k = m.tokenStart - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (k - 1 < first || tokens[k].lower !== 'in' || !lex.governingNouns.has(tokens[k - 1].lower)) return;
  // "Turkish troops in Syria" are Turkey's: a noun inside another mention is no governing noun of the place
  if (previous && previous.sentence === m.sentence && previous.tokenEnd === k) return;
  // nor are "its forces in Afghanistan"
  if (POSSESSIVE_DETERMINERS.has(tokens[k - 2]?.lower ?? '')) return;
  // "security forces in Guinea": the adjective belongs to the noun
  let start = k - 1;
  if (start - 1 >= first && tokens[start - 1].lower === 'security') start--;
  // the mention spans "government in Oslo", so the phrase stands where a name would
  m.locative = false;
  m.actor = true;
  m.kind = 'metonym';
  m.tokenStart = start;
  m.start = tokens[start].start;
}
