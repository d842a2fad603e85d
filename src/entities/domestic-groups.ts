/**
 * Domestic groups: "Iraqi Kurds", "Egyptian demonstrators", "students throughout
 * Indonesia". A group noun of data/lexicon/sectors.json tied to a state becomes its own
 * unlinked organization with a role tying it to that state, so that a state's quarrel
 * with its own opposition is no self-loop.
 */
import type { TextDoc } from '../text/sentences.js';
import { lowerWords, type Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { Gazetteer } from './gazetteer.js';
import { linkingLexicon, sectorLexicon, type SectorLexicon } from './lexicon.js';
import { newEntityInfo, newMention, type EntityInfo, type Mention } from './types.js';

/**
 * "Egyptian demonstrators", "Iraqi Kurds", "Afghan insurgents": a nationality word before
 * a group noun of data/lexicon/sectors.json names a domestic group of that state, kept as
 * its own unlinked organization (with a role tying it to the state) so that a state's
 * quarrel with its own opposition is no self-loop.
 */
export function domesticGroup(m: Mention, tokens: Token[], end: number, gaz: Gazetteer, unknown: Map<string, EntityInfo>): void {
  const sectors = sectorLexicon();
  // "Darfur rebels", "Kurdistan protesters": a place the catalog puts in a state, right before a group noun
  const place = m.kind === 'name' && m.tokenEnd < end && sectors.groups.has(tokens[m.tokenEnd].lower) ? gaz.entries.get(m.id) : undefined;
  if (place?.type === 'region' && place.state) {
    const group = sectors.groups.get(tokens[m.tokenEnd].lower);
    if (group && /s$/.test(tokens[m.tokenEnd].lower)) adopt(m, place.state, group, m.tokenStart, m.tokenEnd + 1, 0.6, tokens, gaz, unknown, place);
    return;
  }
  if ((m.kind !== 'adjective' && m.kind !== 'demonym') || gaz.entries.get(m.id)?.type !== 'country') return;
  let k = m.tokenEnd;
  while (k < end && k < m.tokenEnd + 2 && sectors.modifiers.has(tokens[k].lower)) k++;
  // "French paper workers", "Chinese factory workers": one plain noun may modify the group noun
  if (k === m.tokenEnd && k + 1 < end && /^[a-z]{3,}$/.test(tokens[k].text) && !FUNCTION_WORDS.has(tokens[k].text) && !sectors.groups.has(tokens[k].lower) && sectors.groups.has(tokens[k + 1].lower)) k++;
  // ("Palestinian armed groups": a modifier may begin a two-word group noun)
  if (k > m.tokenEnd && k < end && groupPair(sectors, tokens, k - 1, end)) k--;
  const two = groupPair(sectors, tokens, k, end);
  let len = two ? 2 : k < end && sectors.groups.has(tokens[k].lower) ? 1 : 0;
  // "Ugandan opposition candidates": a modifier that is a group noun itself heads the group
  if (!len && k > m.tokenEnd && sectors.groups.has(tokens[k - 1].lower)) { k--; len = 1; }
  const word = m.kind === 'demonym' && tokens[m.tokenEnd - 1].text.endsWith('s') && m.tokenEnd === k && len === 0
    ? sectors.groups.get(tokens[m.tokenEnd - 1].lower) : undefined;
  const group = len === 2 ? two : len ? sectors.groups.get(tokens[k].lower) : word;
  if (!group) return;
  const te = len ? k + len : m.tokenEnd;
  adopt(m, m.id, group, m.tokenStart, te, 0.7, tokens, gaz, unknown);
}

/**
 * The group noun of two words at k ("opposition parties"), if any, within [k, end): the pair's
 * key is made only after the first word of one, not for every nationality word.
 */
function groupPair(sectors: SectorLexicon, tokens: Token[], k: number, end: number): string | undefined {
  if (k + 1 >= end || !sectors.pairFirsts.has(tokens[k].lower)) return undefined;
  return sectors.groups.get(`${tokens[k].lower} ${tokens[k + 1].lower}`);
}

/** Words that never modify a group noun ("French and British workers"). */
const FUNCTION_WORDS = wordClasses().functionWords;


/** Prepositions that place a group in its state: "students throughout Indonesia", "demonstrators in Baghdad". */
const GROUP_PLACE_PREPS = wordClasses().groupPlacePreps;

/**
 * "Demonstrators in Baghdad", "students throughout Indonesia": a group noun of
 * data/lexicon/sectors.json placed in a state (or its capital) is a domestic group of
 * that state, as if written "Iraqi demonstrators".
 */
export function groupInState(m: Mention, tokens: Token[], first: number, gaz: Gazetteer, unknown: Map<string, EntityInfo>): void {
  if (m.kind !== 'name' && m.kind !== 'capital' && m.kind !== 'metonym') return;
  if (gaz.entries.get(m.id)?.type !== 'country') return;
  let k = m.tokenStart - 1;
  if (k >= first && tokens[k].lower === 'the') k--;
  if (k < first || !GROUP_PLACE_PREPS.has(tokens[k].lower)) return;
  // "will withdraw inspectors and humanitarian workers from Iraq": "from" after a verb of removal is where they leave
  if (tokens[k].lower === 'from' && tokens.slice(Math.max(first, k - 10), k).some((t) => linkingLexicon().removalVerbs.has(t.lower))) return;
  const sectors = sectorLexicon();
  // "opposition parties in Nepal": a two-word group noun first
  const two = k - 2 >= first ? groupPair(sectors, tokens, k - 2, k) : undefined;
  const noun = two ?? (k - 1 >= first ? sectors.groups.get(tokens[k - 1].lower) : undefined);
  if (!noun) return;
  let start = two ? k - 2 : k - 1;
  while (start - 1 >= first && sectors.modifiers.has(tokens[start - 1].lower)) start--;
  adopt(m, m.id, noun, start, m.tokenEnd, 0.6, tokens, gaz, unknown);
}

/**
 * "Bosnian Serb", "Iraqi Kurdish": the people named by the second nationality word, living in
 * the state of the first, as one domestic group spanning both words; it acts when a noun
 * of actors follows ("Bosnian Serb guns", "Bosnian Serb forces").
 */
export function peopleOfState(m: Mention, state: Mention, tokens: Token[], gaz: Gazetteer, unknown: Map<string, EntityInfo>): void {
  const word = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text).join(' ').toLowerCase();
  const group = /s$/.test(word) ? word : `${word}s`;
  const acting = m.actor || state.actor;
  adopt(m, state.id, group.replace(/\s+/g, '-'), state.tokenStart, m.tokenEnd, 0.6, tokens, gaz, unknown);
  m.actor = acting;
}

