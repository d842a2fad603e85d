/**
 * Finding antecedents for coreference: the bodies a head noun can stand for, the owner of
 * forces named before a plural pronoun, the pair or the n entities named together last, and
 * the one a plural noun opening a sentence follows.
 */
import type { Token } from '../text/tokenize.js';
import { wordClasses } from '../text/word-classes.js';
import type { LinkingLexicon } from './lexicon.js';
import type { Mention } from './types.js';

// (places too: "the valley" after "the Cenepa valley", "the base" after "the Manas air base")
const BODY_TYPES = new Set(['organization', 'military', 'region']);
// "a coalition called Viv Ansanm": the noun before names the body after
const BODY_NAMING_WORDS = wordClasses().bodyNamingWords;

/**
 * Head nouns that stand for a body named in the document: the last word of a multi-word name
 * ("Multinational Security Support mission" -> "mission") and the noun a name is introduced by
 * ("a coalition called Viv Ansanm" -> "coalition"). Nouns that name states or governments stay out.
 */
export function bodyHeadNouns(mentions: Mention[], tokens: Token[], typeOf: (id: string) => string | undefined, lex: LinkingLexicon): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  const add = (noun: string, m: Mention) => {
    if (lex.governingNouns.has(noun) || lex.stateNouns.has(noun) || !/^[a-z]{4,}$/.test(noun)) return;
    const list = out.get(noun);
    if (list) list.push(m); else out.set(noun, [m]);
  };
  for (const m of mentions) {
    if (!BODY_TYPES.has(typeOf(m.id) ?? '')) continue;
    if (m.tokenEnd - m.tokenStart >= 2 && (m.kind === 'name' || m.kind === 'unknown')) add(tokens[m.tokenEnd - 1].lower, m);
    const k = m.tokenStart;
    if (k >= 2 && BODY_NAMING_WORDS.has(tokens[k - 1].lower)) add(tokens[k - 2].lower, m);
    else if (k >= 3 && tokens[k - 1].lower === 'as' && tokens[k - 2].lower === 'known') add(tokens[k - 3].lower, m);
  }
  return out;
}

/** The last of `ms` (in text order) that starts before `pos`. */
export function nearestBefore(ms: Mention[], pos: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of ms) if (m.start < pos) best = m;
  return best;
}

const singleForceIndex = new WeakMap<LinkingLexicon, Set<string>>();

function singleForceNouns(lex: LinkingLexicon): Set<string> {
  let set = singleForceIndex.get(lex);
  if (!set) { set = new Set(lex.forceNouns.filter((w) => w.length === 1).map((w) => w[0])); singleForceIndex.set(lex, set); }
  return set;
}

/**
 * "its troops", "Israeli forces" named in the sentence before a plural pronoun at i, with no
 * actor other than a place named between them: the owner of those forces (the mention ending at the force noun,
 * or spanning it).
 */
export function forceOwnerBefore(all: Mention[], tokens: Token[], i: number, first: number, lex: LinkingLexicon, isPlace: (m: Mention) => boolean): Mention | undefined {
  const single = singleForceNouns(lex);
  for (let k = i - 1; k >= first; k--) {
    if (!single.has(tokens[k].lower)) continue;
    const owner = all.find((m) => m.tokenEnd === k || (m.tokenStart < k && m.tokenEnd === k + 1 && m.kind === 'force'));
    if (!owner || !owner.actor && owner.kind !== 'pronoun') return undefined;
    // another actor named between the forces and the pronoun is the likelier antecedent
    if (all.some((m) => m.tokenStart > k && m.tokenEnd <= i && m.actor && !m.locative && !isPlace(m))) return undefined;
    return owner;
  }
  return undefined;
}

/** Up to `max` mentions that `ok` accepts before `pos`, nearest first, within this sentence and the two before (no group mentions). */
function recentMentions(all: Mention[], pos: number, sentence: number, ok: (m: Mention) => boolean, max: number): Mention[] {
  const seen: Mention[] = [];
  for (let k = all.length - 1; k >= 0 && seen.length < max; k--) {
    const m = all[k];
    if (m.start >= pos || m.kind === 'group') continue;
    if (m.sentence < sentence - 2) break;
    if (ok(m)) seen.push(m);
  }
  return seen;
}

