/**
 * TEST ORACLE: src/graph/aggregate.ts as it was before its storage was made compact
 * (commit 4bd294f), an object per mention and evidence sentence. The aggregator must give
 * the same graph and evidence, byte for byte (aggregate-reference.test.ts).
 *
 * Aggregation: per-document extractions to one data graph. One node per entity id, one
 * edge per (source, relation type, target, modality); undirected types are stored once
 * per sorted pair. Everything that depends on arrival order is sorted before it is
 * written (node and edge insertion order, lists, the factors of the noisy-or product),
 * so the same set of documents always gives the same graph, byte for byte.
 */
import type { DocumentInfo, Entity, EntityType, Extraction, Modality, Relation, RelationAttributes, RelationType, Role } from '../../src/model.js';
import { RELATION_TYPE_INFO } from '../../src/relation-types.js';
import { EXTRACTOR_VERSION } from '../../src/version.js';
import { createGeoGraph } from '../../src/graph/io.js';
import { edgeKey, type EdgeEvidence, type GeoGraph, type GraphDocument } from '../../src/graph/types.js';

export const DEFAULT_EVIDENCE_CAP = 5;

export interface AggregateOptions {
  /** Evidence sentences kept on each edge (best first); the full list is in evidence(). */
  evidenceCap?: number;
  /** The graph's `name` attribute. */
  name?: string;
}

/** One line of evidence.jsonl: an evidence sentence of an edge. */
export interface EvidenceRecord extends EdgeEvidence {
  edge: string;
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
}

interface NodeAccumulator {
  /** label -> mentions, separately for linked and unlinked records. */
  linkedLabels: Map<string, number>;
  unlinkedLabels: Map<string, number>;
  linkedTypes: Map<EntityType, number>;
  unlinkedTypes: Map<EntityType, number>;
  aliases: Set<string>;
  roles: Map<string, Role>;
  mentions: number;
  documents: Set<string>;
}

interface RankedEvidence extends EdgeEvidence {
  confidence: number;
}

/** Evidence as stored: document metadata is looked up when the graph is built. */
interface StoredEvidence {
  sentence: string;
  documentId: string;
  start: number;
  end: number;
  confidence: number;
}

/** One relation record of one document. */
interface Mention {
  confidence: number;
  attributes: RelationAttributes;
  /** The relation's own date (attributes.date), else null: the document date applies. */
  eventDate: string | null;
  documentId: string;
}

interface ResolvedMention extends Mention {
  date: string | null;
}

interface EdgeAccumulator {
  source: string;
  target: string;
  relation: RelationType;
  directed: boolean;
  modality: Modality;
  documents: Set<string>;
  mentions: Mention[];
  /** Keyed by document id and span, so one sentence counts once. */
  evidence: Map<string, StoredEvidence>;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; unknown dates last. */
function compareDatesDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(b, a);
}

/** Best evidence first: higher confidence, then newer, then document id and position. */
export function compareEvidence(a: RankedEvidence, b: RankedEvidence): number {
  return b.confidence - a.confidence
    || compareDatesDesc(a.documentDate, b.documentDate)
    || compareStrings(a.documentId, b.documentId)
    || a.start - b.start
    || a.end - b.end;
}

/** The strongest mention: highest confidence, then the most attributes, then newest, then document id. */
function compareMentions(a: ResolvedMention, b: ResolvedMention): number {
  return b.confidence - a.confidence
    || Object.keys(b.attributes).length - Object.keys(a.attributes).length
    || compareDatesDesc(a.date, b.date)
    || compareStrings(a.documentId, b.documentId)
    || compareStrings(JSON.stringify(a.attributes), JSON.stringify(b.attributes));
}

/**
 * Noisy-or: the probability that at least one of several independent mentions is right,
 * 1 - Π(1 - c_i), to six decimals. Factors are multiplied in sorted order so the float
 * result does not depend on the order documents arrived in, and rounded because floats
 * make 1 - (1 - 0.429) into 0.42900000000000005, which the exports would show.
 */
export function noisyOr(confidences: number[]): number {
  let miss = 1;
  for (const c of [...confidences].sort((a, b) => a - b)) miss *= 1 - Math.min(1, Math.max(0, c));
  return Math.round((1 - miss) * 1e6) / 1e6;
}

