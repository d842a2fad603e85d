import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { aggregateExtractions } from '../../src/graph/aggregate.js';
import { hopBetweenness } from '../../src/graph/betweenness.js';
import { startBetweenness } from '../../src/graph/betweenness-thread.js';
import { computeMetrics, directedProjection } from '../../src/graph/metrics.js';
import { mulberry32 } from '../../src/util/random.js';
import { randomExtraction } from './random-extractions.js';

/** A seeded random simple directed graph. */
function randomGraph(seed: number, n: number, arcs: number): DirectedGraph {
  const rng = mulberry32(seed);
  const graph = new DirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
  for (let k = 0; k < arcs; k++) {
    const [a, b] = [Math.floor(rng() * n), Math.floor(rng() * n)];
    if (!graph.hasDirectedEdge(`n${a}`, `n${b}`)) graph.addDirectedEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

describe('startBetweenness', () => {
  it('gives what hopBetweenness gives, to the bit, from a worker thread', async () => {
    for (const [seed, n, arcs] of [[1, 40, 120], [2, 600, 3000]] as const) {
      const graph = randomGraph(seed, n, arcs);
      const pending = startBetweenness(graph);
      expect(await pending.result()).toStrictEqual(hopBetweenness(graph));
    }
  });

  it('computes the figures here once cancelled, still the same', async () => {
    const graph = randomGraph(3, 300, 1200);
    const pending = startBetweenness(graph);
    await pending.cancel();
    expect(await pending.result()).toStrictEqual(hopBetweenness(graph));
  });

  it('handles graphs of no node and of one node', async () => {
    const one = new DirectedGraph();
    one.addNode('a');
    expect(await startBetweenness(one).result()).toStrictEqual({ a: 0 });
    expect(await startBetweenness(new DirectedGraph()).result()).toStrictEqual({});
  });

  it('gives the metrics of a data graph unchanged when handed to computeMetrics', async () => {
    const graph = aggregateExtractions([randomExtraction(400, 8)]);
    const betweenness = await startBetweenness(directedProjection(graph)).result();
    expect([...computeMetrics(graph, { seed: 3, betweenness })]).toStrictEqual([...computeMetrics(graph, { seed: 3 })]);
    expect([...computeMetrics(graph, { seed: 3 }).values()].some((m) => m.betweenness > 0)).toBe(true);
  });
});
