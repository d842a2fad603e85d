/**
 * The gazetteer: every catalog surface form in a token trie, for longest-match
 * recognition in one left-to-right pass (no regex per name). Keys are lower-cased
 * tokens; the case rules are applied at match time (see `caseMatches`).
 */
import type { CatalogEntry, Title } from './catalog/schema.js';
import { isUpperCase, lookupForm, tokenTexts } from '../text/tokenize.js';
import { readJsonData } from '../util/data.js';

export type SurfaceKind = 'name' | 'capital' | 'metonym' | 'demonym' | 'adjective' | 'title';

export interface Surface {
  /** Entity id, or the canonical title for kind 'title'. */
  id: string;
  kind: SurfaceKind;
  /** The form's tokens as written in the catalog. */
  tokens: string[];
  /** Bit i set: token i is an acronym ("NATO"), which the text must write as the catalog does (see caseMatches). */
  acronyms: number;
  /** The entity's type (none for a title): read at every match, so kept here rather than looked up by id. */
  type: CatalogEntry['type'] | undefined;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  surfaces: Surface[] | null;
}

export interface CatalogView {
  entries: Map<string, CatalogEntry>;
  titles: Title[];
}

export interface Gazetteer {
  root: TrieNode;
  titles: TrieNode;
  entries: Map<string, CatalogEntry>;
  titleInfo: Map<string, Title>;
  /** Person surnames -> person ids, for "President Bush" style references. */
  surnames: Map<string, string[]>;
  /** Role noun ("secretary", "foreign minister") -> canonical titles it can refer to. */
  roleNouns: Map<string, string[]>;
  /** States whose people write the family name first. */
  surnameFirst: Set<string>;
  /** State -> the names its bodies go by in its own news (catalog `homeNames`), longest first. */
  homeNames: Map<string, HomeName[]>;
}

/** "the Senate": a body's name at home, as tokens without the article, and whether the text must write one. */
export interface HomeName {
  id: string;
  tokens: string[];
  article: boolean;
}

function newNode(): TrieNode {
  return { next: new Map(), surfaces: null };
}

const isAcronym = (f: string) => f.length > 1 && isUpperCase(f) && /\p{Lu}/u.test(f);

/** The acronyms of a form, one bit per token (a form of more than 31 tokens is tested word by word at match time). */
function acronymBits(tokens: string[]): number {
  let bits = 0;
  for (let i = 0; i < tokens.length && i < 31; i++) if (isAcronym(tokens[i])) bits |= 1 << i;
  return bits;
}

function insert(root: TrieNode, form: string, surface: Omit<Surface, 'tokens' | 'acronyms'>): void {
  const tokens = tokenTexts(form);
  if (tokens.length === 0) return;
  let node = root;
  for (const t of tokens) {
    const key = lookupForm(t);
    let child = node.next.get(key);
    if (!child) { child = newNode(); node.next.set(key, child); }
    node = child;
  }
  // (written out, not spread: a spread copy gets a hidden class of its own, and the lookups reading surfaces went megamorphic)
  const s: Surface = { id: surface.id, kind: surface.kind, tokens, acronyms: acronymBits(tokens), type: surface.type };
  if (!node.surfaces) node.surfaces = [s];
  else if (!node.surfaces.some((x) => x.id === s.id && x.kind === s.kind && x.tokens.join(' ') === s.tokens.join(' '))) node.surfaces.push(s);
}

/** A leading "the" is optional in text ("the Kremlin" / "Kremlin"): index both. */
function withoutArticle(form: string): string[] {
  return /^the\s/i.test(form) ? [form, form.replace(/^the\s+/i, '')] : [form];
}

let spellingPairs: Array<[RegExp, string]> | null = null;

/** The form with each word of data/lexicon/spelling-variants.json spelled the other way too ("Organisation"). */
function withSpellings(form: string): string[] {
  spellingPairs ??= readJsonData<{ pairs: [string, string][] }>('lexicon', 'spelling-variants.json').pairs
    .flatMap(([a, b]): Array<[RegExp, string]> => [[new RegExp(`\\b${a}\\b`, 'g'), b], [new RegExp(`\\b${b}\\b`, 'g'), a]]);
  let out = [form];
  for (const [re, to] of spellingPairs) {
    re.lastIndex = 0;
    if (!re.test(form)) continue;
    out = [...out, ...out.map((f) => f.replace(re, to))];
  }
  return out;
}

/**
 * The family name(s) of a person: the last word, or for states that write the family
 * name first (China, the Koreas: "Wang Yi", "Moon Jae-in") the first word too.
 */
