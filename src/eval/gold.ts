/**
 * Scoring extractions against gold files (the format of the seed's gold: `required`,
 * `acceptable`, `forbidden` triples and the surface forms of non-state ids). Only
 * asserted relations count; undirected types match in either order; a required item may
 * list alternatives. System entities map to gold ids by id, else by label or alias.
 */
import { z } from 'zod';
import type { Extraction, RelationType } from '../model.js';
import { RELATION_TYPES } from '../model.js';
import { isDirected } from '../relation-types.js';

const Triple = z.tuple([z.string(), z.enum(RELATION_TYPES), z.string()]);
export const GoldFileSchema = z.object({
  document: z.string(),
  date: z.string().optional(),
  entities: z.record(z.string(), z.array(z.string())).default({}),
  required: z.array(z.union([Triple, z.array(Triple).min(1)])),
  acceptable: z.array(Triple).default([]),
  forbidden: z.array(Triple).default([]),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;
type TripleT = z.infer<typeof Triple>;

export interface ScoredTriple { document: string; triple: TripleT; sentence?: string }

export interface TypeScore { tp: number; fp: number; fn: number }

export interface GoldReport {
  perType: Record<RelationType, TypeScore>;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  traps: ScoredTriple[];
  misses: ScoredTriple[];
  extras: ScoredTriple[];
  documents: number;
}

/** Loose form of a surface string: case, dots, a leading "the", possessive and punctuation ignored. */
export function normalizeSurface(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/\./g, '').replace(/'s\b/g, '').replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function tripleKey([s, r, o]: TripleT): string {
  const [a, b] = isDirected(r) || s <= o ? [s, o] : [o, s];
  return `${a}|${r}|${b}`;
}

function goldIds(gold: GoldFile): Set<string> {
  const ids = new Set<string>();
  const all = [...gold.required.flatMap((x) => (Array.isArray(x[0]) ? (x as TripleT[]) : [x as TripleT])), ...gold.acceptable, ...gold.forbidden];
  for (const [s, , o] of all) { ids.add(s); ids.add(o); }
  for (const id of Object.keys(gold.entities)) ids.add(id);
  return ids;
}

export function entityResolver(gold: GoldFile, extraction: Extraction): (id: string) => string {
  const ids = goldIds(gold);
  const byLower = new Map([...ids].map((id) => [id.toLowerCase(), id]));
  const surface = new Map<string, string>();
  for (const id of ids) surface.set(normalizeSurface(id), id);
  for (const [id, forms] of Object.entries(gold.entities)) for (const f of forms) if (!surface.has(normalizeSurface(f))) surface.set(normalizeSurface(f), id);
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  return (id: string) => {
    const direct = byLower.get(id.toLowerCase());
    if (direct) return direct;
    const e = entities.get(id);
    for (const form of e ? [e.label, ...e.aliases] : []) {
      const g = surface.get(normalizeSurface(form));
      if (g) return g;
    }
    return id;
  };
}

export function emptyTypeScores(): Record<RelationType, TypeScore> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<RelationType, TypeScore>;
}

/** Score pairs of (gold, extraction); a gold file without an extraction counts all its required triples as misses. */
export function scoreGold(pairs: Array<{ gold: GoldFile; extraction: Extraction | null }>): GoldReport {
  const perType = emptyTypeScores();
  const traps: ScoredTriple[] = [];
  const misses: ScoredTriple[] = [];
  const extras: ScoredTriple[] = [];
  for (const { gold, extraction } of pairs) {
    const doc = gold.document;
    const system = new Map<string, string>();
    if (extraction) {
      const resolve = entityResolver(gold, extraction);
      for (const r of extraction.relations) {
        if (r.modality !== 'asserted') continue;
        system.set(tripleKey([resolve(r.source), r.type, resolve(r.target)]), r.evidence[0]?.sentence ?? '');
      }
    }
    const acceptable = new Set(gold.acceptable.map(tripleKey));
    const forbidden = new Set(gold.forbidden.map(tripleKey));
    const matched = new Set<string>();
    for (const item of gold.required) {
      const alts = Array.isArray(item[0]) ? (item as TripleT[]) : [item as TripleT];
      const keys = alts.map(tripleKey);
      if (keys.some((k) => system.has(k))) { perType[alts[0][1]].tp++; keys.forEach((k) => matched.add(k)); }
      else { perType[alts[0][1]].fn++; misses.push({ document: doc, triple: alts[0] }); }
    }
    for (const [key, sentence] of system) {
      if (matched.has(key) || acceptable.has(key)) continue;
      const [s, r, o] = key.split('|') as TripleT;
      perType[r].fp++;
      const item = { document: doc, triple: [s, r, o] as TripleT, sentence };
      if (forbidden.has(key)) traps.push(item);
      extras.push(item);
    }
  }
  const sum = (f: keyof TypeScore) => Object.values(perType).reduce((n, x) => n + x[f], 0);
  const tp = sum('tp'); const fp = sum('fp'); const fn = sum('fn');
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { perType, tp, fp, fn, precision, recall, f1, traps, misses, extras, documents: pairs.length };
}