/** The most frequent key, ties broken by the smallest; undefined for an empty tally. */
function topOf<K extends string>(tally: Map<K, number>): K | undefined {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of tally) {
    if (count > bestCount || (count === bestCount && best !== undefined && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

function increment<K>(tally: Map<K, number>, key: K, by: number): void {
  tally.set(key, (tally.get(key) ?? 0) + by);
}

function minMax(dates: Iterable<string | null>): [string | null, string | null] {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const d of dates) {
    if (d === null) continue;
    if (lo === null || d < lo) lo = d;
    if (hi === null || d > hi) hi = d;
  }
  return [lo, hi];
}

function roleKey(role: Role): string {
  return JSON.stringify([role.of, role.title, role.from ?? '', role.to ?? '']);
}

/** An entity id that no extraction described: country codes look like states, the rest like organizations. */
function guessType(id: string): EntityType {
  return /^[A-Z]{3}$/.test(id) ? 'country' : 'organization';
}

/** Adds extractions one at a time; graph() builds the data graph from everything added so far. */
export class ReferenceAggregator {
  private readonly evidenceCap: number;
  private readonly name: string;
  private readonly documents = new Map<string, GraphDocument>();
  private readonly nodes = new Map<string, NodeAccumulator>();
  private readonly edges = new Map<string, EdgeAccumulator>();

  constructor(options: AggregateOptions = {}) {
    const cap = options.evidenceCap ?? DEFAULT_EVIDENCE_CAP;
    if (!Number.isInteger(cap) || cap < 0) throw new Error(`geokg/aggregate: evidenceCap must be a non-negative integer, got ${JSON.stringify(cap)}`);
    this.evidenceCap = cap;
    this.name = options.name ?? 'geokg';
  }

  /**
   * Adds one document's extraction. A document id seen before is the same text (ids are
   * content hashes) and is not counted twice; the copy with the smallest path describes it.
   */
  add(extraction: Extraction): void {
    const doc = extraction.document;
    const known = this.documents.get(doc.id);
    if (known) {
      if (doc.path < known.path) this.documents.set(doc.id, graphDocument(doc));
      return;
    }
    this.documents.set(doc.id, graphDocument(doc));
    for (const entity of extraction.entities) this.addEntity(entity, doc);
    for (const relation of extraction.relations) this.addRelation(relation, doc);
  }

  private node(id: string): NodeAccumulator {
    let node = this.nodes.get(id);
    if (!node) {
      node = {
        linkedLabels: new Map(), unlinkedLabels: new Map(), linkedTypes: new Map(), unlinkedTypes: new Map(),
        aliases: new Set(), roles: new Map(), mentions: 0, documents: new Set(),
      };
      this.nodes.set(id, node);
    }
    return node;
  }

  private addEntity(entity: Entity, doc: DocumentInfo): void {
    const node = this.node(entity.id);
    const weight = Math.max(1, entity.mentions.length);
    increment(entity.linked ? node.linkedLabels : node.unlinkedLabels, entity.label, weight);
    increment(entity.linked ? node.linkedTypes : node.unlinkedTypes, entity.type, weight);
    for (const alias of entity.aliases) node.aliases.add(alias);
    for (const role of entity.roles ?? []) node.roles.set(roleKey(role), role);
    node.mentions += entity.mentions.length;
    node.documents.add(doc.id);
  }

  private addRelation(relation: Relation, doc: DocumentInfo): void {
    const info = RELATION_TYPE_INFO[relation.type];
    if (!info) throw new Error(`geokg/aggregate: unknown relation type ${JSON.stringify(relation.type)} in document ${doc.id}`);
    // The graph allows no self-loops; a relation of an actor with itself says nothing about a pair.
    if (relation.source === relation.target) return;
    const directed = info.directed;
    const key = edgeKey(relation.source, relation.type, relation.target, relation.modality, directed);
    let edge = this.edges.get(key);
    if (!edge) {
      const [source, target] = directed || relation.source <= relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
      edge = {
        source, target, relation: relation.type, directed, modality: relation.modality,
        documents: new Set(), mentions: [], evidence: new Map(),
      };
      this.edges.set(key, edge);
      // Endpoints exist even when no entity record names them (described in graph()).
      this.node(source);
      this.node(target);
    }
    const attributes = relation.attributes ?? {};
    const eventDate = typeof attributes.date === 'string' && ISO_DATE.test(attributes.date) ? attributes.date : null;
    edge.documents.add(doc.id);
    edge.mentions.push({ confidence: relation.confidence, attributes, eventDate, documentId: doc.id });
    for (const ev of relation.evidence) {
      const evKey = `${doc.id}:${ev.start}:${ev.end}`;
      const previous = edge.evidence.get(evKey);
      if (previous && previous.confidence >= relation.confidence) continue;
      edge.evidence.set(evKey, { sentence: ev.sentence, documentId: doc.id, start: ev.start, end: ev.end, confidence: relation.confidence });
    }
  }

  /** The data graph of everything added so far; metrics and layout attributes are zero until assigned. */
  graph(): GeoGraph {
    const graph = createGeoGraph();
    graph.replaceAttributes({
      name: this.name,
      extractorVersion: EXTRACTOR_VERSION,
      documents: [...this.documents.values()].sort((a, b) => compareStrings(a.id, b.id)),
    });
    for (const id of [...this.nodes.keys()].sort(compareStrings)) {
      const node = this.nodes.get(id)!;
      const [firstSeen, lastSeen] = minMax([...node.documents].map((d) => this.dateOf(d)));
      const linked = node.linkedLabels.size > 0;
      graph.addNode(id, {
        label: topOf(linked ? node.linkedLabels : node.unlinkedLabels) ?? id,
        entityType: topOf(linked ? node.linkedTypes : node.unlinkedTypes) ?? guessType(id),
        linked,
        aliases: [...node.aliases].sort(compareStrings),
        roles: [...node.roles.entries()].sort((a, b) => compareStrings(a[0], b[0])).map(([, role]) => role),
        mentions: node.mentions,
        documents: [...node.documents].sort(compareStrings),
        firstSeen,
        lastSeen,
        degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0, community: 0,
        x: 0, y: 0, size: 1, color: '#999999',
      });
    }
    for (const key of [...this.edges.keys()].sort(compareStrings)) {
      const edge = this.edges.get(key)!;
      const info = RELATION_TYPE_INFO[edge.relation];
      const evidence = this.rankedEvidence(edge);
      const mentions = edge.mentions.map((m): ResolvedMention => ({ ...m, date: m.eventDate ?? this.dateOf(m.documentId) }));
      const strongest = mentions.reduce<ResolvedMention | null>((best, m) => (!best || compareMentions(m, best) < 0 ? m : best), null);
      const [firstDate, lastDate] = minMax(mentions.map((m) => m.date));
      const attributes = {
        relation: edge.relation,
        directed: edge.directed,
        modality: edge.modality,
        weight: evidence.length,
        documents: [...edge.documents].sort(compareStrings),
        firstDate,
        lastDate,
        confidence: noisyOr(mentions.map((m) => m.confidence)),
        polarity: info.polarity,
        cameo: info.cameo,
        attributes: { ...(strongest?.attributes ?? {}) },
        evidence: evidence.slice(0, this.evidenceCap).map(withoutConfidence),
        evidenceCount: evidence.length,
        color: '#999999',
        size: 1,
      };
      if (edge.directed) graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
      else graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    }
    return graph;
  }

  /** Every evidence sentence of every edge, edges in key order, each edge's evidence best first. */
  *evidence(): Iterable<EvidenceRecord> {
    for (const key of [...this.edges.keys()].sort(compareStrings)) {
      const edge = this.edges.get(key)!;
      for (const ev of this.rankedEvidence(edge)) {
        yield { edge: key, source: edge.source, target: edge.target, relation: edge.relation, modality: edge.modality, ...withoutConfidence(ev) };
      }
    }
  }

  private dateOf(documentId: string): string | null {
    return this.documents.get(documentId)?.date ?? null;
  }

  private rankedEvidence(edge: EdgeAccumulator): RankedEvidence[] {
    return [...edge.evidence.values()]
      .map((ev): RankedEvidence => {
        const doc = this.documents.get(ev.documentId);
        return { ...ev, documentTitle: doc?.title ?? null, documentDate: doc?.date ?? null };
      })
      .sort(compareEvidence);
  }

  /** Number of distinct documents added. */
  get documentCount(): number {
    return this.documents.size;
  }
}

function graphDocument(doc: DocumentInfo): GraphDocument {
  return { id: doc.id, path: doc.path, title: doc.title ?? null, date: doc.date ?? null, source: doc.source ?? null };
}

function withoutConfidence(ev: RankedEvidence): EdgeEvidence {
  // A fixed key order: the JSON output must not depend on how the object was assembled.
  return { sentence: ev.sentence, documentId: ev.documentId, documentTitle: ev.documentTitle, documentDate: ev.documentDate, start: ev.start, end: ev.end };
}

