/**
 * Aggregation: per-document extractions to one data graph. One node per entity id, one
 * edge per (source, relation type, target, modality); undirected types are stored once
 * per sorted pair. Everything that depends on arrival order is sorted before it is
 * written (node and edge insertion order, lists, the factors of the noisy-or product),
 * so the same set of documents always gives the same graph, byte for byte.
 *
 * Memory is what limits a build at corpus scale, so mentions, evidence and the documents
 * of an edge are rows of typed columns chained per edge (see edge-store.ts) rather than
 * an object each, and evidence sentences stay in one string per document.
 */
import { isExtractionError, type EntityType, type Extraction, type ExtractionResult, type RelationAttributes, type RelationType, type Role } from '../model.js';
import { RELATION_TYPE_INFO } from '../relation-types.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { documentDelta, type DocumentDelta } from './delta.js';
import { EdgeStore, type EdgeAccumulator } from './edge-store.js';
import { createGeoGraph } from './io.js';
import { compareStrings } from './ranking.js';
import type { EdgeEvidence, GeoGraph, GraphDocument } from './types.js';

export { compareEvidence, noisyOr } from './ranking.js';

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
  modality: EdgeAccumulator['modality'];
}

/** The evidence of one edge, best first, with the edge it belongs to. */
export interface EvidenceGroup extends Omit<EvidenceRecord, keyof EdgeEvidence> {
  evidence: EdgeEvidence[];
}

interface NodeAccumulator {
  /** label -> mentions, separately for linked and unlinked records. */
  linkedLabels: Map<string, number>;
  unlinkedLabels: Map<string, number>;
  linkedTypes: Map<EntityType, number>;
  unlinkedTypes: Map<EntityType, number>;
  aliases: Set<string>;
  /** The alias list added last (lists are never changed once added). */
  lastAliases?: string[];
  roles: Map<string, Role>;
  mentions: number;
  /** Indexes of the documents that mention the entity, each once. */
  documents: number[];
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

function roleKey(role: Role): string {
  return JSON.stringify([role.of, role.title, role.from ?? '', role.to ?? '']);
}

/** An entity id that no extraction described: country codes look like states, the rest like organizations. */
function guessType(id: string): EntityType {
  return /^[A-Z]{3}$/.test(id) ? 'country' : 'organization';
}

/** Adds extractions one at a time; graph() builds the data graph from everything added so far. */
export class GraphAggregator {
  private readonly evidenceCap: number;
  private readonly name: string;
  /** Document index -> its description (the copy with the smallest path). */
  private readonly documents: GraphDocument[] = [];
  private readonly documentIndex = new Map<string, number>();
  private readonly nodes = new Map<string, NodeAccumulator>();
  private readonly store: EdgeStore;

  constructor(options: AggregateOptions = {}) {
    const cap = options.evidenceCap ?? DEFAULT_EVIDENCE_CAP;
    if (!Number.isInteger(cap) || cap < 0) throw new Error(`geokg/aggregate: evidenceCap must be a non-negative integer, got ${JSON.stringify(cap)}`);
    this.evidenceCap = cap;
    this.name = options.name ?? 'geokg';
    this.store = new EdgeStore(this.documents);
  }

  /**
   * Adds one document's extraction. A document id seen before is the same text (ids are
   * content hashes) and is not counted twice; the copy with the smallest path describes it.
   */
  add(extraction: Extraction): void {
    const record = extraction as ExtractionResult;
    if (isExtractionError(record)) throw new Error(`geokg/aggregate: ${record.document.path ?? 'a document'} is an error record, with no graph to add: ${record.error}`);
    this.addDelta(documentDelta(extraction));
  }

  /** Adds one document's delta (documentDelta), as add() does with its extraction. */
  addDelta(delta: DocumentDelta): void {
    const doc = delta.document;
    const known = this.documentIndex.get(doc.id);
    if (known !== undefined) {
      if (doc.path < this.documents[known].path) {
        this.documents[known] = doc;
        this.store.documentChanged();
      }
      return;
    }
    const index = this.documents.push(doc) - 1;
    this.documentIndex.set(doc.id, index);
    for (const entity of delta.entities) {
      const node = this.node(entity.id);
      const weight = Math.max(1, entity.mentions);
      increment(entity.linked ? node.linkedLabels : node.unlinkedLabels, entity.label, weight);
      increment(entity.linked ? node.linkedTypes : node.unlinkedTypes, entity.type, weight);
      // a worker's decoder hands the same list again when nothing changed: nothing to add then
      if (entity.aliases !== node.lastAliases) {
        for (const alias of entity.aliases) node.aliases.add(alias);
        node.lastAliases = entity.aliases;
      }
      for (const role of entity.roles ?? []) node.roles.set(roleKey(role), role);
      node.mentions += entity.mentions;
      if (node.documents[node.documents.length - 1] !== index) node.documents.push(index);
    }
    this.store.add(delta, index, (source, target) => {
      // Endpoints exist even when no entity record names them (described in graph()).
      this.node(source);
      this.node(target);
    });
  }

