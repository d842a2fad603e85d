/**
 * Node metrics of the data graph: degree, weighted degree, PageRank, betweenness and
 * Louvain community. The data graph is a mixed multigraph; the graphology algorithms
 * are run on simple projections of it (parallel edges merged, weights summed), which is
 * what they are defined on. Louvain gets a seeded random source, so communities are
 * the same on every run.
 */
import { createRequire } from 'node:module';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type PagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type LouvainModule from 'graphology-communities-louvain';
import { mulberry32 } from '../util/random.js';
import { hopBetweenness } from './betweenness.js';
import type { GeoGraph } from './types.js';

// These packages are CommonJS whose typings declare an ES default export; require() gives the function.
const require = createRequire(import.meta.url);
const pagerank = require('graphology-metrics/centrality/pagerank') as typeof PagerankModule.default;
const louvain = require('graphology-communities-louvain') as typeof LouvainModule.default;

export interface NodeMetrics {
  /** Number of edges at the node (parallel edges of different types or modalities count apart). */
  degree: number;
  /** Sum of the weights (evidence sentences) of those edges. */
  weightedDegree: number;
  /** PageRank on the directed projection; sums to 1 over the graph. */
  pagerank: number;
  /** Normalized betweenness on the unweighted projection; 0 for all nodes above `betweennessMaxNodes`. */
  betweenness: number;
  /** Louvain community id. */
  community: number;
}

export interface MetricsOptions {
  /** Seed of the random source used by Louvain. */
  seed?: number;
  /**
   * Betweenness is O(V·E): above this many nodes it is not computed and every node gets 0,
   * so that a large build stays fast; the viewer and exports then rank by PageRank instead.
   */
  betweennessMaxNodes?: number;
  /** Betweenness computed beforehand (betweenness-thread.ts), by node, used as it is. */
  betweenness?: Record<string, number>;
}

export const DEFAULT_METRICS_SEED = 1;
export const DEFAULT_BETWEENNESS_MAX_NODES = 5000;

type WeightedEdge = { weight: number };

/**
 * Directed simple projection: a directed edge is one arc, an undirected edge is two
 * (influence flows both ways), weights of parallel arcs are summed.
 */
export function directedProjection(graph: GeoGraph): DirectedGraph<Record<string, never>, WeightedEdge> {
  const projection = new DirectedGraph<Record<string, never>, WeightedEdge>();
  graph.forEachNode((node) => projection.addNode(node));
  const addArc = (source: string, target: string, weight: number) => {
    projection.updateDirectedEdge(source, target, (attrs) => ({ weight: (attrs?.weight ?? 0) + weight }));
  };
  graph.forEachEdge((_edge, attrs, source, target, _sa, _ta, undirected) => {
    addArc(source, target, attrs.weight);
    if (undirected) addArc(target, source, attrs.weight);
  });
  return projection;
}

/** Undirected simple projection: every edge joins its pair once, weights summed. */
export function undirectedProjection(graph: GeoGraph): UndirectedGraph<Record<string, never>, WeightedEdge> {
  const projection = new UndirectedGraph<Record<string, never>, WeightedEdge>();
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    projection.updateUndirectedEdge(source, target, (a) => ({ weight: (a?.weight ?? 0) + attrs.weight }));
  });
  return projection;
}

/**
 * PageRank and betweenness on the directed projection, built and let go here: it is garbage
 * before the undirected projection is built, so a large graph's two projections (each a copy
 * of every edge) are never held at once.
 */
function centralities(graph: GeoGraph, maxNodes: number, computed?: Record<string, number>): { ranks: Record<string, number>; between: Record<string, number> | null } {
  const directed = directedProjection(graph);
  const ranks = pagerank(directed, { getEdgeWeight: 'weight', maxIterations: 1000 });
  // Betweenness counts shortest paths by hops: edge weight is evidence, not distance.
  const between = graph.order > maxNodes ? null : computed ?? hopBetweenness(directed);
  return { ranks, between };
}

export function computeMetrics(graph: GeoGraph, options: MetricsOptions = {}): Map<string, NodeMetrics> {
  const result = new Map<string, NodeMetrics>();
  if (graph.order === 0) return result;
  const seed = options.seed ?? DEFAULT_METRICS_SEED;
  const maxNodes = options.betweennessMaxNodes ?? DEFAULT_BETWEENNESS_MAX_NODES;

  const { ranks, between } = centralities(graph, maxNodes, options.betweenness);
  const communities = louvain(undirectedProjection(graph), { getEdgeWeight: 'weight', rng: mulberry32(seed) });

  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_edge, attrs) => { weightedDegree += attrs.weight; });
    result.set(node, {
      degree: graph.degree(node),
      weightedDegree,
      pagerank: ranks[node] ?? 0,
      betweenness: between?.[node] ?? 0,
      community: communities[node] ?? 0,
    });
  });
  return result;
}

/** Writes the metrics onto the graph's nodes. */
computeMetrics.assign = function assignMetrics(graph: GeoGraph, options: MetricsOptions = {}): void {
  for (const [node, metrics] of computeMetrics(graph, options)) graph.mergeNodeAttributes(node, metrics);
};
