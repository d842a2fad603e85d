/**
 * k shortest loopless paths over a graphology (multi)graph.
 *
 * graphology and graphology-shortest-path only give single shortest paths, so Yen's
 * algorithm is written here after its source: J. Y. Yen, "Finding the K Shortest Loopless
 * Paths in a Network", Management Science 17(11), 712-716, 1971, with Lawler's refinement
 * (a new path only spurs from its deviation node onwards).
 *
 * A path is a sequence of EDGES: parallel edges (say an alliance and a trade edge between
 * the same pair) are different hops, and two paths over the same nodes through different
 * edges are different paths.
 *
 * The inner search is a label-setting Dijkstra with a binary heap over (node, hops) labels,
 * bounded by the hop budget and guided by A* potentials: the cheapest cost to the target
 * within the hops left, computed once per query by a reverse BFS (unit costs) or a reverse
 * Bellman-Ford by hop layers (weighted). A label is dropped when one settled at its node has
 * no more hops and no more cost, which keeps the search exact under maxHops with any positive
 * costs. Everything in the hot loop reads typed arrays; nothing is allocated per edge.
 */
import { ORIENT_BACKWARD, ORIENT_FORWARD } from './adjacency.js';
import type { Adjacency } from './adjacency.js';
import { BinaryHeap } from '../util/binary-heap.js';

export interface KShortestOptions {
  k: number;
  maxHops: number;
  /** Class of each edge (by edge index); an edge may be a hop when allowedClass[edgeClass[e]] is 1. */
  edgeClass: Uint8Array;
  allowedClass: Uint8Array;
  /** Positive cost of each edge, by edge index. */
  cost: Float64Array;
  /** True when every allowed edge costs 1 (the reverse search is then a plain BFS). */
  unitCosts: boolean;
  /** Walk directed edges forwards only; otherwise any edge either way. */
  followDirection: boolean;
}

/** A path found by kShortestPaths, in adjacency indices. */
export interface IndexedPath {
  nodes: number[];
  edges: number[];
  orientations: number[];
  costs: number[];
  cost: number;
}

interface Candidate extends IndexedPath {
  /** Index of the hop where the path left its parent (Lawler). */
  deviation: number;
}

const UNREACHABLE = 0xffff;

