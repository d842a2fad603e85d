import { describe, expect, it } from 'vitest';
import { createGeoGraph } from '../../src/graph/io.js';
import { edgeKey } from '../../src/graph/types.js';
import type { EdgeAttributes, GeoGraph, NodeAttributes } from '../../src/graph/types.js';
import { MODALITIES } from '../../src/model.js';
import type { Modality, RelationType } from '../../src/model.js';
import { findPaths, weightedEdgeCost } from '../../src/paths/find-paths.js';
import type { PathOptions, PathResult } from '../../src/paths/types.js';
// every random graph here can be reproduced from its seed
import { mulberry32 } from '../../src/util/random.js';

// A few relation types of both kinds, so parallel edges of different types are frequent.
const TYPES: { relation: RelationType; directed: boolean }[] = [
  { relation: 'alliance', directed: false },
  { relation: 'trade', directed: false },
  { relation: 'threat', directed: true },
  { relation: 'funding', directed: true },
  { relation: 'affiliation', directed: true },
];
const NODE_IDS = ['USA', 'KOR', 'PRK', 'JPN', 'CHN', 'usfk', 'nato', 'john-kerry', 'iaea'];

function node(label: string, mentions = 1): NodeAttributes {
  return {
    label, entityType: 'country', linked: true, aliases: [], roles: [], mentions, documents: [],
    firstSeen: null, lastSeen: null, degree: 0, weightedDegree: 0, pagerank: 0, betweenness: 0,
    community: 0, x: 0, y: 0, size: 1, color: '#000',
  };
}

function edge(relation: RelationType, directed: boolean, modality: Modality, weight: number, confidence: number): EdgeAttributes {
  return {
    relation, directed, modality, weight, confidence, documents: [], firstDate: null, lastDate: null,
    polarity: 'cooperative', cameo: '', attributes: {}, evidence: [], evidenceCount: weight, color: '#000', size: 1,
  };
}

function randomGraph(rand: () => number): GeoGraph {
  const graph = createGeoGraph();
  const n = 5 + Math.floor(rand() * 5);
  const ids = NODE_IDS.slice(0, n);
  for (const id of ids) graph.addNode(id, node(id));
  const m = n + Math.floor(rand() * n * 2.5);
  for (let i = 0; i < m; i++) {
    const a = ids[Math.floor(rand() * n)];
    const b = ids[Math.floor(rand() * n)];
    if (a === b) continue;
    const { relation, directed } = TYPES[Math.floor(rand() * TYPES.length)];
    const modality = rand() < 0.7 ? 'asserted' : MODALITIES[1 + Math.floor(rand() * 2)];
    const key = edgeKey(a, relation, b, modality, directed);
    if (graph.hasEdge(key)) continue;
    const attrs = edge(relation, directed, modality, 1 + Math.floor(rand() * 12), Math.round(rand() * 100) / 100);
    if (directed) graph.addDirectedEdgeWithKey(key, a, b, attrs);
    else graph.addUndirectedEdgeWithKey(key, a, b, attrs);
  }
  return graph;
}

function randomOptions(rand: () => number): PathOptions {
  const options: PathOptions = {
    k: 1 + Math.floor(rand() * 8),
    maxHops: 1 + Math.floor(rand() * 6),
    directed: rand() < 0.5,
    modality: rand() < 0.5 ? 'asserted' : 'all',
    weighted: rand() < 0.5,
  };
  const pick = rand();
  if (pick < 0.2) {
    // at least one type: an empty list is refused (it would follow nothing)
    const types = TYPES.filter(() => rand() < 0.6).map((t) => t.relation);
    options.types = types.length ? types : [TYPES[0].relation];
  }
  else if (pick < 0.4) options.excludeTypes = [TYPES[Math.floor(rand() * TYPES.length)].relation];
  return options;
}

interface BrutePath {
  edges: string[];
  cost: number;
}

