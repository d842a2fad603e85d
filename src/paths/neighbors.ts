/**
 * Ego networks: the entities within `depth` hops of a center (relations walked in either
 * direction) and every relation among them that passes the filters.
 */
import type { EntityType, Modality, RelationType } from '../model.js';
import type { GeoGraph } from '../graph/types.js';
import { PathOptionError, checkRelationTypes } from './find-paths.js';

export interface EgoOptions {
  /** Hops from the center. Default 1. */
  depth?: number;
  /** Only these relation types (default: all). */
  types?: RelationType[];
  /** 'asserted' (default) or 'all' (also hypothetical and negated relations). */
  modality?: 'asserted' | 'all';
}

export interface EgoNode {
  id: string;
  label: string;
  entityType: EntityType;
  /** Hops from the center (0 for the center itself). */
  distance: number;
}

export interface EgoEdge {
  key: string;
  source: string;
  target: string;
  relation: RelationType;
  modality: Modality;
  directed: boolean;
  weight: number;
}

export interface EgoNetwork {
  /** Sorted by distance, then label. */
  nodes: EgoNode[];
  /** Sorted by key. */
  edges: EgoEdge[];
}

export function egoNetwork(graph: GeoGraph, center: string, options: EgoOptions = {}): EgoNetwork {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) throw new PathOptionError(`depth must be a non-negative integer, got ${JSON.stringify(depth)}`);
  const modality = options.modality ?? 'asserted';
  if (modality !== 'asserted' && modality !== 'all') {
    throw new PathOptionError(`modality must be "asserted" or "all", got ${JSON.stringify(modality)}`);
  }
  const types = options.types ? new Set<string>(checkRelationTypes(options.types, 'types', true)) : null;
  if (!graph.hasNode(center)) throw new PathOptionError(`unknown center entity "${center}" (not a node of the graph)`);

  const passes = (relation: string, edgeModality: string): boolean =>
    (types === null || types.has(relation)) && (modality === 'all' || edgeModality === 'asserted');

  const distance = new Map<string, number>([[center, 0]]);
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_key, attrs, source, target) => {
        if (!passes(attrs.relation, attrs.modality)) return;
        const other = source === node ? target : source;
        if (distance.has(other)) return;
        distance.set(other, d);
        next.push(other);
      });
    }
    frontier = next;
  }

  const edges = new Map<string, EgoEdge>();
  for (const node of distance.keys()) {
    graph.forEachEdge(node, (key, attrs, source, target, _sa, _ta, undirected) => {
      if (edges.has(key) || !passes(attrs.relation, attrs.modality)) return;
      if (!distance.has(source) || !distance.has(target)) return;
      edges.set(key, {
        key,
        source,
        target,
        relation: attrs.relation,
        modality: attrs.modality,
        directed: typeof attrs.directed === 'boolean' ? attrs.directed : !undirected,
        weight: attrs.weight,
      });
    });
  }

  const nodes: EgoNode[] = [...distance].map(([id, d]) => {
    const attrs = graph.getNodeAttributes(id);
    return { id, label: attrs.label || id, entityType: attrs.entityType, distance: d };
  });
  nodes.sort((a, b) => a.distance - b.distance || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1));
  return { nodes, edges: [...edges.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}