/** The `n` entities named together last before `pos` ("Biden, Albanese and Sunak ... the three leaders"). */
export function lastCoordinated(all: Mention[], tokens: Token[], pos: number, sentence: number, ok: (m: Mention) => boolean, n: number): string[] | null {
  const seen = recentMentions(all, pos, sentence, ok, 12);
  // seen runs backwards: a run of n distinct names joined only by commas, "and" or titles of their own
  for (let k = 0; k + n <= seen.length; k++) {
    const run = seen.slice(k, k + n).reverse();
    if (new Set(run.map((m) => m.id)).size !== n) continue;
    const joined = run.every((m, j) => j === 0 || tokens.slice(run[j - 1].tokenEnd, m.tokenStart).some((t) => t.text === ',' || t.lower === 'and')
      && m.tokenStart - run[j - 1].tokenEnd <= 6);
    if (joined) return run.map((m) => m.id);
  }
  return null;
}

const PAIR_PREPOSITIONS = wordClasses().pairPrepositions;

/** `m` is a further item of the list that `a` continues ("X, a and b"): only a comma stands between them. */
function listedBefore(m: Mention | undefined, a: Mention, tokens: Token[]): boolean {
  return m !== undefined && m.id !== a.id && a.tokenStart - m.tokenEnd === 1 && tokens[m.tokenEnd].text === ',';
}

/** The two entities named last before `pos`, preferring a coordinated pair ("Seoul and Tokyo"). */
export function lastPair(all: Mention[], tokens: Token[], pos: number, sentence: number, ok: (m: Mention) => boolean, coordinatedOnly = false, exactlyTwo = false): [string, string] | null {
  const seen = recentMentions(all, pos, sentence, ok, 10);
  // a pair named in a prepositional phrase ("on the same footing as China and Russia") is seldom the pair
  // the story goes on about: a pair in subject position comes first
  let inPhrase: [string, string] | null = null;
  // with `exactlyTwo`, a list of three or more ("The United States, Britain and France ... both
  // countries") holds no pair: `joinedAfter` says the pair before was joined to this one's second name
  let joinedAfter = false;
  let longList = false;
  for (let k = 0; k + 1 < seen.length; k++) {
    const [b, a] = [seen[k], seen[k + 1]];
    const afterJoined = joinedAfter;
    joinedAfter = false;
    if (a.id === b.id) continue;
    // ("Mark Esper and NATO Secretary-General Jens Stoltenberg": the second name's title is part of it)
    const bStart = b.titleStart !== undefined && b.titleStart >= a.tokenEnd ? b.titleStart : b.tokenStart;
    const between = tokens.slice(a.tokenEnd, bStart).map((t) => t.text);
    // ("Hun Manet and Thailand's acting prime minister, Phumtham": the second name's title phrase is part of the join)
    const titled = between.length >= 3 && between.length <= 8 && between[0] === 'and' && between[between.length - 1] === ','
      && between.slice(1, -1).every((t) => t !== ',' && t !== 'and' && (/^['’]s$/.test(t) || /^\p{L}/u.test(t)));
    if (!titled && !(between.length <= 2 && between.every((t) => t === 'and' || t === ',' || t === 'or'))) continue;
    // "the SDF, Washington's main partner": a possessor after a lone comma opens an apposition
    if (between.length === 1 && between[0] === ',' && /^['’]s$/.test(tokens[b.tokenEnd]?.text ?? '')) continue;
    joinedAfter = true;
    if (exactlyTwo && (afterJoined || listedBefore(seen[k + 2], a, tokens))) { longList = true; continue; }
    let p = a.tokenStart - 1;
    if (tokens[p]?.lower === 'the') p--;
    if (PAIR_PREPOSITIONS.has(tokens[p]?.lower ?? '')) { inPhrase ??= [a.id, b.id]; continue; }
    return [a.id, b.id];
  }
  if (inPhrase) return inPhrase;
  if (coordinatedOnly || longList) return null;
  const ids = [...new Set(seen.map((m) => m.id))];
  return ids.length >= 2 ? [ids[1], ids[0]] : null;
}

const SAYING_VERBS = wordClasses().sayingVerbs;

/** "Militants loyal to Iraq's al-Qaeda frontman Abu Musab al-Zarqawi said they ...": the last name of the phrase a plural noun opening the sentence follows. */
export function followedAtOpening(all: Mention[], tokens: Token[], start: number, at: number, phrases: string[][], ok: (m: Mention) => boolean): Mention | undefined {
  if (!/s$/.test(tokens[start]?.lower ?? '') || tokens[start].upper !== true) return undefined;
  const phrase = phrases.find((p) => p.every((w, j) => tokens[start + 1 + j]?.lower === w));
  if (!phrase) return undefined;
  const from = start + 1 + phrase.length;
  let end = from;
  while (end < at && tokens[end].text !== ',' && !SAYING_VERBS.has(tokens[end].lower)) end++;
  return all.filter((m) => m.tokenStart >= from && m.tokenEnd <= end && ok(m)).pop();
}
