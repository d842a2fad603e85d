import { describe, expect, it } from 'vitest';
import { aggregateExtractions } from '../../src/graph/aggregate.js';
import { BARNES_HUT_MIN_NODES, layout } from '../../src/graph/layout.js';
import { startLayout } from '../../src/graph/layout-thread.js';
import { computeMetrics } from '../../src/graph/metrics.js';
import type { GeoGraph } from '../../src/graph/types.js';
import { randomExtraction } from './random-extractions.js';

/** Every node's attributes, in their order: what graph.json writes. */
const nodesOf = (graph: GeoGraph) => JSON.stringify(graph.export().nodes);

describe('startLayout', () => {
  it('gives what layout.assign gives, to the bit, while the metrics are computed beside it', async () => {
    for (const [actors, seed] of [[40, 1], [300, 5]] as const) {
      const here = aggregateExtractions([randomExtraction(actors, seed)]);
      const threaded = here.copy();
      computeMetrics.assign(here, { seed });
      layout.assign(here, { seed });
      const pending = startLayout(threaded, { seed });
      computeMetrics.assign(threaded, { seed });
      expect(await pending.assign()).toBe('worker');
      expect(nodesOf(threaded)).toBe(nodesOf(here));
      expect(JSON.stringify(threaded.export().edges)).toBe(JSON.stringify(here.export().edges));
    }
  });

  it('uses Barnes-Hut on a large graph and still matches', async () => {
    const here = aggregateExtractions([randomExtraction(BARNES_HUT_MIN_NODES + 200, 9)]);
    expect(here.order).toBeGreaterThan(BARNES_HUT_MIN_NODES);
    const threaded = here.copy();
    layout.assign(here, { seed: 2, iterations: 20 });
    const pending = startLayout(threaded, { seed: 2, iterations: 20 });
    expect(await pending.assign()).toBe('worker');
    expect(nodesOf(threaded)).toBe(nodesOf(here));
  }, 30_000);

  it('lays out graphs of no node and of one node as layout.assign does', async () => {
    for (const actors of [0, 1]) {
      const here = aggregateExtractions(actors ? [randomExtraction(actors, 4)] : []);
      const threaded = here.copy();
      layout.assign(here);
      await startLayout(threaded).assign();
      expect(nodesOf(threaded)).toBe(nodesOf(here));
    }
  });

  it('can be cancelled, leaving the graph as it was, and then lays out here what the worker would have', async () => {
    const here = aggregateExtractions([randomExtraction(200, 6)]);
    const threaded = here.copy();
    const before = nodesOf(threaded);
    const pending = startLayout(threaded, { seed: 3 });
    await pending.cancel();
    expect(nodesOf(threaded)).toBe(before);
    expect(await pending.assign()).toBe('here');
    layout.assign(here, { seed: 3 });
    expect(nodesOf(threaded)).toBe(nodesOf(here));
  });
});
