/**
 * Entity resolution for queries: "John Kerry", "the U.S.", "Pyongyang", "kor" -> node id.
 * Names are compared after normalization (accents, case, spaces, dots, a leading "the");
 * when nothing matches, the error suggests the closest names.
 */
import type { GeoGraph } from '../graph/types.js';
import { cachedForGraph } from './graph-cache.js';

export interface EntitySuggestion {
  id: string;
  label: string;
}

/** No entity answers to the name; `suggestions` are the closest ones, best first. */
export class EntityNotFoundError extends Error {
  constructor(readonly query: string, readonly suggestions: EntitySuggestion[]) {
    const hint = suggestions.length > 0
      ? `; did you mean ${suggestions.map((s) => `${s.label} (${s.id})`).join(', ')}?`
      : '';
    super(`geokg/paths: no entity named "${query}" in the graph${hint}`);
    this.name = 'EntityNotFoundError';
  }
}

export interface EntityMatch {
  id: string;
  /** How the name matched: the exact id, or a normalized id, label or alias. */
  matchedBy: 'id' | 'label' | 'alias';
  /** Other entities sharing the name, when the name was ambiguous (the chosen one has the most mentions). */
  alsoNamed: string[];
}

/**
 * Normal form of a name: NFD without diacritics, lower case, dots and apostrophes dropped
 * ("U.S." ~ "US"), hyphens, underscores and other punctuation as spaces, spaces collapsed,
 * a leading "the" ignored.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

interface NameEntry {
  id: string;
  matchedBy: 'label' | 'alias';
}

interface NameIndex {
  /** Normalized name -> entities answering to it (id, label, alias). */
  byName: Map<string, NameEntry[]>;
  mentions: Map<string, number>;
  labels: Map<string, string>;
}

function buildNameIndex(graph: GeoGraph): NameIndex {
  const byName = new Map<string, NameEntry[]>();
  const mentions = new Map<string, number>();
  const labels = new Map<string, string>();
  const add = (name: string | undefined, entry: NameEntry): void => {
    if (typeof name !== 'string') return;
    const key = normalizeName(name);
    if (!key) return;
    const entries = byName.get(key) ?? [];
    if (!entries.some((e) => e.id === entry.id)) entries.push(entry);
    byName.set(key, entries);
  };
  graph.forEachNode((id, attrs) => {
    mentions.set(id, typeof attrs.mentions === 'number' ? attrs.mentions : 0);
    labels.set(id, typeof attrs.label === 'string' && attrs.label ? attrs.label : id);
    add(attrs.label, { id, matchedBy: 'label' });
    add(id, { id, matchedBy: 'label' });
    for (const alias of Array.isArray(attrs.aliases) ? attrs.aliases : []) add(alias, { id, matchedBy: 'alias' });
  });
  return { byName, mentions, labels };
}

function nameIndexOf(graph: GeoGraph): NameIndex {
  return cachedForGraph(graph, 'paths/names', ['nodeAttributesUpdated', 'eachNodeAttributesUpdated'], () => buildNameIndex(graph));
}

/** Resolves `name` to an entity id, telling how it matched and whether it was ambiguous. */
export function matchEntity(graph: GeoGraph, name: string): EntityMatch {
  if (graph.hasNode(name)) return { id: name, matchedBy: 'id', alsoNamed: [] };
  const index = nameIndexOf(graph);
  const entries = index.byName.get(normalizeName(name));
  if (!entries || entries.length === 0) throw new EntityNotFoundError(name, suggestEntities(graph, name));
  // More mentions wins; the id settles equal counts so the answer is stable.
  const ranked = [...entries].sort(
    (a, b) => (index.mentions.get(b.id) ?? 0) - (index.mentions.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { id: ranked[0].id, matchedBy: ranked[0].matchedBy, alsoNamed: ranked.slice(1).map((e) => e.id) };
}

/** The entity id that `name` stands for (id, label or alias); throws EntityNotFoundError. */
export function resolveEntity(graph: GeoGraph, name: string): string {
  return matchEntity(graph, name).id;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions),
 * giving up early with `limit + 1` once every alignment costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (same ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length];
}

const MAX_SUGGESTIONS = 5;

/**
 * Entities whose names come closest to `name`: by edit distance (within a tolerance growing
 * with the length), with names that start with the query, contain it or are contained in it
 * ranked as close; more mentions first among equals.
 */
export function suggestEntities(graph: GeoGraph, name: string, max = MAX_SUGGESTIONS): EntitySuggestion[] {
  const query = normalizeName(name);
  if (!query) return [];
  const index = nameIndexOf(graph);
  const limit = Math.max(1, Math.floor(query.length * 0.4));
  const best = new Map<string, number>();
  for (const [key, entries] of index.byName) {
    // lower is closer: a typo of one edit scores 1, a name the query begins scores 0.5
    let score = editDistance(query, key, limit);
    if (score > limit) score = Infinity;
    if (key.startsWith(query)) score = Math.min(score, 0.5);
    else if (query.length >= 3 && key.includes(query)) score = Math.min(score, 1.5);
    else if (key.length >= 3 && query.includes(key)) score = Math.min(score, 2.5);
    if (score === Infinity) continue;
    for (const { id } of entries) if (!best.has(id) || score < best.get(id)!) best.set(id, score);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || (index.mentions.get(b[0]) ?? 0) - (index.mentions.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([id]) => ({ id, label: index.labels.get(id) ?? id }));
}