/**
 * "Sierra Leonean and Liberian refugees": a nationality word coordinated with a domestic
 * group shares its group noun, so both states' refugees are named.
 */
export function coordinatedGroups(mentions: Mention[], tokens: Token[], gaz: Gazetteer, unknown: Map<string, EntityInfo>): void {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k];
    const n = mentions[k + 1];
    if ((m.kind !== 'adjective' && m.kind !== 'demonym') || m.sentence !== n.sentence || n.kind !== 'unknown') continue;
    if (gaz.entries.get(m.id)?.type !== 'country') continue;
    const state = unknown.get(n.id)?.roles.find((r) => r.title === 'Group')?.of;
    if (!state || !n.id.startsWith(`${state.toLowerCase()}-`) || state === m.id) continue;
    const between = lowerWords(tokens, m.tokenEnd, n.tokenStart);
    if (between.length < 1 || between.length > 2 || !between.every((w) => w === 'and' || w === 'or' || w === ',')) continue;
    adopt(m, m.id, n.id.slice(state.length + 1), m.tokenStart, m.tokenEnd, n.certainty, tokens, gaz, unknown);
  }
}

/** Turns mention `m` into the domestic group `group` of `state`, spanning tokens [start, end). */
function adopt(m: Mention, state: string, group: string, start: number, end: number, certainty: number, tokens: Token[], gaz: Gazetteer, unknown: Map<string, EntityInfo>, place?: { id: string; label: string }): void {
  // a group of a place is its own ("darfur-rebels"), still tied to the place's state
  const id = place ? `${place.id}-${group}` : `${state.toLowerCase()}-${group}`;
  const label = `${place ? place.label : gaz.entries.get(state)!.label} ${group}`;
  const info = unknown.get(id) ?? newEntityInfo(id, label, 'organization', false, [], { roles: [{ title: 'Group', of: state }], affiliation: state });
  const surface = tokens.slice(start, end).map((t) => t.text).join(' ');
  if (!info.aliases.includes(surface)) info.aliases.push(surface);
  unknown.set(id, info);
  m.id = id;
  m.kind = 'unknown';
  m.actor = true;
  m.locative = false;
  m.certainty = certainty;
  m.start = tokens[start].start;
  m.tokenStart = start;
  m.end = tokens[end - 1].end;
  m.tokenEnd = end;
}