/** Costs closer than this (relative) are equal, so float summation order cannot reorder ties. */
export function sameCost(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The search state of one query: bounds towards the target computed once, and scratch
 * arrays sized to the graph, reused by every spur search.
 */
class PathSearch {
  /** Fewest hops from each node to the target (UNREACHABLE beyond maxHops). */
  private readonly hopsToTarget: Uint16Array;
  /**
   * Weighted costs only: costWithin[b][v] is the cheapest walk from v to the target in at
   * most b hops (Bellman-Ford by layers); the last layer stands for every larger b. These
   * are exact A* potentials for the search with a hop budget, ignoring blocked nodes.
   */
  private readonly costWithin: Float64Array[] = [];
  private readonly blockedNode: Int32Array;
  private readonly blockedEdge: Int32Array;
  /** Per node, the labels settled in the current spur search (linked through labelNextSettled). */
  private readonly settledStamp: Int32Array;
  private readonly settledHead: Int32Array;
  private stamp = 0;
  private budget = 0;
  // labels of the current spur search, structure of arrays
  private labelNode = new Int32Array(256);
  private labelHops = new Uint16Array(256);
  private labelCost = new Float64Array(256);
  private labelKey = new Float64Array(256);
  private labelPrev = new Int32Array(256);
  private labelEntry = new Int32Array(256);
  private labelNextSettled = new Int32Array(256);
  private labelCount = 0;
  private readonly heap: BinaryHeap<number>;

  constructor(private readonly adj: Adjacency, private readonly opts: KShortestOptions, private readonly target: number) {
    const n = adj.nodeKeys.length;
    this.hopsToTarget = new Uint16Array(n).fill(UNREACHABLE);
    this.blockedNode = new Int32Array(n);
    this.blockedEdge = new Int32Array(adj.edgeKeys.length);
    this.settledStamp = new Int32Array(n);
    this.settledHead = new Int32Array(n);
    // A* order: lower estimated total first, then the label that went further, then first pushed.
    this.heap = new BinaryHeap<number>((a, b) => {
      const ka = this.labelKey[a];
      const kb = this.labelKey[b];
      if (ka !== kb) return ka < kb;
      const ca = this.labelCost[a];
      const cb = this.labelCost[b];
      if (ca !== cb) return ca > cb;
      return a < b;
    });
    this.computeHopBounds();
    if (!opts.unitCosts) this.computeCostBounds();
  }

  private allowed(entry: number, reverse: boolean): boolean {
    const { adj, opts } = this;
    if (opts.followDirection && adj.orientation[entry] === (reverse ? ORIENT_FORWARD : ORIENT_BACKWARD)) return false;
    return opts.allowedClass[opts.edgeClass[adj.edge[entry]]] === 1;
  }

  /** Reverse BFS from the target, up to maxHops. */
  private computeHopBounds(): void {
    const { adj, opts, target, hopsToTarget } = this;
    const queue = new Int32Array(adj.nodeKeys.length);
    let head = 0;
    let tail = 0;
    hopsToTarget[target] = 0;
    queue[tail++] = target;
    while (head < tail) {
      const v = queue[head++];
      const h = hopsToTarget[v];
      if (h >= opts.maxHops) continue;
      for (let a = adj.start[v], end = adj.start[v + 1]; a < end; a++) {
        const w = adj.neighbor[a];
        if (hopsToTarget[w] !== UNREACHABLE || !this.allowed(a, true)) continue;
        hopsToTarget[w] = h + 1;
        queue[tail++] = w;
      }
    }
  }

  /** Reverse Bellman-Ford by hop layers, relaxing only from nodes whose bound just improved. */
  private computeCostBounds(): void {
    const { adj, opts, target, hopsToTarget } = this;
    const n = adj.nodeKeys.length;
    let layer = new Float64Array(n).fill(Infinity);
    layer[target] = 0;
    this.costWithin.push(layer);
    let changed = [target];
    const mark = new Int32Array(n);
    for (let b = 1; b <= opts.maxHops && changed.length > 0; b++) {
      const next = layer.slice();
      const improved: number[] = [];
      for (const w of changed) {
        const base = layer[w];
        for (let a = adj.start[w], end = adj.start[w + 1]; a < end; a++) {
          const v = adj.neighbor[a];
          if (hopsToTarget[v] > b || !this.allowed(a, true)) continue;
          const d = base + opts.cost[adj.edge[a]];
          if (d < next[v]) {
            next[v] = d;
            if (mark[v] !== b) {
              mark[v] = b;
              improved.push(v);
            }
          }
        }
      }
      if (improved.length === 0) break;
      this.costWithin.push(next);
      layer = next;
      changed = improved;
    }
  }

  /** Lower bound of the cost from `node` to the target with `remaining` hops left. */
  private bound(node: number, remaining: number): number {
    const hops = this.hopsToTarget[node];
    if (hops > remaining) return Infinity;
    if (this.opts.unitCosts) return hops;
    const layers = this.costWithin;
    return layers[remaining < layers.length ? remaining : layers.length - 1][node];
  }

  /** Starts a new spur search: everything blocked before is released. */
  nextStamp(): number {
    return ++this.stamp;
  }

  blockNode(node: number): void {
    this.blockedNode[node] = this.stamp;
  }

  blockEdge(edge: number): void {
    this.blockedEdge[edge] = this.stamp;
  }

  /** True when a label settled at `node` has no more hops and no more cost (so a new one is useless). */
  private dominated(node: number, hops: number, cost: number): boolean {
    if (this.settledStamp[node] !== this.stamp) return false;
    for (let s = this.settledHead[node]; s !== -1; s = this.labelNextSettled[s]) {
      if (this.labelHops[s] <= hops && this.labelCost[s] <= cost) return true;
    }
    return false;
  }

  private settle(label: number): void {
    const node = this.labelNode[label];
    if (this.settledStamp[node] !== this.stamp) {
      this.settledStamp[node] = this.stamp;
      this.settledHead[node] = -1;
    }
    this.labelNextSettled[label] = this.settledHead[node];
    this.settledHead[node] = label;
  }

  private pushLabel(node: number, hops: number, cost: number, prev: number, entry: number): void {
    const key = cost + this.bound(node, this.budget - hops);
    if (key === Infinity) return;
    if (this.labelCount === this.labelNode.length) this.growLabels();
    const l = this.labelCount++;
    this.labelNode[l] = node;
    this.labelHops[l] = hops;
    this.labelCost[l] = cost;
    this.labelKey[l] = key;
    this.labelPrev[l] = prev;
    this.labelEntry[l] = entry;
    this.heap.push(l);
  }

  private growLabels(): void {
    const grow = <A extends Int32Array | Uint16Array | Float64Array>(a: A): A => {
      const bigger = new (a.constructor as new (n: number) => A)(a.length * 2);
      bigger.set(a);
      return bigger;
    };
    this.labelNode = grow(this.labelNode);
    this.labelHops = grow(this.labelHops);
    this.labelCost = grow(this.labelCost);
    this.labelKey = grow(this.labelKey);
    this.labelPrev = grow(this.labelPrev);
    this.labelEntry = grow(this.labelEntry);
    this.labelNextSettled = grow(this.labelNextSettled);
  }

  /**
   * Cheapest path from `from` to the target within `budget` hops avoiding blocked nodes and
   * edges. A label is dropped when one settled at its node has no more hops and no more cost;
   * an ancestor always dominates its descendants at the same node, so found paths are simple.
   */
  shortest(from: number, budget: number): IndexedPath | null {
    const { adj, opts, target } = this;
    const stamp = this.stamp;
    this.budget = budget;
    this.heap.clear();
    this.labelCount = 0;
    this.pushLabel(from, 0, 0, -1, -1);
    while (this.heap.size > 0) {
      const l = this.heap.pop()!;
      const v = this.labelNode[l];
      const h = this.labelHops[l];
      const cost = this.labelCost[l];
      if (this.dominated(v, h, cost)) continue;
      this.settle(l);
      if (v === target) return this.pathOf(l);
      for (let a = adj.start[v], end = adj.start[v + 1]; a < end; a++) {
        const w = adj.neighbor[a];
        if (this.blockedNode[w] === stamp || h + 1 + this.hopsToTarget[w] > budget) continue;
        const e = adj.edge[a];
        if (this.blockedEdge[e] === stamp || !this.allowed(a, false)) continue;
        const next = cost + opts.cost[e];
        if (this.dominated(w, h + 1, next)) continue;
        this.pushLabel(w, h + 1, next, l, a);
      }
    }
    return null;
  }

  private pathOf(last: number): IndexedPath {
    const { adj, opts } = this;
    const nodes: number[] = [];
    const edges: number[] = [];
    const orientations: number[] = [];
    const costs: number[] = [];
    for (let l = last; l !== -1; l = this.labelPrev[l]) {
      nodes.push(this.labelNode[l]);
      const a = this.labelEntry[l];
      if (a === -1) continue;
      edges.push(adj.edge[a]);
      orientations.push(adj.orientation[a]);
      costs.push(opts.cost[adj.edge[a]]);
    }
    nodes.reverse();
    edges.reverse();
    orientations.reverse();
    costs.reverse();
    return { nodes, edges, orientations, costs, cost: sumCosts(costs) };
  }
}

function sumCosts(costs: number[]): number {
  let total = 0;
  for (const c of costs) total += c;
  return total;
}

/** Order of results: cost, then hop count, then the edge keys read as a sequence. */
export function comparePaths(adj: Adjacency, a: IndexedPath, b: IndexedPath): number {
  if (!sameCost(a.cost, b.cost)) return a.cost - b.cost;
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let i = 0; i < a.edges.length; i++) {
    const ka = adj.edgeKeys[a.edges[i]];
    const kb = adj.edgeKeys[b.edges[i]];
    if (ka !== kb) return ka < kb ? -1 : 1;
  }
  return 0;
}

