/**
 * Path queries on the data graph: "how is A connected to B?" as the k shortest simple
 * paths under relation-type, modality and direction filters.
 */
import { MODALITIES, RELATION_TYPES } from '../model.js';
import type { RelationType } from '../model.js';
import type { EdgeAttributes, GeoGraph } from '../graph/types.js';
import type { PathHop, PathOptions, PathResult } from './types.js';
import { cachedForGraph } from './graph-cache.js';
import { ORIENT_BACKWARD, buildAdjacency } from './adjacency.js';
import type { Adjacency } from './adjacency.js';
import { kShortestPaths } from './yen.js';

/** An invalid path query (bad option value, unknown node); the CLI reports it as a usage error. */
export class PathOptionError extends Error {
  constructor(message: string) {
    super(`geokg/paths: ${message}`);
    this.name = 'PathOptionError';
  }
}

export const DEFAULT_PATH_OPTIONS = {
  k: 3,
  maxHops: 6,
  directed: false,
  modality: 'asserted',
  weighted: false,
} as const;

/** Path options with every default filled in, as echoed by `geokg path --json`. */
export interface ResolvedPathOptions {
  k: number;
  types: RelationType[] | null;
  excludeTypes: RelationType[];
  directed: boolean;
  maxHops: number;
  modality: 'asserted' | 'all';
  weighted: boolean;
}

/** The hop budget is stored in 16 bits by the search; far beyond any useful question anyway. */
const MAX_HOPS_LIMIT = 1000;

const RELATION_INDEX = new Map<string, number>(RELATION_TYPES.map((type, i) => [type, i]));
const UNKNOWN_RELATION = RELATION_TYPES.length;
const MODALITY_INDEX = new Map<string, number>(MODALITIES.map((m, i) => [m, i]));
const CLASS_COUNT = (RELATION_TYPES.length + 1) * MODALITIES.length;

/**
 * Checks a list of relation type names; `option` names the option in the error. An empty
 * list of types to follow would follow nothing: `nonEmpty` refuses it.
 */
export function checkRelationTypes(types: readonly string[], option: string, nonEmpty = false): RelationType[] {
  if (nonEmpty && types.length === 0) throw new PathOptionError(`${option} must name at least one relation type (leave it out to follow them all)`);
  for (const type of types) {
    if (!RELATION_INDEX.has(type)) {
      throw new PathOptionError(`unknown relation type "${type}" in ${option} (known: ${RELATION_TYPES.join(', ')})`);
    }
  }
  return [...types] as RelationType[];
}