/** Every simple path from source to target under the options, by DFS over edges. */
function allSimplePaths(graph: GeoGraph, source: string, target: string, options: PathOptions): BrutePath[] {
  const found: BrutePath[] = [];
  const maxHops = options.maxHops ?? 6;
  const onPath = new Set<string>([source]);
  const edges: string[] = [];
  const allowed = (attrs: EdgeAttributes): boolean =>
    (!options.types || options.types.includes(attrs.relation)) &&
    !(options.excludeTypes ?? []).includes(attrs.relation) &&
    (options.modality === 'all' || attrs.modality === 'asserted');
  const cost = (attrs: EdgeAttributes): number => (options.weighted ? weightedEdgeCost(attrs.weight, attrs.confidence) : 1);
  const walk = (at: string, total: number): void => {
    if (at === target) {
      found.push({ edges: [...edges], cost: total });
      return;
    }
    if (edges.length === maxHops) return;
    for (const key of graph.edges(at)) {
      const attrs = graph.getEdgeAttributes(key);
      if (!allowed(attrs)) continue;
      const s = graph.source(key);
      const next = s === at ? graph.target(key) : s;
      if (options.directed && attrs.directed && s !== at) continue;
      if (onPath.has(next)) continue;
      onPath.add(next);
      edges.push(key);
      walk(next, total + cost(attrs));
      edges.pop();
      onPath.delete(next);
    }
  };
  walk(source, 0);
  return found;
}

function checkAgainstBruteForce(graph: GeoGraph, source: string, target: string, options: PathOptions, paths: PathResult[]): void {
  const brute = allSimplePaths(graph, source, target, options);
  const bruteByKey = new Map(brute.map((p) => [p.edges.join(' '), p]));
  const k = options.k ?? 3;
  const context = JSON.stringify({ source, target, options });
  expect(paths.length, context).toBe(Math.min(k, brute.length));
  const expected = brute.map((p) => p.cost).sort((a, b) => a - b).slice(0, k);
  paths.forEach((path, i) => expect(path.cost, context).toBeCloseTo(expected[i], 9));

  const seen = new Set<string>();
  paths.forEach((path, i) => {
    const id = path.hops.map((h) => h.edge).join(' ');
    expect(bruteByKey.has(id), `${context} path ${id}`).toBe(true);
    expect(seen.has(id), 'duplicate path').toBe(false);
    seen.add(id);
    if (i > 0) expect(path.cost).toBeGreaterThanOrEqual(paths[i - 1].cost - 1e-9);
    expect(path.hops.length).toBeLessThanOrEqual(options.maxHops ?? 6);
    expect(path.nodes[0]).toBe(source);
    expect(path.nodes[path.nodes.length - 1]).toBe(target);
    expect(new Set(path.nodes).size).toBe(path.nodes.length);
    expect(path.nodes.length).toBe(path.hops.length + 1);
    path.hops.forEach((hop, j) => {
      const attrs = graph.getEdgeAttributes(hop.edge);
      const ends = [graph.source(hop.edge), graph.target(hop.edge)];
      expect(hop.from).toBe(path.nodes[j]);
      expect(hop.to).toBe(path.nodes[j + 1]);
      expect(ends).toContain(hop.from);
      expect(ends).toContain(hop.to);
      expect(hop.relation).toBe(attrs.relation);
      expect(hop.modality).toBe(attrs.modality);
      if (options.modality !== 'all') expect(hop.modality).toBe('asserted');
      if (options.types) expect(options.types).toContain(hop.relation);
      if (options.excludeTypes) expect(options.excludeTypes).not.toContain(hop.relation);
      if (hop.directed) expect(hop.forward).toBe(graph.source(hop.edge) === hop.from);
      if (options.directed && hop.directed) expect(hop.forward).toBe(true);
    });
    const hopSum = path.hops.reduce((sum, hop) => sum + hop.cost, 0);
    expect(path.cost).toBeCloseTo(hopSum, 9);
  });
}