function sharesRoot(path: IndexedPath, root: IndexedPath, length: number): boolean {
  if (path.edges.length <= length) return false;
  for (let i = 0; i < length; i++) if (path.edges[i] !== root.edges[i]) return false;
  return true;
}

/** Yen's k shortest loopless paths from `source` to `target` (adjacency indices), best first. */
export function kShortestPaths(adj: Adjacency, source: number, target: number, opts: KShortestOptions): IndexedPath[] {
  if (source === target || opts.k < 1 || opts.maxHops < 1) return [];
  const search = new PathSearch(adj, opts, target);
  search.nextStamp();
  const first = search.shortest(source, opts.maxHops);
  if (!first) return [];
  const accepted: Candidate[] = [{ ...first, deviation: 0 }];
  const candidates = new BinaryHeap<Candidate>((a, b) => comparePaths(adj, a, b) < 0);
  const seen = new Set<string>([first.edges.join(',')]);
  // Past k, paths tied with the k-th are still taken (up to k more) so that the final sort
  // picks among them by hop count and edge keys rather than by discovery order.
  const tieLimit = opts.k * 2;
  while (accepted.length < tieLimit) {
    const last = accepted[accepted.length - 1];
    for (let i = last.deviation; i < last.edges.length; i++) {
      search.nextStamp();
      for (let j = 0; j < i; j++) search.blockNode(last.nodes[j]);
      for (const path of accepted) if (sharesRoot(path, last, i)) search.blockEdge(path.edges[i]);
      const spur = search.shortest(last.nodes[i], opts.maxHops - i);
      if (!spur) continue;
      const edges = last.edges.slice(0, i).concat(spur.edges);
      const id = edges.join(',');
      if (seen.has(id)) continue;
      seen.add(id);
      const costs = last.costs.slice(0, i).concat(spur.costs);
      candidates.push({
        nodes: last.nodes.slice(0, i).concat(spur.nodes),
        edges,
        orientations: last.orientations.slice(0, i).concat(spur.orientations),
        costs,
        cost: sumCosts(costs),
        deviation: i,
      });
    }
    const next = candidates.pop();
    if (!next || (accepted.length >= opts.k && !sameCost(next.cost, accepted[opts.k - 1].cost))) break;
    accepted.push(next);
  }
  // Yen yields costs in order; the sort only settles ties (hop count, then edge keys).
  accepted.sort((a, b) => comparePaths(adj, a, b));
  return accepted.slice(0, opts.k).map(({ nodes, edges, orientations, costs, cost }) => ({ nodes, edges, orientations, costs, cost }));
}
