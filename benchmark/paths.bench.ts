/**
 * k = 5 path queries (findPaths) on generated graphs of 10k nodes / 40k edges and
 * 50k nodes / 200k edges, beside graphology-shortest-path's single bidirectional
 * shortest path between the same pairs on the same graph.
 */
import { bidirectional } from 'graphology-shortest-path';
import { createGeoGraph } from '../dist/graph/io.js';
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../dist/graph/types.js';
import { RELATION_TYPES, type RelationType } from '../dist/model.js';
import { findPaths } from '../dist/paths/index.js';
import { isDirected } from '../dist/relation-types.js';
import { mulberry32 } from '../dist/util/random.js';
import type { Benchmark, BenchFigure } from './harness.js';

const QUERIES = 20;

/** A scale-free-ish graph: new edges favour nodes that already have many (as news actors do). */
export function generateGraph(nodes: number, edges: number, seed: number): GeoGraph {
  const rand = mulberry32(seed);
  const graph = createGeoGraph();
  const node = (i: number): NodeAttributes => ({
    label: `Actor ${i}`, entityType: i % 5 === 0 ? 'person' : 'country', linked: true, aliases: [], roles: [], mentions: 1, documents: [],
    firstSeen: null, lastSeen: null, degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0, community: 0, x: 0, y: 0, size: 1, color: '#888',
  });
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, node(i));
  const ends: number[] = [];
  while (graph.size < edges) {
    const a = ends.length && rand() < 0.5 ? ends[Math.floor(rand() * ends.length)] : Math.floor(rand() * nodes);
    const b = ends.length && rand() < 0.5 ? ends[Math.floor(rand() * ends.length)] : Math.floor(rand() * nodes);
    if (a === b) continue;
    const relation: RelationType = RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)];
    const directed = isDirected(relation);
    const [s, t] = directed || a < b ? [a, b] : [b, a];
    const key = `n${s}|${relation}|n${t}|asserted`;
    if (graph.hasEdge(key)) continue;
    const attrs: EdgeAttributes = {
      relation, directed, modality: 'asserted', weight: 1 + Math.floor(rand() * 4), documents: [], firstDate: null, lastDate: null, confidence: 0.5 + rand() / 2,
      polarity: 'cooperative', cameo: '', attributes: {}, evidence: [], evidenceCount: 0, color: '#888', size: 1,
    };
    if (directed) graph.addDirectedEdgeWithKey(key, `n${s}`, `n${t}`, attrs);
    else graph.addUndirectedEdgeWithKey(key, `n${s}`, `n${t}`, attrs);
    ends.push(a, b);
  }
  return graph;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const benchmark: Benchmark = {
  id: 'paths',
  description: 'findPaths k=5 vs graphology bidirectional shortest path, on generated graphs',
  async run({ quick }) {
    const sizes = quick ? [[2000, 8000]] : [[10_000, 40_000], [50_000, 200_000]];
    const figures: BenchFigure[] = [];
    for (const [n, m] of sizes) {
      const graph = generateGraph(n, m, 20140314 + n);
      const rand = mulberry32(n);
      const pairs: Array<[string, string]> = [];
      while (pairs.length < QUERIES) {
        const a = `n${Math.floor(rand() * n)}`;
        const b = `n${Math.floor(rand() * n)}`;
        if (a !== b && graph.degree(a) > 0 && graph.degree(b) > 0) pairs.push([a, b]);
      }
      // the first query also builds the path index; it is reported on its own
      let t0 = performance.now();
      findPaths(graph, pairs[0][0], pairs[0][1], { k: 5 });
      const coldMs = performance.now() - t0;
      const ours: number[] = [];
      const theirs: number[] = [];
      let found = 0;
      for (const [a, b] of pairs) {
        t0 = performance.now();
        found += findPaths(graph, a, b, { k: 5 }).length;
        ours.push(performance.now() - t0);
        t0 = performance.now();
        bidirectional(graph, a, b);
        theirs.push(performance.now() - t0);
      }
      const label = `${(n / 1000).toFixed(0)}k nodes / ${(graph.size / 1000).toFixed(0)}k edges`;
      const big = n >= 50_000;
      figures.push({
        name: `findPaths k=5, median of ${QUERIES} pairs, ${label}`, value: median(ours), unit: 'ms', better: 'lower',
        baseline: { name: 'bidirectional (1 path)', value: median(theirs) }, target: big ? { value: 200, description: '< 200 ms' } : undefined,
        notes: `${found} paths`,
      });
      figures.push({ name: `findPaths k=5, slowest of ${QUERIES} pairs, ${label}`, value: Math.max(...ours), unit: 'ms', better: 'lower', baseline: { name: 'bidirectional (1 path)', value: Math.max(...theirs) }, target: big ? { value: 200, description: '< 200 ms' } : undefined });
      figures.push({ name: `findPaths k=5, first query incl. index build, ${label}`, value: coldMs, unit: 'ms', better: 'lower' });
    }
    return figures;
  },
};
