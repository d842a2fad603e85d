/**
 * The data graph: what `geokg build` writes to graph-out/graph.json (graphology's
 * serialization format) and what every export, the path finder and the viewer read.
 * Sigma reserves `type` on nodes and edges for its render programs, so the entity type
 * is `entityType` and the relation type is `relation`.
 */
import type { AbstractGraph, SerializedGraph } from 'graphology-types';
import type { EntityType, Modality, Polarity, RelationAttributes, RelationType, Role } from '../model.js';

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  linked: boolean;
  aliases: string[];
  roles: Role[];
  /** Number of mentions over the corpus. */
  mentions: number;
  /** Ids of the documents that mention the entity, sorted. */
  documents: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  // metrics
  degree: number;
  weightedDegree: number;
  pagerank: number;
  betweenness: number;
  community: number;
  // rendering (from the build's layout)
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeEvidence {
  sentence: string;
  documentId: string;
  documentTitle: string | null;
  documentDate: string | null;
  start: number;
  end: number;
}

export interface EdgeAttributes {
  relation: RelationType;
  directed: boolean;
  modality: Modality;
  /** Number of mentions (evidence sentences) over the corpus. */
  weight: number;
  documents: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** Aggregated confidence in [0, 1]: 1 - Π(1 - c_i) over mentions (noisy-or). */
  confidence: number;
  polarity: Polarity;
  cameo: string;
  /** Attributes of the strongest mention (amount, currency, year …). */
  attributes: RelationAttributes;
  /** Capped evidence, best first; the full list is in evidence.jsonl. */
  evidence: EdgeEvidence[];
  evidenceCount: number;
  color: string;
  size: number;
}

export interface GraphDocument {
  id: string;
  path: string;
  title: string | null;
  date: string | null;
  source: string | null;
}

export interface GraphAttributes {
  name: string;
  extractorVersion: string;
  documents: GraphDocument[];
}

export type GeoGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedGeoGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Edge key: one edge per (source, type, target, modality); undirected pairs sorted. */
export function edgeKey(source: string, relation: RelationType, target: string, modality: Modality, directed: boolean): string {
  const [a, b] = directed || source <= target ? [source, target] : [target, source];
  return `${a}|${relation}|${b}|${modality}`;
}