function checkPositiveInteger(value: unknown, option: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new PathOptionError(`${option} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  if (value > limit) throw new PathOptionError(`${option} must be at most ${limit}, got ${value}`);
  return value;
}

function checkModality(value: unknown): 'asserted' | 'all' {
  if (value !== 'asserted' && value !== 'all') {
    throw new PathOptionError(`modality must be "asserted" or "all", got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Validates `options` and fills in the defaults. */
export function resolvePathOptions(options: PathOptions = {}): ResolvedPathOptions {
  const types = options.types ? checkRelationTypes(options.types, 'types', true) : null;
  const excludeTypes = checkRelationTypes(options.excludeTypes ?? [], 'excludeTypes');
  if (!RELATION_TYPES.some((t) => (types === null || types.includes(t)) && !excludeTypes.includes(t))) {
    throw new PathOptionError(`types and excludeTypes leave no relation type to follow (types: ${types?.join(', ') ?? 'all'}; excluded: ${excludeTypes.join(', ')})`);
  }
  return {
    k: checkPositiveInteger(options.k ?? DEFAULT_PATH_OPTIONS.k, 'k', Number.MAX_SAFE_INTEGER),
    types,
    excludeTypes,
    directed: Boolean(options.directed ?? DEFAULT_PATH_OPTIONS.directed),
    maxHops: checkPositiveInteger(options.maxHops ?? DEFAULT_PATH_OPTIONS.maxHops, 'maxHops', MAX_HOPS_LIMIT),
    modality: checkModality(options.modality ?? DEFAULT_PATH_OPTIONS.modality),
    weighted: Boolean(options.weighted ?? DEFAULT_PATH_OPTIONS.weighted),
  };
}

/**
 * Cost of a hop in weighted mode: (1.5 - confidence) / (1 + log2(1 + weight)).
 * The weight (mentions over the corpus) is damped by a logarithm so that one wire story
 * repeated by many outlets does not swamp everything else: 1 mention costs 1/2, 3 cost 1/3,
 * 15 cost 1/5. Confidence scales the cost between 0.5x (certain) and 1.5x (a guess), so a
 * well-evidenced confident hop is about three times cheaper than a single doubtful one.
 * Always positive (Dijkstra and Yen need that): weights below 0 count as 0 and the
 * confidence is clamped to [0, 1]; missing values count as one mention at 0.5 confidence.
 */
export function weightedEdgeCost(weight: number | undefined, confidence: number | undefined): number {
  const w = Number.isFinite(weight) ? Math.max(0, weight as number) : 1;
  const c = Number.isFinite(confidence) ? Math.min(1, Math.max(0, confidence as number)) : 0.5;
  return (1.5 - c) / (1 + Math.log2(1 + w));
}

/** What the path finder keeps per graph: adjacency plus per-edge class and costs. */
interface PathIndex {
  adj: Adjacency;
  /** relation index * modalities + modality index, per edge. */
  edgeClass: Uint8Array;
  unitCost: Float64Array;
  weightedCost: Float64Array;
}

function buildPathIndex(graph: GeoGraph): PathIndex {
  const edgeClass = new Uint8Array(graph.size);
  const weightedCost = new Float64Array(graph.size);
  const adj = buildAdjacency<EdgeAttributes>(graph, (i, attrs, undirected) => {
    const relation = RELATION_INDEX.get(attrs.relation) ?? UNKNOWN_RELATION;
    // an unknown modality is never treated as asserted
    const modality = MODALITY_INDEX.get(attrs.modality) ?? MODALITIES.length - 1;
    edgeClass[i] = relation * MODALITIES.length + modality;
    weightedCost[i] = weightedEdgeCost(attrs.weight, attrs.confidence);
    return typeof attrs.directed === 'boolean' ? attrs.directed : !undirected;
  });
  return { adj, edgeClass, unitCost: new Float64Array(graph.size).fill(1), weightedCost };
}

/** The path index of `graph`, built once and dropped when the graph or its edges change. */
function pathIndexOf(graph: GeoGraph): PathIndex {
  return cachedForGraph(graph, 'paths/index', ['edgeAttributesUpdated', 'eachEdgeAttributesUpdated'], () => buildPathIndex(graph));
}

function allowedClasses(options: ResolvedPathOptions): Uint8Array {
  const allowed = new Uint8Array(CLASS_COUNT);
  const excluded = new Set<string>(options.excludeTypes);
  const included = options.types ? new Set<string>(options.types) : null;
  RELATION_TYPES.forEach((type, r) => {
    if (excluded.has(type) || (included && !included.has(type))) return;
    MODALITIES.forEach((modality, m) => {
      if (options.modality === 'all' || modality === 'asserted') allowed[r * MODALITIES.length + m] = 1;
    });
  });
  return allowed;
}

function nodeIndexOf(index: PathIndex, id: string, role: string): number {
  const i = index.adj.nodeIndex.get(id);
  if (i === undefined) throw new PathOptionError(`unknown ${role} entity "${id}" (not a node of the graph)`);
  return i;
}

/**
 * The k shortest simple paths from `source` to `target` (entity ids), best first.
 * Unweighted, every hop costs 1; weighted, see weightedEdgeCost. Ties are broken by hop
 * count, then by the edge keys, so the answer is stable for a given graph.
 */
export function findPaths(graph: GeoGraph, source: string, target: string, options: PathOptions = {}): PathResult[] {
  const resolved = resolvePathOptions(options);
  if (source === target) throw new PathOptionError(`source and target are the same entity "${source}"`);
  const index = pathIndexOf(graph);
  const from = nodeIndexOf(index, source, 'source');
  const to = nodeIndexOf(index, target, 'target');
  const found = kShortestPaths(index.adj, from, to, {
    k: resolved.k,
    maxHops: resolved.maxHops,
    edgeClass: index.edgeClass,
    allowedClass: allowedClasses(resolved),
    cost: resolved.weighted ? index.weightedCost : index.unitCost,
    unitCosts: !resolved.weighted,
    followDirection: resolved.directed,
  });
  const { nodeKeys, edgeKeys } = index.adj;
  return found.map((path) => {
    const hops: PathHop[] = path.edges.map((e, i) => {
      const attrs = graph.getEdgeAttributes(edgeKeys[e]);
      const directed = typeof attrs.directed === 'boolean' ? attrs.directed : !graph.isUndirected(edgeKeys[e]);
      return {
        edge: edgeKeys[e],
        from: nodeKeys[path.nodes[i]],
        to: nodeKeys[path.nodes[i + 1]],
        relation: attrs.relation,
        modality: attrs.modality,
        directed,
        // an undirected relation counts as forward both ways
        forward: path.orientations[i] !== ORIENT_BACKWARD,
        cost: path.costs[i],
        evidence: attrs.evidence?.[0] ?? null,
      };
    });
    return { nodes: path.nodes.map((n) => nodeKeys[n]), hops, cost: path.cost };
  });
}
