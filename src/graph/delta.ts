/**
 * One document's share of the graph, worked out on its own: what the aggregator adds for
 * it, with the per-document work already done (self-relations dropped, relations grouped
 * by edge key, evidence deduplicated by span, sentences interned). Build workers compute
 * it next to the extraction, so the thread that aggregates does little more than append
 * numbers; it is also small and cheap to post between threads (plain data, no mention
 * spans, one string for all sentences).
 */
import type { DocumentInfo, Entity, Extraction, RelationAttributes, RelationType, Modality } from '../model.js';
import { RELATION_TYPE_INFO } from '../relation-types.js';
import { edgeKey, type GraphDocument } from './types.js';

/** An entity of the document with its mentions counted rather than listed. */
export interface EntityDelta extends Omit<Entity, 'mentions'> {
  /** Number of mentions in the document. */
  mentions: number;
}

export interface EdgeDelta {
  key: string;
  /** Endpoints as stored: undirected pairs sorted. */
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
}

export interface DocumentDelta {
  document: GraphDocument;
  entities: EntityDelta[];
  edges: EdgeDelta[];
  /**
   * Per edge, in order: its mention count m, its evidence count e, then m mentions as
   * (confidence, index into `attributes` or -1 for none) and e evidence sentences as
   * (start, end, confidence, offset and length of the sentence in `sentences`).
   */
  numbers: ArrayLike<number>;
  /** Attributes of the mentions that have any. */
  attributes: RelationAttributes[];
  /** Every distinct evidence sentence of the document, concatenated. */
  sentences: string;
}

export function graphDocument(doc: DocumentInfo): GraphDocument {
  return { id: doc.id, path: doc.path, title: doc.title ?? null, date: doc.date ?? null, source: doc.source ?? null };
}

interface EdgeWork {
  edge: EdgeDelta;
  mentions: number[];
  /** Evidence of this edge in this document, keyed by span: one sentence counts once. */
  evidence: Map<string, { start: number; end: number; confidence: number; sentence: string }>;
}

/** The delta of one extraction; throws on an unknown relation type, naming it and the document. */
export function documentDelta(extraction: Extraction): DocumentDelta {
  const doc = extraction.document;
  const entities = extraction.entities.map((e): EntityDelta => {
    const delta: EntityDelta = { id: e.id, label: e.label, type: e.type, linked: e.linked, aliases: e.aliases, mentions: e.mentions.length };
    if (e.roles) delta.roles = e.roles;
    return delta;
  });
  const attributes: RelationAttributes[] = [];
  const work = new Map<string, EdgeWork>();
  for (const relation of extraction.relations) {
    const info = RELATION_TYPE_INFO[relation.type];
    if (!info) throw new Error(`geokg/aggregate: unknown relation type ${JSON.stringify(relation.type)} in document ${doc.id}`);
    // The graph allows no self-loops; a relation of an actor with itself says nothing about a pair.
    if (relation.source === relation.target) continue;
    const key = edgeKey(relation.source, relation.type, relation.target, relation.modality, info.directed);
    let w = work.get(key);
    if (!w) {
      const [source, target] = info.directed || relation.source <= relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
      w = { edge: { key, source, target, relation: relation.type, modality: relation.modality }, mentions: [], evidence: new Map() };
      work.set(key, w);
    }
    const attrs = relation.attributes;
    let attrIndex = -1;
    if (attrs && Object.keys(attrs).length > 0) attrIndex = attributes.push(attrs) - 1;
    w.mentions.push(relation.confidence, attrIndex);
    for (const ev of relation.evidence) {
      const spanKey = `${ev.start}:${ev.end}`;
      const previous = w.evidence.get(spanKey);
      if (previous && previous.confidence >= relation.confidence) continue;
      w.evidence.set(spanKey, { start: ev.start, end: ev.end, confidence: relation.confidence, sentence: ev.sentence });
    }
  }
  const numbers: number[] = [];
  const offsets = new Map<string, number>();
  let sentences = '';
  const edges: EdgeDelta[] = [];
  for (const w of work.values()) {
    edges.push(w.edge);
    numbers.push(w.mentions.length / 2, w.evidence.size, ...w.mentions);
    for (const ev of w.evidence.values()) {
      let offset = offsets.get(ev.sentence);
      if (offset === undefined) {
        offset = sentences.length;
        offsets.set(ev.sentence, offset);
        sentences += ev.sentence;
      }
      numbers.push(ev.start, ev.end, ev.confidence, offset, ev.sentence.length);
    }
  }
  return { document: graphDocument(doc), entities, edges, numbers, attributes, sentences };
}