export function surnamesOf(e: CatalogEntry, surnameFirst: Set<string>): string[] {
  // (read per mention while recognizing: worked out once per entry and set of surname-first states)
  let bySet = surnameCache.get(e);
  const cached = bySet?.get(surnameFirst);
  if (cached) return cached;
  const parts = tokenTexts(e.label).filter((t) => t !== '-');
  const out = parts.length < 2 ? [] : [parts[parts.length - 1]];
  if (parts.length >= 2 && e.roles.some((r) => surnameFirst.has(r.of))) out.push(parts[0]);
  if (!bySet) { bySet = new WeakMap(); surnameCache.set(e, bySet); }
  bySet.set(surnameFirst, out);
  return out;
}

const surnameCache = new WeakMap<CatalogEntry, WeakMap<Set<string>, string[]>>();

export function buildGazetteer(catalog: CatalogView, surnameFirst: Set<string> = new Set()): Gazetteer {
  const root = newNode();
  const surnames = new Map<string, string[]>();
  for (const e of catalog.entries.values()) {
    for (const form of [e.label, ...e.aliases]) for (const f of withoutArticle(form)) for (const g of withSpellings(f)) insert(root, g, { id: e.id, kind: 'name', type: e.type });
    for (const form of e.capitals) insert(root, form, { id: e.id, kind: 'capital', type: e.type });
    for (const form of e.metonyms) for (const f of withoutArticle(form)) insert(root, f, { id: e.id, kind: 'metonym', type: e.type });
    for (const form of e.demonyms) insert(root, form, { id: e.id, kind: 'demonym', type: e.type });
    for (const form of e.adjectives) insert(root, form, { id: e.id, kind: 'adjective', type: e.type });
    if (e.type === 'person') {
      for (const surname of surnamesOf(e, surnameFirst)) {
        const list = surnames.get(surname) ?? [];
        if (!list.includes(e.id)) list.push(e.id);
        surnames.set(surname, list);
      }
    }
  }
  const titles = newNode();
  const titleInfo = new Map<string, Title>();
  const homeNames = homeNamesOf(catalog);
  const roleNouns = new Map<string, string[]>();
  for (const t of catalog.titles) {
    titleInfo.set(t.title, t);
    for (const form of [t.title, ...t.forms]) insert(titles, form, { id: t.title, kind: 'title', type: undefined });
    for (const noun of t.nouns) {
      const key = noun.toLowerCase();
      const list = roleNouns.get(key) ?? [];
      if (!list.includes(t.title)) list.push(t.title);
      roleNouns.set(key, list);
    }
  }
  return { root, titles, entries: catalog.entries, titleInfo, surnames, roleNouns, surnameFirst, homeNames };
}

/** The catalog's `homeNames` by the state of their body, longest first. */
function homeNamesOf(catalog: CatalogView): Map<string, HomeName[]> {
  const byState = new Map<string, HomeName[]>();
  for (const e of catalog.entries.values()) {
    if (!e.affiliation || e.homeNames.length === 0) continue;
    const list = byState.get(e.affiliation) ?? [];
    for (const form of e.homeNames) {
      const tokens = tokenTexts(form);
      const article = tokens[0]?.toLowerCase() === 'the';
      if (tokens.length > (article ? 1 : 0)) list.push({ id: e.id, tokens: article ? tokens.slice(1) : tokens, article });
    }
    byState.set(e.affiliation, list.sort((a, b) => b.tokens.length - a.tokens.length));
  }
  return byState;
}

/**
 * Case rules. Acronyms and all-caps forms ("US", "UN", "NATO") match only as written, so
 * "us" is never the United States. Other forms need the first letter's case as written
 * and tolerate case differences later on ("Korean peninsula"), so a sentence-internal
 * "turkey" is no state.
 */
export function caseMatches(surface: Pick<Surface, 'tokens' | 'acronyms'>, textTokens: ReadonlyArray<{ text: string }>, offset = 0): boolean {
  const form = surface.tokens;
  for (let i = 0; i < form.length; i++) {
    const f = form[i];
    const t = textTokens[offset + i].text;
    if (f === t) continue;
    // an all-caps headline or dateline word may match a mixed-case form, never the reverse
    if (i < 31 ? surface.acronyms & (1 << i) : isAcronym(f)) return false;
    if (i === 0 && f.charCodeAt(0) !== t.charCodeAt(0) && !isUpperCase(t)) return false;
  }
  return true;
}
