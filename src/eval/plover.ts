/**
 * Scoring on the public PLOVER gold-standard sentences (shared/benchmarks/plover): a
 * record is a hit when some non-structural relation of one of its types runs from an
 * entity standing for a source actor to one standing for a target actor (either order
 * for undirected types). A person or unit stands for the state it is affiliated with in
 * the same output; actors with non-state codes (IGO, NGO …) match by their text.
 */
import type { Extraction } from '../model.js';
import { isDirected } from '../relation-types.js';
import { normalizeSurface } from './gold.js';

export interface PloverActor { text: string; code: string }
export interface PloverRecord { id: string; text: string; event: string; types: string[]; source: PloverActor[]; target: PloverActor[] }

export interface PloverReport { hits: number; records: number; hitRate: number; perEvent: Record<string, { hits: number; total: number }>; misses: string[] }

function standsFor(extraction: Extraction): Map<string, Set<string>> {
  const stands = new Map<string, Set<string>>();
  const add = (id: string, code: string) => { const s = stands.get(id) ?? new Set<string>(); s.add(code.toUpperCase()); stands.set(id, s); };
  for (const e of extraction.entities) {
    add(e.id, e.id);
    for (const r of e.roles ?? []) add(e.id, r.of);
  }
  // a relation may name a state no mention spells out ("protests in Nepal" -> NPL): an id stands for itself
  for (const r of extraction.relations) {
    add(r.source, r.source);
    add(r.target, r.target);
    if (r.type === 'affiliation') add(r.source, r.target);
  }
  return stands;
}

export function isRecordHit(record: PloverRecord, extraction: Extraction): boolean {
  const stands = standsFor(extraction);
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const isActor = (id: string, actors: PloverActor[]) => {
    const forms = [entities.get(id)?.label ?? '', ...(entities.get(id)?.aliases ?? [])].map(normalizeSurface).filter(Boolean);
    return actors.some((a) => {
      const text = ` ${normalizeSurface(a.text)} `;
      return stands.get(id)?.has(a.code.toUpperCase()) || forms.some((f) => text.includes(` ${f} `));
    });
  };
  return extraction.relations.some((r) => r.type !== 'affiliation' && r.type !== 'deployment' && record.types.includes(r.type) && (
    (isActor(r.source, record.source) && isActor(r.target, record.target))
    || (!isDirected(r.type) && isActor(r.target, record.source) && isActor(r.source, record.target))));
}

export function scorePlover(pairs: Array<{ record: PloverRecord; extraction: Extraction | null }>): PloverReport {
  const perEvent: PloverReport['perEvent'] = {};
  const misses: string[] = [];
  let hits = 0;
  for (const { record, extraction } of pairs) {
    const hit = extraction ? isRecordHit(record, extraction) : false;
    const e = (perEvent[record.event] ??= { hits: 0, total: 0 });
    e.total++;
    if (hit) { hits++; e.hits++; } else misses.push(record.id);
  }
  return { hits, records: pairs.length, hitRate: pairs.length ? hits / pairs.length : 0, perEvent, misses };
}
