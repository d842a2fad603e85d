import { createRequire } from 'node:module';
import { DirectedGraph } from 'graphology';
import type BetweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { hopBetweenness } from '../../src/graph/betweenness.js';
import { mulberry32 } from '../../src/util/random.js';

// the maintained implementation, as the reference
const require = createRequire(import.meta.url);
const reference = require('graphology-metrics/centrality/betweenness') as typeof BetweennessModule.default;

/** A seeded random simple directed graph, with a few self-loops and isolated nodes. */
function randomGraph(seed: number, n: number, arcs: number): DirectedGraph {
  const rng = mulberry32(seed);
  const graph = new DirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let k = 0; k < arcs; k++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (!graph.hasDirectedEdge(`n${a}`, `n${b}`)) graph.addDirectedEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe('hopBetweenness', () => {
  it.each([[1, 12, 30], [2, 60, 150], [3, 200, 900], [4, 300, 300]])('gives graphology-metrics\' normalized betweenness by hops (seed %i, %i nodes, %i arcs)', (seed, n, arcs) => {
    const graph = randomGraph(seed, n, arcs);
    const ours = hopBetweenness(graph);
    const theirs = reference(graph, { getEdgeWeight: null, normalized: true });
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const node of graph.nodes()) expect(ours[node], node).toBe(theirs[node]);
  });

  it('counts the middle of a path and nothing at its ends, and handles tiny graphs', () => {
    const path = new DirectedGraph();
    for (const node of ['a', 'b', 'c']) path.addNode(node);
    path.addDirectedEdge('a', 'b');
    path.addDirectedEdge('b', 'c');
    // one pair (a, c) of the (3 - 1)(3 - 2) = 2 ordered pairs passes through b
    expect(hopBetweenness(path)).toEqual({ a: 0, b: 0.5, c: 0 });
    const two = new DirectedGraph();
    two.addNode('x');
    two.addNode('y');
    two.addDirectedEdge('x', 'y');
    expect(hopBetweenness(two)).toEqual({ x: 0, y: 0 });
    expect(hopBetweenness(new DirectedGraph())).toEqual({});
  });
});