describe('findPaths against brute force on random typed multigraphs', () => {
  it('returns exactly the k cheapest simple paths (240 graphs, 4 queries each)', () => {
    let nonEmpty = 0;
    let withParallel = 0;
    for (let seed = 1; seed <= 240; seed++) {
      const rand = mulberry32(seed);
      const graph = randomGraph(rand);
      const ids = graph.nodes();
      for (let q = 0; q < 4; q++) {
        const source = ids[Math.floor(rand() * ids.length)];
        let target = ids[Math.floor(rand() * ids.length)];
        if (target === source) target = ids[(ids.indexOf(source) + 1) % ids.length];
        const options = randomOptions(rand);
        const paths = findPaths(graph, source, target, options);
        checkAgainstBruteForce(graph, source, target, options, paths);
        if (paths.length > 0) nonEmpty++;
        const pairs = paths.map((p) => p.nodes.join('>'));
        if (new Set(pairs).size < pairs.length) withParallel++;
      }
    }
    // the generator must exercise real cases: found paths, and paths differing only by parallel edges
    expect(nonEmpty).toBeGreaterThan(400);
    expect(withParallel).toBeGreaterThan(20);
  }, 60_000);

  it('is deterministic: the same query on a rebuilt graph gives the same paths', () => {
    for (let seed = 500; seed < 530; seed++) {
      const a = randomGraph(mulberry32(seed));
      const b = randomGraph(mulberry32(seed));
      const ids = a.nodes();
      const options: PathOptions = { k: 6, modality: 'all' };
      expect(findPaths(a, ids[0], ids[1], options)).toEqual(findPaths(b, ids[0], ids[1], options));
    }
  });

  it('orders equal-cost paths by hop count, then by edge keys', () => {
    const graph = createGeoGraph();
    for (const id of ['A', 'B', 'C']) graph.addNode(id, node(id));
    graph.addUndirectedEdgeWithKey('A|trade|B|asserted', 'A', 'B', edge('trade', false, 'asserted', 1, 0.5));
    graph.addUndirectedEdgeWithKey('A|alliance|B|asserted', 'A', 'B', edge('alliance', false, 'asserted', 1, 0.5));
    graph.addUndirectedEdgeWithKey('B|alliance|C|asserted', 'B', 'C', edge('alliance', false, 'asserted', 1, 0.5));
    const paths = findPaths(graph, 'A', 'C', { k: 5 });
    expect(paths.map((p) => p.hops.map((h) => h.edge))).toEqual([
      ['A|alliance|B|asserted', 'B|alliance|C|asserted'],
      ['A|trade|B|asserted', 'B|alliance|C|asserted'],
    ]);
    // with k = 1 the tie is still settled by the keys, not by which edge was added first
    expect(findPaths(graph, 'A', 'C', { k: 1 })[0].hops[0].edge).toBe('A|alliance|B|asserted');
  });

  it('keeps the hop limit exact in weighted mode when the cheapest way to a node is too long', () => {
    // A-B-X is the cheapest way to X but leaves one hop; A-X leaves two, enough for the cheap X-Y-T
    const graph = createGeoGraph();
    for (const id of ['A', 'B', 'X', 'Y', 'T']) graph.addNode(id, node(id));
    const add = (a: string, b: string, weight: number, confidence: number): void => {
      graph.addUndirectedEdgeWithKey(`${a}|trade|${b}|asserted`, a, b, edge('trade', false, 'asserted', weight, confidence));
    };
    add('A', 'B', 15, 1); // 0.1
    add('B', 'X', 15, 1); // 0.1
    add('A', 'X', 3, 0.5); // 1/3
    add('X', 'T', 1, 0); // 0.75
    add('X', 'Y', 15, 1); // 0.1
    add('Y', 'T', 15, 1); // 0.1
    expect(findPaths(graph, 'A', 'T', { weighted: true, k: 1, maxHops: 4 })[0].nodes).toEqual(['A', 'B', 'X', 'Y', 'T']);
    const [best] = findPaths(graph, 'A', 'T', { weighted: true, k: 1, maxHops: 3 });
    expect(best.nodes).toEqual(['A', 'X', 'Y', 'T']);
    expect(best.cost).toBeCloseTo(1 / 3 + 0.2, 9);
  });
});
