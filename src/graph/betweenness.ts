/**
 * Betweenness centrality by hops (Brandes), normalized as graphology-metrics normalizes it,
 * on the simple directed projection of the data graph. Written here rather than taken from
 * graphology-metrics, whose indexed Brandes makes a new predecessor array for every node from
 * every source: at 4,700 nodes that is 22 million arrays, most of the metrics' time, and the
 * garbage that in one 50k build of four grew the heap to 2.9 GB before V8 collected it. This
 * one allocates its arrays once and keeps the predecessors in linked lists over flat arrays;
 * it visits the same nodes in the same order and sums the same terms in the same order, so
 * its figures are graphology-metrics' to the bit (tests/graph/betweenness.test.ts).
 */
import type { DirectedGraph } from 'graphology';

/** Out-neighbours of every node, as index ranges into one flat array (nodes numbered in graph order). */
export interface Adjacency {
  nodes: string[];
  starts: Uint32Array<ArrayBuffer>;
  out: Uint32Array<ArrayBuffer>;
}

export function adjacency(graph: DirectedGraph): Adjacency {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));
  const starts = new Uint32Array(nodes.length + 1);
  const out = new Uint32Array(graph.size);
  let o = 0;
  for (let i = 0; i < nodes.length; i++) {
    starts[i] = o;
    graph.forEachOutNeighbor(nodes[i], (neighbor) => { out[o++] = index.get(neighbor)!; });
  }
  starts[nodes.length] = o;
  return { nodes, starts, out };
}

/** Normalized betweenness of every node of a simple directed graph, counting paths by hops. */
export function hopBetweenness(graph: DirectedGraph): Record<string, number> {
  const { nodes, starts, out } = adjacency(graph);
  return byNode(nodes, betweennessOfArrays(starts, out));
}

/** The figures of betweennessOfArrays by node name. */
export function byNode(nodes: string[], figures: Float64Array): Record<string, number> {
  const result: Record<string, number> = {};
  for (let i = 0; i < nodes.length; i++) result[nodes[i]] = figures[i];
  return result;
}

/** Normalized betweenness by hops of nodes 0 … n - 1, given their out-neighbours as an Adjacency's arrays. */
export function betweennessOfArrays(starts: Uint32Array, out: Uint32Array): Float64Array<ArrayBuffer> {
  const n = starts.length - 1;
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  // the BFS queue, kept whole: read front to back it is the order of discovery, back to front the stack
  const order = new Uint32Array(n);
  // predecessors: for node w, links head[w], next[head[w]], ... until -1, each naming from[link]
  const head = new Int32Array(n);
  const next = new Int32Array(Math.max(1, out.length));
  const from = new Uint32Array(Math.max(1, out.length));
  for (let source = 0; source < n; source++) {
    sigma.fill(0);
    distance.fill(-1);
    head.fill(-1);
    sigma[source] = 1;
    distance[source] = 0;
    let front = 0;
    let tail = 0;
    let links = 0;
    order[tail++] = source;
    while (front < tail) {
      const v = order[front++];
      const step = distance[v] + 1;
      for (let j = starts[v]; j < starts[v + 1]; j++) {
        const w = out[j];
        if (distance[w] === -1) { distance[w] = step; order[tail++] = w; }
        if (distance[w] === step) {
          sigma[w] += sigma[v];
          from[links] = v;
          next[links] = head[w];
          head[w] = links++;
        }
      }
    }
    for (let k = 0; k < tail; k++) delta[order[k]] = 0;
    for (let k = tail - 1; k >= 0; k--) {
      const w = order[k];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let link = head[w]; link !== -1; link = next[link]) delta[from[link]] += sigma[from[link]] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  const scale = n <= 2 ? 1 : 1 / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i] *= scale;
  return centrality;
}