/**
 * "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators", "Islamic
 * fundamentalists ... demanded the resignation of Algerian President Ahmed Ben Bella": a
 * group noun with no state of its own belongs to the one state whose police, forces or
 * leaders the sentence names by a nationality word. New mentions are returned unsorted.
 */
export function homeStateGroups(doc: TextDoc, mentions: Mention[], gaz: Gazetteer, unknown: Map<string, EntityInfo>): Mention[] {
  const sectors = sectorLexicon();
  const { tokens } = doc;
  const isState = (m: Mention) => gaz.entries.get(m.id)?.type === 'country';
  // most sentences name no state's police or leaders: find those that do first
  const homes = new Map<number, Mention>();
  for (const m of mentions) {
    if (homes.has(m.sentence) || (m.kind !== 'force' && m.kind !== 'adjective' && m.kind !== 'demonym')) continue;
    if ((m.kind === 'force' || sectors.homeHeads.has(tokens[m.tokenEnd]?.lower ?? '')) && isState(m)) homes.set(m.sentence, m);
  }
  const out: Mention[] = [];
  for (const [sentence, home] of homes) {
    // mentions are in text order: the sentence's own are one run
    let from = 0;
    while (from < mentions.length && mentions[from].sentence < sentence) from++;
    let to = from;
    while (to < mentions.length && mentions[to].sentence === sentence) to++;
    const here = mentions.slice(from, to);
    // only a sentence about one state: "Israeli police ... Palestinian youths" keeps each its own
    if (here.some((m) => m.id !== home.id && isState(m))) continue;
    const s = doc.sentences[sentence];
    const inMention = (k: number) => here.some((m) => k >= m.tokenStart && k < m.tokenEnd);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const group = sectors.groups.get(tokens[k].lower);
      if (!group || !/s$/.test(tokens[k].lower) || sectors.groups.has(tokens[k + 1]?.lower ?? '') || inMention(k)) continue;
      let start = k;
      while (start - 1 >= s.tokenStart && !inMention(start - 1) && (sectors.modifiers.has(tokens[start - 1].lower) || sectors.groups.has(tokens[start - 1].lower))) start--;
      // "Al-Shabab extremists": a name heading the group noun says whose they are
      if (here.some((m) => m.tokenEnd === start && !isState(m))) continue;
      const id = `${home.id.toLowerCase()}-${group}`;
      const info = unknown.get(id) ?? newEntityInfo(id, `${gaz.entries.get(home.id)!.label} ${group}`, 'organization', false, [], { roles: [{ title: 'Group', of: home.id }], affiliation: home.id });
      const surface = tokens.slice(start, k + 1).map((t) => t.text).join(' ');
      if (!info.aliases.includes(surface)) info.aliases.push(surface);
      unknown.set(id, info);
      out.push(newMention(id, 'unknown', tokens[start].start, tokens[k].end, start, k + 1, sentence, true, false, 0.5));
    }
  }
  return out;
}
