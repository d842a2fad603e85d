/**
 * Shared by the relation tests: extract one short text through the public API and
 * compare its relations with expected (source, type, target) triples. Undirected types
 * match in either order, as in the contract; an expected item may list alternatives of
 * which one must hold (like the gold files).
 */
import { expect } from 'vitest';
import { extractText } from '../../src/api.js';
import { isExtractionError, type Extraction, type Modality, type Relation, type RelationType } from '../../src/model.js';
import { isDirected } from '../../src/relation-types.js';

export type Triple = [source: string, type: RelationType, target: string];
/** One triple, or alternatives of which one must hold. */
export type Expected = Triple | Triple[];

/** A table row: the text, its document date, triples that must be asserted, triples that must not. */
export type Row = [text: string, date: string, asserted: Expected[], notAsserted: Triple[]];

export function extractSentence(text: string, date: string): Extraction {
  const result = extractText(text, { date });
  if (isExtractionError(result)) throw new Error(`extraction failed for "${text}": ${result.error}`);
  return result;
}

export function tripleKey([source, type, target]: Triple): string {
  const [a, b] = isDirected(type) || source <= target ? [source, target] : [target, source];
  return `${a} ${type} ${b}`;
}

function relationKey(r: Relation): string {
  return tripleKey([r.source, r.type, r.target]);
}

function alternatives(item: Expected): Triple[] {
  return Array.isArray(item[0]) ? (item as Triple[]) : [item as Triple];
}

/** Keys of the relations with the given modality, e.g. "KOR funding usfk". */
export function keysWith(extraction: Extraction, modality: Modality): string[] {
  return extraction.relations.filter((r) => r.modality === modality).map(relationKey);
}

/** Every relation as "source type target [modality]", for failure messages. */
export function describeRelations(extraction: Extraction): string {
  return extraction.relations.map((r) => `${relationKey(r)} [${r.modality}]`).join('; ') || '(no relations)';
}

/** The relations matching a triple (either order for undirected types), optionally of one modality. */
export function relationsFor(extraction: Extraction, triple: Triple, modality?: Modality): Relation[] {
  const key = tripleKey(triple);
  return extraction.relations.filter((r) => relationKey(r) === key && (modality === undefined || r.modality === modality));
}

/** The row's expectations: every expected item asserted, none of the forbidden triples asserted. */
export function expectAsserted(extraction: Extraction, asserted: Expected[], notAsserted: Triple[]): void {
  const keys = keysWith(extraction, 'asserted');
  const all = describeRelations(extraction);
  for (const item of asserted) {
    const alts = alternatives(item).map(tripleKey);
    const hit = alts.find((k) => keys.includes(k)) ?? alts.join(' | ');
    expect(keys, `asserted relations (all: ${all})`).toContain(hit);
  }
  for (const triple of notAsserted) expect(keys, `asserted relations (all: ${all})`).not.toContain(tripleKey(triple));
}

/** A relation that is not a fact: present with this modality, and never asserted. */
export function expectModal(extraction: Extraction, triple: Triple, modality: Modality): void {
  const all = describeRelations(extraction);
  expect(relationsFor(extraction, triple, modality), `${tripleKey(triple)} [${modality}] among: ${all}`).not.toHaveLength(0);
  if (modality !== 'asserted') expect(relationsFor(extraction, triple, 'asserted'), `${tripleKey(triple)} must not be asserted: ${all}`).toHaveLength(0);
}

/** Every evidence span slices the text it came from. */
export function expectEvidenceSlices(extraction: Extraction, text: string): void {
  for (const r of extraction.relations) {
    expect(r.evidence.length, `${relationKey(r)} has evidence`).toBeGreaterThan(0);
    for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  }
}
