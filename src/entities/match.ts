/**
 * Looking up the catalog at a token: the longest match of a trie of names or titles, the
 * surface to prefer when a match has several, and the index of first words that says which
 * tries can match at a word at all.
 */
import type { Token } from '../text/tokenize.js';
import { caseMatches, type Gazetteer, type Surface, type TrieNode } from './gazetteer.js';

export interface Match { length: number; surfaces: Surface[] }

/**
 * Longest trie match starting at token i, honouring the case rules; with `anyCase`, ignoring
 * them (titles written in lower case: "leader", "foreign minister", "envoy").
 */
export function longestMatch(root: TrieNode, tokens: Token[], i: number, end: number, anyCase = false): Match | null {
  const first = i < end ? root.next.get(tokens[i].lower) : undefined;
  return first ? matchFrom(first, tokens, i, end, anyCase) : null;
}

/**
 * longestMatch when the trie's node for the word at i is known already (firstWordsOf gives
 * it): the lookup of the first word is the one made for every word of a text.
 */
export function matchFrom(first: TrieNode, tokens: Token[], i: number, end: number, anyCase = false): Match | null {
  let node: TrieNode | undefined = first;
  let length = 0;
  let surfaces: Surface[] | null = null;
  for (let j = i; ;) {
    const matched = node.surfaces && (anyCase ? node.surfaces : casedSurfaces(node.surfaces, tokens, i));
    if (matched) { length = j - i + 1; surfaces = matched; }
    if (++j >= end) break;
    node = node.next.get(tokens[j].lower);
    if (!node) break;
  }
  // one object for the match, not one per trie step
  return surfaces ? { length, surfaces } : null;
}

/**
 * The surfaces whose case rules the text at i meets: the node's own list when all of them do
 * (most nodes hold one surface that matches as written), else a new list, or null.
 */
function casedSurfaces(all: Surface[], tokens: Token[], i: number): Surface[] | null {
  let k = 0;
  while (k < all.length && caseMatches(all[k], tokens, i)) k++;
  if (k === all.length) return k > 0 ? all : null;
  const ok = all.slice(0, k);
  for (k++; k < all.length; k++) if (caseMatches(all[k], tokens, i)) ok.push(all[k]);
  return ok.length ? ok : null;
}

const KIND_PRIORITY: Record<string, number> = { name: 0, metonym: 1, capital: 2, demonym: 3, adjective: 4, title: 5 };

/** The surface to read a match as: the first of the best, as a stable sort by `compareSurfaces` would put first (no copy sorted per mention). */
export function pickSurface(surfaces: Surface[]): Surface {
  let best = surfaces[0];
  for (let k = 1; k < surfaces.length; k++) if (compareSurfaces(surfaces[k], best) < 0) best = surfaces[k];
  return best;
}

/** Full names first, then states over other types (a bare "Georgia" is the country in world news), then by id. */
function compareSurfaces(a: Surface, b: Surface): number {
  return KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]
    || Number(b.type === 'country') - Number(a.type === 'country')
    || a.id.localeCompare(b.id);
}

/**
 * Which tries can match at a word, from one lookup, and where in them the word leads. A word
 * written in lower case can start only a name whose catalog form starts in lower case too
 * ("the Netherlands", "al-Shabaab"): those few first words, with the titles' first words,
 * make a small table that most words of a text are looked up in; the large table of every
 * name's first word serves capitalised words.
 */
interface FirstWord {
  /** The names trie's node for the word, if a name starts with it. */
  name: TrieNode | undefined;
  /** The titles trie's node for the word, if a title starts with it. */
  title: TrieNode | undefined;
}

interface FirstWords { lower: Map<string, FirstWord>; upper: Map<string, FirstWord> }

const firstWordIndex = new WeakMap<Gazetteer, FirstWords>();

function startsLowerCase(node: TrieNode): boolean {
  if (node.surfaces?.some((x) => !/^\p{Lu}/u.test(x.tokens[0] ?? ''))) return true;
  for (const child of node.next.values()) if (startsLowerCase(child)) return true;
  return false;
}

export function firstWordsOf(gaz: Gazetteer): FirstWords {
  let index = firstWordIndex.get(gaz);
  if (!index) {
    const lower = new Map<string, FirstWord>();
    const upper = new Map<string, FirstWord>();
    for (const [w, node] of gaz.root.next) {
      const entry: FirstWord = { name: node, title: gaz.titles.next.get(w) };
      upper.set(w, entry);
      if (startsLowerCase(node)) lower.set(w, entry);
    }
    for (const [w, node] of gaz.titles.next) {
      if (!upper.has(w)) upper.set(w, { name: undefined, title: node });
      // (a lower-case word that starts a title, but no name written in lower case, looks up no name)
      if (!lower.has(w)) lower.set(w, { name: undefined, title: node });
    }
    index = { lower, upper };
    firstWordIndex.set(gaz, index);
  }
  return index;
}