  private node(id: string): NodeAccumulator {
    let node = this.nodes.get(id);
    if (!node) {
      node = {
        linkedLabels: new Map(), unlinkedLabels: new Map(), linkedTypes: new Map(), unlinkedTypes: new Map(),
        aliases: new Set(), roles: new Map(), mentions: 0, documents: [],
      };
      this.nodes.set(id, node);
    }
    return node;
  }

  /** The data graph of everything added so far; metrics and layout attributes are zero until assigned. */
  graph(): GeoGraph {
    const graph = createGeoGraph();
    graph.replaceAttributes({
      name: this.name,
      extractorVersion: EXTRACTOR_VERSION,
      documents: [...this.documents].sort((a, b) => compareStrings(a.id, b.id)),
    });
    for (const id of [...this.nodes.keys()].sort()) {
      const node = this.nodes.get(id)!;
      const [firstSeen, lastSeen] = this.store.dateRange(node.documents);
      const linked = node.linkedLabels.size > 0;
      graph.addNode(id, {
        label: topOf(linked ? node.linkedLabels : node.unlinkedLabels) ?? id,
        entityType: topOf(linked ? node.linkedTypes : node.unlinkedTypes) ?? guessType(id),
        linked,
        aliases: [...node.aliases].sort(),
        roles: [...node.roles.entries()].sort((a, b) => compareStrings(a[0], b[0])).map(([, role]) => role),
        mentions: node.mentions,
        documents: node.documents.map((d) => this.documents[d].id).sort(),
        firstSeen,
        lastSeen,
        degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0, community: 0,
        x: 0, y: 0, size: 1, color: '#999999',
      });
    }
    const { keys, rows, starts } = this.store.ranked();
    keys.forEach((key, i) => {
      const edge = this.store.get(key)!;
      const info = RELATION_TYPE_INFO[edge.relation];
      const ranked = rows.subarray(starts[i], starts[i + 1]);
      const mentions = this.store.mentionSummary(edge);
      const attributes = {
        relation: edge.relation,
        directed: edge.directed,
        modality: edge.modality,
        weight: ranked.length,
        documents: this.store.documentIds(edge).sort(),
        firstDate: mentions.firstDate,
        lastDate: mentions.lastDate,
        confidence: mentions.confidence,
        polarity: info.polarity,
        cameo: info.cameo,
        attributes: { ...(mentions.attributes ?? {}) } as RelationAttributes,
        evidence: Array.from(ranked.subarray(0, this.evidenceCap), (row) => this.store.evidence(row)),
        evidenceCount: ranked.length,
        color: '#999999',
        size: 1,
      };
      if (edge.directed) graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
      else graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    });
    return graph;
  }

  /** Every evidence sentence of every edge, edges in key order, each edge's evidence best first. */
  *evidence(): Iterable<EvidenceRecord> {
    for (const group of this.evidenceGroups()) {
      const { evidence, ...edge } = group;
      for (const ev of evidence) yield { ...edge, ...ev };
    }
  }

  /** evidence() as the lines of evidence.jsonl: each record's JSON and a newline (EdgeStore.evidenceJsonl). */
  evidenceJsonl(): Iterable<string> {
    return this.store.evidenceJsonl();
  }

  /** evidence() an edge at a time: the edge, then its evidence best first. */
  *evidenceGroups(): Iterable<EvidenceGroup> {
    const { keys, rows, starts } = this.store.ranked();
    for (let i = 0; i < keys.length; i++) {
      const edge = this.store.get(keys[i])!;
      const evidence: EdgeEvidence[] = [];
      for (let at = starts[i]; at < starts[i + 1]; at++) evidence.push(this.store.evidence(rows[at]));
      yield { edge: keys[i], source: edge.source, target: edge.target, relation: edge.relation, modality: edge.modality, evidence };
    }
  }

  /** Number of distinct documents added. */
  get documentCount(): number {
    return this.documents.length;
  }
}

/** The data graph of a set of extractions (pure; the order of the input does not matter). */
/**
 * The graph of a set of extractions. Error records (what `extract()` yields for a document
 * it could not read or extract) are skipped, as the build skips the documents that fail.
 */
export function aggregateExtractions(extractions: Iterable<ExtractionResult>, options: AggregateOptions = {}): GeoGraph {
  const aggregator = new GraphAggregator(options);
  for (const extraction of extractions) if (!isExtractionError(extraction)) aggregator.add(extraction);
  return aggregator.graph();
}
